import t from 'tap'
import { metricValue } from '../helpers/metrics.js'
import { addFault, startEmulator as startWireEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway as startWireGateway } from '../helpers/gateway.js'
import { SEEDS, WIRES } from '../helpers/wire.js'
import { engines } from '../helpers/store.js'
import { forwardedIdempotencyKey } from '../../src/idempotency/key.js'
import { createStore } from '../../src/store/index.js'
import { requestFingerprint } from '../../src/store/fingerprint.js'
import type { LeanEmulator } from '../../src/emulator/index.js'
import type { FastifyInstance } from 'fastify'

const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }

const pay = (app: FastifyInstance, key: string, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': key }, payload: body })

/** The same object with its keys in reverse order, at every depth: the same request to the gateway. */
const reversed = (value: unknown): Record<string, unknown> => (Array.isArray(value)
  ? value.map(reversed)
  : value !== null && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, typeof v === 'object' ? reversed(v) : v]))
    : value) as Record<string, unknown>

const payoutsAtLean = async (emulator: LeanEmulator) =>
  (await upstreamRequests(emulator)).filter((r) => r.method === 'POST' && r.url === '/payouts/v1/payment')

for (const wire of WIRES) {
  const { destination } = wire
  const startEmulator = (t: Parameters<typeof startWireEmulator>[0], options: Parameters<typeof startWireEmulator>[1] = {}) => startWireEmulator(t, { ...options, wire: wire.name })
  const startGateway = (t: Parameters<typeof startWireGateway>[0], emulator: LeanEmulator, options: Parameters<typeof startWireGateway>[2] = {}) => startWireGateway(t, emulator, { ...options, wire: wire.name })
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: a retried payout never pays twice`, async (t) => {
      t.test('50 concurrent requests with one key: one payout at Lean, the rest 409 or the same answer', async (t) => {
        const emulator = await startEmulator(t)
        const { app } = await startGateway(t, emulator, { store: engine.options })
        const dest = await destination(app)
        await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 150, times: 1 })
        const body = wire.payout(dest, 100)
        const answers = await Promise.all(Array.from({ length: 50 }, () => pay(app, 'race-1', body)))
        const created = answers.filter((a) => a.statusCode === wire.created)
        const busy = answers.filter((a) => a.statusCode === 409)
        t.equal(created.length + busy.length, 50, 'every caller got the payout or a 409')
        t.ok(created.length >= 1)
        t.equal(new Set(created.map((a) => wire.payoutLeanId(a.json()))).size, 1, 'one payout')
        for (const a of busy) {
          t.match(a.headers['retry-after'], /^[1-5]$/)
          t.equal(a.json().code, 'idempotency-key-in-flight')
        }
        t.equal((await payoutsAtLean(emulator)).length, 1, 'exactly one payout request reached Lean')
        t.equal(emulator.state.payoutsCreated, 1)

        const replay = await pay(app, 'race-1', reversed(body))
        t.equal(replay.statusCode, wire.created, 'same body in another key order replays')
        t.equal(replay.headers['idempotent-replayed'], 'true')
        t.equal(replay.body, created[0]!.body, 'the stored answer, byte for byte')
        const other = await pay(app, 'race-1', wire.payout(dest, 101))
        t.equal(other.statusCode, 422)
        t.equal(other.json().code, 'idempotency-key-reused')
        t.equal((await payoutsAtLean(emulator)).length, 1, 'neither reached Lean')
      })

      t.test('after a Lean failure the retry goes upstream again with the same forwarded key', async (t) => {
        const emulator = await startEmulator(t)
        const { app } = await startGateway(t, emulator, { store: engine.options, timeoutMs: 500 })
        const dest = await destination(app)
        const body = wire.payout(dest, 42, 'SAR')
        await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', status: 503, times: 1 })
        t.equal((await pay(app, 'fail-1', body)).statusCode, 502)
        await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 900, times: 1 })
        t.equal((await pay(app, 'fail-1', body)).statusCode, 504, 'Lean too slow: the outcome is unknown')
        await new Promise((resolve) => setTimeout(resolve, 600))
        const ok = await pay(app, 'fail-1', body)
        t.equal(ok.statusCode, wire.created)
        t.not(ok.headers['idempotent-replayed'], 'true')
        const sent = await payoutsAtLean(emulator)
        t.equal(sent.length, 3, 'three attempts reached Lean')
        const expected = forwardedIdempotencyKey('acme', 'fail-1')
        t.same(sent.map(wire.forwardedKey), [expected, expected, expected])
        t.equal(emulator.state.payoutsCreated, 1, 'Lean deduplicated the slow one and the retry: one payout')
        t.equal((await pay(app, 'fail-1', body)).headers['idempotent-replayed'], 'true')
      })

      t.test('a settled Lean refusal is stored and replayed; an unsettled one is not', async (t) => {
        const emulator = await startEmulator(t)
        const { app } = await startGateway(t, emulator, { store: engine.options })
        const unknownDest = '0b7c1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4'
        const first = await pay(app, 'refused-1', wire.payout(unknownDest, 5))
        t.equal(first.statusCode, 404, "Lean's 404")
        const again = await pay(app, 'refused-1', wire.payout(unknownDest, 5))
        t.equal(again.statusCode, 404)
        t.equal(again.headers['idempotent-replayed'], 'true')
        t.equal(again.body, first.body)
        t.equal((await payoutsAtLean(emulator)).length, 1)

        const dest = await destination(app)
        await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', status: 429, times: 1, headers: { 'retry-after': '3' } })
        t.equal((await pay(app, 'limited-1', wire.payout(dest, 5))).statusCode, 429)
        t.equal((await pay(app, 'limited-1', wire.payout(dest, 5))).statusCode, wire.created, 'a 429 is not stored')
      })

      t.test('a lease left by a crashed gateway expires and the key is usable again', async (t) => {
        const emulator = await startEmulator(t)
        let body: Record<string, unknown> = {}
        // What a process killed mid-payout leaves behind: a claimed key with a lease.
        const leaveLease = async (destinationId: string) => {
          body = wire.payout(destinationId, 7)
          const crashed = await createStore(engine.options)
          await crashed.migrate()
          await crashed.claim({ tenantId: 'acme', key: 'crash-1', fingerprint: requestFingerprint('POST', '/payouts/v1/payment', body), operation: 'createPayoutPayment', leaseMs: 300, ttlMs: 3_600_000 })
          await crashed.close()
        }
        if (engine.name === 'sqlite') {
          // The embedded store has one process: the crashed one is gone before the next one opens the file.
          const before = await startGateway(t, emulator, { store: engine.options })
          const dest = await destination(before.app)
          await before.app.close()
          await leaveLease(dest)
          const { app } = await startGateway(t, emulator, { store: engine.options })
          t.equal((await pay(app, 'crash-1', body)).statusCode, wire.created, 'the restart freed the dead run\'s lease: the key goes upstream at once')
        } else {
          // A shared store: the crashed replica's lease is seen by the replicas still running.
          const { app } = await startGateway(t, emulator, { store: engine.options })
          await leaveLease(await destination(app))
          t.equal((await pay(app, 'crash-1', body)).statusCode, 409, 'still leased')
          await new Promise((resolve) => setTimeout(resolve, 350))
          t.equal((await pay(app, 'crash-1', body)).statusCode, wire.created, 'lease expired: the key goes upstream')
        }
        t.equal((await payoutsAtLean(emulator)).length, 1)
      })

      t.test('an unknown outcome is recorded, audited, counted, and resolved by the next attempt', async (t) => {
        const emulator = await startEmulator(t)
        const { app } = await startGateway(t, emulator, { store: engine.options })
        const dest = await destination(app)
        const body = wire.payout(dest, 75)
        // Lean creates the payout, then the connection drops before its answer arrives.
        await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', action: 'reset-after', times: 1 })
        const lost = await pay(app, 'unknown-1', body)
        t.equal(lost.statusCode, 502)
        t.equal(emulator.state.payoutsCreated, 1, 'Lean did create it')
        const unknown = async (stage: string) => metricValue((await app.inject({ url: '/metrics' })).body, 'gateway_payout_unknown_outcomes_total', { stage })
        t.equal(await unknown('recorded'), 1)
        t.equal(await unknown('resolved'), 0)

        const resolved = await pay(app, 'unknown-1', body)
        t.equal(resolved.statusCode, wire.created, 'the retry resends with the same forwarded key and gets the payout')
        t.equal(emulator.state.payoutsCreated, 1, 'still one payout')
        t.equal(await unknown('resolved'), 1)
        t.equal(await unknown('recorded'), 1, 'the resolution recorded no new unknown outcome')
        const events = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, string>>
        t.same(events.slice(0, 4).map((e) => `${e.event}:${e.outcome}${e.detail !== undefined ? `:${e.detail}` : ''}`), [
          `payout.created:${wire.newPayoutStatus}`,
          'payout.requested:pending:resolving unknown:connection_error',
          'payout.failed:unknown:connection_error',
          'payout.requested:pending'
        ])
        t.equal(events[0]!.leanId, wire.payoutLeanId(resolved.json()))
      })

      t.test('keys are scoped to the tenant', async (t) => {
        const emulator = await startEmulator(t)
        const { app } = await startGateway(t, emulator, { store: engine.options })
        const destA = await destination(app)
        const destB = await destination(app, KEYS.tenantB)
        t.equal((await pay(app, 'shared-name', wire.payout(destA, 1))).statusCode, wire.created)
        const b = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'x-api-key': KEYS.tenantB, 'idempotency-key': 'shared-name' }, payload: wire.payout(destB, 2) })
        t.equal(b.statusCode, wire.created, "another tenant's key of the same name is its own")
        t.not(b.headers['idempotent-replayed'], 'true')
      })
    })
  }
}

t.test('records survive a restart on the same DATA_DIR', async (t) => {
  const emulator = await startWireEmulator(t)
  const [sqlite] = engines(t)
  const first = await startWireGateway(t, emulator, { store: sqlite!.options })
  const dest = await SEEDS.destination(first.app)
  const body = { amount: 9.99, currency: 'AED', destination_id: dest }
  const original = await pay(first.app, 'restart-1', body)
  t.equal(original.statusCode, 201)
  await first.app.close()
  const second = await startWireGateway(t, emulator, { store: sqlite!.options })
  const replay = await pay(second.app, 'restart-1', body)
  t.equal(replay.statusCode, 201)
  t.equal(replay.headers['idempotent-replayed'], 'true')
  t.equal(replay.body, original.body)
  t.equal((await payoutsAtLean(emulator)).length, 1, 'the restarted gateway did not pay again')
})

t.test('destinations and refreshes honour a key when given', async (t) => {
  const emulator = await startWireEmulator(t)
  const { app } = await startWireGateway(t, emulator)
  const post = (key?: string) => app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: { ...json, ...(key !== undefined && { 'idempotency-key': key }) }, payload: { beneficiary_name: 'Same' } })
  const a = await post('dest-1')
  const b = await post('dest-1')
  t.equal(b.headers['idempotent-replayed'], 'true')
  t.equal(a.json().id, b.json().id)
  t.not((await post()).json().id, a.json().id, 'without a key each POST is new')
  const sent = (await upstreamRequests(emulator)).filter((r) => r.url === '/payouts/v1/payment/destinations')
  t.equal(sent.length, 2)
  t.notOk((sent[0]!.body as Record<string, unknown>).idempotency_key, 'the key is not forwarded on destinations')
})
