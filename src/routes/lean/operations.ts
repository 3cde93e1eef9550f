import { Type, type TSchema } from 'typebox'
import type { Scope } from '../../config/schema.js'
import type { OwnedKind } from '../../store/types.js'
import { AccountId, IsoDate, Uuid } from '../../schemas/common.js'
import { AnyJson } from '../../schemas/lean.js'
import { checkAmount } from '../../lean/money.js'

/** How a POST treats idempotency keys: payouts demand one, other POSTs honour one when given. */
export type IdempotencyRule = 'required' | 'optional' | 'none'

export interface LeanOperation {
  operationId: string
  method: 'GET' | 'POST'
  /** Fastify route path; the same path goes upstream with each parameter encoded. */
  path: string
  tag: string
  summary: string
  description: string
  scope: Scope
  /** Data API calls act on one Lean entity, which the gateway resolves and injects. */
  entity: boolean
  idempotency: IdempotencyRule
  params?: TSchema
  query?: TSchema
  body?: TSchema
  /** The body may be left out altogether (it is validated whenever it is sent). */
  bodyOptional?: true
  success: { status: number; description: string; schema: TSchema }
  /** An object the request names (path parameter or body field) that must be the tenant's own. */
  owned?: { in: 'params' | 'body'; name: string; kind: OwnedKind }
  /** A list answer from which other tenants' objects are removed. */
  listOf?: OwnedKind
  /** Rules a schema cannot state (an amount's decimals depend on its currency); throws a 400. */
  checkBody?: (body: Record<string, unknown>) => void
}

const ref = (id: string): TSchema => Type.Ref(id)
const accountParams = Type.Object({ account_id: AccountId })
const list = (id: string): TSchema => Type.Array(ref(id))

function accountRead (operationId: string, segment: string, summary: string, tag = 'Accounts'): LeanOperation {
  return {
    operationId,
    method: 'GET',
    path: `/data/v2/accounts/:account_id/${segment}`,
    tag,
    summary,
    description: `${summary} of one account of the caller's entity.`,
    scope: 'data:read',
    entity: true,
    idempotency: 'none',
    params: accountParams,
    success: { status: 200, description: summary, schema: AnyJson }
  }
}

export const LEAN_OPERATIONS: LeanOperation[] = [
  {
    operationId: 'getAccounts',
    method: 'GET',
    path: '/data/v2/accounts',
    tag: 'Accounts',
    summary: 'List accounts',
    description: "The accounts of the caller's Lean entity.",
    scope: 'data:read',
    entity: true,
    idempotency: 'none',
    success: { status: 200, description: 'Accounts list', schema: list('Account') }
  },
  {
    ...accountRead('getTransactions', 'transactions', 'Transactions', 'Transactions'),
    query: Type.Object(
      {
        start_date: Type.Optional(IsoDate('First day included, YYYY-MM-DD')),
        end_date: Type.Optional(IsoDate('Last day included, YYYY-MM-DD'))
      },
      { additionalProperties: false }
    ),
    success: { status: 200, description: 'Transactions', schema: list('Transaction') }
  },
  accountRead('getBalances', 'balances', 'Balances', 'Balances'),
  accountRead('getBeneficiaries', 'beneficiaries', 'Beneficiaries'),
  accountRead('getDirectDebits', 'direct-debits', 'Direct debits'),
  accountRead('getScheduledPayments', 'scheduled-payments', 'Scheduled payments'),
  accountRead('getStandingOrders', 'standing-orders', 'Standing orders'),
  accountRead('getAccountIdentities', 'identities', 'Account identities', 'Identity'),
  {
    operationId: 'getIdentity',
    method: 'GET',
    path: '/data/v2/identity',
    tag: 'Identity',
    summary: 'Identity',
    description: "The identity of the customer behind the caller's entity.",
    scope: 'data:read',
    entity: true,
    idempotency: 'none',
    success: { status: 200, description: 'Identity', schema: AnyJson }
  },
  {
    operationId: 'triggerDataRefresh',
    method: 'POST',
    path: '/data/v2/refreshes',
    tag: 'Refreshes',
    summary: 'Trigger a manual data refresh',
    description: "Asks Lean to fetch the entity's data from the bank again. Honours an Idempotency-Key.",
    scope: 'data:refresh',
    entity: true,
    idempotency: 'optional',
    body: ref('RefreshRequest'),
    bodyOptional: true,
    success: { status: 202, description: 'Refresh triggered', schema: AnyJson }
  },
  {
    operationId: 'getDataRefreshes',
    method: 'GET',
    path: '/data/v2/refreshes',
    tag: 'Refreshes',
    summary: 'List data refreshes',
    description: "The refreshes of the caller's entity.",
    scope: 'data:read',
    entity: true,
    idempotency: 'none',
    success: { status: 200, description: 'Refreshes', schema: AnyJson }
  },
  {
    operationId: 'getDataRefreshStatus',
    method: 'GET',
    path: '/data/v2/refreshes/:refresh_id',
    tag: 'Refreshes',
    summary: 'Data refresh status',
    description: 'The status of one refresh.',
    scope: 'data:read',
    entity: true,
    idempotency: 'none',
    params: Type.Object({ refresh_id: Uuid('Refresh id') }),
    success: { status: 200, description: 'Refresh status', schema: AnyJson }
  },
  {
    operationId: 'createPayoutPayment',
    method: 'POST',
    path: '/payouts/v1/payment',
    tag: 'Payouts',
    summary: 'Create a payout',
    description:
      'Sends money from the corporate account to a destination. Requires an Idempotency-Key (header, or ' +
      'the body field `idempotency_key`): a retry with the same key and body returns the first answer.',
    scope: 'payouts:write',
    entity: false,
    idempotency: 'required',
    body: ref('PayoutRequest'),
    owned: { in: 'body', name: 'destination_id', kind: 'destination' },
    checkBody: (body) => { checkAmount(body.amount as number, body.currency as string, 'body/amount') },
    success: { status: 201, description: 'Payout created', schema: ref('Payout') }
  },
  {
    operationId: 'listPayouts',
    method: 'GET',
    path: '/payouts/v1/payments',
    tag: 'Payouts',
    summary: 'List payouts',
    description: "The tenant's payouts.",
    scope: 'payouts:read',
    entity: false,
    idempotency: 'none',
    listOf: 'payout',
    success: { status: 200, description: 'Payouts', schema: AnyJson }
  },
  {
    operationId: 'getPayoutPaymentHistory',
    method: 'GET',
    path: '/payouts/v1/payments/:payment_id/history',
    tag: 'Payouts',
    summary: 'Payout status history',
    description: 'Every status one payout went through.',
    scope: 'payouts:read',
    entity: false,
    idempotency: 'none',
    params: Type.Object({ payment_id: Uuid('Payout id') }),
    owned: { in: 'params', name: 'payment_id', kind: 'payout' },
    success: { status: 200, description: 'History', schema: AnyJson }
  },
  {
    operationId: 'getPayout',
    method: 'GET',
    path: '/payouts/v1/:payment_id',
    tag: 'Payouts',
    summary: 'Get a payout',
    description: 'One payout and its current status; poll it, webhooks can be missed.',
    scope: 'payouts:read',
    entity: false,
    idempotency: 'none',
    params: Type.Object({ payment_id: Uuid('Payout id') }),
    owned: { in: 'params', name: 'payment_id', kind: 'payout' },
    success: { status: 200, description: 'Payout', schema: ref('Payout') }
  },
  {
    operationId: 'getPayoutIntent',
    method: 'GET',
    path: '/payouts/v1/intents/:payment_intent_id',
    tag: 'Payouts',
    summary: 'Get a payout intent',
    description: 'The intent behind a payout.',
    scope: 'payouts:read',
    entity: false,
    idempotency: 'none',
    params: Type.Object({ payment_intent_id: Uuid('Payout intent id') }),
    owned: { in: 'params', name: 'payment_intent_id', kind: 'intent' },
    success: { status: 200, description: 'Payout intent', schema: AnyJson }
  },
  {
    operationId: 'createPayoutDestination',
    method: 'POST',
    path: '/payouts/v1/payment/destinations',
    tag: 'Payout Destinations',
    summary: 'Create a payout destination',
    description: 'Registers a beneficiary that payouts can be sent to. Honours an Idempotency-Key.',
    scope: 'destinations:write',
    entity: false,
    idempotency: 'optional',
    body: ref('PayoutDestinationRequest'),
    success: { status: 201, description: 'Destination created', schema: AnyJson }
  },
  {
    operationId: 'listPayoutDestinations',
    method: 'GET',
    path: '/payouts/v1/payment/destinations',
    tag: 'Payout Destinations',
    summary: 'List payout destinations',
    description: "The tenant's payout destinations.",
    scope: 'destinations:read',
    entity: false,
    idempotency: 'none',
    listOf: 'destination',
    success: { status: 200, description: 'Destinations', schema: AnyJson }
  },
  {
    operationId: 'getPayoutDestination',
    method: 'GET',
    path: '/payouts/v1/payment/destinations/:destination_id',
    tag: 'Payout Destinations',
    summary: 'Get a payout destination',
    description: 'One payout destination.',
    scope: 'destinations:read',
    entity: false,
    idempotency: 'none',
    params: Type.Object({ destination_id: Uuid('Destination id') }),
    owned: { in: 'params', name: 'destination_id', kind: 'destination' },
    success: { status: 200, description: 'Destination', schema: AnyJson }
  }
]
