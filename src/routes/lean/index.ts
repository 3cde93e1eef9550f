import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Caller } from '../../plugins/auth.js'
import { forbidden, invalidRequest } from '../../errors.js'
import { placeEntity, type OutgoingParts } from '../../lean/entity.js'
import { forwardedIdempotencyKey, idempotencyKeyOf } from '../../idempotency/key.js'
import { LEAN_OPERATIONS, type LeanOperation } from './operations.js'
import { routeSchema } from './schema.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The entity a data call acts on: the token's for app users, the caller's own choice for services. */
export function resolveEntity (caller: Caller, sent: string | undefined): string {
  if (caller.kind === 'jwt') {
    const claim = caller.entityClaim
    if (claim === undefined || claim === null) throw forbidden('Token carries no entity claim')
    if (typeof claim !== 'string' || !UUID.test(claim)) throw forbidden('Token entity claim is not an entity id')
    if (sent !== undefined && sent.toLowerCase() !== claim.toLowerCase()) throw forbidden('entity_id does not match the token')
    return claim
  }
  if (sent === undefined) throw invalidRequest('entity_id header is required with an API key')
  return sent
}

/** `/a/:x/b` → a function building `/a/<encoded x>/b`, so no value can change the upstream path. */
function pathBuilder (template: string): (params: Record<string, string>) => string {
  const parts = template.split('/').map((segment) =>
    segment.startsWith(':') ? { param: segment.slice(1) } : { text: segment }
  )
  return (params) =>
    parts.map((p) => ('param' in p ? encodeURIComponent(params[p.param!]!) : p.text)).join('/')
}

function handlerFor (app: FastifyInstance, op: LeanOperation) {
  const buildPath = pathBuilder(op.path)
  return async function forward (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caller = request.caller!
    const body = request.body
    const parts: OutgoingParts = {
      method: op.method,
      headers: {},
      query: new URLSearchParams(request.query as Record<string, string>),
      body: body !== null && typeof body === 'object' ? { ...(body as Record<string, unknown>) } : undefined
    }
    if (op.entity) placeEntity(resolveEntity(caller, request.headers.entity_id as string | undefined), parts)
    if (op.idempotency !== 'none') {
      const key = idempotencyKeyOf(request, op.idempotency === 'required')
      // Only the payout carries a key to Lean; other POSTs are deduplicated by the gateway alone.
      if (op.idempotency === 'required' && key !== undefined) {
        parts.body = { ...parts.body, idempotency_key: forwardedIdempotencyKey(caller.tenant.id, key) }
      }
    }
    const query = parts.query.toString()
    const res = await app.lean.client(caller.tenant.id).request({
      operation: op.operationId,
      method: op.method,
      path: buildPath(request.params as Record<string, string>) + (query === '' ? '' : `?${query}`),
      headers: parts.headers,
      ...(parts.body !== undefined && { body: JSON.stringify(parts.body) })
    })
    reply.code(res.status).header('cache-control', 'no-store')
    if (res.correlationId !== undefined) reply.header('lean-correlation-id', res.correlationId)
    reply.type(res.contentType ?? 'application/json')
    // Lean's bytes as they came: nothing parsed, dropped or added.
    return reply.send(res.body)
  }
}

export default async function leanRoutes (app: FastifyInstance): Promise<void> {
  for (const op of LEAN_OPERATIONS) {
    app.route({
      method: op.method,
      url: op.path,
      schema: routeSchema(op),
      onRequest: app.requireScope(op.scope),
      handler: handlerFor(app, op)
    })
  }
}
