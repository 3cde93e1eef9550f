import t from 'tap'
import { engines } from '../helpers/store.js'
import type { AuditDraft, ClaimRequest } from '../../src/store/types.js'
import { canonicalJson, requestFingerprint } from '../../src/store/fingerprint.js'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const audit = (event: AuditDraft['event'], extra: Partial<AuditDraft> = {}): AuditDraft =>
  ({ tenantId: 'acme', caller: 'k1', requestId: 'r1', operation: 'createPayoutPayment', event, outcome: 'x', ...extra })
const claim = (key: string, over: Partial<ClaimRequest> = {}): ClaimRequest =>
  ({ tenantId: 'acme', key, fingerprint: 'fp-1', operation: 'createPayoutPayment', leaseMs: 60_000, ttlMs: 3_600_000, ...over })
const response = { status: 201, contentType: 'application/json', body: Buffer.from('{"id":"p1",  "amount": 10.50}') }

t.test('fingerprints: key order does not matter, values and paths do', async (t) => {
  t.equal(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } }), '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}')
  t.equal(requestFingerprint('POST', '/p', { a: 1, b: 2 }), requestFingerprint('POST', '/p', { b: 2, a: 1 }))
  t.equal(requestFingerprint('POST', '/p', { a: 1, idempotency_key: 'k' }), requestFingerprint('POST', '/p', { a: 1 }))
  t.not(requestFingerprint('POST', '/p', { a: 1 }), requestFingerprint('POST', '/p', { a: 2 }))
  t.not(requestFingerprint('POST', '/p', { a: 1 }), requestFingerprint('POST', '/q', { a: 1 }))
})

for (const engine of engines(t)) {
  t.test(`${engine.name} store`, async (t) => {
    let store = await engine.open()
    t.teardown(() => store.close())

    t.test('migrations are versioned and run once', async (t) => {
      t.equal(await store.migrate(), 0, 'nothing left to apply')
      await store.ping()
    })

    t.test('the idempotency state machine', async (t) => {
      const first = await store.claim(claim('k-1', { audit: () => [audit('payout.requested')] }))
      t.match(first, { outcome: 'claimed', attempt: 1 })
      t.match(await store.claim(claim('k-1')), { outcome: 'in-flight' }, 'same key while running')
      t.same(await store.claim(claim('k-1', { fingerprint: 'fp-2' })), { outcome: 'mismatch' }, 'same key, another request')
      t.match(await store.claim(claim('k-1', { tenantId: 'globex' })), { outcome: 'claimed' }, 'keys are per tenant')
      if (first.outcome !== 'claimed') throw new Error('unreachable')
      t.equal((await store.complete({ tenantId: 'acme', key: 'k-1', leaseToken: 'not-mine', response })).held, false, 'a stranger cannot complete it')
      t.equal((await store.complete({ tenantId: 'acme', key: 'k-1', leaseToken: first.leaseToken, response })).held, true)
      const replay = await store.claim(claim('k-1'))
      t.equal(replay.outcome, 'replay')
      if (replay.outcome === 'replay') {
        t.equal(replay.response.status, 201)
        t.equal(replay.response.body.toString(), response.body.toString(), 'stored body byte for byte')
      }
      t.same(await store.claim(claim('k-1', { fingerprint: 'fp-2' })), { outcome: 'mismatch' })
    })

    t.test('released keys and stale leases can be taken over', async (t) => {
      const a = await store.claim(claim('k-2'))
      if (a.outcome !== 'claimed') throw new Error('expected a claim')
      await store.release({ tenantId: 'acme', key: 'k-2', leaseToken: a.leaseToken, lastOutcome: 'unknown:timeout', audit: [audit('payout.failed')] })
      let seen: string | undefined = 'not called'
      t.match(await store.claim(claim('k-2', { audit: (previous) => { seen = previous; return [] } })), { outcome: 'claimed', attempt: 2, previous: 'unknown:timeout' },
        'released: the retry goes upstream again, told what the last attempt left')
      t.equal(seen, 'unknown:timeout', 'the claim audit knows it is resolving')

      // Two keys rather than one lease timed against the clock: a loaded machine cannot make either flaky.
      await store.claim(claim('k-3', { leaseMs: 60_000 }))
      t.match(await store.claim(claim('k-3')), { outcome: 'in-flight' }, 'a live lease holds the key')
      await store.claim(claim('k-4', { leaseMs: 1 }))
      await sleep(20)
      const taken = await store.claim(claim('k-4'))
      t.match(taken, { outcome: 'claimed', attempt: 2, previous: 'lease_expired' }, 'a crashed holder\'s lease expires')
    })

    if (engine.name === 'sqlite') {
      t.test('a restart frees the keys its previous run held (the file has one process)', async (t) => {
        t.match(await store.claim(claim('k-restart')), { outcome: 'claimed' })
        await store.close()
        store = await engine.open()
        t.match(await store.claim(claim('k-restart')), { outcome: 'claimed', attempt: 2, previous: 'lease_expired' })
      })
    }

    t.test('keys are per app user, and the entity is part of the request compared', async (t) => {
      const alice = await store.claim(claim('k-user', { principal: 'jwt:alice', entity: 'e-1' }))
      const bob = await store.claim(claim('k-user', { principal: 'jwt:bob', entity: 'e-2' }))
      t.match(alice, { outcome: 'claimed', attempt: 1 })
      t.match(bob, { outcome: 'claimed', attempt: 1 }, 'another user, the same key: a claim of its own')
      t.match(await store.claim(claim('k-user')), { outcome: 'claimed' }, 'the tenant\'s own (API-key) key space is separate too')
      if (alice.outcome !== 'claimed' || bob.outcome !== 'claimed') throw new Error('expected claims')
      t.equal((await store.complete({ tenantId: 'acme', principal: 'jwt:bob', key: 'k-user', leaseToken: alice.leaseToken, response })).held, false,
        'one user\'s lease cannot settle another\'s record')
      t.equal((await store.complete({ tenantId: 'acme', principal: 'jwt:alice', key: 'k-user', leaseToken: alice.leaseToken, response })).held, true)
      await store.release({ tenantId: 'acme', principal: 'jwt:bob', key: 'k-user', leaseToken: bob.leaseToken, lastOutcome: 'unknown:timeout' })
      t.equal((await store.claim(claim('k-user', { principal: 'jwt:alice', entity: 'e-1' }))).outcome, 'replay')
      t.same(await store.claim(claim('k-user', { principal: 'jwt:alice', entity: 'e-9' })), { outcome: 'mismatch' }, 'same key, same body, other entity')
      t.same(await store.claim(claim('k-user', { principal: 'jwt:alice' })), { outcome: 'mismatch' }, 'same key, no entity where there was one')
      t.match(await store.claim(claim('k-user', { principal: 'jwt:bob', entity: 'e-2' })), { outcome: 'claimed', attempt: 2, previous: 'unknown:timeout' },
        'bob\'s released key is bob\'s to retry')
    })

    t.test('concurrent claims of one key: exactly one wins', async (t) => {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.claim(claim('k-race'))))
      t.equal(results.filter((r) => r.outcome === 'claimed').length, 1)
      t.equal(results.filter((r) => r.outcome === 'in-flight').length, 49)
    })

    t.test('expired records are treated as new and purged', async (t) => {
      const a = await store.claim(claim('k-ttl', { ttlMs: 40 }))
      if (a.outcome !== 'claimed') throw new Error('expected a claim')
      await store.complete({ tenantId: 'acme', key: 'k-ttl', leaseToken: a.leaseToken, response })
      await sleep(60)
      t.match(await store.claim(claim('k-ttl', { fingerprint: 'other', ttlMs: 40, leaseMs: 10 })), { outcome: 'claimed', attempt: 1 })
      await sleep(60)
      t.ok(await store.purgeExpired() >= 1, 'purged')
      t.match(await store.claim(claim('k-ttl')), { outcome: 'claimed', attempt: 1 })
    })

    t.test('ownership: first recorder owns an object', async (t) => {
      await store.record([{ clientKey: 'c1', kind: 'payout', leanId: 'p-1', tenantId: 'acme', createdBy: 'jwt:u1' }], [])
      await store.record([{ clientKey: 'c1', kind: 'payout', leanId: 'p-1', tenantId: 'globex', createdBy: 'jwt:u2' }], [])
      await store.record([{ clientKey: 'c1', kind: 'destination', leanId: 'd-1', tenantId: 'globex' }], [])
      const owners = await store.owners('c1', 'payout', ['p-1', 'p-unknown'])
      t.same([...owners], [['p-1', { tenantId: 'acme', createdBy: 'jwt:u1' }]], 'the first recorder, and who in it created it')
      t.same([...(await store.owners('c2', 'payout', ['p-1']))], [], 'per Lean client')
      t.same([...(await store.owners('c1', 'destination', ['d-1']))], [['d-1', { tenantId: 'globex' }]], 'no creator recorded: none')
      t.same([...(await store.owners('c1', 'payout', []))], [])
    })

    t.test('audit: newest first, per tenant, time range, cursor, append-only', async (t) => {
      const before = new Date()
      await store.record([], [audit('destination.created', { tenantId: 'audit-t', leanId: 'd-9' })])
      await store.record([], [audit('payout.created', { tenantId: 'audit-t', amount: 10.5, currency: 'AED', leanId: 'p-9', idempotencyKey: 'k' })])
      await store.record([], [audit('payout.refused', { tenantId: 'audit-t', detail: 'no' })])
      await store.record([], [audit('payout.created', { tenantId: 'other-t' })])
      const all = await store.listAudit({ tenantId: 'audit-t', limit: 10 })
      t.same(all.map((e) => e.event), ['payout.refused', 'payout.created', 'destination.created'])
      t.match(all[1], { amount: 10.5, currency: 'AED', leanId: 'p-9', idempotencyKey: 'k', caller: 'k1', requestId: 'r1' })
      const page1 = await store.listAudit({ tenantId: 'audit-t', limit: 2 })
      const page2 = await store.listAudit({ tenantId: 'audit-t', limit: 2, beforeId: page1[1]!.id })
      t.same([...page1, ...page2].map((e) => e.id), all.map((e) => e.id), 'cursor pages cover all, no overlap')
      t.same(await store.listAudit({ tenantId: 'audit-t', limit: 10, from: new Date(Date.now() + 60_000) }), [])
      t.equal((await store.listAudit({ tenantId: 'audit-t', limit: 10, from: before, to: new Date(Date.now() + 1000) })).length, 3)
      await t.rejects(engine.raw("UPDATE audit_events SET outcome = 'tampered'"), /append-only/)
      await t.rejects(engine.raw('DELETE FROM audit_events'), /append-only/)
    })
  })
}
