import { Type } from 'typebox'
import { MAX_AMOUNT } from '../lean/money.js'
import { Uuid } from './common.js'
import EXAMPLES from './examples.json' with { type: 'json' }

/**
 * Response and request shapes from the two Lean seeds, for validation and documentation. Answers
 * stay open (Lean may add fields); request bodies are closed: a field the spec does not name is
 * refused rather than sent to a money API unexamined.
 */
const Loose = { additionalProperties: true }
const Closed = { additionalProperties: false }
const Text = (maxLength: number, description?: string) => Type.String({ maxLength, ...(description !== undefined && { description }) })

export const Account = Type.Object(
  {
    account_id: Type.Optional(Type.String()),
    name: Type.Optional(Type.String()),
    type: Type.Optional(Type.Union(['CURRENT', 'SAVINGS', 'CREDIT_CARD', 'LOAN'].map((v) => Type.Literal(v)))),
    currency: Type.Optional(Type.String()),
    iban: Type.Optional(Type.String()),
    account_number: Type.Optional(Type.String()),
    bic: Type.Optional(Type.String())
  },
  { $id: 'Account', ...Loose }
)

export const Transaction = Type.Object(
  {
    id: Type.Optional(Type.String()),
    amount: Type.Optional(Type.Object({ amount: Type.Number(), currency: Type.String() }, Loose)),
    timestamp: Type.Optional(Type.String({ format: 'date-time' })),
    description: Type.Optional(Type.String()),
    credit_debit_indicator: Type.Optional(Type.Union([Type.Literal('CREDIT'), Type.Literal('DEBIT')])),
    booking_status: Type.Optional(Type.Union([Type.Literal('BOOKED'), Type.Literal('PENDING')]))
  },
  { $id: 'Transaction', ...Loose }
)

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

export const Payout = Type.Object(
  {
    id: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(
      Type.Union(['PENDING', 'SUBMITTED', 'COMPLETED', 'FAILED', 'REJECTED'].map((v) => Type.Literal(v)))
    ),
    amount: Type.Optional(Type.Number()),
    currency: Type.Optional(Type.String()),
    destination_id: Type.Optional(Type.String({ format: 'uuid' })),
    created_at: Type.Optional(Type.String({ format: 'date-time' }))
  },
  { $id: 'Payout', ...Loose }
)

/** The seeds' refresh takes no body; Lean's own wire names the entity in it, so that is accepted (and checked). */
export const RefreshRequest = Type.Object(
  { entity_id: Type.Optional(Uuid('The entity to refresh; must be the one the call acts on')) },
  { $id: 'RefreshRequest', ...Closed }
)

/** Lean documents no shape for these answers; they pass through as they come. */
export const AnyJson = Type.Unknown({ description: "Lean's JSON answer, passed through unchanged" })

export const SEED_SCHEMAS = [Account, Transaction, PayoutRequest, PayoutDestinationRequest, RefreshRequest, Payout]
