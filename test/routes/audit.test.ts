import t from 'tap'
import { addFault, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: every money action is in the audit trail`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name })
      const { app } = await startGateway(t, emulator, { store: engine.options, wire: wire.name })
      const started = new Date().toISOString()
      const dest = await wire.destination(app)
      const pay = (key: string, destination = dest) =>
        app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': key, 'x-request-id': `req-${key}` }, payload: wire.payout(destination, 12.5) })
      const created = (await pay('audit-ok')).json()
      await pay('audit-ok')
      await pay('audit-refused', '0b7c1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4')
      await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', status: 500, times: 1 })
      await pay('audit-failed')

      const res = await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })
      t.equal(res.statusCode, 200)
      const events = res.json().events as Array<Record<string, unknown>>
      t.same(events.map((e) => `${e.event}:${e.outcome}`), [
        'payout.failed:unknown:lean_500',
        'payout.requested:pending',
        'payout.refused:lean_404',
        'payout.requested:pending',
      `payout.created:${wire.newPayoutStatus}`,
      'payout.requested:pending',
      'destination.created:created'
      ], 'newest first; the replay added nothing')
      t.match(events[4], {
        tenantId: 'acme',
        caller: 'acme-all',
        requestId: 'req-audit-ok',
        idempotencyKey: 'audit-ok',
        operation: 'createPayoutPayment',
        amount: 12.5,
        currency: 'AED',
        destinationId: dest,
        leanId: wire.payoutLeanId(created)
      })
      t.match(events[6], { leanId: dest, caller: 'acme-all' })
      t.match(events[2], { detail: 'Destination not found' })

      const page1 = (await app.inject({ url: '/audit/v1/events?limit=3', headers: { 'x-api-key': KEYS.all } })).json()
      t.equal(page1.events.length, 3)
      const page2 = (await app.inject({ url: `/audit/v1/events?limit=3&cursor=${page1.next_cursor}`, headers: { 'x-api-key': KEYS.all } })).json()
      const page3 = (await app.inject({ url: `/audit/v1/events?limit=3&cursor=${page2.next_cursor}`, headers: { 'x-api-key': KEYS.all } })).json()
      t.same([...page1.events, ...page2.events, ...page3.events].map((e: { id: string }) => e.id), events.map((e) => e.id), 'cursor paging')
      t.equal(page3.next_cursor, null)

      const ranged = (await app.inject({ url: `/audit/v1/events?from=${encodeURIComponent(started)}&to=${encodeURIComponent(new Date(Date.now() + 1000).toISOString())}`, headers: { 'x-api-key': KEYS.all } })).json()
      t.equal(ranged.events.length, 7)
      const future = (await app.inject({ url: `/audit/v1/events?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`, headers: { 'x-api-key': KEYS.all } })).json()
      t.same(future.events, [])

      t.equal((await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.dataOnly } })).statusCode, 403, 'audit:read needed')
      t.same((await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.tenantB } })).json().events, [], "another tenant's trail is its own")
      t.equal((await app.inject({ url: '/audit/v1/events?limit=500', headers: { 'x-api-key': KEYS.all } })).statusCode, 400)
      t.equal((await app.inject({ url: '/audit/v1/events?cursor=bm90LWFuLWlk', headers: { 'x-api-key': KEYS.all } })).statusCode, 400, 'forged cursor')
      t.equal((await app.inject({ url: '/audit/v1/events?from=yesterday', headers: { 'x-api-key': KEYS.all } })).statusCode, 400)
    })
  }
}
