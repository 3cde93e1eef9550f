import FakeTimers from '@sinonjs/fake-timers'
import t from 'tap'
import { request } from 'undici'
import { CircuitBreaker, type CircuitState } from '../../src/lean/circuit.js'
import { LeanCircuitOpenError } from '../../src/lean/errors.js'
import { addFault, ENTITY_A, ENTITY_B, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { WIRES } from '../helpers/wire.js'

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

// The breaker's own rules run on a fake clock: time is their subject, so no test waits for it.
t.test('the breaker: opens after N failures, one probe at a time, closes on success', async (t) => {
  const clock = FakeTimers.install({ toFake: ['Date'] })
  t.teardown(() => { clock.uninstall() })
  const states: CircuitState[] = []
  const breaker = new CircuitBreaker({ failures: 3, coolDownMs: 1_000 }, (state) => states.push(state))
  for (let i = 0; i < 2; i++) { breaker.admit('op'); breaker.record(true) }
  breaker.admit('op')
  breaker.record(false)
  for (let i = 0; i < 2; i++) { breaker.admit('op'); breaker.record(true) }
  t.equal(breaker.current, 'closed', 'a success in between resets the count')
  breaker.admit('op')
  breaker.record(true)
  t.equal(breaker.current, 'open', 'three in a row open it')
  const refused = t.throws(() => { breaker.admit('op') }) as LeanCircuitOpenError
  t.ok(refused instanceof LeanCircuitOpenError)
  t.equal(refused.retryAfterS, 1, 'Retry-After is the cool-down left')
  clock.tick(999)
  t.throws(() => { breaker.admit('op') }, LeanCircuitOpenError, 'still open 1 ms before the cool-down ends')
  clock.tick(1)
  breaker.admit('op')
  t.equal(breaker.current, 'half-open', 'the first call after the cool-down probes')
  t.throws(() => { breaker.admit('op') }, LeanCircuitOpenError, 'others are refused while the probe is out')
  breaker.record(true)
  t.equal(breaker.current, 'open', 'a failed probe re-opens it')
  clock.tick(1_000)
  breaker.admit('op')
  breaker.record(false)
  t.equal(breaker.current, 'closed', 'a good probe closes it')
  breaker.admit('op')
  t.same(states, ['open', 'half-open', 'open', 'half-open', 'closed'])
})

t.test('a probe that never settles does not hold the breaker for ever; reloaded settings apply from the next opening', async (t) => {
  const clock = FakeTimers.install({ toFake: ['Date'] })
  t.teardown(() => { clock.uninstall() })
  const breaker = new CircuitBreaker({ failures: 1, coolDownMs: 1_000 })
  breaker.admit('op')
  breaker.record(true)
  clock.tick(1_000)
  breaker.admit('op')
  t.equal(breaker.current, 'half-open', 'a probe is out, and is never recorded')
  clock.tick(999)
  t.throws(() => { breaker.admit('op') }, LeanCircuitOpenError, 'within a cool-down of the probe, others wait')
  clock.tick(1)
  t.doesNotThrow(() => { breaker.admit('op') }, 'a cool-down later, the lost probe is replaced')
  breaker.record(false)
  t.equal(breaker.current, 'closed', 'the replacement succeeds')
  breaker.configure({ failures: 1, coolDownMs: 5_000 })
  breaker.admit('op')
  breaker.record(true)
  const refused = t.throws(() => { breaker.admit('op') }) as LeanCircuitOpenError
  t.equal(refused.retryAfterS, 5, 'the new cool-down')
})

/** acme on one emulated Lean, globex on another: two Lean applications. */
async function twoApplications (t: { teardown: (fn: () => unknown) => void }) {
  const leanA = await startEmulator(t)
  const leanB = await startEmulator(t)
  const file = tenantsFile(leanA) as { tenants: Array<{ lean: Record<string, unknown> }> } & Record<string, unknown>
  file.tenants[1]!.lean.apiUrl = leanB.url
  file.tenants[1]!.lean.authUrl = `${leanB.url}/oauth2/token`
  file.circuitBreaker = { failures: 5, coolDownMs: 1_000 }
  const { app, logs } = await startGateway(t, leanA, { file })
  return { app, logs, leanA, leanB }
}

t.test('five failures in a row: fast 503s for that application only, then a probe closes it', async (t) => {
  const { app, leanA } = await twoApplications(t)
  const accounts = (key = KEYS.all, entity = ENTITY_A) => app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': key, entity_id: entity } })
  t.equal((await accounts()).statusCode, 200)
  await addFault(leanA, { method: 'GET', path: '/data/v2/accounts', status: 500, times: 100 })
  for (let i = 0; i < 5; i++) t.equal((await accounts()).statusCode, 502, `failure ${i + 1} reaches Lean`)
  const reached = (await upstreamRequests(leanA)).length

  const refused = await accounts()
  t.equal(refused.statusCode, 503, 'the sixth is refused')
  t.match(refused.headers['content-type'], /^application\/problem\+json/)
  t.equal(refused.headers['retry-after'], '1', 'Retry-After is the cool-down left')
  t.match(refused.json(), { code: 'upstream-unavailable', detail: /failing for this application/ })
  t.equal((await upstreamRequests(leanA)).length, reached, 'without reaching Lean')
  const other = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.tenantB, entity_id: ENTITY_B } })
  t.equal(other.statusCode, 200, 'the other Lean application is unaffected')

  const metrics = (await app.inject({ url: '/metrics' })).body
  t.equal(metricValue(metrics, 'gateway_lean_circuit_state', { client_id: 'client-a' }), 1, 'open in metrics')
  t.equal(metricValue(metrics, 'gateway_lean_circuit_state', { client_id: 'client-b' }), 0)
  const ready = await app.inject({ url: '/readyz' })
  t.equal(ready.statusCode, 200, 'an open circuit does not make the replica unready')
  t.same(ready.json().leanCircuits, { 'client-a': 'open' })

  // Still failing after the cool-down: the probe fails and the breaker opens again.
  await sleep(1_100)
  t.equal((await accounts()).statusCode, 502, 'the probe reached Lean and failed')
  t.equal((await upstreamRequests(leanA)).length, reached + 1, 'one probe only')
  t.equal((await accounts()).statusCode, 503, 'open again at once')

  await fetch(`${leanA.url}/__emulator/faults`, { method: 'DELETE' })
  await sleep(1_100)
  t.equal((await accounts()).statusCode, 200, 'a good probe is served')
  t.equal((await accounts()).statusCode, 200, 'and closes the breaker')
  t.equal(metricValue((await app.inject({ url: '/metrics' })).body, 'gateway_lean_circuit_state', { client_id: 'client-a' }), 0)
  t.same((await app.inject({ url: '/readyz' })).json().leanCircuits, {})
})

t.test('a payout refused by an open breaker was never sent: the same key goes through once it closes', async (t) => {
  const { app, leanA } = await twoApplications(t)
  const wire = WIRES[0]!
  const dest = await wire.destination(app)
  await addFault(leanA, { method: 'GET', path: '/data/v2/accounts', action: 'reset', times: 100 })
  // Connection failures count too (each read attempt is a call).
  for (let i = 0; i < 2; i++) await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  const pay = () => app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'breaker-1' }, payload: wire.payout(dest, 7) })
  const before = (await upstreamRequests(leanA)).length
  const refused = await pay()
  t.equal(refused.statusCode, 503, 'the payout is refused while open')
  t.equal((await upstreamRequests(leanA)).length, before, 'nothing reached Lean')
  await fetch(`${leanA.url}/__emulator/faults`, { method: 'DELETE' })
  await sleep(1_100)
  const paid = await pay()
  t.equal(paid.statusCode, 201, 'the same key pays once the probe succeeds')
  t.notOk(paid.headers['idempotent-replayed'], 'not a replay of the 503')
  t.equal((await pay()).headers['idempotent-replayed'], 'true', 'and then replays')
})

t.test('a real server: the breaker opens over HTTP too', async (t) => {
  const { app, leanA } = await twoApplications(t)
  const url = await app.listen({ port: 0, host: '127.0.0.1' })
  await addFault(leanA, { method: 'GET', path: '/data/v2/accounts', status: 503, times: 100 })
  const statuses: number[] = []
  for (let i = 0; i < 3; i++) {
    const res = await request(`${url}/data/v2/accounts`, { headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
    await res.body.dump()
    statuses.push(res.statusCode)
  }
  // A 503 read is retried (three attempts per request): the second request's fifth failure opens
  // the breaker, so its own retry is refused too, and so is the third request.
  t.same(statuses, [502, 503, 503])
  t.equal((await upstreamRequests(leanA)).length, 5, 'Lean saw five calls, no more')
})
