import { Type, type TSchema } from 'typebox'
import { forbidden } from '../errors.js'
import { APP_USER_PATTERN } from '../ids.js'
import { Uuid } from '../schemas/common.js'
import { checkAmount } from './money.js'
import { asObject, NO_QUERY, str } from './catalog.js'
import type { CallerRequest, OwnedRef, WireOperation } from './types.js'

/**
 * Pay-ins: Lean's payment intents, the same on both wires (they are not in the seeds). A customer
 * pays the company by bank transfer: the backend creates an intent for the customer, and the app
 * hands its id to LinkSDK's `pay()`. Which customer pays is the gateway's to say, never the phone's
 * (pipeline.ts resolves it); Lean deduplicates on the forwarded key as a header.
 */

const PaymentIntentRequest = Type.Object({
  amount: Type.Number({ exclusiveMinimum: 0, description: 'What the customer pays, in `currency`' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217, e.g. AED or SAR' }),
  description: Type.Optional(Type.String({ minLength: 1, maxLength: 140, description: "The bank's reference for the payment (Lean's default: the intent id)" })),
  payment_destination_id: Type.Optional(Uuid("One of the tenant's lean.payinDestinations; none: Lean's default destination")),
  purpose_code: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$', description: "Lean's payment purpose code (GDS, RNT, FIS, …)" })),
  user: Type.Optional(Type.String({ pattern: APP_USER_PATTERN, description: 'API-key callers: the app user who pays (its Lean customer is found or created as for Link). JWT callers pay as themselves.' })),
  customer_id: Type.Optional(Uuid('API-key callers: a Lean customer the gateway holds for this tenant, instead of `user`'))
}, {
  additionalProperties: false,
  examples: [{ amount: 120.5, currency: 'AED', description: 'Order 1001', user: 'alice' }]
})

const PaymentIntent = Type.Object({
  payment_intent_id: Type.String(),
  customer_id: Type.String(),
  amount: Type.Number(),
  currency: Type.String(),
  description: Type.Optional(Type.String()),
  payments: Type.Array(Type.Object({}, { additionalProperties: true }), { description: 'The payment made against the intent, once the customer paid with LinkSDK' }),
  payment_destination: Type.Optional(Type.Object({}, { additionalProperties: true }))
}, { additionalProperties: true })

const intentOf = (answer: unknown): OwnedRef[] => {
  const id = str(asObject(answer)?.payment_intent_id)
  return id === undefined ? [] : [{ kind: 'payin', id: id.toLowerCase() }]
}

const bodyOf = (req: CallerRequest): Record<string, unknown> => asObject(req.body) ?? {}

export const PAYIN_OPERATIONS: WireOperation[] = [
  {
    operationId: 'createPaymentIntent',
    method: 'POST',
    path: '/payments/v1/intents',
    tag: 'Payments',
    summary: 'Create a pay-in (payment intent)',
    description: "Creates a Lean payment intent for an app user's Lean customer; the app passes its `payment_intent_id` to LinkSDK's `pay()`. " +
      'A JWT caller pays as itself (a `customer_id` or `user` in the body is 403); an API-key caller names the user, or a customer the gateway holds for the tenant. ' +
      "A `payment_destination_id` must be one of the tenant's `lean.payinDestinations` (403 otherwise). Lean's payment is then reported as `payment.status_changed` events.",
    scope: 'payments:write',
    entity: false,
    customer: true,
    idempotency: 'required',
    headerKeyOnly: true,
    query: NO_QUERY,
    body: PaymentIntentRequest,
    checkBody: (body) => { const b = asObject(body)!; checkAmount(b.amount as number, b.currency as string, 'body/amount') },
    tenantRules: (req, tenant) => {
      const destination = str(bodyOf(req).payment_destination_id)?.toLowerCase()
      if (destination !== undefined && !tenant.lean.payinDestinations.includes(destination)) {
        throw forbidden("payment_destination_id is not one of this tenant's lean.payinDestinations")
      }
    },
    // The gateway's own fields leave; Lean gets the resolved customer, and the key as its header.
    upstream: (req, ctx) => {
      const { user: _user, customer_id: _customer, ...rest } = bodyOf(req)
      return { path: '/payments/v1/intents', headers: { 'idempotency-key': ctx.forwardedKey! }, body: { ...rest, customer_id: ctx.customerId } }
    },
    created: intentOf,
    audit: {
      event: 'payin',
      lines: (req) => {
        const b = bodyOf(req)
        return [{ amount: typeof b.amount === 'number' ? b.amount : undefined, currency: str(b.currency), destinationId: str(b.payment_destination_id) }]
      },
      results: (answer) => [{ leanId: str(asObject(answer)?.payment_intent_id) }]
    },
    success: { status: 201, description: 'Payment intent created', schema: PaymentIntent as TSchema }
  },
  {
    operationId: 'getPaymentIntent',
    method: 'GET',
    path: '/payments/v1/intents/:intent_id',
    tag: 'Payments',
    summary: 'Get a pay-in (payment intent)',
    description: "The intent and the payment made against it. Only the tenant that created it, and of a JWT caller only its own user's: others' are 404.",
    scope: 'payments:read',
    entity: false,
    idempotency: 'none',
    params: Type.Object({ intent_id: Uuid("The pay-in's payment_intent_id") }),
    query: NO_QUERY,
    refs: (req) => [{ kind: 'payin', id: req.params.intent_id!.toLowerCase() }],
    upstream: (req) => ({ path: `/payments/v1/intents/${encodeURIComponent(req.params.intent_id!)}`, headers: {} }),
    success: { status: 200, description: 'Payment intent', schema: PaymentIntent as TSchema }
  }
]
