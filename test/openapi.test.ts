import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { startEmulator } from './helpers/emulator.js'
import { startGateway } from './helpers/gateway.js'
import { OPENAPI_FILES, renderOpenApi } from '../src/openapi.js'
import { WIRE_NAMES } from '../src/wire/types.js'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')
const committed = read(OPENAPI_FILES.seeds)

for (const wire of WIRE_NAMES) {
  t.test(`${wire} wire: the committed OpenAPI document is exactly what the gateway serves`, async (t) => {
    const file = read(OPENAPI_FILES[wire])
    const emulator = await startEmulator(t, { wire })
    const { app } = await startGateway(t, emulator, { wire })
    const served = await app.inject({ url: '/openapi.json' })
    t.equal(served.statusCode, 200)
    t.same(served.json(), JSON.parse(file), `served == ${OPENAPI_FILES[wire]} (run \`npm run openapi\` after changing routes)`)
    t.equal(await renderOpenApi(wire), file, 'byte for byte what `npm run openapi` writes')
  })
}

t.test("Lean's wire: the document describes Lean's bodies, parameters and answers", async (t) => {
  const doc = JSON.parse(read(OPENAPI_FILES.lean))
  const params = (path: string, method: string): string[] => (doc.paths[path][method].parameters as Array<{ name: string; in: string }>).map((p) => `${p.in}:${p.name}`)
  t.ok(params('/data/v2/accounts', 'get').includes('query:entity_id'), 'the entity as a query parameter')
  for (const name of ['page', 'size', 'start_date', 'end_date', 'insights', 'async', 'meta']) t.ok(params('/data/v2/accounts', 'get').includes(`query:${name}`), name)
  t.same(params('/payouts/v1/payments', 'get').sort(), ['query:page_number', 'query:page_size'])
  t.ok(doc.paths['/data/v2/results/{results_id}']?.get, 'the results route')
  t.same(Object.keys(doc.paths['/payouts/v1/payment'].post.responses).filter((s: string) => s.startsWith('2')), ['200'], "Lean's 200")
  t.equal(doc.paths['/payouts/v1/payment'].post.requestBody.content['application/json'].schema.$ref, '#/components/schemas/LeanPayoutRequest')
  t.equal(doc.components.schemas.LeanDestinationRequest.type, 'array')
  t.notOk(doc.components.schemas.PayoutRequest, "the seeds' bodies are not in Lean's document")
})

t.test('the document covers both Lean specs, both security schemes and the problems', async (t) => {
  const doc = JSON.parse(committed)
  const ops = (spec: any): string[] => Object.entries(spec.paths).flatMap(([path, item]: [string, any]) =>
    Object.keys(item).filter((m) => ['get', 'post'].includes(m)).map((m) => `${m.toUpperCase()} ${path}`))
  const seeds = ['lean-data-api-openapi.yml', 'lean-payouts-api-openapi.yml']
    .flatMap((f) => ops(parse(readFileSync(new URL(`../openapi/lean/${f}`, import.meta.url), 'utf8'))))
  t.equal(seeds.length, 20)
  const gateway = ops(doc).filter((o) => / \/(data|payouts)\//.test(o))
  t.same(gateway.sort(), seeds.sort(), 'the same 20 operations on the same paths')

  t.same(doc.components.securitySchemes.ApiKeyAuth, { ...doc.components.securitySchemes.ApiKeyAuth, type: 'apiKey', in: 'header', name: 'X-Api-Key' })
  t.match(doc.components.securitySchemes.BearerAuth, { type: 'http', scheme: 'bearer' })
  t.ok(doc.components.schemas.Problem, 'Problem schema')
  const payout = doc.paths['/payouts/v1/payment'].post
  t.ok(payout.parameters.some((p: any) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key'), 'Idempotency-Key parameter')
  for (const [path, item] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      if (path.startsWith('/data/') || path.startsWith('/payouts/')) {
        t.ok(op.operationId && op.tags?.length && op.summary, `${method} ${path} has id, tag, summary`)
        t.same(op.security, [{ ApiKeyAuth: [] }, { BearerAuth: [] }], `${method} ${path} security`)
        t.ok(op.responses['401']?.content['application/problem+json'], `${method} ${path} documents problems`)
      }
    }
  }
})

for (const wire of WIRE_NAMES) {
  t.test(`${wire} wire: every 2xx answer of Lean's operations has a schema a generator can type`, async (t) => {
    const doc = JSON.parse(read(OPENAPI_FILES[wire]))
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      if (!/^\/(data|payouts)\//.test(path)) continue
      for (const [method, op] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(op.responses)) {
          if (!status.startsWith('2')) continue
          const schema = response.content?.['application/json']?.schema ?? {}
          t.ok(schema.$ref !== undefined || schema.type !== undefined || schema.anyOf !== undefined, `${method} ${path} ${status}: typed (${JSON.stringify(schema).slice(0, 60)})`)
        }
        t.ok(op.responses['4XX'], `${method} ${path}: Lean's own 4xx answers are documented`)
        t.same(op['x-required-scopes']?.length, 1, `${method} ${path}: its scope`)
      }
    }
    const payout = doc.paths['/payouts/v1/payment'].post
    const key = payout.parameters.find((p: any) => p.in === 'header' && p.name === 'Idempotency-Key')
    t.equal(key.required, wire === 'lean', wire === 'lean' ? "required on Lean's wire" : 'optional on the seeds\' wire, where the body may carry it')
    t.ok(payout.responses['201' in payout.responses ? '201' : '200'].headers['Idempotent-Replayed'], 'Idempotent-Replayed documented')
    t.ok(payout.responses['429'].headers['Retry-After'], 'Retry-After documented')
    t.ok(payout.responses['401'].headers['WWW-Authenticate'], 'WWW-Authenticate documented')
    t.ok(doc.components.headers.XRequestId, 'headers are components')
    if (wire === 'seeds') t.ok(doc.components.schemas.Payout.properties.payment_intent_id, 'Payout carries payment_intent_id')
  })
}

t.test('Swagger UI is served at /docs', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const page = await app.inject({ url: '/docs/' })
  t.equal(page.statusCode, 200)
  t.match(page.body, /swagger/i)
  const init = await app.inject({ url: '/docs/static/swagger-initializer.js' })
  t.equal(init.statusCode, 200)
})
