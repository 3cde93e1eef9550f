import t from 'tap'
import { startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { until } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { LEAN } from '../helpers/wire.js'
import { isFinalPayoutStatus } from '../../src/lean/payout-status.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

// Issue 22, item 1: a payout the bank accepted is not a success until Lean says the money moved.

const SECRET = 'post-initiation-webhook-secret'

t.test('what is final: Lean decides, ACCEPTED_BY_BANK alone does not', async (t) => {
  t.notOk(isFinalPayoutStatus('ACCEPTED_BY_BANK', null), 'accepted, still tracking')
  t.notOk(isFinalPayoutStatus('ACCEPTED_BY_BANK', undefined), 'accepted, nothing said after')
  t.ok(isFinalPayoutStatus('ACCEPTED_BY_BANK', 'PROCESSED'))
  t.ok(isFinalPayoutStatus('ACCEPTED_BY_BANK', 'REJECTED'))
  for (const status of ['FAILED', 'REJECTED', 'COMPLETED']) t.ok(isFinalPayoutStatus(status, null), status)
  for (const status of ['CREATED', 'PENDING_WITH_BANK', 'AWAITING_AUTHORIZATION']) t.notOk(isFinalPayoutStatus(status, null), status)
})

for (const engine of engines(t)) {
  for (const [description, after] of [['INV-REJECT-7', 'REJECTED'], ['INV-OK-7', 'PROCESSED']] as const) {
    t.test(`${engine.name}: a payout accepted by the bank, then ${after}: the tenant is told, and only then is it final`, async (t) => {
      // No payout fails at random here: each must reach its post-initiation status.
      const emulator = await startEmulator(t, { wire: 'lean', payoutStepMs: 300, payoutFailureRate: 0 })
      const file = tenantsFile(emulator, { wire: 'lean' }) as { tenants: Array<Record<string, any>> }
      file.tenants[0]!.lean.webhookSecret = SECRET
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: 'lean', events: { background: false } })
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
      // This payout's events only: the store is shared with the other case of this loop.
      let intent = ''
      const feed = async () => ((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>)
        .filter((e) => e.type === 'payout.status_changed' && e.data.payment_intent_id === intent).map((e) => e.data)

      const dest = await LEAN.destination(app)
      const body = LEAN.payout(dest, 40) as { payment_details: Array<{ destination_details: Array<Record<string, unknown>> }> }
      body.payment_details[0]!.destination_details[0]!.description = description
      const created = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': `pi-${description}` }, payload: body })
      t.equal(created.statusCode, 200)
      intent = LEAN.payoutLeanId(created.json())
      const tracked = async () => await app.store.events.trackedPayout(clientKeyOf(app.directory.tenants.get('acme')!), [intent])

      t.ok(await until(async () => (await feed()).some((e) => e.status === 'ACCEPTED_BY_BANK'), () => app.events.poller.tick(), 200, 50), 'the bank accepted it')
      const accepted = (await feed()).find((e) => e.status === 'ACCEPTED_BY_BANK')!
      t.equal(accepted.post_initiation_status, null, 'Lean still tracking: no post-initiation status yet')
      t.equal((await tracked())?.final, false, 'accepted by the bank is not final')

      t.ok(await until(async () => (await feed()).some((e) => e.post_initiation_status === after), () => app.events.poller.tick(), 200, 50), `then ${after} reaches the tenant`)
      const settled = (await feed()).find((e) => e.post_initiation_status === after)!
      t.match(settled, { status: 'ACCEPTED_BY_BANK', previous_status: 'ACCEPTED_BY_BANK', post_initiation_status: after, previous_post_initiation_status: null, payment_intent_id: intent, amount: 40 },
        'a change of post-initiation status alone is a change, with both values')
      t.equal((await tracked())?.final, true, 'final now')
      const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; outcome: string }>
      t.ok(audit.some((a) => a.event === 'payout.status_changed' && a.outcome === `ACCEPTED_BY_BANK / ${after}`), 'audited with it')
      const count = (await feed()).length
      await new Promise((resolve) => setTimeout(resolve, 700))
      await app.events.poller.tick()
      t.equal((await feed()).length, count, 'nothing after final')
    })
  }
}
