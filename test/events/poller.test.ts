import t from 'tap'
import { addFault, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { until } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'
import { clientKeyOf } from '../../src/ownership/guard.js'
import { pollIntervalMs } from '../../src/store/event-rows.js'

const POLL_MS = 1_000
// Every case has its own emulator, gateway and store, and mostly waits for payoutPollMs: side by side.
t.jobs = 4

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: payouts whose webhooks were missed are found by polling`, async (t) => {
    // Lean moves a payout every 50 ms and sends no webhook at all.
      const emulator = await startEmulator(t, { wire: wire.name, payoutStepMs: 50 })
      const file = tenantsFile(emulator, { wire: wire.name }) as { tenants: Array<Record<string, any>> }
      file.tenants[0]!.lean.payoutPollMs = POLL_MS
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: wire.name, events: { background: false } })
      const polls = async () => (await upstreamRequests(emulator)).filter((r) => r.method === 'GET' && r.url.startsWith('/payouts/v1/') && !r.url.startsWith('/payouts/v1/payment')).length
      const feed = async () => ((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>)
        .filter((e) => e.type === 'payout.status_changed')

      const dest = await wire.destination(app)
      const created = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'poll-1' }, payload: wire.payout(dest, 30) })
      t.equal(created.statusCode, wire.created)
      await app.events.poller.tick()
      t.equal(await polls(), 0, 'not polled before payoutPollMs')

      t.ok(await until(async () => (await feed()).length > 0, () => app.events.poller.tick(), 60, 50), 'found by polling')
      const [change] = await feed()
      t.match(change!.data, { previous_status: wire.newPayoutStatus, amount: 30, currency: 'AED', destination_id: dest })
      t.ok(['COMPLETED', 'FAILED', 'ACCEPTED_BY_BANK'].includes(change!.data.status as string), `a final status: ${String(change!.data.status)}`)
      t.ok(change!.data.payout_id, 'with the payout id Lean shows')
      const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; detail?: string }>
      t.match(audit[0], { event: 'payout.status_changed', detail: /\(poll:/ }, 'audited, as found by polling')

      const after = await polls()
      await new Promise((resolve) => setTimeout(resolve, POLL_MS + 100))
      await app.events.poller.tick()
      t.equal(await polls(), after, 'final: polling stopped')
      t.ok(metricValue((await app.inject({ url: '/metrics' })).body, 'gateway_payout_polls_total', { outcome: 'changed' }) >= 1)
    })
  }
}

for (const engine of engines(t)) {
  t.test(`${engine.name}: polling backs off while Lean fails`, async (t) => {
    const emulator = await startEmulator(t, { payoutStepMs: 60_000 })
    // Lean fails by status here, not by time: a timeout only has to outlast a loaded machine.
    const file = tenantsFile(emulator, { timeoutMs: 3000 }) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.payoutPollMs = POLL_MS
    const { app } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
    const dest = await WIRES[0]!.destination(app)
    const payout = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'poll-fail' }, payload: WIRES[0]!.payout(dest, 5) })).json()
    await addFault(emulator, { method: 'GET', path: `/payouts/v1/${payout.id as string}`, status: 500, times: 100 })
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + 50))
    await app.events.poller.tick()
    const tracked = await app.store.events.trackedPayout(clientKeyOf(app.directory.config.tenants[0]!), [payout.id])
    t.equal(tracked?.pollFailures, 1, 'the failure is counted')
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + 100))
    await app.events.poller.tick()
    t.equal((await app.store.events.trackedPayout(tracked!.clientKey, [payout.id]))?.pollFailures, 1, 'after one interval it is not polled again: backed off to two')
    t.equal(metricValue((await app.inject({ url: '/metrics' })).body, 'gateway_payout_polls_total', { outcome: 'error' }), 1)
  })
}

t.test('the wait between polls of an open payout grows from payoutPollMs to at most an hour (issue 22, item 6)', async (t) => {
  const waits = Array.from({ length: 30 }, (_, i) => pollIntervalMs(60_000, i))
  t.equal(waits[0], 60_000, 'the first at payoutPollMs')
  t.ok(waits.every((w, i) => i === 0 || w >= waits[i - 1]!), 'never shorter than the last')
  t.equal(waits.at(-1), 3_600_000, 'at most an hour')
  t.ok(waits.filter((w) => w < 3_600_000).length < 12, 'an hour within a dozen polls, not a minute for ever')
})

for (const engine of engines(t)) {
  t.test(`${engine.name}: a payout still open after payoutPollDays is no longer polled, audited and told as payout.tracking_stopped (issue 22, item 6)`, async (t) => {
    // A payout awaiting a manual authorization that never comes: Lean never moves it.
    const emulator = await startEmulator(t, { payoutStepMs: 3_600_000 })
    const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.payoutPollMs = POLL_MS
    file.tenants[0]!.lean.payoutPollDays = 7
    const { app } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
    const dest = await WIRES[0]!.destination(app)
    const payout = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'poll-stop' }, payload: WIRES[0]!.payout(dest, 7) })).json()
    const polls = async () => (await upstreamRequests(emulator)).filter((r) => r.method === 'GET' && r.url === `/payouts/v1/${payout.id as string}`).length
    await new Promise((resolve) => setTimeout(resolve, POLL_MS + 50))
    await app.events.poller.tick()
    t.equal(await polls(), 1, 'polled while young')

    // Followed for eight days by now.
    await engine.raw(`UPDATE tracked_payouts SET tracked_at = ${Date.now() - 8 * 86_400_000}, next_poll_at = 0`)
    await app.events.poller.tick()
    t.equal(await polls(), 1, 'not polled once payoutPollDays have passed')
    const feed = (await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>
    t.match(feed.filter((e) => e.type === 'payout.tracking_stopped'), [{ data: { payout_id: payout.id, payment_intent_id: payout.payment_intent_id, status: 'PENDING' } }], 'the tenant is told, once')
    const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; detail?: string }>
    t.match(audit[0], { event: 'payout.tracking_stopped', detail: /7 days/ }, 'audited')
    await app.events.poller.tick()
    t.equal(await polls(), 1, 'and never again')
    t.equal((await app.store.events.trackedPayout(clientKeyOf(app.directory.config.tenants[0]!), [payout.id]))?.final, false, 'not final: a late webhook still applies')
  })
}
