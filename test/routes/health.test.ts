import t from 'tap'
import { metricValue } from '../helpers/metrics.js'
import { ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'

t.test('health and readiness', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  t.same((await app.inject({ url: '/healthz' })).json(), { status: 'ok' })
  const ready = await app.inject({ url: '/readyz' })
  t.equal(ready.statusCode, 200)
  t.same(ready.json(), { status: 'ready', store: 'sqlite', rateLimits: 'memory', rateLimitsUp: true, leanCircuits: {} }, 'names the stores it checked, and no Lean circuit is open')
  app.readiness.draining = true
  const draining = await app.inject({ url: '/readyz' })
  t.equal(draining.statusCode, 503, 'not ready while draining')
  t.equal(draining.headers.connection, 'close', 'draining answers close their connection')
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'still alive')
})

t.test('readiness fails when the store is unreachable', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  await app.store.close()
  const res = await app.inject({ url: '/readyz' })
  t.equal(res.statusCode, 503)
  t.equal(res.json().status, 'store unreachable')

  const before = (await upstreamRequests(emulator)).length
  const payout = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'store-down' }, payload: { amount: 1, currency: 'AED', destination_id: ENTITY_A } })
  t.equal(payout.statusCode, 503, 'a payout without its record is refused, retryable')
  t.equal(payout.headers['retry-after'], '5')
  t.equal(payout.json().code, 'store-unavailable')
  t.equal((await upstreamRequests(emulator)).length, before, 'and nothing went to Lean')
  t.equal((await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).statusCode, 503, 'the audit trail says the same')
})

t.test('metrics count requests by route and status, Lean calls by operation and outcome, token fetches', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': 'wrong' } })
  await app.inject({ url: '/no/such/route' })
  const res = await app.inject({ url: '/metrics' })
  t.equal(res.statusCode, 200)
  t.match(res.headers['content-type'], /^text\/plain/)
  const text = res.body
  const requests = (route: string, status: string) => metricValue(text, 'gateway_http_requests_total', { method: 'GET', route, status })
  t.equal(requests('/data/v2/accounts', '200'), 1)
  t.equal(requests('/data/v2/accounts', '401'), 1)
  t.equal(requests('unmatched', '404'), 1)
  t.equal(metricValue(text, 'gateway_http_request_duration_seconds_count', { method: 'GET', route: '/data/v2/accounts' }), 2)
  t.equal(metricValue(text, 'gateway_http_request_duration_seconds_bucket', { method: 'GET', route: '/data/v2/accounts', le: '+Inf' }), 2)
  t.equal(metricValue(text, 'gateway_lean_request_duration_seconds_count', { operation: 'getAccounts', outcome: '200' }), 1)
  t.equal(metricValue(text, 'gateway_lean_token_fetches_total', { outcome: 'ok' }), 1)
  t.ok(metricValue(text, 'process_resident_memory_bytes') > 0)
})

t.test('the metrics parser compares numbers, not text', async (t) => {
  const text = '# TYPE x_total counter\nx_total{a="1"} 12\nx_total{a="2"} 1\ny 3.5e2\n'
  t.equal(metricValue(text, 'x_total', { a: '1' }), 12, '"} 1" is not 12')
  t.equal(metricValue(text, 'x_total', { a: '2' }), 1)
  t.equal(metricValue(text, 'x_total', { a: '3' }), 0, 'a series never counted is 0')
  t.equal(metricValue(text, 'y'), 350)
  t.throws(() => metricValue(text, 'x_total'), /2 samples/, 'an ambiguous query is an error, not a guess')
})
