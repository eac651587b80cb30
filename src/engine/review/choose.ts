import type { AscClient } from '../asc/resources.js'
import { listPacks } from '../manage/list.js'
import { findPack, NotFoundError } from '../status.js'
import type { VersionToSubmit } from './plan.js'

/**
 * Which versions `submit` sends: for each named pack (or, with `all`, each pack that is not
 * archived) the one numbered `version`, or the newest COMPLETE one.
 */
export async function chooseVersions(
  client: AscClient,
  appId: string,
  options: { identifiers: string[]; all: boolean; version?: string; signal?: AbortSignal }
): Promise<VersionToSubmit[]> {
  const { signal } = options
  const packs = options.all
    ? (await listPacks(client, appId, { versions: 0, signal })).packs
        .filter(p => !p.archived)
        .map(p => ({ id: p.assetPackId, identifier: p.assetPackIdentifier, archived: false }))
    : await Promise.all(
        options.identifiers.map(async identifier => {
          const pack = await findPack(client, appId, identifier, signal)
          return { id: pack.id, identifier, archived: pack.attributes?.archived === true }
        })
      )
  const chosen: VersionToSubmit[] = []
  const missing: string[] = []
  for (const pack of packs) {
    if (pack.archived) {
      missing.push(
        `'${pack.identifier}' is archived: its versions are gone from App Store Connect.`
      )
      continue
    }
    const { versions } = await client.listVersions(pack.id, {
      ...(options.version ? { version: options.version } : { state: 'COMPLETE' }),
      limit: 1,
      signal
    })
    const v = versions[0]
    if (v) chosen.push({ identifier: pack.identifier, versionId: v.id })
    else if (options.version)
      missing.push(`'${pack.identifier}' has no version ${options.version}.`)
    else if (!options.all) missing.push(`'${pack.identifier}' has no processed (COMPLETE) version.`)
  }
  if (missing.length > 0) throw new NotFoundError(missing.join(' '))
  if (chosen.length === 0) {
    throw new NotFoundError(`App ${appId} has no pack with a processed (COMPLETE) version.`)
  }
  return chosen
}
