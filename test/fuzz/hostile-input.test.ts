import t from 'tap'
import fc from 'fast-check'
import { ENTITY_A, ENTITY_B, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { wireFor } from '../../src/wire/index.js'
import { checkAmount } from '../../src/wire/money.js'
import type { InjectOptions } from 'fastify'
import type { RecordedRequest } from '../../src/emulator/index.js'

/**
 * Property-based: hostile paths, parameters, queries, headers and bodies against every route. The
 * gateway never answers 5xx other than 502/503/504 with their problem types, never crashes, never
 * forwards an invalid request to Lean, and never shows a stack trace or a secret. Seeded and bounded
 * here; `npm run fuzz` runs it longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300)
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
const ACCOUNT = '(?!\\.\\.?(?:/|$))[A-Za-z0-9._-]{1,128}'
const UPSTREAM_5XX: Record<number, string[]> = { 502: ['upstream-unavailable'], 503: ['upstream-unavailable', 'overloaded', 'store-unavailable'], 504: ['upstream-timeout'] }
const LEAK = /\n\s+at |node_modules|\/src\/|\.ts:\d|\.js:\d|file:\/\//

/** What a valid upstream request of each operation looks like. */
const LEAN_OPERATIONS = wireFor('seeds').operations
const UPSTREAM = LEAN_OPERATIONS.map((op) => ({
  op,
  path: new RegExp(`^${op.path.replace(/:account_id/g, ACCOUNT).replace(/:[a-z_]+/g, UUID)}$`)
}))

interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string | string[]>
  payload?: string | Buffer
}

t.test('hostile input, fuzzed over every route', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = tenantsFile(emulator, { jwks: issuer.jwksUrl }) as Record<string, unknown>
  // Thousands of refused credentials from one address: keep the brute-force guard from masking the rest.
  file.authFailureLimit = { max: 1_000_000, timeWindowMs: 60_000 }
  // Pay-ins: app users' Lean customers need the tenant's prefix, and the key needs the payments scopes.
  const acme = (file.tenants as Array<Record<string, any>>)[0]!
  acme.lean.appUserIdPrefix = 'acme-'
  acme.apiKeys[0].scopes = [...acme.apiKeys[0].scopes, 'payments:read', 'payments:write']
  const { app, logs } = await startGateway(t, emulator, { file })
  const jwt = await issuer.sign({ sub: 'fuzz-user', lean_entity_id: ENTITY_A }, { expiresIn: '1h' })

  // Real ids, so a share of the generated requests is valid and the forwarding path is exercised too.
  const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }
  const destination = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: json, payload: { beneficiary_name: 'Fuzz' } })).json().id as string
  const payout = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': 'fuzz-seed' }, payload: { amount: 5, currency: 'AED', destination_id: destination } })).json() as { id: string; payment_intent_id: string }
  const account = (await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).json()[0].account_id as string
  const refresh = (await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).json().refresh_id as string
  const payin = (await app.inject({ method: 'POST', url: '/payments/v1/intents', headers: { ...json, 'idempotency-key': 'fuzz-payin' }, payload: { amount: 10, currency: 'AED', user: 'fuzz-payer' } })).json() as { payment_intent_id: string }
  const validParam: Record<string, string> = { account_id: account, payment_id: payout.id, payment_intent_id: payout.payment_intent_id, destination_id: destination, refresh_id: refresh, intent_id: payin.payment_intent_id }

  const secrets = [...Object.values(KEYS), ...Object.values(TEST_ENV), 'secret-b-0123456789', jwt]
  const leanTokens = (): string[] => [...new Set(emulator.requests.map((r) => String(r.headers.authorization ?? '').replace(/^Bearer /, '')).filter((v) => v.length > 8))]

  const hostileSegment = fc.oneof(
    fc.constantFrom('.', '..', '%2e%2e', '%2E%2E%2F', '..%2f..%2fadmin', '%00', 'a%00b', '%2F', '%5C', '..;', '%252e%252e', '%C3%A4',
      '%F0%9F%92%B8', '%ZZ', '%', '~', '*', '%24(id)', '%7Bid%7D', '%20', 'a.b', '-', '_', 'x'.repeat(129), 'y'.repeat(300), ENTITY_A.toUpperCase()),
    fc.uuid(),
    fc.string({ maxLength: 40 }).map(encodeURIComponent),
    fc.string({ maxLength: 20, unit: 'grapheme' }).map(encodeURIComponent)
  )
  const segmentFor = (name: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(validParam[name] ?? ENTITY_A) }, { weight: 2, arbitrary: hostileSegment })
  const dateLike = fc.oneof(fc.constantFrom('2024-01-31', '2099-12-31', '2024-13-45', '24-01-01', '2024-01-01T00:00:00Z', '', '%00'), fc.string({ maxLength: 12 }).map(encodeURIComponent))
  const queryArb = fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    {
      weight: 2,
      arbitrary: fc.array(fc.tuple(
        fc.constantFrom('start_date', 'end_date', 'entity_id', '__proto__', 'constructor', 'toString', 'page', 'size', 'limit', 'cursor', 'from', 'start_date[]', 'x'),
        fc.oneof(dateLike, fc.constantFrom(ENTITY_A, '1', '100', '-1', '[object Object]'))
      ), { maxLength: 4 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v}`).join('&')}`))
    }
  )
  const credentials = fc.constantFrom<Record<string, string | string[]>>(
    { 'x-api-key': KEYS.all }, { 'x-api-key': KEYS.all }, { 'x-api-key': KEYS.all }, { 'x-api-key': KEYS.all }, { 'x-api-key': KEYS.dataOnly }, { 'x-api-key': KEYS.tenantB },
    { authorization: `Bearer ${jwt}` }, { authorization: `Bearer ${jwt}` },
    {}, { 'x-api-key': '' }, { 'x-api-key': 'wrong-key' }, { 'x-api-key': [KEYS.all, KEYS.all] }, { 'x-api-key': [KEYS.all, 'wrong'] },
    { 'x-api-key': 'k'.repeat(8_000) }, { 'x-api-key': KEYS.all, authorization: `Bearer ${jwt}` }, { authorization: 'Basic dXNlcjpwYXNz' },
    { authorization: `Bearer ${jwt.slice(0, -3)}abc` }, { authorization: 'Bearer ' }
  )
  const entityHeader = fc.constantFrom<Record<string, string | string[]>>(
    { entity_id: ENTITY_A }, { entity_id: ENTITY_A }, {}, { entity_id: ENTITY_B }, { entity_id: ENTITY_A.toUpperCase() }, { entity_id: 'not-a-uuid' },
    { entity_id: '../accounts' }, { entity_id: [ENTITY_A, ENTITY_B] }, { entity_id: '' }
  )
  const idempotencyHeader = fc.oneof(
    fc.constant<Record<string, string>>({}),
    { weight: 3, arbitrary: fc.stringMatching(/^[\x21-\x7E]{1,40}$/).map((k) => ({ 'idempotency-key': k })) },
    fc.constantFrom<Record<string, string>>({ 'idempotency-key': 'has space' }, { 'idempotency-key': 'z'.repeat(256) }, { 'idempotency-key': '' })
  )
  const contentType = fc.constantFrom<Record<string, string>>(
    { 'content-type': 'application/json' }, { 'content-type': 'application/json' }, {}, { 'content-type': 'text/plain' },
    { 'content-type': 'application/x-www-form-urlencoded' }, { 'content-type': 'application/json; charset=latin1' }, { 'content-type': 'multipart/form-data; boundary=x' }
  )
  const goodPayout = { amount: 12.5, currency: 'AED', destination_id: destination }
  const body = fc.oneof(
    { weight: 2, arbitrary: fc.constant<string | Buffer | undefined>(undefined) },
    { weight: 3, arbitrary: fc.constantFrom(goodPayout, { beneficiary_name: 'Omar' }, { entity_id: ENTITY_A }).map((b) => JSON.stringify(b)) },
    {
      weight: 3,
      arbitrary: fc.record({
        amount: fc.oneof(fc.double(), fc.constantFrom(5e-324, 1e308, -1, 0, 10.001, '10', null, 1e12 + 1)),
        currency: fc.constantFrom('AED', 'SAR', 'KWD', 'JPY', 'aed', 'XYZ', 'AEDX', 1),
        destination_id: fc.oneof(fc.constant(destination), fc.uuid(), fc.constant('../x')),
        reference: fc.oneof(fc.string({ maxLength: 30 }), fc.constant('r'.repeat(1001)))
      }, { requiredKeys: [] }).map((b) => JSON.stringify(b))
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        `${'['.repeat(6000)}${']'.repeat(6000)}`,
        `{"a":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`,
        `{"amount":1,"currency":"AED","destination_id":"${destination}","__proto__":{"x":1}}`,
        '{"constructor":{"prototype":{"polluted":true}}}',
        `[${Array(50_000).fill(0).join(',')}]`,
        `{"beneficiary_name":"x","tags":[${Array(2_000).fill('"t"').join(',')}]}`,
        '{"amount":"12.5","currency":"AED"}', 'null', '[]', '""', '{', '{"a":1}garbage', '\u0000'
      )
    },
    { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Buffer.concat([Buffer.from('{"beneficiary_name":"'), Buffer.from(bytes), Buffer.from([0xff, 0xfe]), Buffer.from('"}')])) }
  )

  // The body this route takes when it is well formed, often enough that valid requests reach Lean.
  const goodBodies: Record<string, Array<string | undefined>> = {
    createPayoutPayment: [JSON.stringify(goodPayout)],
    createPayoutDestination: [JSON.stringify({ beneficiary_name: 'Omar', iban: 'AE070331234567890123456' })],
    triggerDataRefresh: [undefined, JSON.stringify({ entity_id: ENTITY_A })],
    createPaymentIntent: [JSON.stringify({ amount: 10, currency: 'AED', user: 'fuzz-payer' })],
    verifyAccount: [JSON.stringify({ iban: 'AE070331234567890123456', name: 'Omar Haddad' })]
  }

  function requestFor (template: string, method: string, operationId: string): fc.Arbitrary<FuzzRequest> {
    const names = [...template.matchAll(/:([a-z_]+)/g)].map((m) => m[1]!)
    const good = goodBodies[operationId]
    const payload = good === undefined ? body : fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...good) }, { weight: 2, arbitrary: body })
    return fc.record({
      segments: fc.tuple(...names.map(segmentFor)),
      shape: fc.constantFrom('', '', '', '/', '/extra', '//'),
      method: fc.oneof({ weight: 6, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD') }),
      query: queryArb,
      credentials,
      entity: entityHeader,
      key: idempotencyHeader,
      type: fc.oneof({ weight: 3, arbitrary: fc.constant({ 'content-type': 'application/json' }) }, { weight: 1, arbitrary: contentType }),
      payload
    }).map((r) => {
      let i = 0
      const path = (names.length === 0 ? template : template.replace(/:[a-z_]+/g, () => (r.segments as string[])[i++]!)) + r.shape
      const headers = { ...r.credentials, ...r.entity, ...r.key, ...(r.payload !== undefined ? r.type : {}) }
      return { method: r.method, url: path + r.query, headers, ...(r.payload !== undefined && r.method !== 'HEAD' && { payload: r.payload }) }
    })
  }

  /** Every request that reached Lean is one of the 20 operations, well formed, with our credentials only. */
  function upstreamProblem (sent: RecordedRequest): string | undefined {
    if (sent.url.startsWith('/oauth2/')) return undefined
    const [path, query = ''] = sent.url.split('?') as [string, string?]
    const match = UPSTREAM.find((u) => u.op.method === sent.method && u.path.test(path))
    if (match === undefined) return `no operation is ${sent.method} ${sent.url}`
    const { op } = match
    if (!/^Bearer [A-Za-z0-9_-]+$/.test(String(sent.headers.authorization))) return 'no Lean token'
    if (sent.headers['x-api-key'] !== undefined || sent.headers.cookie !== undefined) return 'caller credentials forwarded'
    if (op.entity && !new RegExp(`^${UUID}$`).test(String(sent.headers.entity_id))) return `entity_id ${String(sent.headers.entity_id)}`
    const params = new URLSearchParams(query)
    for (const [k, v] of params) {
      if (op.operationId !== 'getTransactions' || !['start_date', 'end_date'].includes(k) || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return `query ${k}=${v}`
    }
    const b = sent.body as Record<string, unknown> | undefined
    if (op.operationId === 'createPayoutPayment') {
      if (typeof b?.amount !== 'number' || typeof b.currency !== 'string' || !new RegExp(`^${UUID}$`).test(String(b.destination_id))) return 'payout body'
      try { checkAmount(b.amount, b.currency, 'amount') } catch (err) { return (err as Error).message }
      if (typeof b.idempotency_key !== 'string') return 'payout without a forwarded key'
    }
    if (op.operationId === 'createPayoutDestination' && typeof b?.beneficiary_name !== 'string') return 'destination body'
    if (op.operationId === 'verifyAccount' && (typeof b?.iban !== 'string' || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(b.iban) || typeof b.name !== 'string' || Object.keys(b).some((k) => !['iban', 'name', 'country'].includes(k)))) return 'verification body'
    if (op.operationId === 'createPaymentIntent') {
      if (typeof b?.amount !== 'number' || typeof b.currency !== 'string' || !new RegExp(`^${UUID}$`).test(String(b.customer_id))) return 'pay-in body'
      try { checkAmount(b.amount, b.currency, 'amount') } catch (err) { return (err as Error).message }
      if ('user' in b) return "the gateway's own field reached Lean"
      if (typeof sent.headers['idempotency-key'] !== 'string') return 'pay-in without a forwarded key'
    }
    if (op.operationId === 'triggerDataRefresh' && b !== undefined && String(b.entity_id).toLowerCase() !== String(sent.headers.entity_id).toLowerCase()) return 'refresh body entity'
    if (op.method === 'GET' && b !== undefined) return 'a GET with a body'
    return undefined
  }

  async function check (req: FuzzRequest): Promise<boolean> {
    const before = emulator.requests.length
    const res = await app.inject(req as InjectOptions)
    const status = res.statusCode
    const where = `${req.method} ${req.url.slice(0, 120)} → ${status} ${res.body.slice(0, 200)}`
    if (status >= 500) {
      const code = (res.json() as { code?: string }).code ?? ''
      if (!(UPSTREAM_5XX[status] ?? []).includes(code)) throw new Error(`5xx that is not Lean's or the store's: ${where}`)
    }
    if (status >= 400 && req.method !== 'HEAD') {
      if (!String(res.headers['content-type']).startsWith('application/problem+json')) throw new Error(`error without problem+json: ${where}`)
      const problem = res.json() as Record<string, unknown>
      for (const field of ['type', 'title', 'status', 'detail']) if (!(field in problem)) throw new Error(`problem without ${field}: ${where}`)
      if (problem.status !== status) throw new Error(`problem status differs: ${where}`)
    }
    const shown = `${JSON.stringify(res.headers)}\n${res.body}`
    if (LEAK.test(res.body)) throw new Error(`stack trace or path shown: ${where}`)
    for (const secret of [...secrets, ...leanTokens()]) if (shown.includes(secret)) throw new Error(`secret shown: ${where}`)
    const sent = emulator.requests.slice(before)
    for (const r of sent) {
      const problem = upstreamProblem(r)
      if (problem !== undefined) throw new Error(`invalid request reached Lean (${problem}): from ${where}`)
    }
    return sent.some((r) => !r.url.startsWith('/oauth2/'))
  }

  const ownRoutes = [
    { path: '/audit/v1/events', method: 'GET' }, { path: '/healthz', method: 'GET' }, { path: '/readyz', method: 'GET' },
    { path: '/openapi.json', method: 'GET' }, { path: '/docs/json', method: 'GET' }, { path: '/no/such/route', method: 'GET' },
    { path: '/events/v1', method: 'GET' }, { path: '/webhooks/lean/client-a', method: 'POST' }
  ]
  const routes = [...LEAN_OPERATIONS.map((op) => ({ path: op.path, method: op.method, name: op.operationId, lean: true })), ...ownRoutes.map((r) => ({ ...r, name: r.path, lean: false }))]
  for (const [i, route] of routes.entries()) {
    let forwarded = 0
    let cases = 0
    try {
      await fc.assert(fc.asyncProperty(requestFor(route.path, route.method, route.name), async (req) => {
        cases++
        if (await check(req)) forwarded++
      }), { numRuns: RUNS, seed: SEED + i, endOnFailure: true })
      t.pass(`${route.name}: ${cases} hostile requests, none mishandled`)
    } catch (err) {
      t.fail(`${route.name}: ${(err as Error).message.split('\n').slice(0, 6).join('\n')}`)
    }
    // A fuzz that never reaches Lean proves nothing about what it forwards.
    if (route.lean) t.ok(forwarded > 0, `${route.name}: ${forwarded} of the valid ones reached Lean, checked`)
  }

  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'still alive')
  const logged = logs()
  for (const secret of secrets) t.notOk(logged.includes(secret), 'no credential in the logs')
})
