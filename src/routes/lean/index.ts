import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Caller } from '../../plugins/auth.js'
import { forbidden, invalidRequest } from '../../errors.js'
import { placeEntity, type OutgoingParts } from '../../lean/entity.js'
import type { LeanResponse } from '../../lean/client.js'
import { forwardedIdempotencyKey, idempotencyKeyOf, keyPrincipal } from '../../idempotency/key.js'
import { LEASE_MARGIN_MS, runKeyed } from '../../idempotency/runner.js'
import { clientKeyOf, OwnershipGuard } from '../../ownership/guard.js'
import { PROBLEM_CONTENT_TYPE, problemBody, toGatewayError } from '../../plugins/errors.js'
import { requestFingerprint } from '../../store/fingerprint.js'
import { effectsFor, NO_EFFECTS } from './effects.js'
import { LEAN_OPERATIONS, type LeanOperation } from './operations.js'
import { routeSchema } from './schema.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The entity a data call acts on: the token's for app users, the caller's own choice (the header) for
 * services. An `entity_id` anywhere else in the request (a refresh body) must be that same entity.
 */
export function resolveEntity (caller: Caller, header: string | undefined, inBody: unknown): string {
  let entity: string
  if (caller.kind === 'jwt') {
    const claim = caller.entityClaim
    if (claim === undefined || claim === null) throw forbidden('Token carries no entity claim')
    if (typeof claim !== 'string' || !UUID.test(claim)) throw forbidden('Token entity claim is not an entity id')
    if (header !== undefined && header.toLowerCase() !== claim.toLowerCase()) throw forbidden('entity_id does not match the token')
    entity = claim
  } else {
    if (header === undefined) throw invalidRequest('entity_id header is required with an API key')
    entity = header
  }
  if (typeof inBody === 'string' && inBody.toLowerCase() !== entity.toLowerCase()) throw forbidden('body entity_id is not the entity this call acts on')
  return entity
}

/** `/a/:x/b` → a function building `/a/<encoded x>/b`, so no value can change the upstream path. */
function pathBuilder (template: string): (params: Record<string, string>) => string {
  const parts = template.split('/').map((segment) =>
    segment.startsWith(':') ? { param: segment.slice(1) } : { text: segment }
  )
  return (params) =>
    parts.map((p) => ('param' in p ? encodeURIComponent(params[p.param!]!) : p.text)).join('/')
}

function send (reply: FastifyReply, status: number, contentType: string | undefined, body: Buffer): FastifyReply {
  // Lean's bytes as they came: nothing parsed, dropped or added (lists of a shared client excepted).
  return reply.code(status).header('cache-control', 'no-store').type(contentType ?? 'application/json').send(body)
}

function handlerFor (app: FastifyInstance, op: LeanOperation, ownership: OwnershipGuard) {
  const buildPath = pathBuilder(op.path)
  const ttlMs = app.config.idempotency.ttlHours * 3_600_000

  return async function forward (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caller = request.caller!
    const tenant = caller.tenant
    const params = request.params as Record<string, string>
    const body = request.body !== null && typeof request.body === 'object' ? request.body as Record<string, unknown> : undefined
    const query = request.query as Record<string, string>
    const parts: OutgoingParts = {
      method: op.method,
      headers: {},
      query: op.query === undefined ? new URLSearchParams() : new URLSearchParams(query),
      body: body === undefined ? undefined : { ...body }
    }
    op.checkBody?.(body ?? {})
    const entity = op.entity ? resolveEntity(caller, request.headers.entity_id as string | undefined, body?.entity_id).toLowerCase() : undefined
    if (entity !== undefined) placeEntity(entity, parts)
    const key = op.idempotency === 'none' ? undefined : idempotencyKeyOf(request, op.idempotency === 'required')
    const principal = keyPrincipal(caller)
    // Reads have no audit or ownership side effects: nothing to build for them.
    const effects = op.method === 'POST'
      ? effectsFor({ caller, requestId: request.id, operation: op.operationId, idempotencyKey: key, body, clientKey: clientKeyOf(tenant) })
      : NO_EFFECTS

    if (op.owned !== undefined) {
      const id = op.owned.in === 'params' ? params[op.owned.name] : body?.[op.owned.name]
      try {
        if (typeof id === 'string') await ownership.assertOwns(tenant, op.owned.kind, id)
      } catch (err) {
        const refusal = effects.notOwned(op.owned.kind)
        if (refusal.length > 0) await app.store.record([], refusal)
        throw err
      }
    }
    // Only the payout carries a key to Lean; other POSTs are deduplicated by the gateway alone.
    if (op.idempotency === 'required' && key !== undefined) {
      parts.body = { ...parts.body, idempotency_key: forwardedIdempotencyKey(tenant.id, key, principal) }
    }
    const search = parts.query.size === 0 ? '' : `?${parts.query.toString()}`
    const client = app.lean.client(tenant.id)
    // Built before any key is claimed: whatever fails here fails before anything is recorded.
    const upstream = {
      operation: op.operationId,
      method: op.method,
      path: buildPath(params) + search,
      headers: parts.headers,
      ...(parts.body !== undefined && { body: JSON.stringify(parts.body) })
    }
    const call = async (): Promise<LeanResponse> => await client.request(upstream)

    if (key !== undefined) {
      const outcome = await runKeyed({
        store: app.store,
        tenantId: tenant.id,
        principal,
        key,
        entity,
        fingerprint: requestFingerprint(op.method, request.url.split('?')[0]!, body),
        operation: op.operationId,
        leaseMs: client.timeoutMs + LEASE_MARGIN_MS,
        ttlMs,
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
      if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
      return send(reply, res.status, res.contentType, res.body)
    }

    const res = await call()
    if (op.method === 'POST') {
      const { objects, audit } = effects.succeeded(res.body)
      // Lean acted: a store failure now must not turn its answer into an error the caller would retry.
      if (objects.length + audit.length > 0) {
        await app.store.record(objects, audit).catch((err: unknown) => {
          app.metrics.lateStoreFailures.inc({ operation: op.operationId })
          request.log.error({ err }, 'ownership/audit not recorded after Lean acted')
        })
      }
    }
    if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
    const out = op.listOf === undefined ? res.body : await ownership.filterList(tenant, op.listOf, res.body)
    return send(reply, res.status, res.contentType, out)
  }
}

export default async function leanRoutes (app: FastifyInstance): Promise<void> {
  const ownership = new OwnershipGuard(app.config.tenants, app.store)
  for (const op of LEAN_OPERATIONS) {
    app.route({
      method: op.method,
      url: op.path,
      schema: routeSchema(op),
      onRequest: [app.requireScope(op.scope), app.limitCaller(op.scope)],
      handler: handlerFor(app, op, ownership)
    })
  }
}
