import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { invalidRequest, unauthenticated } from '../errors.js'
import { applicationsOf, interpret, parseLeanEvent, signatureMatches, statusChangeEffects } from '../events/lean-events.js'
import { wireFor } from '../wire/index.js'
import { dropsBankLists } from '../lean/banks.js'
import { HTTP_PROBLEMS, problem } from '../docs/responses.js'

/** Largest Lean event accepted; Lean's largest samples are a few KiB. */
export const WEBHOOK_BODY_LIMIT = 256 * 1024

/**
 * Lean's webhooks in: `POST /webhooks/lean/{clientId}`. Only a body whose `lean-signature` is the
 * HMAC-SHA512 of its raw bytes under that application's secret is accepted; it is stored with its
 * effects before the 200, once per event_id, so a redelivery changes nothing.
 */
export default async function webhookRoutes (app: FastifyInstance): Promise<void> {
  // The signature covers the bytes as sent: this route alone keeps the raw body.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) => { done(null, body) })
  // Limited per address like failed authentication; if the counters are unreachable, Lean's events still get in.
  const perAddress = app.limitFixed('lean-webhook', { max: 1_200, timeWindowMs: 60_000 }, (request) => request.ip)

  app.post('/webhooks/lean/:clientId', {
    onRequest: perAddress,
    bodyLimit: WEBHOOK_BODY_LIMIT,
    schema: {
      operationId: 'receiveLeanWebhook',
      tags: ['Events'],
      summary: "Lean's webhooks in",
      description: "Lean posts its events here, signed with the application's `lean.webhookSecret` (`lean-signature: sha512=<HMAC-SHA512 of the body>`). " +
        'Stored before the answer, once per `event_id`.',
      security: [],
      params: Type.Object({ clientId: Type.String({ minLength: 1, maxLength: 256 }) }),
      headers: Type.Object({ 'lean-signature': Type.Optional(Type.String({ maxLength: 1024 })) }),
      response: {
        200: Type.Object({ received: Type.Boolean(), duplicate: Type.Boolean() }, { description: 'Stored with its effects, or a redelivery of one already stored' }),
        400: problem('Not a Lean event'),
        401: problem('Missing or wrong signature, or no secret for this client'),
        413: problem('Body larger than the limit'),
        429: problem('Too many requests from this address'),
        503: problem('The store is unavailable: nothing was recorded, Lean will redeliver'),
        ...HTTP_PROBLEMS
      }
    }
  }, async (request, reply) => {
    const { clientId } = request.params as { clientId: string }
    const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
    const signature = request.headers['lean-signature'] as string | undefined
    const observe = app.metrics.leanEvents
    const verified = applicationsOf(request.directory.config.tenants, clientId).find((a) => signatureMatches(raw, signature, a.secret))
    if (verified === undefined) {
      observe('unknown', 'bad_signature')
      throw unauthenticated('lean-signature is missing or wrong for this client')
    }
    const event = parseLeanEvent(raw)
    if (event === undefined) {
      observe('unknown', 'invalid')
      throw invalidRequest('Not a Lean event: a JSON object with event_id, type and payload')
    }
    // Verified news of a bank's availability: the list kept for this application is no longer Lean's.
    if (dropsBankLists(event.type)) app.lean.banks.drop(verified.clientKey)
    const intake = await interpret(event, raw.toString('utf8'), { clientKey: verified.clientKey, tenants: verified.tenants, store: app.store })
    const { tenants, config } = request.directory
    const inserted = await app.store.events.ingest(intake, statusChangeEffects(tenants, wireFor(config.leanWire).payouts.kind, `webhook:${event.event_id}`))
    observe(event.type, !inserted ? 'duplicate' : intake.tenants.length === 0 ? 'unmatched' : 'accepted')
    request.log.info({ eventId: event.event_id, type: event.type, tenants: intake.tenants, duplicate: !inserted }, 'lean event')
    return await reply.send({ received: true, duplicate: !inserted })
  })
}
