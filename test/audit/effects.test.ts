import t from 'tap'
import { effectsFor, NO_EFFECTS, type ActionContext } from '../../src/audit/effects.js'
import { LeanHttpError, LeanTimeoutError } from '../../src/lean/errors.js'
import { wireFor, type CallerRequest } from '../../src/wire/index.js'

/** What a money action writes at each point of its life, from its wire's description alone. */
const seeds = wireFor('seeds')
const op = (id: string) => seeds.operations.find((o) => o.operationId === id)!
const ctx: ActionContext = {
  tenantId: 'acme', callerId: 'acme-svc', requestId: 'r-1', idempotencyKey: 'order-1', clientKey: 'auth\nclient-a', requestedBy: 'acme-svc', pollAfterMs: 5_000
}
const payout: CallerRequest = { params: {}, query: {}, entityHeader: undefined, body: { amount: 250.75, currency: 'AED', destination_id: 'd-1', payment_source_id: 's-1', description: 'x' } }
const base = { tenantId: 'acme', caller: 'acme-svc', requestId: 'r-1', idempotencyKey: 'order-1', operation: 'createPayoutPayment', amount: 250.75, currency: 'AED', destinationId: 'd-1' }

t.test('a payout: requested, then created with what Lean answered, and followed until final', async (t) => {
  const effects = effectsFor(op('createPayoutPayment'), payout, ctx)
  t.same(effects.requested(undefined), [{ ...base, event: 'payout.requested', outcome: 'pending' }])
  const done = effects.succeeded(Buffer.from(JSON.stringify({ id: 'p-1', status: 'PENDING', payment_intent_id: 'i-1' })))
  t.same(done.audit, [{ ...base, event: 'payout.created', leanId: 'p-1', outcome: 'PENDING' }])
  t.same(done.payouts, [{ clientKey: 'auth\nclient-a', ref: 'p-1', tenantId: 'acme', requestedBy: 'acme-svc', amount: 250.75, currency: 'AED', destinationId: 'd-1', status: 'PENDING', intentId: 'i-1', pollAfterMs: 5_000 }])
  t.same(done.objects.map((o) => `${o.kind}:${o.leanId}`).sort(), ['intent:i-1', 'payout:p-1'], "the payout and its intent are the tenant's")
  t.same(effects.succeeded(Buffer.from('not json')).payouts, [], 'an answer without an id follows nothing')
})

t.test('an attempt that resolves an unknown one says so; a vanished holder gets its failure written first', async (t) => {
  const effects = effectsFor(op('createPayoutPayment'), payout, ctx)
  t.match(effects.requested('unknown:timeout'), [{ event: 'payout.requested', detail: 'resolving unknown:timeout' }])
  t.same(effects.requested('lease_expired').map((a) => `${a.event}:${a.outcome}`), ['payout.failed:unknown:lease_expired', 'payout.requested:pending'])
  t.equal(effects.requested('not_sent:overloaded')[0]!.detail, undefined, 'nothing to resolve when Lean surely never saw it')
})

t.test("refused, failed, not owned: each outcome in outcome.ts's words", async (t) => {
  const effects = effectsFor(op('createPayoutPayment'), payout, ctx)
  const refusal = new LeanHttpError('createPayoutPayment', 400, Buffer.from('{"status":"INVALID","message":"bad destination"}'), undefined, undefined)
  t.same(effects.refused(refusal), [{ ...base, event: 'payout.refused', outcome: 'lean_400', detail: 'bad destination' }])
  t.same(effects.failed(new LeanTimeoutError('no answer', 'createPayoutPayment')), [{ ...base, event: 'payout.failed', outcome: 'unknown:timeout' }])
  t.same(effects.notOwned('destination'), [{ ...base, event: 'payout.refused', outcome: 'destination_not_owned', detail: 'destination not found for this tenant' }])
})

t.test('a destination is audited when created; reads and the other POSTs write nothing', async (t) => {
  const destination = effectsFor(op('createPayoutDestination'), { ...payout, body: { name: 'n' } }, ctx)
  const done = destination.succeeded(Buffer.from('{"id":"d-9"}'))
  t.match(done.audit, [{ event: 'destination.created', leanId: 'd-9', outcome: 'created' }])
  t.same(done.objects.map((o) => `${o.kind}:${o.leanId}`), ['destination:d-9'])
  t.same(destination.requested(undefined), [], 'no audit before Lean answers')
  t.equal(effectsFor(op('getAccounts'), payout, ctx), NO_EFFECTS)
})
