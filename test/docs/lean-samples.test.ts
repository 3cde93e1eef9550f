import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import t from 'tap'
import { OPENAPI_FILES } from '../../src/openapi.js'
import { pointer } from '../helpers/contract.js'

/** Lean's own answers, from its public Postman collections, against the schemas of Lean's wire. */
const samples = JSON.parse(readFileSync(new URL('../../../shared/lean-wire/uae-samples.json', import.meta.url), 'utf8')) as Array<{
  operation: string
  responses?: Array<{ status: number; body: unknown }>
}>
const doc = JSON.parse(readFileSync(new URL(`../../${OPENAPI_FILES.lean}`, import.meta.url), 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, any> }>> }
const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true })
addFormats.default(ajv)
ajv.addSchema(doc, 'openapi')

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
      const validate = ajv.compile({ $ref: `openapi#/${pointer('paths', path, method.toLowerCase(), 'responses', status, 'content', 'application/json', 'schema')}` })
      t.ok(validate(response.body), `${sample.operation} ${response.status}: ${ajv.errorsText(validate.errors)}`)
      checked++
    }
  }
  t.ok(checked >= 18, `${checked} samples checked`)
})
