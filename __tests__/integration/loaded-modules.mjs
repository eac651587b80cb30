// Loaded with `--import` into a bundled run by bundle.test.ts: at exit it writes the URL of every
// ES module the process loaded (the bundle's entry and each chunk it imported), one per line, to
// LOADED_MODULES_OUT.
import { writeFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

const loaded = new Set()
registerHooks({
  load(url, context, nextLoad) {
    loaded.add(url)
    return nextLoad(url, context)
  }
})
process.on('exit', () => writeFileSync(process.env.LOADED_MODULES_OUT, [...loaded].join('\n')))
