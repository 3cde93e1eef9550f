import { VERIFICATION_OPERATIONS } from './verifications.js'
import { PAYIN_OPERATIONS } from './payins.js'
import { Type, type TSchema } from 'typebox'
import { IsoDate } from '../schemas/common.js'
import { SEED_SCHEMAS } from '../schemas/lean.js'
import { checkAmount } from './money.js'
import { asObject, bodyField, CATALOG, jsonArray, NO_QUERY, pathBuilder, queryString, str, type OperationBase } from './catalog.js'
import type { CallerRequest, LeanWire, OwnedRef, UpstreamRequest, WireOperation } from './types.js'

/**
 * The seeds' wire (shared/seeds/): the entity in the `entity_id` header, flat payout and destination
 * bodies, the forwarded idempotency key in the payout body, lists as plain arrays.
 */

const ref = (id: string): TSchema => Type.Ref(id)
const list = (id: string): TSchema => Type.Array(ref(id))

const idOf = (item: unknown): string | undefined => str(asObject(item)?.id)

/** The seeds' upstream request: same path and query, the entity as a header, the body unchanged. */
function upstreamFor (base: OperationBase): WireOperation['upstream'] {
  const build = pathBuilder(base.path)
  return (req, ctx): UpstreamRequest => ({
    path: build(req.params) + queryString(Object.entries(req.query)),
    headers: ctx.entity === undefined ? {} : { entity_id: ctx.entity },
    ...(req.body !== undefined && { body: req.body })
  })
}

function operation (id: string, extra: Partial<WireOperation> & Pick<WireOperation, 'success'>): WireOperation {
  const base = CATALOG[id]!
  return { ...base, query: NO_QUERY, upstream: upstreamFor(base), ...extra }
}

const readOf = (id: string, description: string, schema: TSchema, extra: Partial<WireOperation> = {}): WireOperation =>
  operation(id, { success: { status: 200, description, schema }, ...extra })

const byParam = (kind: OwnedRef['kind'], name: string) => (req: CallerRequest): OwnedRef[] => [{ kind, id: req.params[name]! }]

const payoutBody = (req: CallerRequest): Record<string, unknown> => asObject(req.body) ?? {}

const operations: WireOperation[] = [
  readOf('getAccounts', 'Accounts list', list('Account')),
  readOf('getTransactions', 'Transactions', list('Transaction'), {
    query: Type.Object({
      start_date: Type.Optional(IsoDate('First day included, YYYY-MM-DD')),
      end_date: Type.Optional(IsoDate('Last day included, YYYY-MM-DD'))
    }, { additionalProperties: false })
  }),
  readOf('getBalances', 'Balances', ref('Balance')),
  readOf('getBeneficiaries', 'Beneficiaries', list('Beneficiary')),
  readOf('getDirectDebits', 'Direct debits', list('DirectDebit')),
  readOf('getScheduledPayments', 'Scheduled payments', list('ScheduledPayment')),
  readOf('getStandingOrders', 'Standing orders', list('StandingOrder')),
  readOf('getAccountIdentities', 'Account identities', list('Identity')),
  readOf('getIdentity', 'Identity', ref('Identity')),
  operation('triggerDataRefresh', {
    body: ref('RefreshRequest'),
    bodyOptional: true,
    entitiesNamed: (req) => [str(bodyField(req, 'entity_id'))],
    created: (answer) => (str(asObject(answer)?.refresh_id) === undefined ? [] : [{ kind: 'refresh', id: str(asObject(answer)?.refresh_id)! }]),
    success: { status: 202, description: 'Refresh triggered', schema: ref('Refresh') }
  }),
  readOf('getDataRefreshes', 'Refreshes', list('Refresh')),
  readOf('getDataRefreshStatus', 'Refresh status', ref('Refresh'), { refs: byParam('refresh', 'refresh_id') }),
  operation('createPayoutPayment', {
    body: ref('PayoutRequest'),
    checkBody: (body) => { const b = asObject(body)!; checkAmount(b.amount as number, b.currency as string, 'body/amount') },
    refs: (req) => [{ kind: 'destination', id: payoutBody(req).destination_id as string }],
    // The derived key replaces the caller's own in the body: Lean deduplicates on it.
    upstream: (req, ctx) => ({ path: '/payouts/v1/payment', headers: {}, body: { ...payoutBody(req), idempotency_key: ctx.forwardedKey } }),
    created: (answer) => {
      const payout = asObject(answer)
      return [
        ...(str(payout?.id) === undefined ? [] : [{ kind: 'payout' as const, id: str(payout?.id)! }]),
        ...(str(payout?.payment_intent_id) === undefined ? [] : [{ kind: 'intent' as const, id: str(payout?.payment_intent_id)! }])
      ]
    },
    audit: {
      event: 'payout',
      lines: (req) => {
        const b = payoutBody(req)
        return [{ amount: typeof b.amount === 'number' ? b.amount : undefined, currency: str(b.currency), destinationId: str(b.destination_id) }]
      },
      results: (answer) => [{ leanId: str(asObject(answer)?.id), status: str(asObject(answer)?.status), intentId: str(asObject(answer)?.payment_intent_id) }]
    },
    success: { status: 201, description: 'Payout created', schema: ref('Payout') }
  }),
  readOf('listPayouts', 'Payouts', list('Payout'), { list: { kind: 'payout', find: jsonArray, idOf } }),
  readOf('getPayoutPaymentHistory', 'History', list('PayoutStatusChange'), { refs: byParam('payout', 'payment_id') }),
  readOf('getPayout', 'Payout', ref('Payout'), { refs: byParam('payout', 'payment_id') }),
  readOf('getPayoutIntent', 'Payout intent', ref('PayoutIntent'), { refs: byParam('intent', 'payment_intent_id') }),
  operation('createPayoutDestination', {
    body: ref('PayoutDestinationRequest'),
    holders: (req) => [{ iban: str(bodyField(req, 'iban')), name: str(bodyField(req, 'beneficiary_name')) }],
    created: (answer) => (str(asObject(answer)?.id) === undefined ? [] : [{ kind: 'destination', id: str(asObject(answer)?.id)! }]),
    audit: { event: 'destination', lines: () => [{}], results: (answer) => [{ leanId: str(asObject(answer)?.id) }] },
    success: { status: 201, description: 'Destination created', schema: ref('Destination') }
  }),
  readOf('listPayoutDestinations', 'Destinations', list('Destination'), { list: { kind: 'destination', find: jsonArray, idOf } }),
  readOf('getPayoutDestination', 'Destination', ref('Destination'), { refs: byParam('destination', 'destination_id') })
]

export const SEEDS_WIRE: LeanWire = {
  name: 'seeds',
  operations: [...operations, ...PAYIN_OPERATIONS, ...VERIFICATION_OPERATIONS],
  schemas: SEED_SCHEMAS,
  payouts: {
    kind: 'payout',
    poll: (ref) => ({ operation: 'getPayout', path: `/payouts/v1/${encodeURIComponent(ref)}` }),
    readPoll: (answer) => ({ status: str(asObject(answer)?.status), payoutId: str(asObject(answer)?.id) })
  }
}
