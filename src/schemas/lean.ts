import { Type } from 'typebox'
import { MAX_AMOUNT } from '../wire/money.js'
import { Uuid } from './common.js'
import { SEED_ANSWERS } from './seed-answers.js'
import EXAMPLES from './examples.js'

/**
 * Request bodies of the two Lean seeds, for validation and documentation; their answers are in
 * seed-answers.ts. Bodies are closed: a field the spec does not name is refused rather than sent to
 * a money API unexamined.
 */
const Closed = { additionalProperties: false }
const Text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description !== undefined && { description }) })

export const PayoutRequest = Type.Object(
  {
    amount: Type.Number({
      exclusiveMinimum: 0,
      maximum: MAX_AMOUNT,
      description: "Amount in major units, greater than 0, with no more decimals than the currency's minor unit (2 for AED and SAR)"
    }),
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. AED or SAR' }),
    destination_id: Uuid('A destination created by this tenant'),
    description: Type.Optional(Text(1000)),
    reference: Type.Optional(Text(1000)),
    idempotency_key: Type.Optional(
      Type.String({ maxLength: 255, description: 'Used only when the Idempotency-Key header is absent; replaced on the way to Lean' })
    )
  },
  { $id: 'PayoutRequest', ...Closed, examples: [EXAMPLES.createPayoutPaymentRequest] }
)

export const PayoutDestinationRequest = Type.Object(
  {
    beneficiary_name: Type.String({ minLength: 1, maxLength: 256 }),
    iban: Type.Optional(Text(64)),
    account_number: Type.Optional(Text(64)),
    bank_code: Type.Optional(Text(64)),
    country: Type.Optional(Text(64)),
    currency: Type.Optional(Text(64))
  },
  { $id: 'PayoutDestinationRequest', ...Closed, examples: [EXAMPLES.createPayoutDestinationRequest] }
)

/** The seeds' refresh takes no body; Lean's own wire names the entity in it, so that is accepted (and checked). */
export const RefreshRequest = Type.Object(
  { entity_id: Type.Optional(Uuid('The entity to refresh; must be the one the call acts on')) },
  { $id: 'RefreshRequest', ...Closed }
)

export const SEED_SCHEMAS = [PayoutRequest, PayoutDestinationRequest, RefreshRequest, ...SEED_ANSWERS]
