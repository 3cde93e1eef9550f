import { Type, type TSchema } from 'typebox'
import { Amount, AmountRef, answer, AnyObject, Bool, Int, Num, orNull, Text } from './shapes.js'

/**
 * Lean's answers on its current wire, typed from its public samples (shared/lean-wire/) and what
 * the emulator answers after them: the Data envelope `{status, results_id, …, data{<list>, page}}`,
 * `content` pages, and the Payouts shapes. Lean sends `null` for much of what it does not know, so
 * text is `string | null`; everything is optional and open.
 */
const S = orNull(Text)
const When = orNull(Type.String({ format: 'date-time' }))
const Anything = Type.Unknown({ description: 'Passed through as Lean sends it' })
const entry = (id: string, description: string, fields: Record<string, TSchema>) => answer(fields, { $id: id, title: id, description })

export const LeanPage = entry('LeanPage', "Lean's page of a list", { number: Int, size: Int, total_elements: Int, total_pages: Int, sort: Anything })

const Scheme = answer({ scheme_name: S, identification: S, name: S })
export const LeanAccount = entry('LeanAccount', 'A bank account (Open Banking shape)', {
  entity_id: Text,
  account_id: Text,
  account_holder_name: S,
  account_holder_short_name: S,
  status: S,
  status_update_date_time: When,
  currency: S,
  account_type: S,
  account_sub_type: S,
  nickname: S,
  description: S,
  opening_date: S,
  maturity_date: S,
  account: Type.Array(Scheme, { description: 'Identifications: IBAN, BBAN, …' }),
  servicer: Scheme,
  regional_data: Anything
})

export const LeanTransaction = entry('LeanTransaction', 'One transaction of an account', {
  entity_id: Text,
  account_id: Text,
  transaction_id: Text,
  transaction_information: S,
  transaction_reference: S,
  credit_debit_indicator: Type.Unsafe<string>({ type: 'string', enum: ['CREDIT', 'DEBIT'] }),
  amount: AmountRef,
  transaction_mutability: S,
  status: S,
  booking_date_time: When,
  value_date_time: When,
  balance: Anything,
  insights: Anything,
  regional_data: Anything
})

export const LeanBalance = entry('LeanBalance', 'One balance of an account', {
  entity_id: Text,
  account_id: Text,
  credit_debit_indicator: S,
  type: S,
  amount: AmountRef,
  date_time: When,
  credit_line: Type.Array(AnyObject),
  regional_data: Anything
})

const accountItem = (id: string, description: string, key: string) => entry(id, description, { account_id: Text, [key]: Text, name: S, status: S, regional_data: Anything })
export const LeanBeneficiary = accountItem('LeanBeneficiary', 'A payee saved on the account', 'beneficiary_id')
export const LeanDirectDebit = accountItem('LeanDirectDebit', 'A direct debit mandate', 'direct_debit_id')
export const LeanScheduledPayment = accountItem('LeanScheduledPayment', 'A future-dated payment', 'scheduled_payment_id')
export const LeanStandingOrder = accountItem('LeanStandingOrder', 'A recurring payment', 'standing_order_id')

export const LeanIdentity = entry('LeanIdentity', 'The account holder as the bank knows them', {
  entity_id: Text,
  full_legal_name: S,
  name: S,
  national_id: S,
  birth_date: S,
  gender: S,
  email_address: S,
  phone: S,
  mobile_number: S,
  address: Type.Unknown({ description: 'Text, or an address object, as the bank gives it' }),
  regional_data: Anything
})

/** `{status, results_id, …, data: {<key>: [items], page}}`; `data` is absent while PENDING (async=true). */
function envelope (id: string, description: string, key: string, item: string): TSchema {
  return entry(id, description, {
    status: Type.String({ description: 'OK, or PENDING (fetch it later by results_id)' }),
    results_id: Text,
    message: S,
    meta: Anything,
    timestamp: When,
    status_detail: Anything,
    refreshed_at: When,
    type: S,
    data: answer({ type: S, account_id: S, [key]: Type.Array(Type.Ref(item)), page: Type.Ref('LeanPage') })
  })
}

export const LeanAccounts = envelope('LeanAccounts', 'Accounts, paged', 'accounts', 'LeanAccount')
export const LeanTransactions = envelope('LeanTransactions', 'Transactions, paged', 'transactions', 'LeanTransaction')
export const LeanBalances = envelope('LeanBalances', 'Balances, paged', 'balances', 'LeanBalance')
export const LeanBeneficiaries = envelope('LeanBeneficiaries', 'Beneficiaries, paged', 'beneficiaries', 'LeanBeneficiary')
export const LeanDirectDebits = envelope('LeanDirectDebits', 'Direct debits, paged', 'direct_debits', 'LeanDirectDebit')
export const LeanScheduledPayments = envelope('LeanScheduledPayments', 'Scheduled payments, paged', 'scheduled_payments', 'LeanScheduledPayment')
export const LeanStandingOrders = envelope('LeanStandingOrders', 'Standing orders, paged', 'standing_orders', 'LeanStandingOrder')
export const LeanIdentities = envelope('LeanIdentities', 'Identities, paged', 'identities', 'LeanIdentity')
export const LeanResults = entry('LeanResults', 'The answer of an earlier data call, by its results_id', {
  status: Text, results_id: Text, message: S, meta: Anything, timestamp: When, status_detail: Anything, type: S, data: AnyObject
})

export const LeanRefresh = entry('LeanRefresh', 'A data refresh and its progress', {
  refresh_id: Text, entity_id: Text, customer_id: S, status: S, data_status: AnyObject, created_at: When, updated_at: When
})
export const LeanRefreshTriggered = entry('LeanRefreshTriggered', 'A refresh accepted by Lean', { refresh_id: Text, status: S, message: S, timestamp: When })
export const LeanRefreshes = entry('LeanRefreshes', 'Refreshes, paged', { content: Type.Array(Type.Ref('LeanRefresh')), page: Type.Ref('LeanPage') })

const Party = answer({ account_number: S, iban: S, name: S })
export const LeanPayoutCreated = entry('LeanPayoutCreated', 'One payment intent per destination line', {
  end_user_id: S,
  payouts_payment_details: Type.Array(answer({
    payment_intent_id: Text,
    initiate_payment_task_id: S,
    account_number: S,
    iban: S,
    bank_identifier: S,
    destination_details: answer({ destination_id: Text, amount: Num, currency: Text, payment_status: S, error_message: S, recipient_details: Party })
  }))
})

export const LeanPayment = entry('LeanPayment', 'A payment (a payout) and its status at the bank', {
  id: Text,
  payment_intent_id: Text,
  payment_source_id: S,
  sender_details: Party,
  recipient_details: Party,
  amount: Num,
  currency: Text,
  description: S,
  submission_timestamp: When,
  initiation_timestamp: When,
  status: Type.String({ description: 'CREATED, PENDING_WITH_BANK, ACCEPTED_BY_BANK, FAILED, …' }),
  post_initiation_status: S,
  bank_transaction_reference: S,
  granular_status_code: Anything,
  status_additional_details: Anything
})

export const LeanPayments = entry('LeanPayments', 'Payments, paged', {
  content: Type.Array(answer({
    payment_intent_id: Text,
    recipient_name: S,
    recipient_bank_name: S,
    recipient_iban: S,
    description: S,
    currency: Text,
    amount: Num,
    created_at: When,
    updated_at: When,
    auto_authorized: Bool,
    pending_manual_authorization: Bool,
    status: S,
    post_initiation_status: S,
    bank_transaction_reference: S
  })),
  page: Type.Ref('LeanPage')
})

export const LeanPaymentHistory = entry('LeanPaymentHistory', "A payment's events, paged", {
  content: Type.Array(answer({ payment_id: Text, events: Type.Array(answer({ event: Text, status: S, post_initiation_status: S, published_at: When })) })),
  page: Type.Ref('LeanPage')
})

export const LeanPaymentIntent = entry('LeanPaymentIntent', 'A payment intent, with its payment once there is one', {
  payment_intent_id: Text,
  customer_id: S,
  amount: Num,
  currency: Text,
  description: S,
  external_reference: S,
  payment: Type.Union([Type.Ref('LeanPayment'), Type.Null()]),
  payment_destination: Anything
})

export const LeanDestination = entry('LeanDestination', 'A payout destination', {
  id: Text, destination_id: Text, name: S, display_name: S, iban: S, account_number: S, bank_identifier: S, status: S, created_at: When
})
export const LeanDestinations = Type.Union([Type.Array(Type.Ref('LeanDestination')), answer({ content: Type.Array(Type.Ref('LeanDestination')), page: Type.Ref('LeanPage') })],
  { $id: 'LeanDestinations', title: 'LeanDestinations', description: 'The destinations: a list, or a page of them' })
export const LeanDestinationsCreated = Type.Array(answer({
  add_beneficiary_task_id: S, destination_id: Text, bank_identifier: S, iban: S, account_number: S, display_name: S, status: S
}), { $id: 'LeanDestinationsCreated', title: 'LeanDestinationsCreated', description: 'One entry per destination sent, in order' })

export const LEAN_WIRE_ANSWERS = [
  Amount, LeanPage, LeanAccount, LeanTransaction, LeanBalance, LeanBeneficiary, LeanDirectDebit, LeanScheduledPayment, LeanStandingOrder, LeanIdentity,
  LeanAccounts, LeanTransactions, LeanBalances, LeanBeneficiaries, LeanDirectDebits, LeanScheduledPayments, LeanStandingOrders, LeanIdentities, LeanResults,
  LeanRefresh, LeanRefreshTriggered, LeanRefreshes, LeanPayoutCreated, LeanPayment, LeanPayments, LeanPaymentHistory, LeanPaymentIntent, LeanDestination,
  LeanDestinations, LeanDestinationsCreated
]
