import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { HTTP_PROBLEMS } from '../docs/responses.js'
import { StringEnum } from '../schemas/common.js'

declare module 'fastify' {
  interface FastifyInstance {
    readiness: { draining: boolean }
  }
}

const Status = Type.Object({
  status: Type.String(),
  store: Type.Optional(Type.String()),
  rateLimits: Type.Optional(Type.String()),
  rateLimitsUp: Type.Optional(Type.Boolean()),
  leanCircuits: Type.Optional(Type.Record(Type.String(), StringEnum(['open', 'half-open']), {
    description: 'Lean applications (by client id) whose circuit breaker is not closed'
  })),
  leanCertificates: Type.Optional(Type.Record(Type.String(), Type.Object({
    subject: Type.String(),
    notAfter: Type.String({ format: 'date-time' }),
    secondsLeft: Type.Integer({ description: 'Negative once expired' })
  }, { additionalProperties: false }), {
    description: "Each Lean application's mTLS client certificate (by client id): when it expires"
  }))
}, { additionalProperties: false })

export default async function healthRoutes (app: FastifyInstance): Promise<void> {
  app.get('/healthz', {
    schema: { operationId: 'getLiveness', tags: ['Operations'], summary: 'Liveness', security: [], response: { 200: { ...Status, description: 'Alive' }, ...HTTP_PROBLEMS } }
  }, async () => ({ status: 'ok' }))

  app.get('/readyz', {
    schema: {
      operationId: 'getReadiness',
      tags: ['Operations'],
      summary: 'Readiness: not draining, store reachable',
      security: [],
      response: { 200: { ...Status, description: 'Ready: the store answers; rate-limit counters and Lean circuits reported' }, 503: { ...Status, description: 'Not ready: shutting down (draining) or the store is unreachable' }, ...HTTP_PROBLEMS }
    }
  }, async (request, reply) => {
    if (app.readiness.draining) return reply.code(503).send({ status: 'draining', store: app.store.engine })
    try {
      await app.store.ping()
    } catch (err) {
      request.log.warn({ err }, 'store unreachable')
      return reply.code(503).send({ status: 'store unreachable', store: app.store.engine })
    }
    const limits = app.rateLimitStatus()
    // Redis down does not make a replica unready: every replica shares it, and reads can still be
    // served. Money routes refuse (503) until it is back; this says so. An open Lean circuit is the
    // same: every replica would see it, so taking this one out of rotation helps nobody.
    // An expiring certificate is every replica's too: reported for operators, never a reason to leave rotation.
    const certificates = app.lean.certificates()
    return {
      status: 'ready',
      store: app.store.engine,
      rateLimits: limits.store,
      rateLimitsUp: limits.up,
      leanCircuits: app.lean.circuits(),
      ...(Object.keys(certificates).length > 0 && { leanCertificates: certificates })
    }
  })
}
