import { Type } from 'typebox'
import { StringEnum } from './common.js'
import { Amount, AmountRef, answer, DateTime, Day, Id, Num, Text } from './shapes.js'

/**
 * The seeds' answers, typed for generated clients: the seeds name Account, Transaction and Payout;
 * the rest are written from what Lean's sandbox answers on the seeds' paths (as the emulator does).
 * Every field optional and every object open: a client must keep working when Lean adds a field.
 */
const entry = (id: string, description: string, fields: Parameters<typeof answer>[0]) => answer(fields, { $id: id, title: id, description })

export const Account = entry('Account', 'A bank account of the customer', {
  account_id: Id,
  name: Text,
  type: StringEnum(['CURRENT', 'SAVINGS', 'CREDIT_CARD', 'LOAN']),
  currency: Text,
  iban: Text,
  account_number: Text,
  bic: Text
})

export const Transaction = entry('Transaction', 'One transaction of an account', {
  id: Id,
  amount: AmountRef,
  timestamp: DateTime,
  description: Text,
  credit_debit_indicator: StringEnum(['CREDIT', 'DEBIT']),
  booking_status: StringEnum(['BOOKED', 'PENDING'])
})

export const Balance = entry('Balance', "An account's balances", {
  account_id: Id,
  current_balance: AmountRef,
  available_balance: AmountRef,
  timestamp: DateTime
})

export const Beneficiary = entry('Beneficiary', 'A payee saved on the account', { beneficiary_id: Id, name: Text, iban: Text, account_number: Text })
export const DirectDebit = entry('DirectDebit', 'A direct debit mandate on the account', { direct_debit_id: Id, name: Text, status: Text, previous_payment_amount: AmountRef })
export const ScheduledPayment = entry('ScheduledPayment', 'A future-dated payment from the account', { scheduled_payment_id: Id, reference: Text, amount: AmountRef, execution_date: Day })
export const StandingOrder = entry('StandingOrder', 'A recurring payment from the account', { standing_order_id: Id, frequency: Text, amount: AmountRef, status: Text })

export const Identity = entry('Identity', 'The account holder as the bank knows them', {
  account_id: Id,
  full_name: Text,
  email: Text,
  mobile_number: Text,
  national_identity_number: Text,
  address: Text
})

export const Refresh = entry('Refresh', 'A data refresh and its progress', {
  refresh_id: Id,
  entity_id: Id,
  status: StringEnum(['IN_PROGRESS', 'COMPLETED', 'FAILED']),
  created_at: DateTime,
  completed_at: DateTime
})

const PAYOUT_STATUS = ['PENDING', 'SUBMITTED', 'COMPLETED', 'FAILED', 'REJECTED'] as const

export const Payout = entry('Payout', 'A payout: money sent from the corporate account to a destination', {
  id: Type.String({ format: 'uuid' }),
  payment_intent_id: Type.String({ format: 'uuid', description: 'The intent this payout belongs to; a webhook or the intent route names it' }),
  status: StringEnum(PAYOUT_STATUS),
  amount: Num,
  currency: Text,
  destination_id: Type.String({ format: 'uuid' }),
  description: Text,
  reference: Text,
  created_at: DateTime
})

export const PayoutStatusChange = entry('PayoutStatusChange', "One step of a payout's history", { status: StringEnum(PAYOUT_STATUS), timestamp: DateTime })

export const PayoutIntent = entry('PayoutIntent', 'A payment intent and the payouts made for it', {
  id: Type.String({ format: 'uuid' }),
  payment_ids: Type.Array(Type.String({ format: 'uuid' })),
  amount: Num,
  currency: Text,
  destination_id: Type.String({ format: 'uuid' }),
  status: StringEnum(PAYOUT_STATUS),
  created_at: DateTime
})

export const Destination = entry('Destination', 'A payout destination (beneficiary)', {
  id: Type.String({ format: 'uuid' }),
  beneficiary_name: Text,
  iban: Text,
  account_number: Text,
  bank_code: Text,
  country: Text,
  currency: Text,
  status: Text,
  created_at: DateTime
})

export const SEED_ANSWERS = [Amount, Account, Transaction, Balance, Beneficiary, DirectDebit, ScheduledPayment, StandingOrder, Identity, Refresh, Payout, PayoutStatusChange, PayoutIntent, Destination]
