import type { z } from 'zod'
import { paged } from './schemas.js'
import type { AscTransport } from './transport.js'

/** What a list answer gives: its items, and the `included` resources of every page. */
export interface Listed<T> {
  items: T[]
  included: Array<{ type: string; id: string }>
}

/** GET a JSON:API list, following links.next (the transport keeps it on the API's origin). */
export async function listAll<S extends z.ZodType>(
  transport: AscTransport,
  path: string,
  query: Record<string, string | number | undefined>,
  item: S,
  max: number,
  signal?: AbortSignal
): Promise<Listed<z.output<S>>> {
  const schema = paged(item)
  const items: Array<z.output<S>> = []
  const included: Array<{ type: string; id: string }> = []
  let doc = await transport.json({ method: 'GET', path, query, schema, signal })
  for (let pages = 1; ; pages++) {
    items.push(...(doc.data as Array<z.output<S>>))
    included.push(...(doc.included ?? []))
    const next = doc.links?.next
    if (!next || items.length >= max) break
    if (pages >= 1000) throw new Error(`Too many pages from ${path}`)
    doc = await transport.json({ method: 'GET', path: next, schema, signal })
  }
  return { items: items.slice(0, max), included }
}
