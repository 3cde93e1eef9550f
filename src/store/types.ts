/**
 * What the gateway keeps durably: idempotency records, which tenant owns which Lean object, and the
 * audit trail. Two engines (SQLite embedded, PostgreSQL shared) implement it with one behaviour,
 * proved by one conformance suite.
 */

export interface StoredResponse {
  status: number
  contentType: string
  body: Buffer
}

export type AuditEventName =
  | 'payout.requested'
  | 'payout.created'
  | 'payout.refused'
  | 'payout.failed'
  | 'destination.created'

export interface AuditDraft {
  tenantId: string
  /** API key id or JWT `sub`. */
  caller: string
  requestId: string
  idempotencyKey?: string | undefined
  operation: string
  event: AuditEventName
  amount?: number | undefined
  currency?: string | undefined
  destinationId?: string | undefined
  leanId?: string | undefined
  outcome: string
  detail?: string | undefined
}

export interface AuditEvent extends AuditDraft {
  id: string
  at: string
}

export type OwnedKind = 'payout' | 'intent' | 'destination'

export interface OwnedObject {
  /** `authUrl` + `clientId`: objects are unique per Lean client, not per tenant. */
  clientKey: string
  kind: OwnedKind
  leanId: string
  tenantId: string
}

/**
 * Whose key it is: keys are scoped to the tenant for API-key callers (`principal` '') and to the
 * tenant and the user for JWT callers (`principal` 'jwt:<sub>'), so two app users never meet.
 */
export interface KeyScope {
  tenantId: string
  principal?: string | undefined
  key: string
}

export interface ClaimRequest extends KeyScope {
  fingerprint: string
  /** The Lean entity the request acts on; the same key for another entity is another request. */
  entity?: string | undefined
  operation: string
  /** How long the claimant may hold the key before another request may take it over. */
  leaseMs: number
  /** How long the record is kept once written. */
  ttlMs: number
  /** Audit events written with the claim; `previous` is set when this attempt takes over an unsettled one. */
  audit?: (previous: string | undefined) => AuditDraft[]
}

export type ClaimResult =
  /** `previous`: why an earlier attempt did not settle ('lease_expired' when its holder vanished). */
  | { outcome: 'claimed'; leaseToken: string; attempt: number; previous?: string }
  | { outcome: 'replay'; response: StoredResponse }
  | { outcome: 'in-flight'; retryAfterMs: number }
  | { outcome: 'mismatch' }

export interface SettleRequest extends KeyScope {
  leaseToken: string
  objects?: OwnedObject[]
  audit?: AuditDraft[]
}

export interface AuditQuery {
  tenantId: string
  from?: Date
  to?: Date
  /** Only events older than this id (the cursor). */
  beforeId?: string
  limit: number
}

export interface Store {
  readonly engine: 'sqlite' | 'postgres'
  migrate: () => Promise<number>
  ping: () => Promise<void>
  /** Atomically takes the key, or says why not: replay, in flight, or another request. */
  claim: (req: ClaimRequest) => Promise<ClaimResult>
  /** Stores the settled answer; false when the lease was lost to another claimant meanwhile. */
  complete: (req: SettleRequest & { response: StoredResponse }) => Promise<boolean>
  /** Frees the key after an unsettled outcome, recording it, so a retry goes upstream again. */
  release: (req: SettleRequest & { lastOutcome: string }) => Promise<void>
  record: (objects: OwnedObject[], audit: AuditDraft[]) => Promise<void>
  owners: (clientKey: string, kind: OwnedKind, leanIds: string[]) => Promise<Map<string, string>>
  listAudit: (query: AuditQuery) => Promise<AuditEvent[]>
  purgeExpired: (now?: number) => Promise<number>
  close: () => Promise<void>
}
