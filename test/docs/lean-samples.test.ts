import { existsSync, readdirSync, readFileSync } from 'node:fs'
import t from 'tap'
import { OPENAPI_FILES } from '../../src/openapi.js'
import { answerValidators } from '../helpers/contract.js'

/** Lean's own answers, from its public Postman collections, against the schemas of Lean's wire. */
const samples = JSON.parse(readFileSync(new URL('../fixtures/lean-wire/uae-samples.json', import.meta.url), 'utf8')) as Array<{
  operation: string
  responses?: Array<{ status: number; body: unknown }>
}>
const doc = JSON.parse(readFileSync(new URL(`../../${OPENAPI_FILES.lean}`, import.meta.url), 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, any> }>> }
const validators = answerValidators(doc)

t.test("every 2xx sample of Lean's validates against the document's schema for it", async (t) => {
  let checked = 0
  for (const sample of samples) {
    const [method, rawPath] = sample.operation.split(' ') as [string, string]
    const path = rawPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
    const op = doc.paths[path]?.[method.toLowerCase()]
    t.ok(op, `${sample.operation} is in the document`)
    for (const response of sample.responses ?? []) {
      if (response.status < 200 || response.status > 299 || op === undefined) continue
      const status = op.responses[String(response.status)] !== undefined ? String(response.status) : '200'
      const validate = validators.validate(path, method.toLowerCase(), status, 'application/json')
      t.ok(validate(response.body), `${sample.operation} ${response.status}: ${validators.errors(validate)}`)
      checked++
    }
  }
  t.ok(checked >= 18, `${checked} samples checked`)
})

// The copy in test/fixtures is what tests read (a clone has no shared/); where shared/ is beside
// the checkout, the copy must still be Lean's samples as shared/ holds them.
const SHARED = new URL('../../../shared/lean-wire/', import.meta.url)
t.test('test/fixtures/lean-wire is the same as shared/lean-wire', { skip: existsSync(SHARED) ? false : 'no shared/ beside this checkout' }, async (t) => {
  const FIXTURES = new URL('../fixtures/lean-wire/', import.meta.url)
  const files = ['uae-samples.json', ...readdirSync(new URL('webhooks/', SHARED)).map((f) => `webhooks/${f}`)]
  for (const file of files) t.equal(readFileSync(new URL(file, FIXTURES), 'utf8'), readFileSync(new URL(file, SHARED), 'utf8'), file)
  t.same(readdirSync(new URL('webhooks/', FIXTURES)).sort(), readdirSync(new URL('webhooks/', SHARED)).sort(), 'the same webhook samples')
})
