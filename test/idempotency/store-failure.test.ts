import t from 'tap'
import { startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'
import type { Store } from '../../src/store/index.js'

const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }

/** The engine, except that its next `complete` fails: before writing (lost) or after (landed, ack lost). */
function failNextComplete (store: Store, mode: { landed: boolean }): Store {
  const wrapped = Object.create(store) as Store
  let armed = true
  wrapped.complete = async (req) => {
    if (!armed) return await store.complete(req)
    armed = false
    if (mode.landed) await store.complete(req)
    throw new Error(mode.landed ? 'connection lost after commit' : 'disk full')
  }
  return wrapped
}

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    for (const landed of [true, false]) {
      t.test(`${wire.name} wire, ${engine.name}: the store fails after Lean created the payout (record ${landed ? 'landed, ack lost' : 'not written'})`, async (t) => {
        const emulator = await startEmulator(t, { wire: wire.name })
        const store = await engine.open()
        const { app, logs } = await startGateway(t, emulator, { store: failNextComplete(store, { landed }), wire: wire.name })
        const dest = await wire.destination(app)
        const pay = () => app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': `late-${String(landed)}` }, payload: wire.payout(dest, 30) })

        const first = await pay()
        t.equal(first.statusCode, wire.created, "the caller gets Lean's answer, not an error it would retry")
        t.ok(wire.payoutLeanId(first.json()), "Lean's payout")
        t.match(logs(), /idempotency record not written after Lean acted/, 'the failure is logged')
        const metrics = (await app.inject({ url: '/metrics' })).body
        t.equal(metricValue(metrics, 'gateway_store_write_failures_after_lean_total', { operation: 'createPayoutPayment' }), 1, 'and counted')

        const retry = await pay()
        const payouts = (await upstreamRequests(emulator)).filter((r) => r.url === '/payouts/v1/payment')
        t.equal(payouts.length, 1, 'the retry did not reach Lean again')
        t.equal(emulator.state.payoutsCreated, 1)
        if (landed) {
          t.equal(retry.statusCode, wire.created)
          t.equal(retry.headers['idempotent-replayed'], 'true', 'the record landed: the retry replays it')
          t.equal(retry.body, first.body)
        } else {
          t.equal(retry.statusCode, 409, 'the record is still leased: the retry waits, it does not pay again')
          t.ok(Number(retry.headers['retry-after']) >= 1)
        }
      })
    }
  }
}
