import { VERIFICATION_OPERATIONS } from './verifications.js'
import { PAYIN_OPERATIONS } from './payins.js'
import { Type, type TSchema } from 'typebox'
import { IsoDate, Uuid } from '../schemas/common.js'
import { LEAN_WIRE_ANSWERS } from '../schemas/lean-wire-answers.js'
import { checkAmount, MAX_AMOUNT } from './money.js'
import { asObject, bodyField, CATALOG, jsonArray, NO_QUERY, pathBuilder, queryString, str, type OperationBase } from './catalog.js'
import type { CallerRequest, LeanWire, ListShape, MoneyLine, OwnedRef, WireOperation } from './types.js'

/**
 * Lean's current wire, as its public Postman collections show it (shared/lean-wire/): the entity as
 * the `entity_id` query parameter on GETs and a body field on refreshes, `{status, results_id,
 * data{…, page}}` envelopes, `payment_details` payouts with the idempotency key as a header, array
 * destinations, `content` pages, and 200 for every success.
 */

const Closed = { additionalProperties: false }
const Text = (maxLength: number) => Type.String({ maxLength })

const DataQuery = Type.Object({
  entity_id: Type.Optional(Uuid('The entity (as Lean\'s own clients send it); with a JWT it must be the token\'s')),
  page: Type.Optional(Type.Integer({ minimum: 0, maximum: 999_999_999, description: 'Page number, from 0' })),
  size: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Page size, 1–100' })),
  start_date: Type.Optional(IsoDate('First day included, YYYY-MM-DD')),
  end_date: Type.Optional(IsoDate('Last day included, YYYY-MM-DD')),
  insights: Type.Optional(Type.Boolean({ description: 'Ask Lean for its transaction insights' })),
  async: Type.Optional(Type.Boolean({ description: 'true: answer PENDING at once with a results_id to fetch later' })),
  meta: Type.Optional(Type.String({ maxLength: 256 }))
}, Closed)

const PayoutsPageQuery = Type.Object({
  page_number: Type.Optional(Type.Integer({ minimum: 0, maximum: 999_999_999, description: 'Page number, from 0' })),
  page_size: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Page size, 1–100' }))
}, Closed)

export const LeanPayoutRequest = Type.Object({
  payment_details: Type.Array(Type.Object({
    account_id: Uuid('The corporate account the money leaves'),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. AED or SAR' }),
    destination_details: Type.Array(Type.Object({
      payment_destination_id: Uuid('A destination created by this tenant'),
      amount: Type.Number({ exclusiveMinimum: 0, maximum: MAX_AMOUNT, description: "Major units, no more decimals than the currency's minor unit" }),
      description: Type.Optional(Text(1000)),
      authorize_payment: Type.Optional(Type.Boolean({ description: 'true: authorized at once; false (Lean\'s default): manual authorization' }))
    }, Closed), { minItems: 1, maxItems: 100 })
  }, Closed), { minItems: 1, maxItems: 100 })
}, { $id: 'LeanPayoutRequest', ...Closed })

/** Free-text fields of a destination that Lean's collections and reference send. */
const DESTINATION_FIELDS = ['bank_identifier', 'iban', 'account_number', 'display_name', 'short_name', 'swift_code', 'address', 'branch_address',
  'country', 'city', 'emirate', 'customer_id', 'currency_iso_code', 'postal_code', 'ifsc', 'sort_code', 'routing_code', 'transit_code']

/** Fields Lean names with a shape of their own, each validated as such (issue 22, item 4). */
const SHAPED_DESTINATION_FIELDS = {
  routing_number: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9 -]{1,34}$', description: 'Bank routing number' })),
  email: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', description: "The beneficiary's e-mail address" })),
  phone_number: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ()-]{4,32}$', description: "The beneficiary's phone number" })),
  transfer_reference: Type.Optional(Type.String({ minLength: 1, maxLength: 140, description: 'Reference sent with transfers to this destination' }))
}

export const LeanDestinationRequest = Type.Array(Type.Object({
  name: Type.String({ minLength: 1, maxLength: 256 }),
  ...Object.fromEntries(DESTINATION_FIELDS.map((f) => [f, Type.Optional(Text(256))])),
  ...SHAPED_DESTINATION_FIELDS
}, { ...Closed, anyOf: [{ required: ['iban'] }, { required: ['account_number'] }] }), { minItems: 1, maxItems: 100, $id: 'LeanDestinationRequest' })

export const LeanRefreshRequest = Type.Object({ entity_id: Type.Optional(Uuid('The entity to refresh; with a JWT it must be the token\'s')) },
  { $id: 'LeanRefreshRequest', ...Closed })

export const LEAN_WIRE_SCHEMAS = [LeanPayoutRequest, LeanDestinationRequest, LeanRefreshRequest, ...LEAN_WIRE_ANSWERS]

const ok = (description: string, schema: TSchema) => ({ status: 200, description, schema })

/** The caller's query, with the resolved entity where the caller put it, or last. */
function dataQuery (req: CallerRequest, entity: string | undefined): Array<[string, string]> {
  // The query was coerced (integers, booleans): back to text as the caller sent it, bar leading zeros.
  const pairs = Object.entries(req.query).map(([k, v]): [string, string] => [k, k === 'entity_id' ? entity! : String(v)])
  return 'entity_id' in req.query || entity === undefined ? pairs : [...pairs, ['entity_id', entity]]
}

function upstreamFor (base: OperationBase): WireOperation['upstream'] {
  const build = pathBuilder(base.path)
  return (req, ctx) => ({
    path: build(req.params) + queryString(base.entity ? dataQuery(req, ctx.entity) : Object.entries(req.query)),
    headers: {},
    ...(req.body !== undefined && { body: req.body })
  })
}

/** Lean's `{ status: PENDING, results_id }`: the results come later, under that id. */
const pendingResults = (answer: unknown): string | undefined =>
  asObject(answer)?.status === 'PENDING' ? str(asObject(answer)?.results_id) : undefined

function operation (id: string, extra: Partial<WireOperation> = {}): WireOperation {
  const base = CATALOG[id]!
  return {
    ...base,
    query: base.entity ? DataQuery : NO_QUERY,
    upstream: upstreamFor(base),
    ...(base.entity && { entitiesNamed: (req: CallerRequest) => [req.query.entity_id] }),
    ...(base.entity && base.method === 'GET' && { pendingResults }),
    success: ok(base.summary, Type.Ref(ANSWERS[id]!)),
    ...extra
  }
}

/** Each operation's answer, by schema id (schemas/lean-wire-answers.ts). */
const ANSWERS: Record<string, string> = {
  getAccounts: 'LeanAccounts',
  getTransactions: 'LeanTransactions',
  getBalances: 'LeanBalances',
  getBeneficiaries: 'LeanBeneficiaries',
  getDirectDebits: 'LeanDirectDebits',
  getScheduledPayments: 'LeanScheduledPayments',
  getStandingOrders: 'LeanStandingOrders',
  getAccountIdentities: 'LeanIdentities',
  getIdentity: 'LeanIdentities',
  triggerDataRefresh: 'LeanRefreshTriggered',
  getDataRefreshes: 'LeanRefreshes',
  getDataRefreshStatus: 'LeanRefresh',
  getDataResults: 'LeanResults',
  createPayoutPayment: 'LeanPayoutCreated',
  listPayouts: 'LeanPayments',
  getPayoutPaymentHistory: 'LeanPaymentHistory',
  getPayout: 'LeanPayment',
  getPayoutIntent: 'LeanPaymentIntent',
  createPayoutDestination: 'LeanDestinationsCreated',
  listPayoutDestinations: 'LeanDestinations',
  getPayoutDestination: 'LeanDestination'
}

const refTo = (kind: OwnedRef['kind'], id: unknown): OwnedRef | undefined => (str(id) === undefined ? undefined : { kind, id: str(id)! })
const byParam = (kind: OwnedRef['kind'], name: string) => (req: CallerRequest): OwnedRef[] => [{ kind, id: req.params[name]! }]

/** Lean's pages: `{ content: [...], page }`. */
function content (answer: unknown): ListShape | undefined {
  const object = asObject(answer)
  if (object === undefined || !Array.isArray(object.content)) return undefined
  return { items: object.content, rebuild: (items) => ({ ...object, content: items }) }
}

interface PaymentDetail { currency?: unknown; destination_details?: Array<Record<string, unknown>> }
const paymentDetails = (req: CallerRequest): PaymentDetail[] => (bodyField(req, 'payment_details') as PaymentDetail[] | undefined) ?? []

function payoutLines (req: CallerRequest): MoneyLine[] {
  return paymentDetails(req).flatMap((pd) => (pd.destination_details ?? []).map((dd) => ({
    amount: typeof dd.amount === 'number' ? dd.amount : undefined,
    currency: str(pd.currency),
    destinationId: str(dd.payment_destination_id)
  })))
}

/** Lean answers one `payouts_payment_details` entry per destination line; matched by destination, in order. */
function payoutResults (answer: unknown, lines: MoneyLine[]): Array<{ leanId?: string; status?: string }> {
  const details = (asObject(answer)?.payouts_payment_details as unknown[] | undefined) ?? []
  const unused = details.map((d) => asObject(d)).filter((d) => d !== undefined)
  return lines.map((line) => {
    const at = unused.findIndex((d) => asObject(d.destination_details)?.destination_id === line.destinationId)
    if (at < 0) return {}
    const [detail] = unused.splice(at, 1)
    return { leanId: str(detail!.payment_intent_id), status: str(asObject(detail!.destination_details)?.payment_status) }
  })
}

const refreshCreated = (answer: unknown): OwnedRef[] => [refTo('refresh', asObject(answer)?.refresh_id)].filter((r) => r !== undefined)

const listOf = (answer: unknown): Array<Record<string, unknown>> =>
  (Array.isArray(answer) ? answer : []).map((item) => asObject(item)).filter((item) => item !== undefined)

const operations: WireOperation[] = [
  operation('getAccounts'),
  operation('getTransactions'),
  operation('getBalances'),
  operation('getBeneficiaries'),
  operation('getDirectDebits'),
  operation('getScheduledPayments'),
  operation('getStandingOrders'),
  operation('getAccountIdentities'),
  operation('getIdentity'),
  operation('triggerDataRefresh', {
    query: NO_QUERY,
    body: Type.Ref('LeanRefreshRequest'),
    bodyOptional: true,
    entitiesNamed: (req) => [str(bodyField(req, 'entity_id'))],
    // Lean reads the entity from the body: the resolved one, whatever the caller named.
    upstream: (req, ctx) => ({ path: '/data/v2/refreshes', headers: {}, body: { ...asObject(req.body), entity_id: ctx.entity } }),
    created: refreshCreated
  }),
  operation('getDataRefreshes'),
  operation('getDataRefreshStatus', { refs: byParam('refresh', 'refresh_id') }),
  operation('getDataResults', { refs: byParam('results', 'results_id') }),
  operation('createPayoutPayment', {
    description: 'Sends money from a corporate account to one or more destinations (`payment_details`). Requires an ' +
      'Idempotency-Key header: a retry with the same key and body returns the first answer.',
    body: Type.Ref('LeanPayoutRequest'),
    checkBody: (body) => {
      for (const [i, pd] of ((asObject(body)?.payment_details ?? []) as PaymentDetail[]).entries()) {
        for (const [j, dd] of (pd.destination_details ?? []).entries()) {
          checkAmount(dd.amount as number, pd.currency as string, `body/payment_details/${i}/destination_details/${j}/amount`)
        }
      }
    },
    refs: (req) => payoutLines(req).map((line) => ({ kind: 'destination' as const, id: line.destinationId! })),
    // Lean deduplicates on the Idempotency-Key header; the body goes as the caller sent it.
    upstream: (req, ctx) => ({ path: '/payouts/v1/payment', headers: { 'idempotency-key': ctx.forwardedKey! }, body: req.body }),
    created: (answer) => ((asObject(answer)?.payouts_payment_details as unknown[] | undefined) ?? [])
      .map((d) => str(asObject(d)?.payment_intent_id)).filter((id) => id !== undefined).map((id) => ({ kind: 'intent' as const, id })),
    audit: { event: 'payout', lines: payoutLines, results: payoutResults }
  }),
  operation('listPayouts', {
    query: PayoutsPageQuery,
    // Lean's list items carry their intent, not a payout id: ownership is by intent.
    list: { kind: 'intent', find: content, idOf: (item) => str(asObject(item)?.payment_intent_id) }
  }),
  operation('getPayoutPaymentHistory', { refs: byParam('payout', 'payment_id') }),
  operation('getPayout', {
    // Lean's payout answer names its intent, which the tenant's payout request created: ownership is
    // by intent, and the payout id Lean gives only now is recorded as the tenant's.
    answerOwner: (answer) => refTo('intent', asObject(answer)?.payment_intent_id),
    learns: (answer) => [refTo('payout', asObject(answer)?.id)].filter((r) => r !== undefined)
  }),
  operation('getPayoutIntent', {
    refs: byParam('intent', 'payment_intent_id'),
    learns: (answer) => [refTo('payout', asObject(asObject(answer)?.payment)?.id)].filter((r) => r !== undefined)
  }),
  operation('createPayoutDestination', {
    body: Type.Ref('LeanDestinationRequest'),
    holders: (req) => (Array.isArray(req.body) ? req.body : []).map((d) => ({ iban: str(asObject(d)?.iban), name: str(asObject(d)?.name) })),
    created: (answer) => listOf(answer).map((d) => str(d.destination_id)).filter((id) => id !== undefined).map((id) => ({ kind: 'destination' as const, id })),
    audit: {
      event: 'destination',
      lines: (req) => (Array.isArray(req.body) ? req.body.map(() => ({})) : []),
      results: (answer) => listOf(answer).map((d) => ({ leanId: str(d.destination_id) }))
    }
  }),
  operation('listPayoutDestinations', {
    list: { kind: 'destination', find: jsonArray, idOf: (item) => str(asObject(item)?.id) ?? str(asObject(item)?.destination_id) }
  }),
  operation('getPayoutDestination', { refs: byParam('destination', 'destination_id') })
]

export const LEAN_WIRE: LeanWire = {
  name: 'lean',
  operations: [...operations, ...PAYIN_OPERATIONS, ...VERIFICATION_OPERATIONS],
  schemas: LEAN_WIRE_SCHEMAS,
  payouts: {
    // Lean's payout answer names intents only; the intent shows its payout (and status) once there is one.
    kind: 'intent',
    poll: (ref) => ({ operation: 'getPayoutIntent', path: `/payouts/v1/intents/${encodeURIComponent(ref)}` }),
    readPoll: (answer) => {
      const payment = asObject(asObject(answer)?.payment)
      // null: Lean is still tracking what happened after the bank accepted it.
      const post = payment === undefined || !('post_initiation_status' in payment) ? undefined : str(payment.post_initiation_status) ?? null
      return { status: str(payment?.status), postInitiation: post, payoutId: str(payment?.id) }
    }
  }
}
