import { createHmac, randomUUID } from 'node:crypto'
import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { startReceiver, until, type Receiver } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { SEEDS } from '../helpers/wire.js'
import type { LeanEmulator } from '../../src/emulator/index.js'

const SECRET = 'lean-webhook-secret-0123456789'
const FAST = { retryDelaysMs: [30, 60], timeoutMs: 300, intervalMs: 20 }

/** acme (and globex) with webhook URLs, Lean's webhooks signed with SECRET; background work off. */
function fileFor (emulator: LeanEmulator, acme: Receiver, globex?: Receiver): Record<string, unknown> {
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.webhookSecret = SECRET
  file.tenants[0]!.webhooks = { url: acme.url, secret: acme.secret }
  file.tenants[1]!.lean.webhookSecret = SECRET
  file.tenants[1]!.lean.appUserIdPrefix = 'globex-'
  if (globex !== undefined) file.tenants[1]!.webhooks = { url: globex.url, secret: globex.secret }
  return file
}

const leanEvent = (app: FastifyInstance, type: string, payload: Record<string, unknown>, clientId = 'client-a') => {
  const body = JSON.stringify({ type, payload, event_id: randomUUID(), timestamp: new Date().toISOString() })
  return app.inject({ method: 'POST', url: `/webhooks/lean/${clientId}`, headers: { 'content-type': 'application/json', 'lean-signature': `sha512=${createHmac('sha512', SECRET).update(body).digest('hex')}` }, payload: body })
}

async function payout (app: FastifyInstance, key: string): Promise<{ id: string; payment_intent_id: string }> {
  const dest = await SEEDS.destination(app)
  return (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': key }, payload: SEEDS.payout(dest, 40) })).json()
}

const statuses = (receiver: Receiver) => receiver.received.filter((d) => d.type === 'payout.status_changed').map((d) => d.data.status)

for (const engine of engines(t)) {
  t.test(`${engine.name}: tenants' events out, signed, at least once, in order`, async (t) => {
    t.test('a delivery is signed per Standard Webhooks and is the feed\'s event', async (t) => {
      const emulator = await startEmulator(t)
      const receiver = await startReceiver(t)
      const { app } = await startGateway(t, emulator, { file: fileFor(emulator, receiver), store: engine.options, events: { background: false, delivery: FAST } })
      const p = await payout(app, 'out-1')
      await leanEvent(app, 'payment.updated', { id: p.id, intent_id: p.payment_intent_id, status: 'SUBMITTED' })
      t.ok(await until(() => receiver.received.length === 1, () => app.events.delivery.tick()), 'delivered')
      const [delivery] = receiver.received
      t.equal(delivery!.verified, true, 'the standardwebhooks library verifies it (webhook-id, -timestamp, -signature)')
      t.match(delivery, { type: 'payout.status_changed', data: { payout_id: p.id, status: 'SUBMITTED', previous_status: 'PENDING', amount: 40 } })
      const feed = (await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events
      t.equal(feed[0].id, delivery!.id, 'the webhook-id is the feed event\'s id')
      await app.events.delivery.tick()
      t.equal(receiver.attempts(), 1, 'a 2xx ends it: not delivered again')
    })

    t.test('a receiver failing, then recovering: retried with backoff, the object\'s events in order', async (t) => {
      const emulator = await startEmulator(t)
      const receiver = await startReceiver(t)
      const { app } = await startGateway(t, emulator, { file: fileFor(emulator, receiver), store: engine.options, events: { background: false, delivery: FAST } })
      const p = await payout(app, 'out-2')
      receiver.behave(503)
      await leanEvent(app, 'payment.updated', { id: p.id, status: 'SUBMITTED' })
      await leanEvent(app, 'payment.updated', { id: p.id, status: 'COMPLETED' })
      await until(() => receiver.attempts() >= 3, () => app.events.delivery.tick())
      t.equal(receiver.received.length, 0, 'nothing accepted yet')
      receiver.behave(200)
      t.ok(await until(() => receiver.received.length === 2, () => app.events.delivery.tick()), 'both delivered after recovery')
      t.same(statuses(receiver), ['SUBMITTED', 'COMPLETED'], 'in order: the second never overtook the first')
      const metrics = (await app.inject({ url: '/metrics' })).body
      t.ok(metricValue(metrics, 'gateway_webhook_deliveries_total', { outcome: 'failed' }) >= 3, 'failures counted')
      t.equal(metricValue(metrics, 'gateway_webhook_deliveries_total', { outcome: 'delivered' }), 2)
      t.equal(metricValue(metrics, 'gateway_webhook_outbox_pending'), 0)
    })

    t.test('a receiver that hangs holds only its own tenant; the request path never waits', async (t) => {
      const emulator = await startEmulator(t)
      const slow = await startReceiver(t)
      const quick = await startReceiver(t)
      const patient = { ...FAST, timeoutMs: 3_000 }
      const { app } = await startGateway(t, emulator, { file: fileFor(emulator, slow, quick), store: engine.options, events: { background: false, delivery: patient } })
      slow.behave('hang')
      for (let i = 0; i < 6; i++) await leanEvent(app, 'payment.updated', { id: (await payout(app, `slow-${i}`)).id, status: 'SUBMITTED' })
      const entity = '44444444-4444-4444-8444-444444444444'
      await leanEvent(app, 'entity.created', { id: entity, app_user_id: 'globex-u1' }, 'client-b')
      const started = Date.now()
      void app.events.delivery.tick()
      t.ok(await until(() => quick.received.length === 1, () => app.events.delivery.tick()), "the other tenant's event is delivered")
      t.ok(Date.now() - started < patient.timeoutMs, 'without waiting for the hanging receiver')
      t.equal(slow.received.length, 0, 'which is still hanging')
      const read = Date.now()
      t.equal((await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 200)
      t.ok(Date.now() - read < patient.timeoutMs, 'and a caller is served meanwhile')
      t.equal((await app.inject({ url: '/readyz' })).statusCode, 200, "a tenant's endpoint being down leaves the replica ready")
    })

    t.test('pending deliveries survive a restart of the gateway', async (t) => {
      const emulator = await startEmulator(t)
      const receiver = await startReceiver(t)
      const file = fileFor(emulator, receiver)
      const first = await startGateway(t, emulator, { file, store: engine.options, events: { background: false, delivery: FAST } })
      const p = await payout(first.app, 'restart-out')
      receiver.behave(500)
      await leanEvent(first.app, 'payment.updated', { id: p.id, status: 'SUBMITTED' })
      await until(() => receiver.attempts() >= 1, () => first.app.events.delivery.tick())
      await first.app.close()
      receiver.behave(200)
      const second = await startGateway(t, emulator, { file, store: engine.options, events: { background: false, delivery: FAST } })
      t.ok(await until(() => receiver.received.length === 1, () => second.app.events.delivery.tick()), 'the new process delivers what the old one could not')
      t.same(statuses(receiver), ['SUBMITTED'])
    })

    if (engine.name === 'postgres') {
      t.test('two replicas on one database deliver each event once', async (t) => {
        const emulator = await startEmulator(t)
        const receiver = await startReceiver(t)
        const file = fileFor(emulator, receiver)
        const a = await startGateway(t, emulator, { file, store: engine.options, events: { background: false, delivery: FAST } })
        const b = await startGateway(t, emulator, { file, store: engine.options, events: { background: false, delivery: FAST } })
        const ids: string[] = []
        for (let i = 0; i < 10; i++) {
          const p = await payout(a.app, `pair-${i}`)
          await leanEvent(i % 2 === 0 ? a.app : b.app, 'payment.updated', { id: p.id, status: 'SUBMITTED' })
          ids.push(p.id)
        }
        await until(() => receiver.received.length >= 10, async () => await Promise.all([a.app.events.delivery.tick(), b.app.events.delivery.tick()]))
        await Promise.all([a.app.events.delivery.tick(), b.app.events.delivery.tick()])
        t.equal(receiver.received.length, 10, 'ten events, ten deliveries')
        t.equal(new Set(receiver.received.map((d) => d.id)).size, 10, 'none twice')
      })
    }
  })
}
