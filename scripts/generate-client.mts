import { writeFileSync } from 'node:fs'
import { renderClientTypes } from '../clients/typescript/generate.js'

/** `npm run client`: regenerates clients/typescript/schema.d.ts from openapi/openapi.json. */
const target = new URL('../clients/typescript/schema.d.ts', import.meta.url)
writeFileSync(target, await renderClientTypes())
process.stdout.write(`wrote ${target.pathname}\n`)
