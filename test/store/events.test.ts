import t from 'tap'
import { engines } from '../helpers/store.js'
import type { OnStatusChange, TenantEventDraft, TrackedPayoutDraft } from '../../src/store/types.js'

const CLIENT = 'https://auth.test/oauth2/token\nclient-a'
const draft = (ref: string, over: Partial<TrackedPayoutDraft> = {}): TrackedPayoutDraft =>
  ({ clientKey: CLIENT, ref, tenantId: 'acme', requestedBy: 'acme-all', amount: 10, currency: 'AED', status: 'PENDING', pollAfterMs: 0, ...over })
const tenantEvent = (objectKey: string, over: Partial<TenantEventDraft> = {}): TenantEventDraft =>
  ({ tenantId: 'acme', type: 'payout.status_changed', objectKey, data: { objectKey }, deliver: true, ...over })
const changed: OnStatusChange = (change) => ({
  audit: [{ tenantId: change.payout.tenantId, caller: 'lean', requestId: 'webhook', operation: 'webhook', event: 'payout.status_changed', outcome: change.payout.status ?? '' }],
  events: [tenantEvent(`payout:${change.payout.ref}`, { data: { status: change.payout.status, previous: change.previous ?? null } })]
})
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

for (const engine of engines(t)) {
  t.test(`${engine.name}: the event store`, async (t) => {
    const store = await engine.open()
    t.teardown(() => store.close())
    const ev = store.events

    t.test('a Lean event is stored and applied once; payout statuses change once and never back from final', async (t) => {
      await store.record([], [], [draft('p-1'), draft('p-2')])
      const intake = (eventId: string, status: string, final = false) => ({
        clientKey: CLIENT,
        eventId,
        type: 'payment.updated',
        body: '{}',
        tenants: ['acme'],
        statuses: [{ clientKey: CLIENT, refs: ['unknown-ref', 'p-1'], status, final, payoutId: 'pay-1' }]
      })
      t.equal(await ev.ingest(intake('e-1', 'SUBMITTED'), changed), true, 'new event')
      t.equal(await ev.ingest(intake('e-1', 'SUBMITTED'), changed), false, 'the same event_id again changes nothing')
      t.match(await ev.trackedPayout(CLIENT, ['p-1']), { status: 'SUBMITTED', final: false, payoutId: 'pay-1' })
      t.match(await ev.trackedPayout(CLIENT, ['pay-1']), { ref: 'p-1' }, 'found by the payout id Lean revealed too')
      t.equal(await ev.ingest(intake('e-2', 'SUBMITTED'), changed), true, 'another event with the same status')
      t.equal(await ev.ingest(intake('e-3', 'COMPLETED', true), changed), true)
      t.equal(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-1'], status: 'SUBMITTED', final: false }, changed), undefined, 'a late report does not undo a final status')
      t.match(await ev.trackedPayout(CLIENT, ['p-1']), { status: 'COMPLETED', final: true })
      const feed = await ev.feed({ tenantId: 'acme', limit: 10 })
      t.same(feed.map((e) => e.data), [{ status: 'SUBMITTED', previous: 'PENDING' }, { status: 'COMPLETED', previous: 'SUBMITTED' }], 'one tenant event per change, in order')
      const audit = await store.listAudit({ tenantId: 'acme', limit: 10 })
      t.same(audit.filter((a) => a.event === 'payout.status_changed').map((a) => a.outcome), ['COMPLETED', 'SUBMITTED'])
      t.equal(await ev.applyStatus({ clientKey: CLIENT, refs: ['nobody'], status: 'X', final: false }, changed), undefined, 'an unknown payout is no change')
    })

    t.test('webhooks out of order: a report of an earlier stage is old news, never a step back', async (t) => {
      await store.record([], [], [draft('p-3'), draft('p-4', { status: 'CREATED' })])
      t.ok(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-3'], status: 'SUBMITTED', final: false }, changed), 'PENDING → SUBMITTED')
      t.equal(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-3'], status: 'PENDING', final: false, payoutId: 'pay-3' }, changed), undefined, 'a late payment.created changes nothing')
      t.match(await ev.trackedPayout(CLIENT, ['p-3']), { status: 'SUBMITTED', payoutId: 'pay-3' }, '…but the payout id it carries is learned')
      t.ok(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-4'], status: 'ACCEPTED_BY_BANK', final: false, postInitiation: null }, changed), "Lean's wire: CREATED → ACCEPTED_BY_BANK")
      t.equal(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-4'], status: 'PENDING_WITH_BANK', final: false }, changed), undefined, 'an older PENDING_WITH_BANK changes nothing')
      t.ok(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-4'], status: 'AWAITING_AUTHORIZATION', final: false }, changed), 'a status without a known stage is news')
      t.ok(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-4'], status: 'FAILED', final: true }, changed), 'and a final status always applies')
      t.ok(await ev.applyStatus({ clientKey: CLIENT, refs: ['p-3'], status: 'COMPLETED', final: true }, changed))
      const feed = (await ev.feed({ tenantId: 'acme', limit: 20 })).filter((e) => ['payout:p-3', 'payout:p-4'].includes(e.objectKey)).map((e) => e.data)
      t.same(feed, [{ status: 'SUBMITTED', previous: 'PENDING' }, { status: 'ACCEPTED_BY_BANK', previous: 'CREATED' }, { status: 'AWAITING_AUTHORIZATION', previous: 'ACCEPTED_BY_BANK' }, { status: 'FAILED', previous: 'AWAITING_AUTHORIZATION' }, { status: 'COMPLETED', previous: 'SUBMITTED' }])
    })

    t.test('polls are leased: a payout is handed to one poller until it reschedules', async (t) => {
      const first = await ev.claimPolls(10, 60_000)
      t.same(first.map((p) => p.ref), ['p-2'], 'only the payout that is not final')
      t.same(await ev.claimPolls(10, 60_000), [], 'leased: nobody else gets it')
      await ev.schedulePoll(CLIENT, 'p-2', Date.now() - 1, true)
      const again = await ev.claimPolls(10, 60_000)
      t.match(again, [{ ref: 'p-2', pollFailures: 1 }], 'rescheduled, with the failure counted')
      await ev.schedulePoll(CLIENT, 'p-2', Date.now() + 60_000, false)
      t.same(await ev.claimPolls(10, 60_000), [], 'not due yet')
      t.equal((await ev.trackedPayout(CLIENT, ['p-2']))!.pollFailures, 0, 'a good poll resets the failures')
    })

    t.test('entities bind once, to the first tenant', async (t) => {
      const at = new Date().toISOString()
      t.equal(await ev.bind([{ clientKey: CLIENT, entityId: 'E-1', tenantId: 'acme', userId: 'u1', customerId: 'c1', createdAt: at }]), 1)
      t.equal(await ev.bind([{ clientKey: CLIENT, entityId: 'e-1', tenantId: 'globex', createdAt: at }]), 0, 'already bound: the first binding stands')
      t.match(await ev.entity(CLIENT, 'e-1'), { tenantId: 'acme', userId: 'u1', customerId: 'c1' })
      t.equal(await ev.entity('other-client', 'e-1'), undefined, 'per Lean client')
    })

    t.test('deliveries: in order per object, leased, retried, abandoned', async (t) => {
      const intake = {
        clientKey: CLIENT,
        eventId: 'e-deliveries',
        type: 'x',
        body: '{}',
        tenants: ['globex'],
        tenantEvents: [tenantEvent('obj-A', { tenantId: 'globex' }), tenantEvent('obj-A', { tenantId: 'globex' }), tenantEvent('obj-B', { tenantId: 'globex' }), tenantEvent('obj-C', { tenantId: 'globex', deliver: false })]
      }
      await ev.ingest(intake, changed)
      const pendingBefore = (await ev.backlog()).pending
      const first = (await ev.claimDeliveries(10, 60_000)).filter((d) => d.event.tenantId === 'globex')
      t.same(first.map((d) => d.event.objectKey), ['obj-A', 'obj-B'], 'the second obj-A waits for the first; obj-C is feed-only')
      t.same((await ev.claimDeliveries(10, 60_000)).filter((d) => d.event.tenantId === 'globex'), [], 'leased')
      await ev.deliveryFailed(first[0]!.event.seq, first[0]!.leaseToken, 'HTTP 500', Date.now() - 1)
      await ev.delivered(first[1]!.event.seq, first[1]!.leaseToken)
      const retry = (await ev.claimDeliveries(10, 60_000)).filter((d) => d.event.tenantId === 'globex')
      t.same(retry.map((d) => [d.event.objectKey, d.attempts]), [['obj-A', 1]], 'the failed one again, still before its successor')
      await ev.delivered(retry[0]!.event.seq, 'a stranger\'s lease')
      await ev.delivered(retry[0]!.event.seq, retry[0]!.leaseToken)
      await sleep(5)
      const next = (await ev.claimDeliveries(10, 60_000)).filter((d) => d.event.tenantId === 'globex')
      t.same(next.map((d) => d.event.objectKey), ['obj-A'], 'now the second obj-A')
      await ev.deliveryFailed(next[0]!.event.seq, next[0]!.leaseToken, 'gave up', undefined)
      t.same((await ev.claimDeliveries(10, 60_000)).filter((d) => d.event.tenantId === 'globex'), [], 'abandoned events are not retried')
      t.equal((await ev.backlog()).pending, pendingBefore - 3)
    })

    t.test('the feed: oldest first, after a cursor, per tenant, and per entity or requester for app users', async (t) => {
      await ev.ingest({
        clientKey: CLIENT,
        eventId: 'e-feed',
        type: 'x',
        body: '{}',
        tenants: ['feed-t'],
        tenantEvents: [
          tenantEvent('a', { tenantId: 'feed-t', entityId: 'ent-1' }),
          tenantEvent('b', { tenantId: 'feed-t', requestedBy: 'jwt:u1' }),
          tenantEvent('c', { tenantId: 'feed-t', entityId: 'ent-2' })
        ]
      }, changed)
      const all = await ev.feed({ tenantId: 'feed-t', limit: 10 })
      t.same(all.map((e) => e.objectKey), ['a', 'b', 'c'])
      t.same((await ev.feed({ tenantId: 'feed-t', limit: 10, afterSeq: all[0]!.seq })).map((e) => e.objectKey), ['b', 'c'])
      t.same((await ev.feed({ tenantId: 'feed-t', limit: 1 })).map((e) => e.objectKey), ['a'])
      t.same((await ev.feed({ tenantId: 'feed-t', limit: 10, entityId: 'ent-1', requestedBy: 'jwt:u1' })).map((e) => e.objectKey), ['a', 'b'])
      t.same(await ev.feed({ tenantId: 'other', limit: 10 }), [])
      t.match(all[0]!.id, /^[0-9a-f-]{36}$/)
    })

    t.test('retention: raw Lean events and final tenant events go after the cutoff; pending ones and audit rows stay (issue 21, finding 8)', async (t) => {
      await ev.ingest({
        clientKey: CLIENT,
        eventId: 'e-retention',
        type: 'x',
        body: '{"iban":"AE46"}',
        tenants: ['ret-t'],
        tenantEvents: [
          tenantEvent('feed-only', { tenantId: 'ret-t', deliver: false }),
          tenantEvent('to-deliver', { tenantId: 'ret-t' }),
          tenantEvent('to-abandon', { tenantId: 'ret-t' }),
          tenantEvent('pending', { tenantId: 'ret-t' })
        ]
      }, changed)
      const due = (await ev.claimDeliveries(100, 60_000)).filter((d) => d.event.tenantId === 'ret-t')
      await ev.delivered(due.find((d) => d.event.objectKey === 'to-deliver')!.event.seq, due.find((d) => d.event.objectKey === 'to-deliver')!.leaseToken)
      const abandon = due.find((d) => d.event.objectKey === 'to-abandon')!
      await ev.deliveryFailed(abandon.event.seq, abandon.leaseToken, 'gave up', undefined)
      const auditBefore = (await store.listAudit({ tenantId: 'acme', limit: 100 })).length

      t.equal(await ev.purgeFinal(Date.now() - 60_000), 0, 'nothing is older than the cutoff yet')
      await sleep(5)
      const purged = await ev.purgeFinal(Date.now() + 1)
      t.ok(purged >= 4, `the raw event and three final tenant events went (${purged} rows)`)
      t.same((await ev.feed({ tenantId: 'ret-t', limit: 10 })).map((e) => e.objectKey), ['pending'], 'an event still to deliver is kept')
      t.equal(await ev.ingest({ clientKey: CLIENT, eventId: 'e-retention', type: 'x', body: '{}', tenants: [] }, changed), true, 'the raw event is gone (its id is new again)')
      t.equal((await store.listAudit({ tenantId: 'acme', limit: 100 })).length, auditBefore, 'no audit row was deleted')
    })
  })
}

for (const engine of engines(t)) {
  t.test(`${engine.name}: completing a payout says whether its webhooks came first, so only then is adoptEarly asked`, async (t) => {
    // A store of its own: the payouts here would be in the other cases' polls and feeds.
    const store = await engine.open()
    t.teardown(() => store.close())
    const ev = store.events
    const keyed = async (key: string, ref: string) => {
      const claimed = await store.claim({ tenantId: 'solo', key, fingerprint: key, operation: 'createPayoutPayment', leaseMs: 60_000, ttlMs: 60_000 })
      if (claimed.outcome !== 'claimed') throw new Error(`not claimed: ${claimed.outcome}`)
      return await store.complete({ tenantId: 'solo', key, leaseToken: claimed.leaseToken, response: { status: 201, contentType: 'application/json', body: Buffer.from('{}') }, payouts: [draft(ref, { tenantId: 'solo' })] })
    }
    t.same(await keyed('k-quiet', 'p-quiet'), { held: true, earlyEvents: false }, 'no webhook before the answer: nothing to adopt')
    const quiet: OnStatusChange = () => ({ audit: [], events: [] })
    const early = { clientKey: CLIENT, refs: ['p-early'], status: 'SUBMITTED', final: false }
    t.equal(await ev.ingest({ clientKey: CLIENT, eventId: 'e-early', type: 'payment.updated', body: '{}', tenants: ['solo'], early: [early] }, quiet), true)
    t.same(await keyed('k-early', 'p-early'), { held: true, earlyEvents: true }, 'a webhook came first: it waits to be adopted')
    t.equal(await ev.adoptEarly(CLIENT, ['p-quiet'], quiet), 0, 'another payout has nothing waiting')
    t.equal(await ev.adoptEarly(CLIENT, ['p-early'], quiet), 1)
    t.match(await ev.trackedPayout(CLIENT, ['p-early']), { status: 'SUBMITTED' })
    t.same(await keyed('k-after', 'p-early-2'), { held: true, earlyEvents: false })
  })
}
