import type { AuditDraft, AuditEvent, ClaimResult, ObjectOwner } from './types.js'

/** Row shapes and rules shared by the SQLite and PostgreSQL engines, so both behave as one. */

/** An idempotency record as both engines read it. */
export interface KeyRow {
  fingerprint: string
  state: string
  lease_until: number | null
  status: number | null
  content_type: string | null
  body: Buffer | null
  expires_at: number
  attempts: number
  last_outcome: string | null
  /** NULL on records written before entities were compared: those compare the fingerprint alone. */
  entity_id: string | null
}

export const KEY_ROW_COLUMNS = 'fingerprint, state, lease_until, status, content_type, body, expires_at, attempts, last_outcome, entity_id'

export interface AuditRow {
  id: number
  at: number
  tenant_id: string
  caller: string
  request_id: string
  idempotency_key: string | null
  operation: string
  event: string
  amount: string | null
  currency: string | null
  destination_id: string | null
  lean_id: string | null
  outcome: string
  detail: string | null
}

/** What the previous attempt left: its recorded outcome, or 'lease_expired' if its holder vanished. */
export function previousOutcome (row: { state: string; last_outcome: string | null }): string {
  return row.state === 'released' ? row.last_outcome ?? 'released' : 'lease_expired'
}

export function auditFromRow (row: AuditRow): AuditEvent {
  return {
    id: String(row.id),
    at: new Date(Number(row.at)).toISOString(),
    tenantId: row.tenant_id,
    caller: row.caller,
    requestId: row.request_id,
    operation: row.operation,
    event: row.event as AuditEvent['event'],
    outcome: row.outcome,
    ...(row.idempotency_key !== null && { idempotencyKey: row.idempotency_key }),
    ...(row.amount !== null && { amount: Number(row.amount) }),
    ...(row.currency !== null && { currency: row.currency }),
    ...(row.destination_id !== null && { destinationId: row.destination_id }),
    ...(row.lean_id !== null && { leanId: row.lean_id }),
    ...(row.detail !== null && { detail: row.detail })
  }
}

export function auditValues (a: AuditDraft, at: number): unknown[] {
  return [at, a.tenantId, a.caller, a.requestId, a.idempotencyKey ?? null, a.operation, a.event,
    a.amount === undefined ? null : String(a.amount), a.currency ?? null, a.destinationId ?? null, a.leanId ?? null, a.outcome, a.detail ?? null]
}

export const AUDIT_COLUMNS = 'at, tenant_id, caller, request_id, idempotency_key, operation, event, amount, currency, destination_id, lean_id, outcome, detail'

export type ExistingKeyDecision = Exclude<ClaimResult, { outcome: 'claimed' }> | { outcome: 'take-over'; previous: string }

/**
 * The idempotency state machine for a key that exists and has not expired: another request (422),
 * a stored answer (replay), a live lease (409), or an unsettled attempt to take over.
 */
export function decideExisting (row: KeyRow, req: { fingerprint: string; entity?: string | undefined }, now: number): ExistingKeyDecision {
  if (row.fingerprint !== req.fingerprint) return { outcome: 'mismatch' }
  if (row.entity_id !== null && row.entity_id !== (req.entity ?? '')) return { outcome: 'mismatch' }
  if (row.state === 'completed') return { outcome: 'replay', response: { status: row.status!, contentType: row.content_type!, body: row.body! } }
  if (row.state === 'in_flight' && row.lease_until! > now) return { outcome: 'in-flight', retryAfterMs: row.lease_until! - now }
  // Released after an unsettled outcome, or a lease left by a crashed process.
  return { outcome: 'take-over', previous: previousOutcome(row) }
}

export interface OwnerRow {
  lean_id: string
  tenant_id: string
  created_by: string | null
  entity_id: string | null
}

export function ownersFromRows (rows: OwnerRow[]): Map<string, ObjectOwner> {
  return new Map(rows.map((r) => [r.lean_id, {
    tenantId: r.tenant_id,
    ...(r.created_by !== null && { createdBy: r.created_by }),
    ...(r.entity_id !== null && { entityId: r.entity_id })
  }]))
}
