import type { FastifyInstance } from 'fastify'
import { Type, type Static } from 'typebox'
import { decodeCursor, encodeCursor } from '../schemas/cursor.js'
import { requesterOf } from '../tenants/caller.js'
import { SECURITY } from '../plugins/swagger.js'
import { AUTH_PROBLEMS, HTTP_PROBLEMS } from '../docs/responses.js'

const Query = Type.Object({
  after: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,32}$', description: '`next_cursor` of the previous page; omitted: from the first event' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, description: 'Page size, 1–100 (default 50)' }))
}, { additionalProperties: false })

const Event = Type.Object({
  id: Type.String({ description: 'Also the webhook-id of its delivery' }),
  type: Type.String({ description: 'payout.status_changed, payout.tracking_stopped, destination.status_changed, destination.ready, entity.created, entity.updated, data.refresh.updated, data.results_ready' }),
  created_at: Type.String({ format: 'date-time' }),
  data: Type.Object({}, { additionalProperties: true })
}, { additionalProperties: false })

const Page = Type.Object({ events: Type.Array(Event), next_cursor: Type.String({ description: 'Pass as `after` to continue; stays put when there is nothing new' }) })

/** The tenant's events, oldest first: for services that poll, and to catch up after an outage. */
export default async function eventRoutes (app: FastifyInstance): Promise<void> {
  app.get('/events/v1', {
    onRequest: [app.requireScope('events:read'), app.limitCaller('events:read')],
    schema: {
      operationId: 'listEvents',
      tags: ['Events'],
      summary: "The tenant's events",
      description: 'Oldest first, from `after` on. App users (JWT) see the events of their own entity and of payouts they requested. Scope: `events:read`.',
      security: SECURITY,
      'x-required-scopes': ['events:read'],
      querystring: Query,
      response: { 200: { ...Page, description: 'A page of events, oldest first' }, ...HTTP_PROBLEMS, ...AUTH_PROBLEMS }
    }
  }, async (request) => {
    const caller = request.caller!
    const q = request.query as Static<typeof Query>
    const after = q.after === undefined ? '0' : decodeCursor(q.after, 'after')
    const claim = caller.kind === 'jwt' && typeof caller.entityClaim === 'string' ? caller.entityClaim.toLowerCase() : undefined
    const events = await app.store.events.feed({
      tenantId: caller.tenant.id,
      afterSeq: after,
      limit: Number(q.limit ?? 50),
      ...(caller.kind === 'jwt' && { requestedBy: requesterOf(caller), entityId: claim ?? `none:${caller.id}` })
    })
    return {
      events: events.map((e) => ({ id: e.id, type: e.type, created_at: e.createdAt, data: e.data })),
      next_cursor: encodeCursor(events.at(-1)?.seq ?? after)
    }
  })
}
