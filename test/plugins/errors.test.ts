import t from 'tap'
import { addFault, ENTITY_A, ENTITY_B, startEmulator, tokenRequests, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'

const DESTINATION = '3b2c9a1e-8f7d-4c6b-9a5e-1d2f3c4b5a69'
const headers = { 'x-api-key': KEYS.all, entity_id: ENTITY_A }

/** Every row of the contract's error table, each as problem+json with no internals. */
function isProblem (t: { match: (...args: any[]) => void; notMatch: (...args: any[]) => void }, res: { headers: Record<string, unknown>; body: string }, status: number): void {
  t.match(res.headers['content-type'], /^application\/problem\+json/)
  t.match(JSON.parse(res.body), { type: String, title: String, status, detail: String })
  t.notMatch(res.body, /at .+\.(ts|js):\d+|node_modules|\/work\//, 'no stack trace or file path')
}

t.test('gateway-side rows of the error table', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)

  const unknown = await app.inject({ url: '/data/v3/nothing', headers })
  t.equal(unknown.statusCode, 404)
  isProblem(t, unknown, 404)
  t.ok(unknown.headers['x-request-id'], 'request id on a 404 too')

  const wrongType = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...headers, 'content-type': 'text/plain', 'idempotency-key': 'k' }, payload: 'amount=1' })
  t.equal(wrongType.statusCode, 415)
  isProblem(t, wrongType, 415)

  const big = await app.inject({
    method: 'POST',
    url: '/payouts/v1/payment/destinations',
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify({ beneficiary_name: 'x', note: 'y'.repeat(1024 * 1024 + 10) })
  })
  t.equal(big.statusCode, 413)
  isProblem(t, big, 413)

  const badJson = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': 'k' }, payload: '{"amount": 1,' })
  t.equal(badJson.statusCode, 400)
  isProblem(t, badJson, 400)

  const badQuery = await app.inject({ url: '/data/v2/accounts?page=2', headers })
  t.equal(badQuery.statusCode, 400, 'unknown query parameters are refused, not dropped')
  isProblem(t, badQuery, 400)

  t.same(await upstreamRequests(emulator), [], 'none of these reached Lean')
})

t.test('Lean-side rows of the error table', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const accounts = () => app.inject({ url: '/data/v2/accounts', headers })

  t.test('Lean 4xx keep their status and message', async (t) => {
    const notMine = await app.inject({ url: '/data/v2/accounts', headers: { ...headers, entity_id: ENTITY_B } })
    t.equal(notMine.statusCode, 404)
    isProblem(t, notMine, 404)
    t.match(notMine.json(), { code: 'upstream-rejected', leanStatus: 'ENTITY_NOT_FOUND', detail: /Entity .* not found/ })

    await addFault(emulator, { path: '/data/v2/accounts', status: 403, times: 1, body: { status: 'CONSENT_EXPIRED', message: 'The customer consent has expired', timestamp: 'x' }, headers: { 'lean-correlation-id': 'c-403' } })
    const consent = await accounts()
    t.equal(consent.statusCode, 403, 'Lean 403 (consent) is 403, not a gateway auth error')
    t.match(consent.json(), { detail: 'The customer consent has expired', leanStatus: 'CONSENT_EXPIRED' })
    t.equal(consent.headers['lean-correlation-id'], 'c-403', "Lean's correlation id passes through")

    await addFault(emulator, { path: '/data/v2/accounts', status: 422, times: 1, body: 'not json' })
    const opaque = await accounts()
    t.equal(opaque.statusCode, 422)
    t.equal(opaque.json().detail, 'Lean answered 422')
  })

  t.test('Lean 429 is 429 with its Retry-After, else 1', async (t) => {
    await addFault(emulator, { path: '/data/v2/accounts', status: 429, times: 1, headers: { 'retry-after': '7' }, body: { status: 'TOO_MANY_REQUESTS', message: 'slow down' } })
    const limited = await accounts()
    t.equal(limited.statusCode, 429)
    t.equal(limited.headers['retry-after'], '7')
    isProblem(t, limited, 429)
    await addFault(emulator, { path: '/data/v2/accounts', status: 429, times: 1 })
    t.equal((await accounts()).headers['retry-after'], '1')
  })

  t.test('Lean 5xx is 502; reads are retried on 502/503, payouts never', async (t) => {
    await addFault(emulator, { path: '/data/v2/accounts', status: 500, times: 1 })
    const before = (await upstreamRequests(emulator)).length
    const failed = await accounts()
    t.equal(failed.statusCode, 502)
    isProblem(t, failed, 502)
    t.equal((await upstreamRequests(emulator)).length - before, 1, 'a 500 is not retried')

    await addFault(emulator, { path: '/data/v2/accounts', status: 503, times: 2 })
    const n0 = (await upstreamRequests(emulator)).length
    t.equal((await accounts()).statusCode, 200, 'two 503s, then success')
    t.equal((await upstreamRequests(emulator)).length - n0, 3, 'three attempts')

    await addFault(emulator, { path: '/data/v2/accounts', action: 'reset', times: 1 })
    const n1 = (await upstreamRequests(emulator)).length
    t.equal((await accounts()).statusCode, 200, 'a connection reset on a read is retried')
    t.equal((await upstreamRequests(emulator)).length - n1, 2)

    await addFault(emulator, { path: '/payouts/v1/payment', method: 'POST', status: 503, times: 5 })
    const n2 = (await upstreamRequests(emulator)).length
    const payout = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'idempotency-key': 'p-503', 'content-type': 'application/json' }, payload: { amount: 5, currency: 'AED', destination_id: DESTINATION } })
    t.equal(payout.statusCode, 502)
    t.equal((await upstreamRequests(emulator)).length - n2, 1, 'the payout POST went upstream exactly once')

    await addFault(emulator, { path: '/payouts/v1/payment', method: 'POST', action: 'reset', times: 5 })
    const n3 = (await upstreamRequests(emulator)).length
    const reset = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'idempotency-key': 'p-reset', 'content-type': 'application/json' }, payload: { amount: 5, currency: 'AED', destination_id: DESTINATION } })
    t.equal(reset.statusCode, 502, 'a reset payout is 502, not retried')
    t.equal((await upstreamRequests(emulator)).length - n3, 1)
  })

  t.test('Lean 401 twice after one token refresh is 502', async (t) => {
    const tokensBefore = (await tokenRequests(emulator)).length
    await addFault(emulator, { path: '/data/v2/identity', status: 401, times: 2, body: { status: 'UNAUTHORIZED', message: 'bad token' } })
    const res = await app.inject({ url: '/data/v2/identity', headers })
    t.equal(res.statusCode, 502)
    isProblem(t, res, 502)
    t.equal((await tokenRequests(emulator)).length - tokensBefore, 1, 'exactly one new token fetched')
  })
})

t.test('time limits: slow Lean and a slow token endpoint are 504 within timeoutMs', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { timeoutMs: 400 })
  await addFault(emulator, { path: '/data/v2/accounts', latencyMs: 1500, status: 200, body: [], times: 1 })
  let started = Date.now()
  const slow = await app.inject({ url: '/data/v2/accounts', headers })
  t.equal(slow.statusCode, 504)
  isProblem(t, slow, 504)
  t.ok(Date.now() - started < 1200, `answered in ${Date.now() - started} ms`)

  const other = await startEmulator(t)
  const { app: fresh } = await startGateway(t, other, { timeoutMs: 400 })
  await addFault(other, { path: '/oauth2/token', latencyMs: 1500, times: 1 })
  started = Date.now()
  const slowToken = await fresh.inject({ url: '/data/v2/accounts', headers })
  t.equal(slowToken.statusCode, 504, 'token fetch counts against the same budget')
  t.ok(Date.now() - started < 1200, `answered in ${Date.now() - started} ms`)
})

t.test('unreachable Lean and refused client credentials are 502', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as { tenants: Array<{ lean: Record<string, unknown> }> }
  file.tenants[0]!.lean.apiUrl = 'http://127.0.0.1:9'
  file.tenants[1]!.lean.clientSecret = 'wrong-secret'
  const { app } = await startGateway(t, emulator, { file })
  const down = await app.inject({ url: '/data/v2/accounts', headers })
  t.equal(down.statusCode, 502)
  isProblem(t, down, 502)
  const refused = await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.tenantB } })
  t.equal(refused.statusCode, 502)
  t.equal(refused.json().detail, 'Could not obtain a Lean token')
})

t.test('x-request-id: the caller\'s when sane, else a fresh one', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const echoed = await app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-abc_123' } })
  t.equal(echoed.headers['x-request-id'], 'trace-abc_123')
  for (const bad of ['has space', 'x'.repeat(129), 'tab\there']) {
    const res = await app.inject({ url: '/healthz', headers: { 'x-request-id': bad } })
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, `"${bad.slice(0, 12)}" replaced`)
  }
  const problem = await app.inject({ url: '/data/v2/accounts', headers: { 'x-request-id': 'req-401' } })
  t.equal(problem.headers['x-request-id'], 'req-401')
  t.equal(problem.json().requestId, 'req-401')
})
