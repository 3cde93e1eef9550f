import { writeFileSync } from 'node:fs'
import { renderOpenApi } from '../src/openapi.js'

const target = new URL('../openapi/openapi.json', import.meta.url)
writeFileSync(target, await renderOpenApi())
process.stdout.write(`wrote ${target.pathname}\n`)
