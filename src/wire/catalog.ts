import { Type, type TSchema } from 'typebox'
import type { Scope } from '../config/schema.js'
import { AccountId, Uuid } from '../schemas/common.js'
import type { CallerRequest, ListShape, OperationBase } from './types.js'

export type { OperationBase } from './types.js'

const accountParams = Type.Object({ account_id: AccountId })

const accountRead = (operationId: string, segment: string, summary: string, tag = 'Accounts'): OperationBase => ({
  operationId,
  method: 'GET',
  path: `/data/v2/accounts/:account_id/${segment}`,
  tag,
  summary,
  description: `${summary} of one account of the caller's entity.`,
  scope: 'data:read',
  entity: true,
  idempotency: 'none',
  params: accountParams
})

const read = (operationId: string, path: string, tag: string, summary: string, description: string, scope: Scope, entity: boolean, params?: TSchema): OperationBase =>
  ({ operationId, method: 'GET', path, tag, summary, description, scope, entity, idempotency: 'none', ...(params !== undefined && { params }) })

const OPERATIONS: OperationBase[] = [
  read('getAccounts', '/data/v2/accounts', 'Accounts', 'List accounts', "The accounts of the caller's Lean entity.", 'data:read', true),
  accountRead('getTransactions', 'transactions', 'Transactions', 'Transactions'),
  accountRead('getBalances', 'balances', 'Balances', 'Balances'),
  accountRead('getBeneficiaries', 'beneficiaries', 'Beneficiaries'),
  accountRead('getDirectDebits', 'direct-debits', 'Direct debits'),
  accountRead('getScheduledPayments', 'scheduled-payments', 'Scheduled payments'),
  accountRead('getStandingOrders', 'standing-orders', 'Standing orders'),
  accountRead('getAccountIdentities', 'identities', 'Account identities', 'Identity'),
  read('getIdentity', '/data/v2/identity', 'Identity', 'Identity', "The identity of the customer behind the caller's entity.", 'data:read', true),
  {
    operationId: 'triggerDataRefresh',
    method: 'POST',
    path: '/data/v2/refreshes',
    tag: 'Refreshes',
    summary: 'Trigger a manual data refresh',
    description: "Asks Lean to fetch the entity's data from the bank again. Honours an Idempotency-Key.",
    scope: 'data:refresh',
    entity: true,
    idempotency: 'optional'
  },
  read('getDataRefreshes', '/data/v2/refreshes', 'Refreshes', 'List data refreshes', "The refreshes of the caller's entity.", 'data:read', true),
  read('getDataRefreshStatus', '/data/v2/refreshes/:refresh_id', 'Refreshes', 'Data refresh status', 'The status of one refresh.', 'data:read', true,
    Type.Object({ refresh_id: Uuid('Refresh id') })),
  read('getDataResults', '/data/v2/results/:results_id', 'Results', 'Results of a pending data call',
    'The answer to a Data call that Lean answered `PENDING` (with a `results_id`), once it is ready.', 'data:read', true,
    Type.Object({ results_id: Uuid('The results_id of a PENDING answer') })),
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
    idempotency: 'required'
  },
  read('listPayouts', '/payouts/v1/payments', 'Payouts', 'List payouts', "The tenant's payouts.", 'payouts:read', false),
  read('getPayoutPaymentHistory', '/payouts/v1/payments/:payment_id/history', 'Payouts', 'Payout status history', 'Every status one payout went through.',
    'payouts:read', false, Type.Object({ payment_id: Uuid('Payout id') })),
  read('getPayout', '/payouts/v1/:payment_id', 'Payouts', 'Get a payout', 'One payout and its current status; poll it, webhooks can be missed.',
    'payouts:read', false, Type.Object({ payment_id: Uuid('Payout id') })),
  read('getPayoutIntent', '/payouts/v1/intents/:payment_intent_id', 'Payouts', 'Get a payout intent', 'The intent behind a payout.',
    'payouts:read', false, Type.Object({ payment_intent_id: Uuid('Payout intent id') })),
  {
    operationId: 'createPayoutDestination',
    method: 'POST',
    path: '/payouts/v1/payment/destinations',
    tag: 'Payout Destinations',
    summary: 'Create a payout destination',
    description: 'Registers a beneficiary that payouts can be sent to. Honours an Idempotency-Key.',
    scope: 'destinations:write',
    entity: false,
    idempotency: 'optional'
  },
  read('listPayoutDestinations', '/payouts/v1/payment/destinations', 'Payout Destinations', 'List payout destinations', "The tenant's payout destinations.", 'destinations:read', false),
  read('getPayoutDestination', '/payouts/v1/payment/destinations/:destination_id', 'Payout Destinations', 'Get a payout destination', 'One payout destination.',
    'destinations:read', false, Type.Object({ destination_id: Uuid('Destination id') }))
]

export const CATALOG: Record<string, OperationBase> = Object.fromEntries(OPERATIONS.map((op) => [op.operationId, op]))

export const NO_QUERY = Type.Object({}, { additionalProperties: false })

/**
 * `/a/:x/b` → a function building `/a/<encoded x>/b`, so no value can change the upstream path.
 * The template is cut once into the text before each parameter, its name, and the text after the
 * last: a request concatenates, with no array to build and join.
 */
export function pathBuilder (template: string): (params: Record<string, string>) => string {
  const texts: string[] = ['']
  const names: string[] = []
  template.split('/').forEach((segment, i) => {
    const joined = i === 0 ? '' : '/'
    if (segment.startsWith(':')) {
      texts[texts.length - 1] += joined
      names.push(segment.slice(1))
      texts.push('')
    } else {
      texts[texts.length - 1] += joined + segment
    }
  })
  if (names.length === 0) return () => template
  return (params) => {
    let path = texts[0]!
    for (let i = 0; i < names.length; i++) path += encodeURIComponent(params[names[i]!]!) + texts[i + 1]!
    return path
  }
}

/** Characters URLSearchParams leaves as they are: pairs made only of them need no encoder. */
const UNENCODED = /^[A-Za-z0-9._*-]*$/

/**
 * The query string of `pairs`, encoded as URLSearchParams encodes it; empty when there are none.
 * Dates, ids and page numbers need no encoding, and are joined without building a URLSearchParams.
 */
export function queryString (pairs: Array<[string, string]>): string {
  if (pairs.length === 0) return ''
  if (pairs.every(([name, value]) => UNENCODED.test(name) && UNENCODED.test(value))) return `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`
  return `?${new URLSearchParams(pairs).toString()}`
}

export const asObject = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Record<string, unknown> : undefined

export const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export const bodyField = (req: CallerRequest, name: string): unknown => asObject(req.body)?.[name]

/** A list that is a JSON array; nothing else is taken for one (ownership fails closed on it). */
export const jsonArray = (answer: unknown): ListShape | undefined =>
  Array.isArray(answer) ? { items: answer, rebuild: (items) => items } : undefined
