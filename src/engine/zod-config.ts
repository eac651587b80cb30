import { config } from 'zod/v4/core'

// zod compiles each object schema into a parser with `new Function` on its first parse. That
// pays off over thousands of parses; a run parses a few dozen values (inputs, one manifest, the
// API's responses), and each compile costs more than all of that schema's parses (~3 ms before
// the first check). zod reads the setting when a schema is built: every module that builds
// schemas imports this first. The setting lives in zod's core, which both APIs share: the
// checks' `zod/mini` schemas and the API client's classic ones.
config({ jitless: true })
