import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { effectsFor, NO_EFFECTS, parseJson, type Effects } from '../../audit/effects.js'
import { statusChangeEffects } from '../../events/lean-events.js'
import { requesterOf, type Caller } from '../../tenants/caller.js'
import { forbidden, invalidRequest, notFound } from '../../errors.js'
import type { LeanResponse } from '../../lean/client.js'
import { wireFor, type CallerRequest, type WireOperation } from '../../lean/wire/index.js'
import type { PayoutTracking } from '../../lean/wire/types.js'
import { forwardedIdempotencyKey, idempotencyKeyOf, keyPrincipal } from '../../idempotency/key.js'
import { LEASE_MARGIN_MS, runKeyed } from '../../idempotency/runner.js'
import { clientKeyOf, NotOwnedError } from '../../ownership/guard.js'
import { PROBLEM_CONTENT_TYPE, problemBody, toGatewayError } from '../../plugins/errors.js'
import { requestFingerprint } from '../../store/fingerprint.js'
import type { ObjectOwner, TrackedPayoutDraft } from '../../store/types.js'
import { routeSchema } from './schema.js'
import { isUuid } from '../../ids.js'

/**
 * The entity a data call acts on: the token's for app users, the caller's own choice for services.
 * Every `entity_id` the caller named (header, query, body, per the wire) must be that same entity.
 */
export function resolveEntity (caller: Caller, named: Array<string | undefined>): string {
  const sent = named.filter((e): e is string => e !== undefined)
  let entity: string
  if (caller.kind === 'jwt') {
    const claim = caller.entityClaim
    if (claim === undefined || claim === null) throw forbidden('Token carries no entity claim')
    if (typeof claim !== 'string' || !isUuid(claim)) throw forbidden('Token entity claim is not an entity id')
    entity = claim
  } else {
    if (sent.length === 0) throw invalidRequest('entity_id is required with an API key')
    entity = sent[0]!
  }
  if (sent.some((e) => e.toLowerCase() !== entity.toLowerCase())) {
    throw forbidden(caller.kind === 'jwt' ? 'entity_id does not match the token' : 'entity_id values in the request differ')
  }
  return entity.toLowerCase()
}

/**
 * The entity of an app user whose token names none: one the user connected. Named (query, header,
 * body) it must be the user's own (404 otherwise); unnamed, the user's only one, or 400 when there
 * are several to choose from.
 */
async function connectedEntity (app: FastifyInstance, caller: Caller, named: Array<string | undefined>): Promise<string> {
  const sent = [...new Set(named.filter((e): e is string => e !== undefined).map((e) => e.toLowerCase()))]
  if (sent.length > 1) throw forbidden('entity_id values in the request differ')
  const clientKey = clientKeyOf(caller.tenant)
  if (sent.length === 1) {
    const bound = await app.store.events.entity(clientKey, sent[0]!)
    if (bound?.tenantId !== caller.tenant.id || bound.userId !== caller.id) throw notFound('No such entity for this user')
    return sent[0]!
  }
  const mine = await app.store.events.userEntities(clientKey, caller.tenant.id, caller.id)
  if (mine.length === 0) throw notFound('This user has connected no bank yet (POST /link/v1/session, then LinkSDK)')
  if (mine.length > 1) throw invalidRequest(`This user has connected ${mine.length} banks: name one with entity_id`)
  return mine[0]!.entityId
}

function send (reply: FastifyReply, status: number, contentType: string | undefined, body: Buffer): FastifyReply {
  // Lean's bytes as they came: nothing parsed, dropped or added (lists of a shared client excepted).
  return reply.code(status).header('cache-control', 'no-store').type(contentType ?? 'application/json').send(body)
}

/** Effects that also hand over the payouts their success records, so the route can adopt early webhooks for them. */
function noting (effects: Effects, note: (payouts: TrackedPayoutDraft[]) => void): Effects {
  return { ...effects, succeeded: (body) => { const done = effects.succeeded(body); note(done.payouts ?? []); return done } }
}

/**
 * Lean may post a payout's webhooks before its answer reached us: now that the payout is recorded,
 * they are applied. A failure here is not the caller's: the poller reads the status all the same.
 */
async function adoptEarlyEvents (app: FastifyInstance, request: FastifyRequest, trackedBy: PayoutTracking['kind'], payouts: TrackedPayoutDraft[]): Promise<void> {
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
async function recordPending (app: FastifyInstance, request: FastifyRequest, op: WireOperation, body: Buffer, entity: string | undefined): Promise<void> {
  if (body.length > 4096 || !body.includes('"PENDING"')) return
  const resultsId = op.pendingResults!(parseJson(body))
  if (resultsId === undefined) return
  const caller = request.caller!
  await app.store.record([{ clientKey: clientKeyOf(caller.tenant), kind: 'results', leanId: resultsId, tenantId: caller.tenant.id, createdBy: requesterOf(caller), entityId: entity }], [])
    .catch((err: unknown) => { request.log.error({ err: { message: (err as Error).message } }, 'PENDING results_id not recorded') })
}

/** The route only orchestrates: the wire says what the request means, the runner makes it idempotent. */
function handlerFor (app: FastifyInstance, op: WireOperation, trackedBy: PayoutTracking['kind']) {
  return async function forward (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caller = request.caller!
    const tenant = caller.tenant
    const { ownership, config } = request.directory
    const req: CallerRequest = {
      params: request.params as Record<string, string>,
      query: request.query as Record<string, string>,
      entityHeader: request.headers.entity_id as string | undefined,
      body: request.body ?? undefined
    }
    op.checkBody?.(req.body)
    const named = [req.entityHeader, ...(op.entitiesNamed?.(req) ?? [])]
    // App users of a tenant without an entity claim use the banks they connected (Link).
    const entity = !op.entity
      ? undefined
      : caller.kind === 'jwt' && tenant.jwt?.entityClaim === undefined ? await connectedEntity(app, caller, named) : resolveEntity(caller, named)
    if (entity !== undefined) await ownership.assertEntity(caller, entity)
    const key = op.idempotency === 'none' ? undefined : idempotencyKeyOf(request, op.idempotency === 'required')
    const principal = keyPrincipal(caller)
    // Reads have no audit or ownership side effects: nothing to build for them.
    let recorded: TrackedPayoutDraft[] = []
    const effects = op.method === 'POST'
      ? noting(effectsFor(op, req, {
        tenantId: tenant.id,
        callerId: caller.id,
        requestId: request.id,
        idempotencyKey: key,
        clientKey: clientKeyOf(tenant),
        requestedBy: requesterOf(caller),
        pollAfterMs: tenant.lean.payoutPollMs,
        entity
      }), (payouts) => { recorded = payouts })
      : NO_EFFECTS

    let owner: ObjectOwner | undefined
    try {
      owner = await ownership.assertOwns(caller, op.refs?.(req) ?? [])
    } catch (err) {
      if (!(err instanceof NotOwnedError)) throw err
      const refusal = effects.notOwned(err.kind)
      if (refusal.length > 0) await app.store.record([], refusal)
      throw notFound(`No such ${err.kind}`)
    }
    // Only the payout carries a key to Lean; other POSTs are deduplicated by the gateway alone.
    const forwardedKey = op.idempotency === 'required' && key !== undefined ? forwardedIdempotencyKey(tenant.id, key, principal) : undefined
    const client = app.lean.client(tenant)
    // Built before any key is claimed: whatever fails here fails before anything is recorded.
    const upstream = op.upstream(req, { entity, forwardedKey })
    const leanRequest = {
      operation: op.operationId,
      method: op.method,
      path: upstream.path,
      headers: upstream.headers,
      ...(upstream.body !== undefined && { body: JSON.stringify(upstream.body) })
    }
    const call = async (): Promise<LeanResponse> => await client.request(leanRequest)

    if (key !== undefined) {
      const outcome = await runKeyed({
        store: app.store,
        tenantId: tenant.id,
        principal,
        key,
        entity,
        fingerprint: requestFingerprint(op.method, request.url.split('?')[0]!, req.body),
        operation: op.operationId,
        leaseMs: client.timeoutMs + LEASE_MARGIN_MS,
        ttlMs: config.idempotency.ttlHours * 3_600_000,
        effects,
        call,
        renderRefusal: (err) => ({
          status: err.status,
          contentType: PROBLEM_CONTENT_TYPE,
          body: Buffer.from(problemBody(toGatewayError(err), request.id))
        }),
        onStoreError: (err) => {
          app.metrics.lateStoreFailures.inc({ operation: op.operationId })
          request.log.error({ err }, 'idempotency record not written after Lean acted; the lease will expire')
        },
        onUnknownOutcome: (stage) => {
          app.metrics.unknownOutcomes.inc({ stage })
          request.log.warn({ stage, idempotencyKey: key }, stage === 'recorded' ? 'payout outcome unknown; the next attempt resolves it' : 'unknown payout outcome resolved')
        }
      })
      if (outcome.replayed) {
        reply.header('idempotent-replayed', 'true')
        return send(reply, outcome.response.status, outcome.response.contentType, outcome.response.body)
      }
      const res = outcome.response
      await adoptEarlyEvents(app, request, trackedBy, recorded)
      if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
      return send(reply, res.status, res.contentType, res.body)
    }

    const res = await call()
    if (op.method === 'POST') {
      const { objects, audit, payouts } = effects.succeeded(res.body)
      // Lean acted: a store failure now must not turn its answer into an error the caller would retry.
      if (objects.length + audit.length + (payouts?.length ?? 0) > 0) {
        await app.store.record(objects, audit, payouts).catch((err: unknown) => {
          app.metrics.lateStoreFailures.inc({ operation: op.operationId })
          request.log.error({ err }, 'ownership/audit not recorded after Lean acted')
        })
        await adoptEarlyEvents(app, request, trackedBy, payouts ?? [])
      }
    }
    if (op.pendingResults !== undefined) await recordPending(app, request, op, res.body, entity)
    if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
    // Only where a shared Lean client or an app user makes it necessary is Lean's answer parsed at all.
    if ((op.list !== undefined || op.answerOwner !== undefined || op.learns !== undefined) && ownership.visibility(caller) !== undefined) {
      const answer = parseJson(res.body)
      await ownership.checkAnswer(caller, op, answer, owner)
      const filtered = op.list === undefined ? undefined : await ownership.filterList(caller, op.list, answer)
      if (filtered !== undefined) return send(reply, res.status, res.contentType, Buffer.from(JSON.stringify(filtered)))
    }
    return send(reply, res.status, res.contentType, res.body)
  }
}

const ACCEPT_ALL = (): (() => true) => () => true

/** `validate: false` only in a benchmark's ablation (app.ts): the schemas then document, not check. */
export default async function leanRoutes (app: FastifyInstance, options: { validate?: boolean }): Promise<void> {
  // The wire shapes the routes, so it is the one read at start (a restart-only setting).
  const wire = wireFor(app.directory.config.leanWire)
  for (const op of wire.operations) {
    app.route({
      method: op.method,
      url: op.path,
      schema: routeSchema(op, wire.name),
      ...(options.validate === false && { validatorCompiler: ACCEPT_ALL }),
      onRequest: [app.requireScope(op.scope), app.limitCaller(op.scope)],
      handler: handlerFor(app, op, wire.payouts.kind)
    })
  }
}
