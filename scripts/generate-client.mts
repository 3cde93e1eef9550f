import { writeFileSync } from 'node:fs'
import { CLIENT_TYPE_FILES, renderClientTypes } from '../clients/typescript/generate.js'
import { WIRE_NAMES } from '../src/wire/types.js'

/** `npm run client`: regenerates the client's types for each wire from the committed OpenAPI documents. */
for (const wire of WIRE_NAMES) {
  const target = new URL(`../${CLIENT_TYPE_FILES[wire]}`, import.meta.url)
  writeFileSync(target, await renderClientTypes(wire))
  process.stdout.write(`wrote ${target.pathname}\n`)
}
