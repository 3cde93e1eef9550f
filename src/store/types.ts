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
  | 'payout.status_changed'
  | 'payout.tracking_stopped'
  | 'destination.created'
  | 'destination.unverified'
  | 'entity.disconnected'
  | 'entity.reconciled'
  | 'payin.requested'
  | 'payin.created'
  | 'payin.refused'
  | 'payin.failed'
  | 'payin.status_changed'

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

/** Objects a tenant owns: its payouts, intents and destinations, and its refreshes and PENDING results (Data API). */
export type OwnedKind = 'payout' | 'intent' | 'payin' | 'destination' | 'refresh' | 'results'

export interface OwnedObject {
  /** `authUrl` + `clientId`: objects are unique per Lean client, not per tenant. */
  clientKey: string
  kind: OwnedKind
  leanId: string
  tenantId: string
  /** Who created it (API key id, or 'jwt:<sub>'): app users see only their own. */
  createdBy?: string | undefined
  /** For refreshes and results: the entity they are of. */
  entityId?: string | undefined
}

/** Whose an object is: its tenant, and who in it created it (unknown for records older than that). */
export interface ObjectOwner {
  tenantId: string
  createdBy?: string | undefined
  entityId?: string | undefined
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
  /** Payouts Lean created, to follow until their status is final. */
  payouts?: TrackedPayoutDraft[]
}

export interface Settled { held: boolean; earlyEvents: boolean }

/** A tenant's payout, followed (by webhook and by polling) until Lean says it is final. */
export interface TrackedPayoutDraft {
  clientKey: string
  /** What the payout is polled and matched by: its id (seeds) or its intent id (Lean's wire). */
  ref: string
  /** The payout's intent, when it is followed by its own id and Lean's answer named one. */
  intentId?: string | undefined
  tenantId: string
  /** Who asked for it (API key id, or 'jwt:<sub>'): the feed shows app users their own. */
  requestedBy: string
  destinationId?: string | undefined
  amount?: number | undefined
  currency?: string | undefined
  status?: string | undefined
  /** When to poll it first (the tenant's payoutPollMs from now). */
  pollAfterMs: number
  /** A pay-in (a payment intent the customer pays): followed by Lean's webhooks alone, reported as payment.status_changed. */
  kind?: 'payin' | undefined
}

export interface TrackedPayout extends Omit<TrackedPayoutDraft, 'pollAfterMs'> {
  payoutId?: string | undefined
  /** Lean's post-initiation status (PROCESSED, REJECTED) once it has one. */
  postInitiation?: string | undefined
  final: boolean
  pollFailures: number
  /** Polls made so far, and when following began (epoch ms; unknown for payouts followed before it was kept). */
  polls: number
  trackedAt?: number | undefined
}

/** One status Lean reported for a tracked payout, by webhook or by polling. */
export interface PayoutStatusUpdate {
  clientKey: string
  /** Ids that may name it: its ref, or the payout id Lean revealed later. */
  refs: string[]
  status: string
  /** What the report says after initiation: a value, null (still tracking), or undefined (it does not say). */
  postInitiation?: string | null | undefined
  final: boolean
  payoutId?: string | undefined
  /** A webhook that does not say whether money moved: poll the payout now, to read what Lean knows. */
  pollSoon?: boolean | undefined
}

/** An entity that belongs to a tenant (and, through Link, to one of its users). */
export interface EntityBinding {
  clientKey: string
  entityId: string
  tenantId: string
  userId?: string | undefined
  customerId?: string | undefined
  bankIdentifier?: string | undefined
  createdAt: string
}

export interface TenantEventDraft {
  tenantId: string
  type: string
  /** Events of one object are delivered in order: the payout, destination or entity they concern. */
  objectKey: string
  /** For the feed's JWT callers: the entity it concerns, and who requested the payout. */
  entityId?: string | undefined
  requestedBy?: string | undefined
  data: Record<string, unknown>
  /** Posted to the tenant's webhook URL (it has one), besides being in its feed. */
  deliver: boolean
}

export interface TenantEvent extends TenantEventDraft {
  /** Position in the tenant's feed. */
  seq: string
  /** The event's id, also its Standard Webhooks `webhook-id`. */
  id: string
  createdAt: string
}

/** A Lean webhook as received, and what it does, written together or not at all. */
export interface LeanEventIntake {
  clientKey: string
  eventId: string
  type: string
  body: string
  /** The tenants it concerns; none is kept too (and counted). */
  tenants: string[]
  bindings?: EntityBinding[]
  statuses?: PayoutStatusUpdate[]
  /** Payout statuses for payouts not recorded yet: applied if recorded meanwhile, else kept for adoptEarly. */
  early?: PayoutStatusUpdate[]
  tenantEvents?: TenantEventDraft[]
}

/** A status change as written: `previous` is what the tracked payout said before. */
export interface StatusChange {
  payout: TrackedPayout
  previous: string | undefined
  previousPostInitiation: string | undefined
}

/** What a status change adds, decided by the caller inside the store's transaction. */
export type OnStatusChange = (change: StatusChange) => { audit: AuditDraft[]; events: TenantEventDraft[] }

export interface FeedQuery {
  tenantId: string
  afterSeq?: string | undefined
  limit: number
  /** JWT callers: only events of this entity, or of payouts this caller requested. */
  entityId?: string | undefined
  requestedBy?: string | undefined
}

export interface DueDelivery {
  event: TenantEvent
  /** Attempts made before this one. */
  attempts: number
  leaseToken: string
}

/** An app user's Lean customer (Link). */
export interface LeanCustomer {
  tenantId: string
  userId: string
  clientKey: string
  customerId: string
}

/** Lean's webhooks in, the payouts followed, entities bound, and the tenants' events out. */
export interface EventStore {
  customerOf: (tenantId: string, userId: string) => Promise<LeanCustomer | undefined>
  /** Keeps the first customer recorded for a user; returns the one stored, or the tenant and user that hold that Lean customer. */
  saveCustomer: (customer: LeanCustomer) => Promise<LeanCustomer>
  customerByLeanId: (clientKey: string, customerId: string) => Promise<LeanCustomer | undefined>
  /** Every Lean customer recorded for the tenant's users, oldest first (reconciling their entities). */
  tenantCustomers: (tenantId: string) => Promise<LeanCustomer[]>
  /** A user's bound entities, newest first. */
  userEntities: (clientKey: string, tenantId: string, userId: string) => Promise<EntityBinding[]>
  /** Forgets a binding (the entity was disconnected); false when there was none. */
  unbind: (clientKey: string, entityId: string) => Promise<boolean>
  /** Stores the event and applies its effects once; false (and nothing written) for an event_id seen before. */
  ingest: (intake: LeanEventIntake, onChange: OnStatusChange) => Promise<boolean>
  /** A status found by polling: applied like a webhook's; undefined when nothing changed. */
  applyStatus: (update: PayoutStatusUpdate, onChange: OnStatusChange) => Promise<StatusChange | undefined>
  trackedPayout: (clientKey: string, refs: string[]) => Promise<TrackedPayout | undefined>
  /** Payouts not final and due, leased to this caller for `leaseMs` so one replica polls each. */
  claimPolls: (limit: number, leaseMs: number, now?: number) => Promise<TrackedPayout[]>
  /** After a poll: when to poll next (and whether it failed, which backs off). */
  schedulePoll: (clientKey: string, ref: string, nextAt: number, failed: boolean) => Promise<void>
  /**
   * After a payout is recorded: the webhooks that came before it (kept by ingest) applied in the
   * order they arrived, with the same effects, once; how many.
   */
  adoptEarly: (clientKey: string, refs: string[], onChange: OnStatusChange) => Promise<number>
  /** Stops polling a payout followed too long, writing what that means; false when it was final or stopped already. */
  stopTracking: (payout: TrackedPayout, audit: AuditDraft[], events: TenantEventDraft[]) => Promise<boolean>
  bind: (bindings: EntityBinding[]) => Promise<number>
  /** Binds one entity a missed webhook left out and, only if it was not bound already, writes its audit row and tenant event, in one transaction. */
  bindFound: (binding: EntityBinding, audit: AuditDraft[], events: TenantEventDraft[]) => Promise<boolean>
  entity: (clientKey: string, entityId: string) => Promise<EntityBinding | undefined>
  feed: (query: FeedQuery) => Promise<TenantEvent[]>
  /** Due deliveries, oldest first, never two of one object at once nor one before an earlier of its object. */
  claimDeliveries: (limit: number, leaseMs: number, now?: number) => Promise<DueDelivery[]>
  delivered: (seq: string, leaseToken: string) => Promise<void>
  /** A failed attempt: retried at `nextAt`, or abandoned when undefined. */
  deliveryFailed: (seq: string, leaseToken: string, error: string, nextAt: number | undefined) => Promise<void>
  /** Deletes raw Lean events received, and tenant events final, before `cutoff` (epoch ms); never an audit row. */
  purgeFinal: (cutoff: number) => Promise<number>
  /** Deliveries still to make, and the age of the oldest (ms), for metrics. */
  backlog: (now?: number) => Promise<{ pending: number; oldestMs: number }>
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
  /**
   * Stores the settled answer. `held` is false when the lease was lost to another claimant
   * meanwhile; `earlyEvents` says Lean's webhooks for the payouts recorded came first and wait
   * to be adopted (EventStore.adoptEarly), asked in the same statement.
   */
  complete: (req: SettleRequest & { response: StoredResponse }) => Promise<Settled>
  /** Frees the key after an unsettled outcome, recording it, so a retry goes upstream again. */
  release: (req: SettleRequest & { lastOutcome: string }) => Promise<void>
  record: (objects: OwnedObject[], audit: AuditDraft[], payouts?: TrackedPayoutDraft[]) => Promise<void>
  owners: (clientKey: string, kind: OwnedKind, leanIds: string[]) => Promise<Map<string, ObjectOwner>>
  listAudit: (query: AuditQuery) => Promise<AuditEvent[]>
  purgeExpired: (now?: number) => Promise<number>
  events: EventStore
  close: () => Promise<void>
}
