import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { effectsFor, NO_EFFECTS, type Effects } from '../../audit/effects.js'
import { entityOf } from '../../entities/resolve.js'
import { forbidden, GatewayError, invalidRequest, notFound } from '../../errors.js'
import { mayCreate, verifyHolder } from '../../lean/verification.js'
import { statusChangeEffects } from '../../events/lean-events.js'
import { forwardedIdempotencyKey, keyPrincipal } from '../../idempotency/key.js'
import { LEASE_MARGIN_MS, runKeyed, type KeyedOutcome } from '../../idempotency/runner.js'
import { parseJson, type LeanRequest, type LeanResponse } from '../../lean/client.js'
import type { CallerRequest, WireOperation } from '../../wire/index.js'
import type { PayoutTracking } from '../../wire/types.js'
import { clientKeyOf, NotOwnedError } from '../../ownership/guard.js'
import { requestFingerprint } from '../../store/fingerprint.js'
import type { ObjectOwner, TrackedPayoutDraft } from '../../store/types.js'
import { requesterOf, type Caller } from '../../tenants/caller.js'

/**
 * The steps of one Lean call, in the order `forward` (index.ts) runs them: read the request →
 * resolve the entity → check ownership → run idempotently (or once) → call Lean → record what Lean
 * did → answer, filtered for a shared client. Each is a named function with what it needs passed in.
 */

/** The caller's request as the wire reads it; the wire's own body checks run here, before anything else. */
export function callerRequestOf (request: FastifyRequest, op: WireOperation): CallerRequest {
  const req: CallerRequest = {
    params: request.params as Record<string, string>,
    query: request.query as Record<string, string>,
    entityHeader: request.headers.entity_id as string | undefined,
    body: request.body ?? undefined
  }
  op.checkBody?.(req.body)
  op.tenantRules?.(req, request.caller!.tenant)
  return req
}

/** Whom a pay-in is for: who pays (its Lean customer) and the app user it is, whose it then is. */
export interface Payer { customerId: string; user: string | undefined }

/**
 * The Lean customer an operation acts as (pay-ins): an app user pays as itself, never as whom its
 * body names; a service names the user (whose customer is found or made as for Link) or a customer
 * the gateway holds for the tenant.
 */
export async function customerStep (app: FastifyInstance, request: FastifyRequest, req: CallerRequest): Promise<Payer> {
  const caller = request.caller!
  const tenant = caller.tenant
  const body = (req.body ?? {}) as { user?: string; customer_id?: string }
  if (caller.kind === 'jwt') {
    if (body.customer_id !== undefined || body.user !== undefined) throw forbidden('An app user pays as itself: customer_id and user are the gateway\'s to set')
    return { customerId: (await app.lean.customers.of(tenant, caller.id)).customerId, user: caller.id }
  }
  if (body.user !== undefined && body.customer_id !== undefined) throw invalidRequest('body/user and body/customer_id: name one')
  if (body.user !== undefined) return { customerId: (await app.lean.customers.of(tenant, body.user)).customerId, user: body.user }
  if (body.customer_id === undefined) throw invalidRequest('body/user (the app user who pays) or body/customer_id is required with an API key')
  const held = await app.store.events.customerByLeanId(clientKeyOf(tenant), body.customer_id.toLowerCase())
  if (held?.tenantId !== tenant.id) throw forbidden('customer_id is not a Lean customer this tenant holds')
  return { customerId: held.customerId, user: held.userId }
}

/**
 * The entity the call acts on (none for operations without one), and that the caller may use it.
 * Without a promise when the store has nothing to say (entities/resolve.ts, ownership/guard.ts):
 * a read that names its entity waits on nothing before Lean.
 */
export function entityStep (app: FastifyInstance, request: FastifyRequest, op: WireOperation, req: CallerRequest): string | undefined | Promise<string> {
  if (!op.entity) return undefined
  const caller = request.caller!
  const found = entityOf(app.store.events, caller, [req.entityHeader, ...(op.entitiesNamed?.(req) ?? [])])
  return typeof found === 'string' ? usableEntity(request, caller, found) : found.then((entity) => usableEntity(request, caller, entity))
}

/** The entity, once the ownership guard says the caller may use it (a promise only if it asks the store). */
function usableEntity (request: FastifyRequest, caller: Caller, entity: string): string | Promise<string> {
  const checking = request.directory.ownership.assertEntity(caller, entity)
  return checking === undefined ? entity : checking.then(() => entity)
}

/** What a success will write (audit, ownership, tracked payouts); `recorded()` gives the payouts it wrote. */
export function effectsStep (request: FastifyRequest, op: WireOperation, req: CallerRequest, key: string | undefined, entity: string | undefined, payer?: Payer): { effects: Effects; recorded: () => TrackedPayoutDraft[] } {
  // Reads have no audit or ownership side effects: nothing to build for them.
  if (op.method !== 'POST') return { effects: NO_EFFECTS, recorded: () => [] }
  const caller = request.caller!
  const tenant = caller.tenant
  let recorded: TrackedPayoutDraft[] = []
  const effects = effectsFor(op, req, {
    tenantId: tenant.id,
    callerId: caller.id,
    requestId: request.id,
    idempotencyKey: key,
    clientKey: clientKeyOf(tenant),
    // What is made for an app user is that user's, whoever asked: the user reads it with its own token.
    requestedBy: payer?.user === undefined ? requesterOf(caller) : requesterOf({ kind: 'jwt', id: payer.user }),
    pollAfterMs: tenant.lean.payoutPollMs,
    entity
  })
  return {
    effects: { ...effects, succeeded: (body) => { const done = effects.succeeded(body); recorded = done.payouts ?? []; return done } },
    recorded: () => recorded
  }
}

/**
 * The objects the request names must be the caller's: else 404, and a refused money action is
 * audited. Undefined, without a promise, when the guard has nothing to look up.
 */
export function ownershipStep (app: FastifyInstance, caller: Caller, ownership: FastifyRequest['directory']['ownership'], op: WireOperation, req: CallerRequest, effects: Effects): Promise<ObjectOwner | undefined> | undefined {
  const checking = op.refs === undefined ? undefined : ownership.assertOwns(caller, op.refs(req))
  return checking === undefined ? undefined : refusedAsNotFound(app, checking, effects)
}

async function refusedAsNotFound (app: FastifyInstance, checking: Promise<ObjectOwner | undefined>, effects: Effects): Promise<ObjectOwner | undefined> {
  try {
    return await checking
  } catch (err) {
    if (!(err instanceof NotOwnedError)) throw err
    const refusal = effects.notOwned(err.kind)
    if (refusal.length > 0) await app.store.record([], refusal)
    throw notFound(`No such ${err.kind}`)
  }
}

/**
 * A tenant with lean.verifyDestinations creates a payout destination only if Lean's account
 * verification says its IBAN is the named holder's (a partial match only with acceptPartialMatch).
 * A refusal is 422 and audited, and nothing reaches Lean's destinations API; Lean failing to verify is 502.
 */
export async function verifyStep (app: FastifyInstance, request: FastifyRequest, op: WireOperation, req: CallerRequest): Promise<void> {
  const caller = request.caller!
  const { lean } = caller.tenant
  if (op.holders === undefined || !lean.verifyDestinations) return
  const refuse = async (detail: string, outcome: string): Promise<never> => {
    await app.store.record([], [{ tenantId: caller.tenant.id, caller: caller.id, requestId: request.id, operation: op.operationId, event: 'destination.unverified', outcome, detail }])
    throw new GatewayError(422, 'destination-unverified', detail)
  }
  const client = app.lean.client(caller.tenant)
  for (const [i, holder] of op.holders(req).entries()) {
    const { iban, name } = holder
    if (iban === undefined || name === undefined) return await refuse(`destination ${i}: an IBAN and the holder's name are needed to verify it`, 'not_verifiable')
    const { verdict, score } = await verifyHolder(client, { iban, name })
    if (!mayCreate(verdict, lean.acceptPartialMatch)) {
      await refuse(`destination ${i}: Lean's account verification found ${verdict === 'partial' ? 'only a partial match' : 'no match'} for the holder's name${score === undefined ? '' : ` (score ${score})`}`, verdict)
    }
  }
}

/** Lean's request, built before any key is claimed: whatever fails here fails before anything is recorded. */
export function leanRequestOf (op: WireOperation, req: CallerRequest, entity: string | undefined, caller: Caller, key: string | undefined, customerId?: string): LeanRequest {
  // Only the payout carries a key to Lean; other POSTs are deduplicated by the gateway alone.
  const forwardedKey = op.idempotency === 'required' && key !== undefined ? forwardedIdempotencyKey(caller.tenant.id, key, keyPrincipal(caller)) : undefined
  const upstream = op.upstream(req, { entity, forwardedKey, customerId })
  return {
    operation: op.operationId,
    method: op.method,
    path: upstream.path,
    headers: upstream.headers,
    ...(upstream.body !== undefined && { body: JSON.stringify(upstream.body) })
  }
}

/** Under an idempotency key: claimed, called at most once, settled; a replay answers the stored bytes. */
export async function idempotentStep (app: FastifyInstance, request: FastifyRequest, op: WireOperation, req: CallerRequest, key: string, entity: string | undefined, effects: Effects, leanRequest: LeanRequest): Promise<KeyedOutcome> {
  const caller = request.caller!
  const lean = app.lean.client(caller.tenant)
  return await runKeyed({
    claim: {
      tenantId: caller.tenant.id,
      principal: keyPrincipal(caller),
      key,
      entity,
      fingerprint: requestFingerprint(op.method, request.url.split('?')[0]!, req.body),
      operation: op.operationId,
      leaseMs: lean.timeoutMs + LEASE_MARGIN_MS,
      ttlMs: request.directory.config.idempotency.ttlHours * 3_600_000
    },
    store: app.store,
    effects,
    lean,
    request: leanRequest,
    requestId: request.id,
    log: request.log,
    metrics: app.metrics
  })
}

/** Without a key: what a POST's success writes, written after Lean acted; a store failure then is logged, never the caller's error. */
export async function recordStep (app: FastifyInstance, request: FastifyRequest, op: WireOperation, effects: Effects, res: LeanResponse): Promise<TrackedPayoutDraft[]> {
  if (op.method !== 'POST') return []
  const { objects, audit, payouts } = effects.succeeded(res.body)
  if (objects.length + audit.length + (payouts?.length ?? 0) === 0) return []
  await app.store.record(objects, audit, payouts).catch((err: unknown) => {
    app.metrics.lateStoreFailures.inc({ operation: op.operationId })
    request.log.error({ err }, 'ownership/audit not recorded after Lean acted')
  })
  return payouts ?? []
}

/**
 * Lean may post a payout's webhooks before its answer reached us: now that the payout is recorded,
 * they are applied. A failure here is not the caller's: the poller reads the status all the same.
 */
export async function adoptEarlyEvents (app: FastifyInstance, request: FastifyRequest, trackedBy: PayoutTracking['kind'], payouts: TrackedPayoutDraft[]): Promise<void> {
  if (payouts.length === 0) return
  try {
    await app.store.events.adoptEarly(payouts[0]!.clientKey, payouts.map((p) => p.ref), statusChangeEffects(request.directory.tenants, trackedBy, 'webhook:early'))
  } catch (err) {
    request.log.warn({ err: { message: (err as Error).message } }, 'early payout webhooks not applied; polling will find the status')
  }
}

/**
 * A Data call Lean answered PENDING: its results_id is the caller's (tenant, user, entity), so the
 * later results and Lean's results.ready reach only them. Only PENDING answers are parsed.
 */
export async function recordPending (app: FastifyInstance, request: FastifyRequest, op: WireOperation, body: Buffer, entity: string | undefined): Promise<void> {
  if (op.pendingResults === undefined || body.length > 4096 || !body.includes('"PENDING"')) return
  const resultsId = op.pendingResults(parseJson(body))
  if (resultsId === undefined) return
  const caller = request.caller!
  await app.store.record([{ clientKey: clientKeyOf(caller.tenant), kind: 'results', leanId: resultsId, tenantId: caller.tenant.id, createdBy: requesterOf(caller), entityId: entity }], [])
    .catch((err: unknown) => { request.log.error({ err: { message: (err as Error).message } }, 'PENDING results_id not recorded') })
}

function send (reply: FastifyReply, status: number, contentType: string | undefined, body: Buffer): FastifyReply {
  // Lean's bytes as they came: nothing parsed, dropped or added (lists of a shared client excepted).
  return reply.code(status).header('cache-control', 'no-store').type(contentType ?? 'application/json').send(body)
}

/** A stored answer, as it was first sent, marked as a replay. */
export const replayStep = (reply: FastifyReply, stored: { status: number; contentType: string | undefined; body: Buffer }): FastifyReply =>
  send(reply.header('idempotent-replayed', 'true'), stored.status, stored.contentType, stored.body)

/**
 * Lean's answer to the caller: filtered only where a shared Lean client or an app user makes it
 * necessary; otherwise sent at once, without a promise.
 */
export function answerStep (reply: FastifyReply, request: FastifyRequest, op: WireOperation, owner: ObjectOwner | undefined, res: LeanResponse, { filter }: { filter: boolean }): FastifyReply | Promise<FastifyReply> {
  if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
  const caller = request.caller!
  const ownership = request.directory.ownership
  if (filter && (op.list !== undefined || op.answerOwner !== undefined || op.learns !== undefined) && ownership.visibility(caller) !== undefined) {
    return filteredAnswer(reply, request, op, owner, res)
  }
  return send(reply, res.status, res.contentType, res.body)
}

async function filteredAnswer (reply: FastifyReply, request: FastifyRequest, op: WireOperation, owner: ObjectOwner | undefined, res: LeanResponse): Promise<FastifyReply> {
  const caller = request.caller!
  const ownership = request.directory.ownership
  const answer = parseJson(res.body)
  await ownership.checkAnswer(caller, op, answer, owner)
  const filtered = op.list === undefined ? undefined : await ownership.filterList(caller, op.list, answer)
  return send(reply, res.status, res.contentType, filtered === undefined ? res.body : Buffer.from(JSON.stringify(filtered)))
}
