import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { NO_EFFECTS } from '../../audit/effects.js'
import { idempotencyKeyOf } from '../../idempotency/key.js'
import { wireFor, type WireOperation } from '../../wire/index.js'
import type { PayoutTracking } from '../../wire/types.js'
import {
  adoptEarlyEvents, answerStep, callerRequestOf, customerStep, effectsStep, entityStep, idempotentStep, leanRequestOf, ownershipStep, recordPending, recordStep, replayStep, verifyStep
} from './pipeline.js'
import { routeSchema } from './schema.js'

/**
 * One Lean operation that writes, as its steps (pipeline.ts): the wire says what the request means,
 * each step decides one thing, and nothing calls back into the route.
 */
function writeHandler (app: FastifyInstance, op: WireOperation, trackedBy: PayoutTracking['kind']) {
  return async function forward (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caller = request.caller!
    const req = callerRequestOf(request, op)
    const entity = await entityStep(app, request, op, req)
    const key = op.idempotency === 'none' ? undefined : idempotencyKeyOf(request, op.idempotency === 'required')
    const payer = op.customer === true ? await customerStep(app, request, req) : undefined
    const { effects, recorded } = effectsStep(request, op, req, key, entity, payer)
    const owner = await ownershipStep(app, caller, request.directory.ownership, op, req, effects)
    await verifyStep(app, request, op, req)
    const leanRequest = leanRequestOf(op, req, entity, caller, key, payer?.customerId)

    if (key !== undefined) {
      const outcome = await idempotentStep(app, request, op, req, key, entity, effects, leanRequest)
      if (outcome.replayed) return replayStep(reply, outcome.response)
      if (outcome.earlyEvents) await adoptEarlyEvents(app, request, trackedBy, recorded())
      return await answerStep(reply, request, op, owner, outcome.response, { filter: false })
    }

    const res = await app.lean.client(caller.tenant).request(leanRequest)
    await adoptEarlyEvents(app, request, trackedBy, await recordStep(app, request, op, effects, res))
    await recordPending(app, request, op, res.body, entity)
    return await answerStep(reply, request, op, owner, res, { filter: true })
  }
}

/**
 * A read: the same steps, less what only a write has (keys, effects, verification, records).
 * Which steps an operation needs is known when its route is built, so a read waits only on those.
 */
function readHandler (app: FastifyInstance, op: WireOperation) {
  if (op.idempotency !== 'none' || op.customer === true || op.holders !== undefined) {
    throw new Error(`${op.operationId}: a read has no idempotency key, paying customer or destination to verify`)
  }
  return async function forwardRead (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const caller = request.caller!
    const req = callerRequestOf(request, op)
    const named = entityStep(app, request, op, req)
    const entity = typeof named === 'object' ? await named : named
    const checking = ownershipStep(app, caller, request.directory.ownership, op, req, NO_EFFECTS)
    const owner = checking === undefined ? undefined : await checking
    const res = await app.lean.client(caller.tenant).request(leanRequestOf(op, req, entity, caller, undefined))
    if (op.pendingResults !== undefined) await recordPending(app, request, op, res.body, entity)
    return await answerStep(reply, request, op, owner, res, { filter: true })
  }
}

export default async function leanRoutes (app: FastifyInstance): Promise<void> {
  // The wire shapes the routes, so it is the one read at start (a restart-only setting).
  const wire = wireFor(app.directory.config.leanWire)
  for (const op of wire.operations) {
    app.route({
      method: op.method,
      url: op.path,
      schema: routeSchema(op, wire.name),
      onRequest: [app.requireScope(op.scope), app.limitCaller(op.scope)],
      handler: op.method === 'GET' ? readHandler(app, op) : writeHandler(app, op, wire.payouts.kind)
    })
  }
}
