import { randomBytes, randomUUID } from 'node:crypto'
import { generateEntity, seededRng, type EntityData } from './fixtures.js'

export interface EmulatorClient {
  clientId: string
  clientSecret: string
  /** Entity ids this client may read (its customers' consents). */
  entities: string[]
  /** Lean's older model: the application's `lean-app-token`, accepted only over mTLS. */
  appToken?: string
  /**
   * Objects the sandbox starts with (the demo's: what Swagger UI's examples name). A sample payout
   * is as old as its `ageMs`, so it has gone as far through its life as that time allows.
   */
  samples?: {
    destinations?: Array<Record<string, unknown> & { id: string }>
    payouts?: Array<Omit<PayoutRecord, 'createdAt' | 'fails' | 'rejects'> & { ageMs?: number }>
    refreshes?: Array<{ id: string; entityId: string }>
    /** Lean's wire: results_ids that answer the entity's identity. */
    results?: Array<{ id: string; entityId: string }>
    /** Payment intents (pay-ins) for a customer the sample names. */
    payins?: Array<{ id: string; customerId: string; amount: number; currency: string }>
  }
}

/** The seeds' statuses; on Lean's wire COMPLETED and REJECTED are both ACCEPTED_BY_BANK, told apart after initiation. */
export type PayoutStatus = 'PENDING' | 'SUBMITTED' | 'COMPLETED' | 'REJECTED' | 'FAILED'

export interface PayoutRecord {
  id: string
  payment_intent_id: string
  amount: number
  currency: string
  destination_id: string
  description?: string
  reference?: string
  idempotency_key?: string
  /** Lean's wire: the corporate account the money leaves. */
  source_id?: string
  createdAt: number
  fails: boolean
  /** Accepted by the bank, then rejected after initiation ("REJECT" in its reference or description). */
  rejects: boolean
}

export interface CustomerRecord {
  customer_id: string
  app_user_id: string
  entities: string[]
}

interface ClientData {
  client: EmulatorClient
  entities: Map<string, EntityData>
  destinations: Map<string, Record<string, unknown> & { id: string }>
  payouts: Map<string, PayoutRecord>
  payoutsByKey: Map<string, PayoutRecord>
  /** Lean's wire deduplicates a whole payout request on its Idempotency-Key header. */
  answersByKey: Map<string, unknown>
  /** Lean customers (one per app_user_id) and the entities each has connected. */
  customers: Map<string, CustomerRecord>
  refreshes: Map<string, { id: string; entityId: string; createdAt: number }>
}

export interface EmulatorTiming {
  tokenTtlSeconds: number
  /** Time a payout spends in each status before it moves on. */
  payoutStepMs: number
  refreshMs: number
  /** Share of payouts the bank fails at random (0.1 by default; a test that needs every payout to get through sets 0). */
  payoutFailureRate?: number
}

/** Everything the emulated Lean knows, per client, as Lean keeps it per application. */
export class EmulatorState {
  private readonly clients = new Map<string, ClientData>()
  /** `scope` 'api' reads and pays; 'customer.<id>' is LinkSDK's and opens no API. */
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number; scope: string }>()
  tokensIssued = 0
  payoutsCreated = 0
  /** Told of each new payout and refresh (the emulator's webhooks follow their life). */
  onPayoutCreated: ((payout: PayoutRecord) => void) | undefined
  onRefreshCreated: ((refresh: { id: string; entityId: string }) => void) | undefined
  /** A Data call answered PENDING: Lean announces its results with results.ready. */
  onResultsPending: ((resultsId: string) => void) | undefined

  constructor (readonly timing: EmulatorTiming, clients: EmulatorClient[]) {
    this.reset(clients)
  }

  /** Back to a fresh sandbox: no tokens, objects or counters; only the configured clients. */
  reset (clients: EmulatorClient[]): void {
    this.clients.clear()
    this.tokens.clear()
    this.tokensIssued = 0
    this.payoutsCreated = 0
    for (const client of clients) this.addClient(client)
  }

  /** The customer of an app user, if Lean has one. */
  customer (clientId: string, appUserId: string): CustomerRecord | undefined {
    return [...(this.clients.get(clientId)?.customers.values() ?? [])].find((c) => c.app_user_id === appUserId)
  }

  customerById (clientId: string, customerId: string): CustomerRecord | undefined {
    return this.clients.get(clientId)?.customers.get(customerId)
  }

  /** One customer per app_user_id: `created` false when it already existed (Lean answers 409). */
  createCustomer (data: ClientData, appUserId: string): { customer: CustomerRecord; created: boolean } {
    const existing = [...data.customers.values()].find((c) => c.app_user_id === appUserId)
    if (existing !== undefined) return { customer: existing, created: false }
    const customer = { customer_id: randomUUID(), app_user_id: appUserId, entities: [] }
    data.customers.set(customer.customer_id, customer)
    return { customer, created: true }
  }

  /** A new consent: the client may read this entity from now on. False for an unknown client. */
  addEntity (clientId: string, entityId: string): boolean {
    const data = this.clients.get(clientId)
    if (data === undefined) return false
    data.client = { ...data.client, entities: [...data.client.entities, entityId] }
    return true
  }

  addClient (client: EmulatorClient): void {
    const existing = this.clients.get(client.clientId)
    if (existing !== undefined) {
      existing.client = { ...client, entities: [...new Set([...existing.client.entities, ...client.entities])] }
      return
    }
    const data: ClientData = {
      client: { ...client },
      entities: new Map(),
      destinations: new Map(),
      payouts: new Map(),
      payoutsByKey: new Map(),
      answersByKey: new Map(),
      customers: new Map(),
      refreshes: new Map()
    }
    this.clients.set(client.clientId, data)
    const now = Date.now()
    for (const d of client.samples?.destinations ?? []) data.destinations.set(d.id, { status: 'ACTIVE', created_at: new Date(now).toISOString(), ...d })
    for (const { ageMs = 0, ...p } of client.samples?.payouts ?? []) data.payouts.set(p.id, { ...p, createdAt: now - ageMs, fails: false, rejects: false })
    for (const r of client.samples?.refreshes ?? []) data.refreshes.set(r.id, { ...r, createdAt: now })
  }

  issueToken (clientId: string, clientSecret: string, scope = 'api'): { token: string; expiresIn: number } | undefined {
    const data = this.clients.get(clientId)
    if (data === undefined || data.client.clientSecret !== clientSecret) return undefined
    const token = randomBytes(24).toString('base64url')
    this.tokens.set(token, { clientId, expiresAt: Date.now() + this.timing.tokenTtlSeconds * 1000, scope })
    this.tokensIssued++
    return { token, expiresIn: this.timing.tokenTtlSeconds }
  }

  /** The client a live token belongs to, or undefined when unknown, expired or revoked. */
  clientOf (token: string): ClientData | undefined {
    const entry = this.tokens.get(token)
    if (entry === undefined) return undefined
    if (Date.now() >= entry.expiresAt) {
      this.tokens.delete(token)
      return undefined
    }
    if (entry.scope !== 'api') return undefined
    return this.clients.get(entry.clientId)
  }

  /** The client whose app token this is (Lean's older, certificate-bound model). */
  clientByAppToken (appToken: string): ClientData | undefined {
    return [...this.clients.values()].find((c) => c.client.appToken !== undefined && c.client.appToken === appToken)
  }

  /** A client's payouts, as Lean's own records (tests and the demo look behind the API with it). */
  payoutsOf (clientId: string): Iterable<PayoutRecord> {
    return this.clients.get(clientId)?.payouts.values() ?? []
  }

  revokeTokens (): number {
    const n = this.tokens.size
    this.tokens.clear()
    return n
  }

  entity (data: ClientData, entityId: string): EntityData | undefined {
    const id = entityId.toLowerCase()
    if (!data.client.entities.some((e) => e.toLowerCase() === id)) return undefined
    let entity = data.entities.get(id)
    if (entity === undefined) {
      entity = generateEntity(id)
      data.entities.set(id, entity)
    }
    return entity
  }

  createDestination (data: ClientData, body: Record<string, unknown>): Record<string, unknown> & { id: string } {
    const destination = { ...body, id: randomUUID(), status: 'ACTIVE', created_at: new Date().toISOString() }
    data.destinations.set(destination.id, destination)
    return destination
  }

  /** Lean deduplicates on idempotency_key per client: the same key yields the same payout. */
  createPayout (data: ClientData, body: Omit<PayoutRecord, 'id' | 'payment_intent_id' | 'createdAt' | 'fails' | 'rejects'>): { payout: PayoutRecord; replayed: boolean } {
    if (body.idempotency_key !== undefined) {
      const existing = data.payoutsByKey.get(body.idempotency_key)
      if (existing !== undefined) return { payout: existing, replayed: true }
    }
    const id = randomUUID()
    const hint = `${body.reference ?? ''} ${body.description ?? ''}`
    const payout: PayoutRecord = {
      ...body,
      id,
      payment_intent_id: randomUUID(),
      createdAt: Date.now(),
      // "FAIL" in the reference forces a failure; "REJECT" a rejection after acceptance (never a failure
      // first, so the demo's journey shows it every time); otherwise about one payout in ten fails at the bank.
      fails: /FAIL/.test(hint) || (!/REJECT/.test(hint) && seededRng(id)() < (this.timing.payoutFailureRate ?? 0.1)),
      rejects: /REJECT/.test(hint) && !/FAIL/.test(hint)
    }
    data.payouts.set(id, payout)
    if (body.idempotency_key !== undefined) data.payoutsByKey.set(body.idempotency_key, payout)
    this.payoutsCreated++
    this.onPayoutCreated?.(payout)
    return { payout, replayed: false }
  }

  history (payout: PayoutRecord, now = Date.now()): Array<{ status: PayoutStatus; timestamp: string }> {
    const step = this.timing.payoutStepMs
    const at = (n: number): string => new Date(payout.createdAt + n * step).toISOString()
    const out: Array<{ status: PayoutStatus; timestamp: string }> = [{ status: 'PENDING', timestamp: at(0) }]
    const elapsed = now - payout.createdAt
    if (elapsed >= step) out.push({ status: 'SUBMITTED', timestamp: at(1) })
    if (elapsed >= 2 * step) out.push({ status: payout.fails ? 'FAILED' : payout.rejects ? 'REJECTED' : 'COMPLETED', timestamp: at(2) })
    return out
  }

  /**
   * Lean's post-initiation status: null from the bank's acceptance until Lean knows whether the money
   * arrived, a step later PROCESSED, or REJECTED for a payout that rejects.
   */
  postInitiation (payout: PayoutRecord, now = Date.now()): 'PROCESSED' | 'REJECTED' | null {
    if (payout.fails || now - payout.createdAt < 3 * this.timing.payoutStepMs) return null
    return payout.rejects ? 'REJECTED' : 'PROCESSED'
  }

  payoutView (payout: PayoutRecord): Record<string, unknown> {
    const history = this.history(payout)
    return {
      id: payout.id,
      payment_intent_id: payout.payment_intent_id,
      status: history[history.length - 1]!.status,
      amount: payout.amount,
      currency: payout.currency,
      destination_id: payout.destination_id,
      ...(payout.description !== undefined && { description: payout.description }),
      ...(payout.reference !== undefined && { reference: payout.reference }),
      created_at: new Date(payout.createdAt).toISOString()
    }
  }

  createRefresh (data: ClientData, entityId: string): { id: string; entityId: string; createdAt: number } {
    const refresh = { id: randomUUID(), entityId, createdAt: Date.now() }
    data.refreshes.set(refresh.id, refresh)
    this.onRefreshCreated?.(refresh)
    return refresh
  }

  refreshView (refresh: { id: string; entityId: string; createdAt: number }): Record<string, unknown> {
    const done = Date.now() - refresh.createdAt >= this.timing.refreshMs
    return {
      refresh_id: refresh.id,
      entity_id: refresh.entityId,
      status: done ? 'COMPLETED' : 'IN_PROGRESS',
      created_at: new Date(refresh.createdAt).toISOString(),
      ...(done && { completed_at: new Date(refresh.createdAt + this.timing.refreshMs).toISOString() })
    }
  }
}

export type { ClientData }
