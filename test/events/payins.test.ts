import t from 'tap'
import { startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { until } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

const SECRET = 'payin-webhook-secret-0123'

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: a pay-in's payment reaches its tenant as payment.status_changed, never as a payout`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name, payoutStepMs: 100 })
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<Record<string, any>> }
      const acme = file.tenants[0]!
      acme.lean.appUserIdPrefix = 'acme-'
      acme.lean.webhookSecret = SECRET
      acme.lean.payoutPollMs = 1000
      delete acme.jwt.entityClaim
      acme.jwt.scopes = ['payments:write', 'payments:read', 'events:read']
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: wire.name, events: { background: false } })
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
      const as = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub })}` })
      const intentFor = async (sub: string, key: string) => (await app.inject({
        method: 'POST', url: '/payments/v1/intents', payload: { amount: 75, currency: 'AED' }, headers: { ...await as(sub), 'content-type': 'application/json', 'idempotency-key': key }
      })).json().payment_intent_id as string
      const pay = async (intentId: string, outcome: string) => await fetch(`${emulator.url}/__emulator/payments`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', intentId, outcome })
      })
      type Event = { type: string; data: Record<string, unknown> }
      const feed = async (headers: Record<string, string>) => (await app.inject({ url: '/events/v1?limit=100', headers })).json().events as Event[]
      const tenantFeed = async () => await feed({ 'x-api-key': KEYS.all })
      const changesOf = async (intentId: string) => (await tenantFeed()).filter((e) => e.data.payment_intent_id === intentId)

      t.test('paid and processed: two changes, the second final', async (t) => {
        const intent = await intentFor('u1', 'pay-1')
        t.equal((await pay(intent, 'PROCESSED')).status, 201)
        t.ok(await until(async () => (await changesOf(intent)).length === 2, async () => {}, 50, 60), 'both of Lean\'s webhooks arrived')
        const changes = await changesOf(intent)
        t.same(changes.map((e) => e.type), ['payment.status_changed', 'payment.status_changed'], 'pay-in events, never payout.status_changed')
        t.match(changes[0]!.data, { payment_intent_id: intent, payment_id: /^[0-9a-f-]{36}$/, amount: 75, currency: 'AED', status: 'ACCEPTED_BY_BANK', previous_status: null, post_initiation_status: null, user: 'u1' })
        t.match(changes[1]!.data, { status: 'ACCEPTED_BY_BANK', previous_status: 'ACCEPTED_BY_BANK', post_initiation_status: 'PROCESSED', previous_post_initiation_status: null })
        t.equal((await tenantFeed()).filter((e) => e.type.startsWith('payout.')).length, 0, 'no payout event at all')
        const mine = await feed(await as('u1'))
        t.equal(mine.filter((e) => e.data.payment_intent_id === intent).length, 2, 'the paying app user sees its own')
        t.equal((await feed(await as('u2'))).filter((e) => e.data.payment_intent_id === intent).length, 0, 'another app user does not')
        const audit = ((await app.inject({ url: '/audit/v1/events?limit=50', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; leanId?: string; outcome: string }>)
          .filter((e) => e.leanId === intent)
        t.match(audit.map((e) => `${e.event}:${e.outcome}`), ['payin.status_changed:ACCEPTED_BY_BANK / PROCESSED', 'payin.status_changed:ACCEPTED_BY_BANK', 'payin.created:created'], 'audited as pay-ins')
      })

      t.test('rejected after the bank accepted it: told, and final; never polled as a payout', async (t) => {
        const intent = await intentFor('u2', 'pay-2')
        await pay(intent, 'REJECTED')
        t.ok(await until(async () => (await changesOf(intent)).length === 2, async () => {}, 50, 60))
        t.match((await changesOf(intent))[1]!.data, { post_initiation_status: 'REJECTED', user: 'u2' })
        await new Promise((resolve) => setTimeout(resolve, 1100))
        await app.events.poller.tick()
        t.equal((await upstreamRequests(emulator)).filter((r) => r.method === 'GET' && r.url.includes(intent)).length, 0, "Lean's payouts API is never asked about a pay-in")
      })

      t.test('failed at the bank: one final change', async (t) => {
        const intent = await intentFor('u3', 'pay-3')
        await pay(intent, 'FAILED')
        t.ok(await until(async () => (await changesOf(intent)).length === 1, async () => {}, 50, 60))
        await new Promise((resolve) => setTimeout(resolve, 300))
        t.match(await changesOf(intent), [{ type: 'payment.status_changed', data: { status: 'FAILED', previous_status: null } }], 'once, and nothing after')
      })
    })
  }
}
