import t from 'tap'
import { startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

// Issue 22, item 2: Lean posts a payout's webhooks before the gateway has recorded the payout.

const SECRET = 'early-webhook-secret-0123'

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: webhooks that overtake their payout's answer are applied when it is recorded, once`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name, payoutStepMs: 3_600_000 })
      const file = tenantsFile(emulator, { wire: wire.name }) as { tenants: Array<Record<string, any>> }
      file.tenants[0]!.lean.webhookSecret = SECRET
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: wire.name, events: { background: false } })
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET, early: true })
      const metrics = async () => (await app.inject({ url: '/metrics' })).body

      const dest = await wire.destination(app)
      const created = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': `early-${wire.name}` }, payload: wire.payout(dest, 15) })
      t.equal(created.statusCode, wire.created)
      t.ok(metricValue(await metrics(), 'gateway_lean_events_total', { type: 'payment.updated', verdict: 'unmatched' }) >= 1, 'the events came first: no payout was recorded for them yet')

      const feed = (await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>
      const changes = feed.filter((e) => e.type === 'payout.status_changed').map((e) => [e.data.previous_status, e.data.status])
      const submitted = wire.name === 'seeds' ? 'SUBMITTED' : 'PENDING_WITH_BANK'
      t.same(changes, [[wire.newPayoutStatus, submitted]], 'applied when the payout was recorded, with the same effects as a webhook')
      const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; outcome: string }>
      t.same(audit.filter((a) => a.event === 'payout.status_changed').map((a) => a.outcome), [submitted], 'audited once')

      const again = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': `early-${wire.name}` }, payload: wire.payout(dest, 15) })
      t.equal(again.headers['idempotent-replayed'], 'true')
      const after = (await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as unknown[]
      t.equal(after.length, feed.length, 'a replay applies nothing twice')
    })
  }
}
