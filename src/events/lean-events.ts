import { createHmac, timingSafeEqual } from 'node:crypto'
import type { TenantConfig } from '../config/types.js'
import { isFinalPayoutStatus } from '../lean/payout-status.js'
import { clientKeyOf } from '../ownership/guard.js'
import { entityOwner } from '../entities/bindings.js'
import type { AuditDraft, LeanEventIntake, OnStatusChange, Store, TenantEventDraft, TrackedPayout } from '../store/types.js'

/** What Lean's webhooks mean for the gateway's tenants: decided here, used by intake and by polling. */

export interface LeanEvent {
  event_id: string
  type: string
  payload: Record<string, unknown>
  timestamp?: string
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** A JSON object with `event_id`, `type` and `payload`, or undefined. */
export function parseLeanEvent (raw: Buffer): LeanEvent | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    return undefined
  }
  const e = parsed as Partial<LeanEvent> | null
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return undefined
  if (typeof e.event_id !== 'string' || e.event_id.length === 0 || e.event_id.length > 128) return undefined
  if (typeof e.type !== 'string' || e.type.length === 0 || e.type.length > 128) return undefined
  if (e.payload === null || typeof e.payload !== 'object' || Array.isArray(e.payload)) return undefined
  return e as LeanEvent
}

/** `lean-signature: sha512=<digest>`, the HMAC-SHA512 of the raw body, hex or base64, compared in constant time. */
export function signatureMatches (raw: Buffer, header: string | undefined, secret: string): boolean {
  const match = /^sha512=(.+)$/.exec(header?.trim() ?? '')
  if (match === null) return false
  const sent = /^[0-9a-fA-F]{128}$/.test(match[1]!) ? Buffer.from(match[1]!, 'hex') : Buffer.from(match[1]!, 'base64')
  const expected = createHmac('sha512', secret).update(raw).digest()
  return sent.length === expected.length && timingSafeEqual(sent, expected)
}

const WEBHOOK_CALLER = { caller: 'lean-webhook', operation: 'leanWebhook' }

/** A payload's post-initiation status when it says one (null included: still tracking), else nothing. */
const postInitiationIn = (p: Record<string, unknown>): { postInitiation?: string | null } =>
  !('post_initiation_status' in p) ? {} : { postInitiation: str(p.post_initiation_status) ?? null }

/** `ACCEPTED_BY_BANK / REJECTED`: a status as the audit trail names it. */
const statusText = (status: string | undefined, postInitiation: string | undefined): string =>
  `${status ?? 'unknown'}${postInitiation === undefined ? '' : ` / ${postInitiation}`}`

/** A followed payout's status changed (by webhook or poll): the audit event and the tenant's event. */
export function statusChangeEffects (tenants: ReadonlyMap<string, TenantConfig>, trackedBy: 'payout' | 'intent', source: string): OnStatusChange {
  return ({ payout, previous, previousPostInitiation }) => {
    const tenant = tenants.get(payout.tenantId)
    // Pay-ins and payouts share Lean's payment.* events, told apart by the intent: never one for the other.
    const payin = payout.kind === 'payin'
    const audit: AuditDraft[] = [{
      tenantId: payout.tenantId,
      ...WEBHOOK_CALLER,
      requestId: source,
      event: payin ? 'payin.status_changed' : 'payout.status_changed',
      amount: payout.amount,
      currency: payout.currency,
      destinationId: payout.destinationId,
      leanId: payin ? payout.ref : payout.payoutId ?? payout.ref,
      outcome: statusText(payout.status, payout.postInitiation),
      detail: `${previous === undefined ? 'none' : statusText(previous, previousPostInitiation)} → ${statusText(payout.status, payout.postInitiation)} (${source})`
    }]
    const events: TenantEventDraft[] = [{
      tenantId: payout.tenantId,
      type: payin ? 'payment.status_changed' : 'payout.status_changed',
      objectKey: `${payin ? 'payin' : 'payout'}:${payout.ref}`,
      requestedBy: payout.requestedBy,
      deliver: tenant?.webhooks !== undefined,
      data: payin ? payinData(payout, previous, previousPostInitiation) : payoutData(payout, trackedBy, previous, previousPostInitiation)
    }]
    return { audit, events }
  }
}

/** A pay-in's change as its tenant sees it: the intent, Lean's payment, and the app user who pays. */
function payinData (payin: TrackedPayout, previous: string | undefined, previousPostInitiation: string | undefined): Record<string, unknown> {
  return {
    payment_intent_id: payin.ref,
    payment_id: payin.payoutId ?? null,
    amount: payin.amount ?? null,
    currency: payin.currency ?? null,
    status: payin.status ?? null,
    previous_status: previous ?? null,
    post_initiation_status: payin.postInitiation ?? null,
    previous_post_initiation_status: previousPostInitiation ?? null,
    user: payin.requestedBy.startsWith('jwt:') ? payin.requestedBy.slice(4) : null
  }
}

/** A payout followed for payoutPollDays without Lean saying it is final: audited, and the tenant told. */
export function trackingStoppedEffects (tenants: ReadonlyMap<string, TenantConfig>, trackedBy: 'payout' | 'intent', payout: TrackedPayout, days: number): { audit: AuditDraft[]; events: TenantEventDraft[] } {
  return {
    audit: [{
      tenantId: payout.tenantId,
      ...WEBHOOK_CALLER,
      requestId: `poll:${payout.ref}`,
      event: 'payout.tracking_stopped',
      amount: payout.amount,
      currency: payout.currency,
      destinationId: payout.destinationId,
      leanId: payout.payoutId ?? payout.ref,
      outcome: statusText(payout.status, payout.postInitiation),
      detail: `not final after ${days} days of polling; no longer polled (a webhook still applies)`
    }],
    events: [{
      tenantId: payout.tenantId,
      type: 'payout.tracking_stopped',
      objectKey: `payout:${payout.ref}`,
      requestedBy: payout.requestedBy,
      deliver: tenants.get(payout.tenantId)?.webhooks !== undefined,
      data: payoutData(payout, trackedBy, payout.status, payout.postInitiation)
    }]
  }
}

function payoutData (payout: TrackedPayout, trackedBy: 'payout' | 'intent', previous: string | undefined, previousPostInitiation: string | undefined): Record<string, unknown> {
  return {
    payout_id: payout.payoutId ?? (trackedBy === 'payout' ? payout.ref : null),
    payment_intent_id: trackedBy === 'intent' ? payout.ref : payout.intentId ?? null,
    destination_id: payout.destinationId ?? null,
    amount: payout.amount ?? null,
    currency: payout.currency ?? null,
    status: payout.status ?? null,
    previous_status: previous ?? null,
    post_initiation_status: payout.postInitiation ?? null,
    previous_post_initiation_status: previousPostInitiation ?? null
  }
}

/** Beneficiary statuses in which Lean pays to a destination; any other (a cool-off, say) is not ready yet. */
const PAYABLE_BENEFICIARY = new Set(['ACTIVE'])

/** Tenant event types for Lean events about an entity. */
const ENTITY_EVENTS: Record<string, string> = {
  'entity.created': 'entity.created',
  'entity.updated': 'entity.updated',
  'entity.reconnected': 'entity.updated',
  'entity.deleted': 'entity.updated',
  'entity.data.refresh.updated': 'data.refresh.updated'
}

type Context = { clientKey: string; tenants: TenantConfig[]; store: Store }
type Base = Pick<LeanEventIntake, 'clientKey' | 'eventId' | 'type' | 'body'>

const wantsEvents = (tenants: TenantConfig[], tenantId: string): boolean => tenants.find((t) => t.id === tenantId)?.webhooks !== undefined

/** payment.created / payment.updated: the status of a payout some tenant made. */
async function paymentEvent (base: Base, p: Record<string, unknown>, { clientKey, store }: Context): Promise<LeanEventIntake> {
  const refs = [str(p.intent_id), str(p.payment_intent_id), str(p.id)].filter((r): r is string => r !== undefined)
  const tracked = await store.events.trackedPayout(clientKey, refs)
  const status = str(p.status)
  if (status === undefined) return { ...base, tenants: tracked === undefined ? [] : [tracked.tenantId] }
  // Lean's payout webhooks say what the bank did, not (in Lean's samples) whether money moved
  // after: a payout they leave open is read at once, where Lean shows its post-initiation status.
  const update = { clientKey, refs, status, ...postInitiationIn(p), final: isFinalPayoutStatus(status, str(p.post_initiation_status)), payoutId: str(p.id), pollSoon: true }
  // Lean can be faster than the answer to the caller: an event for a payout not recorded yet is
  // kept and applied when it is (adoptEarly), with the same effects.
  if (tracked === undefined) return { ...base, tenants: [], early: [update] }
  return { ...base, tenants: [tracked.tenantId], statuses: [update] }
}

/** entity.*: the entity's tenant, bound on entity.created (entities/bindings.ts decides to whom). */
async function entityEvent (base: Base, event: LeanEvent, { clientKey, tenants, store }: Context): Promise<LeanEventIntake> {
  const p = event.payload
  const entityId = str(p.entity_id) ?? str(p.id)
  if (entityId === undefined) return { ...base, tenants: [] }
  const { owner, bindings } = await entityOwner(store.events, clientKey, tenants, {
    created: event.type === 'entity.created',
    entityId,
    customerId: str(p.customer_id),
    appUserId: str(p.app_user_id),
    bankIdentifier: str((p.bank_details as { identifier?: unknown } | undefined)?.identifier),
    createdAt: str(event.timestamp) ?? new Date().toISOString()
  })
  if (owner === undefined) return { ...base, tenants: [] }
  const id = entityId.toLowerCase()
  return {
    ...base,
    tenants: [owner],
    bindings,
    tenantEvents: [{ tenantId: owner, type: ENTITY_EVENTS[event.type]!, objectKey: `entity:${id}`, entityId: id, deliver: wantsEvents(tenants, owner), data: { entity_id: entityId, lean_event: event.type, ...entityData(p) } }]
  }
}

/** results.ready, payload { id: <results_id> }: for whoever got that results_id as PENDING. */
async function resultsEvent (base: Base, p: Record<string, unknown>, { clientKey, tenants, store }: Context): Promise<LeanEventIntake> {
  const resultsId = str(p.id)
  const owner = resultsId === undefined ? undefined : (await store.owners(clientKey, 'results', [resultsId])).get(resultsId)
  if (owner === undefined) return { ...base, tenants: [] }
  return {
    ...base,
    tenants: [owner.tenantId],
    tenantEvents: [{
      tenantId: owner.tenantId,
      type: 'data.results_ready',
      objectKey: `results:${resultsId!}`,
      ...(owner.entityId !== undefined && { entityId: owner.entityId }),
      ...(owner.createdBy !== undefined && { requestedBy: owner.createdBy }),
      deliver: wantsEvents(tenants, owner.tenantId),
      data: { results_id: resultsId, entity_id: owner.entityId ?? null, lean_event: base.type }
    }]
  }
}

/** payment_source.beneficiary.*: every status reaches the tenant; "ready" only when Lean says it can be paid (not in its cool-off). */
async function beneficiaryEvent (base: Base, p: Record<string, unknown>, { clientKey, tenants, store }: Context): Promise<LeanEventIntake> {
  const destinationId = str(p.payment_destination_id)
  const owner = destinationId === undefined ? undefined : (await store.owners(clientKey, 'destination', [destinationId])).get(destinationId)?.tenantId
  if (owner === undefined) return { ...base, tenants: [] }
  const status = str(p.status)
  const event = (type: string): TenantEventDraft =>
    ({ tenantId: owner, type, objectKey: `destination:${destinationId!}`, deliver: wantsEvents(tenants, owner), data: { destination_id: destinationId, status: status ?? null, lean_event: base.type } })
  return {
    ...base,
    tenants: [owner],
    tenantEvents: [event('destination.status_changed'), ...(status !== undefined && PAYABLE_BENEFICIARY.has(status) ? [event('destination.ready')] : [])]
  }
}

/**
 * What one verified event does, read against the store: which tenants it concerns, what it binds,
 * which payout statuses it reports, which tenant events it becomes. Written by the store in one
 * transaction with the event itself.
 */
export async function interpret (event: LeanEvent, raw: string, context: Context): Promise<LeanEventIntake> {
  const base: Base = { clientKey: context.clientKey, eventId: event.event_id, type: event.type, body: raw }
  if (event.type === 'payment.created' || event.type === 'payment.updated') return await paymentEvent(base, event.payload, context)
  if (event.type in ENTITY_EVENTS) return await entityEvent(base, event, context)
  if (event.type === 'results.ready') return await resultsEvent(base, event.payload, context)
  if (event.type.startsWith('payment_source.beneficiary.')) return await beneficiaryEvent(base, event.payload, context)
  return { ...base, tenants: [] }
}

/** What a tenant may see of an entity event: the entity's own fields, nothing about other customers. */
function entityData (p: Record<string, unknown>): Record<string, unknown> {
  const pick = ['refresh_id', 'status', 'results_id', 'customer_id', 'app_user_id', 'permissions', 'bank_details', 'data_status']
  return Object.fromEntries(pick.filter((k) => p[k] !== undefined).map((k) => [k, p[k]]))
}

/** The Lean applications whose webhooks arrive on `/webhooks/lean/{clientId}`, with the tenants on each. */
export function applicationsOf (tenants: TenantConfig[], clientId: string): Array<{ clientKey: string; secret: string; tenants: TenantConfig[] }> {
  const apps = new Map<string, { clientKey: string; secret: string; tenants: TenantConfig[] }>()
  for (const t of tenants) {
    if (t.lean.clientId !== clientId) continue
    const key = clientKeyOf(t)
    const app = apps.get(key) ?? { clientKey: key, secret: '', tenants: [] }
    app.tenants.push(t)
    if (t.lean.webhookSecret !== undefined) app.secret = t.lean.webhookSecret
    apps.set(key, app)
  }
  return [...apps.values()].filter((a) => a.secret !== '')
}
