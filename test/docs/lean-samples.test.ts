import { readFileSync } from 'node:fs'
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
