import { randomUUID } from 'node:crypto'
import type { EntityData } from './fixtures.js'
import type { PayoutRecord, PayoutStatus } from './state.js'

/**
 * The emulator's data in the shapes Lean's servers answer today (shared/lean-wire/uae-samples.json):
 * OBIE-style accounts and transactions, `{status, results_id, data{…, page}}` envelopes, `content`
 * pages, and Lean's payout statuses.
 */

export interface Page { number: number; size: number; total_elements: number; total_pages: number; sort: null }

export function paged<T> (items: T[], query: Record<string, string | undefined>, names: { page: string; size: string }): { items: T[]; page: Page } {
  const size = Number(query[names.size] ?? 50)
  const number = Number(query[names.page] ?? 0)
  return {
    items: items.slice(number * size, number * size + size),
    page: { number, size, total_elements: items.length, total_pages: Math.max(1, Math.ceil(items.length / size)), sort: null }
  }
}

/** The envelope of every Data answer: the list under its own key, next to `type` and `page`. */
export function envelope (type: string, key: string, items: unknown[], query: Record<string, string | undefined>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { items: page, page: info } = paged(items, query, { page: 'page', size: 'size' })
  const now = new Date().toISOString()
  return {
    status: 'OK',
    results_id: randomUUID(),
    message: 'Data successfully retrieved',
    meta: query.meta ?? null,
    timestamp: now,
    status_detail: null,
    refreshed_at: now,
    type,
    data: { type, ...extra, [key]: page, page: info }
  }
}

const SUB_TYPES: Record<string, string> = { CURRENT: 'CURRENT', SAVINGS: 'SAVINGS', CREDIT_CARD: 'CREDIT_CARD' }

export function accounts (entity: EntityData, holder: string): unknown[] {
  return entity.accounts.map((a) => ({
    entity_id: entity.entityId,
    account_id: a.account_id,
    account_holder_name: holder,
    account_holder_short_name: holder,
    status: 'ENABLED',
    status_update_date_time: '2026-01-20T08:33:49.386Z',
    currency: a.currency,
    account_type: 'PERSONAL',
    account_sub_type: SUB_TYPES[String(a.type)] ?? 'CURRENT',
    nickname: a.name,
    description: `${holder} ${String(a.name)}`,
    opening_date: '2026-01-20',
    maturity_date: null,
    account: [
      { scheme_name: 'IBAN', identification: a.iban, name: a.name },
      { scheme_name: 'BBAN', identification: a.account_number, name: a.name }
    ],
    servicer: { scheme_name: 'BICFI', identification: a.bic },
    regional_data: null
  }))
}

export function transactions (entity: EntityData, accountId: string, from?: string, to?: string): unknown[] {
  return entity.transactions.get(accountId)!.filter((t) => {
    const day = t.timestamp.slice(0, 10)
    return (from === undefined || day >= from) && (to === undefined || day <= to)
  }).map((t) => ({
    entity_id: entity.entityId,
    account_id: accountId,
    transaction_id: t.id,
    transaction_information: t.description,
    transaction_reference: null,
    credit_debit_indicator: t.credit_debit_indicator,
    amount: t.amount,
    transaction_mutability: t.booking_status === 'PENDING' ? 'MUTABLE' : 'IMMUTABLE',
    booking_date_time: t.timestamp,
    status: t.booking_status,
    value_date_time: t.timestamp,
    regional_data: null
  }))
}

export function balances (entity: EntityData, accountId: string): unknown[] {
  const b = entity.balances.get(accountId) as { current_balance: unknown; available_balance: unknown; timestamp: string }
  return [
    { entity_id: entity.entityId, account_id: accountId, credit_debit_indicator: 'CREDIT', type: 'INTERIM_BOOKED', amount: b.current_balance, date_time: b.timestamp, credit_line: [], regional_data: null },
    { entity_id: entity.entityId, account_id: accountId, credit_debit_indicator: 'CREDIT', type: 'INTERIM_AVAILABLE', amount: b.available_balance, date_time: b.timestamp, credit_line: [], regional_data: null }
  ]
}

export function identities (entity: EntityData): unknown[] {
  const i = entity.identity as Record<string, string>
  return [{
    entity_id: entity.entityId,
    full_legal_name: i.full_name,
    name: i.full_name,
    national_id: i.national_identity_number,
    email_address: i.email,
    mobile_number: i.mobile_number,
    address: i.address,
    account_role: 'OWNER',
    party_type: 'SOLE',
    regional_data: null
  }]
}

/**
 * The seeds' statuses, as Lean names them: CREATED, PENDING_WITH_BANK, then ACCEPTED_BY_BANK or
 * FAILED. A payout the seeds call REJECTED was accepted by the bank on Lean's wire, and its
 * post-initiation status says REJECTED later.
 */
export const LEAN_STATUS: Record<PayoutStatus, string> = { PENDING: 'CREATED', SUBMITTED: 'PENDING_WITH_BANK', COMPLETED: 'ACCEPTED_BY_BANK', REJECTED: 'ACCEPTED_BY_BANK', FAILED: 'FAILED' }

export function payment (payout: PayoutRecord, status: PayoutStatus, destination: Record<string, unknown> | undefined, postInitiation: string | null): Record<string, unknown> {
  const lean = LEAN_STATUS[status]
  return {
    id: payout.id,
    payment_intent_id: payout.payment_intent_id,
    payment_source_id: payout.source_id ?? null,
    sender_details: { account_number: '5591673153157838', iban: 'AE360355591673153157838', name: 'Current Account' },
    recipient_details: { account_number: destination?.account_number ?? null, iban: destination?.iban ?? null, name: destination?.name ?? null },
    amount: payout.amount,
    currency: payout.currency,
    description: payout.description ?? null,
    submission_timestamp: new Date(payout.createdAt).toISOString(),
    initiation_timestamp: new Date(payout.createdAt).toISOString(),
    status: lean,
    post_initiation_status: postInitiation,
    bank_transaction_reference: postInitiation === 'PROCESSED' ? payout.id.slice(0, 9) : null,
    granular_status_code: null,
    status_additional_details: null
  }
}
