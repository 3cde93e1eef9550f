import { isEarlierPayoutStatus } from '../lean/payout-status.js'
import type { EntityBinding, LeanCustomer, PayoutStatusUpdate, StatusChange, TenantEvent, TenantEventDraft, TrackedPayout, TrackedPayoutDraft } from './types.js'

/** Row shapes and rules of the event tables, shared by the SQLite and PostgreSQL engines. */

/** Migration 4, in each engine's dialect: Lean's events, followed payouts, bound entities, tenants' events. */
export const EVENTS_MIGRATION = (dialect: 'sqlite' | 'postgres'): string => {
  const int = dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'
  const rowid = dialect === 'sqlite' ? ' WITHOUT ROWID' : ''
  const seq = dialect === 'sqlite' ? 'seq INTEGER PRIMARY KEY AUTOINCREMENT' : 'seq BIGSERIAL PRIMARY KEY'
  return `CREATE TABLE lean_events (
       client_key TEXT NOT NULL, event_id TEXT NOT NULL, type TEXT NOT NULL, body TEXT NOT NULL, tenants TEXT NOT NULL, received_at ${int} NOT NULL,
       PRIMARY KEY (client_key, event_id)
     )${rowid};
     CREATE TABLE tracked_payouts (
       client_key TEXT NOT NULL, ref TEXT NOT NULL, tenant_id TEXT NOT NULL, requested_by TEXT NOT NULL, payout_id TEXT,
       destination_id TEXT, amount TEXT, currency TEXT, status TEXT, final ${int} NOT NULL DEFAULT 0,
       next_poll_at ${int} NOT NULL, poll_lease_until ${int}, poll_failures INTEGER NOT NULL DEFAULT 0, updated_at ${int} NOT NULL,
       PRIMARY KEY (client_key, ref)
     )${rowid};
     CREATE INDEX tracked_payouts_due ON tracked_payouts (final, next_poll_at);
     CREATE INDEX tracked_payouts_payout ON tracked_payouts (client_key, payout_id);
     CREATE TABLE entities (
       client_key TEXT NOT NULL, entity_id TEXT NOT NULL, tenant_id TEXT NOT NULL, user_id TEXT, customer_id TEXT,
       bank_identifier TEXT, created_at TEXT NOT NULL,
       PRIMARY KEY (client_key, entity_id)
     )${rowid};
     CREATE TABLE tenant_events (
       ${seq}, id TEXT NOT NULL UNIQUE, tenant_id TEXT NOT NULL, type TEXT NOT NULL, object_key TEXT NOT NULL,
       entity_id TEXT, requested_by TEXT, data TEXT NOT NULL, created_at ${int} NOT NULL,
       delivery TEXT NOT NULL CHECK (delivery IN ('none', 'pending', 'delivered', 'abandoned')),
       attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at ${int}, lease_token TEXT, lease_until ${int}, last_error TEXT, delivered_at ${int}
     );
     CREATE INDEX tenant_events_feed ON tenant_events (tenant_id, seq);
     CREATE INDEX tenant_events_pending ON tenant_events (delivery, next_attempt_at);
     CREATE INDEX tenant_events_object ON tenant_events (tenant_id, object_key, seq);`
}

/**
 * When a tenant event became final: delivered, given up (its last scheduled attempt), or at once
 * for one that is in the feed only. Retention counts from then.
 */
export const TENANT_EVENT_FINAL_AT = `(CASE delivery WHEN 'delivered' THEN COALESCE(delivered_at, created_at)
  WHEN 'abandoned' THEN COALESCE(next_attempt_at, created_at) ELSE created_at END)`

/** Migration 5: the Lean customer of each app user (Link), one per tenant and user. */
export const CUSTOMERS_MIGRATION = (dialect: 'sqlite' | 'postgres'): string =>
  `CREATE TABLE lean_customers (
     tenant_id TEXT NOT NULL, user_id TEXT NOT NULL, client_key TEXT NOT NULL, customer_id TEXT NOT NULL, created_at ${dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'} NOT NULL,
     PRIMARY KEY (tenant_id, user_id)
   )${dialect === 'sqlite' ? ' WITHOUT ROWID' : ''};
   CREATE UNIQUE INDEX lean_customers_lean_id ON lean_customers (client_key, customer_id);
   CREATE INDEX entities_user ON entities (client_key, tenant_id, user_id);`

// Who created each object, so app users see only their own; NULL (nobody's user) for older rows.
export const OWNED_BY_MIGRATION = 'ALTER TABLE owned_objects ADD COLUMN created_by TEXT; ALTER TABLE owned_objects ADD COLUMN entity_id TEXT;'

// Lean's post-initiation status of a followed payout (whether money the bank accepted moved), and
// the intent of a payout followed by its own id, so the tenant's events name both.
// When following began and how many polls it has had: the interval grows, and following ends.
export const POST_INITIATION_MIGRATION = (dialect: 'sqlite' | 'postgres'): string => `ALTER TABLE tracked_payouts ADD COLUMN post_initiation_status TEXT;
   ALTER TABLE tracked_payouts ADD COLUMN intent_id TEXT;
   ALTER TABLE tracked_payouts ADD COLUMN tracked_at ${dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'};
   ALTER TABLE tracked_payouts ADD COLUMN polls INTEGER NOT NULL DEFAULT 0;
   CREATE TABLE early_payment_events (
     client_key TEXT NOT NULL, ref TEXT NOT NULL, event_id TEXT NOT NULL, status TEXT NOT NULL, post_initiation_status TEXT,
     payout_id TEXT, final ${dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'} NOT NULL, received_at ${dialect === 'sqlite' ? 'INTEGER' : 'BIGINT'} NOT NULL,
     PRIMARY KEY (client_key, ref, event_id)
   );`

/** Pay-ins are followed beside payouts (their previous status, when final), by Lean's webhooks only. */
export const PAYIN_MIGRATION = "ALTER TABLE tracked_payouts ADD COLUMN kind TEXT NOT NULL DEFAULT 'payout'"

/**
 * A followed payout is found by its payout id only once Lean has named one (findTracked: `payout_id
 * = ?`, which implies NOT NULL, so both engines still use the index). Until then the entry was
 * (client_key, NULL) at a random place in the index: one more page written per payout for nothing.
 */
export const TRACKED_PAYOUT_ID_MIGRATION = `DROP INDEX tracked_payouts_payout;
   CREATE INDEX tracked_payouts_payout ON tracked_payouts (client_key, payout_id) WHERE payout_id IS NOT NULL;`

/** A payout webhook that came before the gateway recorded its payout, kept until it is (one row per id it names). */
export interface EarlyEventRow {
  ref: string
  event_id: string
  status: string
  post_initiation_status: string | null
  payout_id: string | null
  final: number | boolean
  received_at: number | string
}

export const earlyValues = (clientKey: string, eventId: string, u: PayoutStatusUpdate, now: number): unknown[][] =>
  u.refs.map((ref) => [clientKey, ref, eventId, u.status, u.postInitiation ?? null, u.payoutId ?? null, u.final ? 1 : 0, now])

/** The early events for some refs as the updates they report, oldest first, each once. */
export function earlyUpdates (clientKey: string, rows: EarlyEventRow[]): Array<{ eventId: string; update: PayoutStatusUpdate }> {
  const seen = new Set<string>()
  return rows.filter((r) => !seen.has(r.event_id) && seen.add(r.event_id)).map((r) => ({
    eventId: r.event_id,
    update: {
      clientKey,
      refs: [r.ref],
      status: r.status,
      ...(r.post_initiation_status !== null && { postInitiation: r.post_initiation_status }),
      final: r.final === true || r.final === 1,
      ...(r.payout_id !== null && { payoutId: r.payout_id })
    }
  }))
}

/**
 * next_poll_at of a payout a webhook asked to be read at once: due now, and kept due by a poll that
 * was already in flight when the webhook came (its reschedule would otherwise postpone it).
 */
export const POLL_SOON = -1

/** A payout no longer polled (followed too long): never due again, while webhooks still apply. */
export const NEVER = 8_640_000_000_000_000

/**
 * What a reported status does to a followed payout, for both engines: nothing (no news, or a late
 * report of a payout already final or of an earlier stage), a quiet write (only Lean's payout id is
 * new), or a change (status or post-initiation status), which is audited and becomes a tenant event.
 */
export function statusDecision (found: TrackedPayout, update: PayoutStatusUpdate):
  { write: false } | { write: true; status: string; postInitiation: string | undefined; change: StatusChange | undefined } {
  // A final status is never overwritten by a late, older report.
  if (found.final && !update.final) return { write: false }
  // Nor is a later stage by an earlier one: that report is old news, though the payout id it carries is learned.
  const stale = !update.final && isEarlierPayoutStatus(update.status, found.status)
  const status = stale ? found.status! : update.status
  const postInitiation = stale || update.postInitiation === undefined ? found.postInitiation : update.postInitiation ?? undefined
  const same = found.status === status && found.postInitiation === postInitiation
  if (same && (update.payoutId === undefined || found.payoutId === update.payoutId)) return { write: false }
  const payout: TrackedPayout = {
    ...found,
    status,
    final: update.final,
    ...(update.payoutId !== undefined && { payoutId: update.payoutId }),
    ...(postInitiation === undefined ? { postInitiation: undefined } : { postInitiation })
  }
  return { write: true, status, postInitiation, change: same ? undefined : { payout, previous: found.status, previousPostInitiation: found.postInitiation } }
}

export interface TrackedPayoutRow {
  client_key: string
  ref: string
  tenant_id: string
  requested_by: string
  payout_id: string | null
  destination_id: string | null
  amount: string | null
  currency: string | null
  status: string | null
  post_initiation_status: string | null
  intent_id: string | null
  tracked_at: number | string | null
  polls: number
  final: number | boolean
  poll_failures: number
  kind: string
}

export const TRACKED_COLUMNS = 'client_key, ref, tenant_id, requested_by, payout_id, destination_id, amount, currency, status, post_initiation_status, intent_id, tracked_at, polls, final, poll_failures, kind'

export function trackedFromRow (row: TrackedPayoutRow): TrackedPayout {
  return {
    clientKey: row.client_key,
    ref: row.ref,
    tenantId: row.tenant_id,
    requestedBy: row.requested_by,
    final: row.final === true || row.final === 1,
    pollFailures: row.poll_failures,
    polls: row.polls,
    ...(row.tracked_at !== null && { trackedAt: Number(row.tracked_at) }),
    ...(row.payout_id !== null && { payoutId: row.payout_id }),
    ...(row.destination_id !== null && { destinationId: row.destination_id }),
    ...(row.amount !== null && { amount: Number(row.amount) }),
    ...(row.currency !== null && { currency: row.currency }),
    ...(row.status !== null && { status: row.status }),
    ...(row.post_initiation_status !== null && { postInitiation: row.post_initiation_status }),
    ...(row.intent_id !== null && { intentId: row.intent_id }),
    ...(row.kind === 'payin' && { kind: 'payin' as const })
  }
}

// A pay-in is never polled: Lean's payouts API does not know it, its webhooks tell.
export const trackedValues = (p: TrackedPayoutDraft, now: number): unknown[] =>
  [p.clientKey, p.ref, p.tenantId, p.requestedBy, p.destinationId ?? null, p.amount === undefined ? null : String(p.amount), p.currency ?? null, p.status ?? null,
    p.kind === 'payin' ? NEVER : now + p.pollAfterMs, now, p.intentId ?? null, now, p.kind ?? 'payout']

export const TRACKED_INSERT_COLUMNS = 'client_key, ref, tenant_id, requested_by, destination_id, amount, currency, status, next_poll_at, updated_at, intent_id, tracked_at, kind'

export interface CustomerRow { tenant_id: string; user_id: string; client_key: string; customer_id: string }

export const customerFromRow = (row: CustomerRow): LeanCustomer =>
  ({ tenantId: row.tenant_id, userId: row.user_id, clientKey: row.client_key, customerId: row.customer_id })

export interface EntityRow {
  client_key: string
  entity_id: string
  tenant_id: string
  user_id: string | null
  customer_id: string | null
  bank_identifier: string | null
  created_at: string
}

export function entityFromRow (row: EntityRow): EntityBinding {
  return {
    clientKey: row.client_key,
    entityId: row.entity_id,
    tenantId: row.tenant_id,
    createdAt: row.created_at,
    ...(row.user_id !== null && { userId: row.user_id }),
    ...(row.customer_id !== null && { customerId: row.customer_id }),
    ...(row.bank_identifier !== null && { bankIdentifier: row.bank_identifier })
  }
}

export const entityValues = (b: EntityBinding): unknown[] =>
  [b.clientKey, b.entityId.toLowerCase(), b.tenantId, b.userId ?? null, b.customerId ?? null, b.bankIdentifier ?? null, b.createdAt]

export interface TenantEventRow {
  seq: number | string
  id: string
  tenant_id: string
  type: string
  object_key: string
  entity_id: string | null
  requested_by: string | null
  data: string
  created_at: number | string
}

export function tenantEventFromRow (row: TenantEventRow): TenantEvent {
  return {
    seq: String(row.seq),
    id: row.id,
    tenantId: row.tenant_id,
    type: row.type,
    objectKey: row.object_key,
    data: JSON.parse(row.data) as Record<string, unknown>,
    createdAt: new Date(Number(row.created_at)).toISOString(),
    deliver: false,
    ...(row.entity_id !== null && { entityId: row.entity_id }),
    ...(row.requested_by !== null && { requestedBy: row.requested_by })
  }
}

export const TENANT_EVENT_INSERT_COLUMNS = 'id, tenant_id, type, object_key, entity_id, requested_by, data, created_at, delivery, next_attempt_at'

export const tenantEventValues = (e: TenantEventDraft, id: string, now: number): unknown[] =>
  [id, e.tenantId, e.type, e.objectKey, e.entityId ?? null, e.requestedBy ?? null, JSON.stringify(e.data), now, e.deliver ? 'pending' : 'none', e.deliver ? now : null]

/** The wait before the next poll of a payout still open: from `intervalMs`, half as long again each poll, at most an hour. */
export const pollIntervalMs = (intervalMs: number, polls: number): number => Math.min(3_600_000, Math.round(intervalMs * 1.5 ** Math.min(polls, 40)))

/** Backoff for polls that failed: the poll interval doubled per failure, at most an hour. */
export const pollBackoffMs = (intervalMs: number, failures: number): number => Math.min(3_600_000, intervalMs * 2 ** Math.min(failures, 12))
