import type { FastifyInstance } from 'fastify'
import { Type, type Static } from 'typebox'
import { decodeCursor, encodeCursor } from '../schemas/cursor.js'
import { SECURITY } from '../plugins/swagger.js'
import { AUTH_PROBLEMS, HTTP_PROBLEMS } from '../docs/responses.js'

const Query = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Events at or after this instant (RFC 3339)' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Events before this instant (RFC 3339)' })),
    cursor: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$', description: '`next_cursor` of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, description: 'Page size, 1–200 (default 50)' }))
  },
  { additionalProperties: false }
)

const Event = Type.Object(
  {
    id: Type.String(),
    at: Type.String({ format: 'date-time' }),
    tenantId: Type.String(),
    caller: Type.String({ description: 'API key id or JWT sub' }),
    requestId: Type.String(),
    idempotencyKey: Type.Optional(Type.String()),
    operation: Type.String(),
    event: Type.String({ description: 'payout.requested, payout.created, payout.refused, payout.failed, destination.created' }),
    amount: Type.Optional(Type.Number()),
    currency: Type.Optional(Type.String()),
    destinationId: Type.Optional(Type.String()),
    leanId: Type.Optional(Type.String()),
    outcome: Type.String(),
    detail: Type.Optional(Type.String())
  },
  { additionalProperties: false }
)

const Page = Type.Object({ events: Type.Array(Event), next_cursor: Type.Union([Type.String(), Type.Null()]) })

/** The tenant's audit trail of money actions, newest first. */
export default async function auditRoutes (app: FastifyInstance): Promise<void> {
  app.get('/audit/v1/events', {
    onRequest: [app.requireScope('audit:read'), app.limitCaller('audit:read')],
    schema: {
      operationId: 'listAuditEvents',
      tags: ['Audit'],
      summary: 'Audit trail',
      description: "Every money action of the caller's tenant (payout requested, created, refused, failed; destination created), newest first. Scope: `audit:read`.",
      security: SECURITY,
      'x-required-scopes': ['audit:read'],
      querystring: Query,
      response: { 200: { ...Page, description: 'A page of audit events, newest first' }, ...HTTP_PROBLEMS, ...AUTH_PROBLEMS }
    }
  }, async (request) => {
    const q = request.query as Static<typeof Query>
    const limit = Number(q.limit ?? 50)
    const events = await app.store.listAudit({
      tenantId: request.caller!.tenant.id,
      limit: limit + 1,
      ...(q.from !== undefined && { from: new Date(q.from) }),
      ...(q.to !== undefined && { to: new Date(q.to) }),
      ...(q.cursor !== undefined && { beforeId: decodeCursor(q.cursor, 'cursor') })
    })
    const page = events.slice(0, limit)
    return { events: page, next_cursor: events.length > limit ? encodeCursor(page[page.length - 1]!.id) : null }
  })
}
