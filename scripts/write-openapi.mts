import { writeFileSync } from 'node:fs'
import { OPENAPI_FILES, renderOpenApi } from '../src/openapi.js'
import { WIRE_NAMES } from '../src/wire/types.js'

/** `npm run openapi`: the gateway's document for each wire, as it serves it. */
for (const wire of WIRE_NAMES) {
  const target = new URL(`../${OPENAPI_FILES[wire]}`, import.meta.url)
  writeFileSync(target, await renderOpenApi(wire))
  process.stdout.write(`wrote ${target.pathname}\n`)
}
