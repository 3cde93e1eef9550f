import { readFileSync, writeFileSync } from 'node:fs'
import { CATALOG } from '../src/wire/catalog.js'

/**
 * Lean's own 2xx answers from its public Postman collections (../shared/lean-wire/uae-samples.json),
 * by operationId, as the Lean-wire document's examples: `tsx scripts/capture-lean-examples.mts`.
 * Committed, so neither the image nor the docs depend on the shared folder.
 */
const samples = JSON.parse(readFileSync(new URL('../../shared/lean-wire/uae-samples.json', import.meta.url), 'utf8')) as Array<{ operation: string; responses?: Array<{ status: number; body: unknown }> }>
const byRoute = new Map(Object.entries(CATALOG).map(([id, op]) => [`${op.method} ${op.path}`, id]))
const examples: Record<string, unknown> = {}
for (const sample of samples) {
  const id = byRoute.get(sample.operation)
  const ok = sample.responses?.find((r) => r.status >= 200 && r.status < 300)
  if (id !== undefined && ok !== undefined) examples[id] = ok.body
}
const target = new URL('../src/schemas/lean-examples.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(examples, null, 2)}\n`)
process.stdout.write(`wrote ${Object.keys(examples).length} examples to ${target.pathname}\n`)
