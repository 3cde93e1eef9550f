import type { FastifyRequest } from 'fastify'
import t from 'tap'
import type { TenantConfig } from '../../../src/config/types.js'
import { GatewayError } from '../../../src/errors.js'
import { forwardedIdempotencyKey } from '../../../src/idempotency/key.js'
import { wireFor, type CallerRequest, type WireOperation } from '../../../src/wire/index.js'
import { callerRequestOf, leanRequestOf, ownershipStep } from '../../../src/routes/lean/pipeline.js'
import { NotOwnedError } from '../../../src/ownership/guard.js'
import type { Effects } from '../../../src/audit/effects.js'
import type { FastifyInstance } from 'fastify'
import type { Caller } from '../../../src/tenants/caller.js'

/**
 * The pipeline's pure steps, per wire: what the caller's request becomes at Lean (where the
 * entity goes, which key Lean sees). The end-to-end tests send the same through the emulator.
 */
const ENTITY = '6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c'
const tenant = { id: 'acme' } as TenantConfig
const service: Caller = { tenant, kind: 'api-key', id: 'acme-svc', scopes: new Set() }
const appUser: Caller = { tenant, kind: 'jwt', id: 'alice', scopes: new Set() }
const op = (wire: 'seeds' | 'lean', id: string): WireOperation => wireFor(wire).operations.find((o) => o.operationId === id)!
const req = (over: Partial<CallerRequest> = {}): CallerRequest => ({ params: {}, query: {}, entityHeader: undefined, body: undefined, ...over })

t.test("the seeds' wire: the entity as a header, path and query as they came", async (t) => {
  const lean = leanRequestOf(op('seeds', 'getTransactions'), req({ params: { account_id: 'a-1' }, query: { page: '2' } }), ENTITY, service, undefined)
  t.same(lean, { operation: 'getTransactions', method: 'GET', path: '/data/v2/accounts/a-1/transactions?page=2', headers: { entity_id: ENTITY } })
  t.same(leanRequestOf(op('seeds', 'listPayouts'), req(), undefined, service, undefined).headers, {}, 'no entity for payouts')
})

t.test("Lean's wire: the entity in the query, the caller's own replaced by the resolved one", async (t) => {
  t.equal(leanRequestOf(op('lean', 'getAccounts'), req(), ENTITY, service, undefined).path, `/data/v2/accounts?entity_id=${ENTITY}`)
  const named = leanRequestOf(op('lean', 'getAccounts'), req({ query: { entity_id: ENTITY.toUpperCase(), page: '1' } }), ENTITY, service, undefined)
  t.equal(named.path, `/data/v2/accounts?entity_id=${ENTITY}&page=1`, 'resolved (lower case), in its place')
  t.same(named.headers, {}, 'no entity header on this wire')
})

t.test('a payout carries the derived key, never the caller\'s, in the place its wire puts it', async (t) => {
  const body = { amount: 10, currency: 'AED', destination_id: 'd-1', payment_source_id: 's-1', description: 'x' }
  const seeds = leanRequestOf(op('seeds', 'createPayoutPayment'), req({ body }), undefined, service, 'order-1')
  t.equal(JSON.parse(seeds.body!).idempotency_key, forwardedIdempotencyKey('acme', 'order-1'), 'seeds: in the body')
  t.notMatch(seeds.body!, 'order-1')
  const lean = leanRequestOf(op('lean', 'createPayoutPayment'), req({ body }), undefined, service, 'order-1')
  t.same(lean.headers, { 'idempotency-key': forwardedIdempotencyKey('acme', 'order-1') }, "Lean's wire: in the Idempotency-Key header")
  const user = leanRequestOf(op('lean', 'createPayoutPayment'), req({ body }), undefined, appUser, 'order-1')
  t.not(user.headers?.['idempotency-key'], lean.headers?.['idempotency-key'], 'an app user\'s key is not a service\'s of the same name')
  t.equal(user.headers?.['idempotency-key'], forwardedIdempotencyKey('acme', 'order-1', 'jwt:alice'))
})

t.test('other POSTs are deduplicated by the gateway alone: Lean sees no key', async (t) => {
  const destination = leanRequestOf(op('lean', 'createPayoutDestination'), req({ body: { name: 'n' } }), undefined, service, 'dest-1')
  t.same(destination.headers, {})
  t.notMatch(destination.body!, 'dest-1')
})

t.test("the wire's body checks run first, with a clear 400", async (t) => {
  const request = { params: {}, query: {}, headers: {}, body: { amount: 10.001, currency: 'AED', destination_id: 'd', payment_source_id: 's', description: 'x' } } as unknown as FastifyRequest
  const err = t.throws(() => callerRequestOf(request, op('seeds', 'createPayoutPayment'))) as GatewayError
  t.equal(err.statusCode, 400)
  t.match(err.message, 'body/amount')
  const read = { params: { account_id: 'a' }, query: {}, headers: { entity_id: ENTITY }, body: undefined } as unknown as FastifyRequest
  t.same(callerRequestOf(read, op('seeds', 'getBalances')), { params: { account_id: 'a' }, query: {}, entityHeader: ENTITY, body: undefined })
})

t.test('ownership: a caller who sees all its Lean client\'s objects gets no lookup and no promise; one who does not is checked, and refused with 404', async (t) => {
  const asked: string[][] = []
  const recorded: unknown[] = []
  // The guard's contract: undefined when it has nothing to look up (a service on its own client), else the lookup.
  const lookUp = async (refs: Array<{ id: string }>): Promise<{ tenantId: string; createdBy: string }> => {
    asked.push(refs.map((r) => r.id))
    if (refs.some((r) => r.id === 'theirs')) throw new NotOwnedError('payout')
    return { tenantId: 'acme', createdBy: 'jwt:alice' }
  }
  const ownership = {
    assertOwns: (caller: Caller, refs: Array<{ id: string }>) => caller.kind === 'jwt' ? lookUp(refs) : undefined
  } as unknown as FastifyRequest['directory']['ownership']
  const app = { store: { record: async (_objects: unknown, audit: unknown) => { recorded.push(audit) } } } as unknown as FastifyInstance
  const refusal = { notOwned: () => [{ event: 'payout.refused' }] } as unknown as Effects
  const getPayout = op('seeds', 'getPayout')

  t.equal(ownershipStep(app, service, ownership, getPayout, req({ params: { payment_id: 'p-1' } }), refusal), undefined, 'a service on its own Lean client: nothing to look up')
  t.equal(ownershipStep(app, appUser, ownership, op('seeds', 'getAccounts'), req(), refusal), undefined, 'an operation that names no object')
  t.same(asked, [])

  t.same(await ownershipStep(app, appUser, ownership, getPayout, req({ params: { payment_id: 'p-1' } }), refusal), { tenantId: 'acme', createdBy: 'jwt:alice' })
  await t.rejects(ownershipStep(app, appUser, ownership, getPayout, req({ params: { payment_id: 'theirs' } }), refusal)!, { statusCode: 404, message: 'No such payout' })
  t.same(asked, [['p-1'], ['theirs']])
  t.same(recorded, [[{ event: 'payout.refused' }]], 'the refusal audited')
})
