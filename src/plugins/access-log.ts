import fp from 'fastify-plugin'
import { redactedUrl } from '../logger.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Extra fields for the request's access line (tracing puts its trace and span ids here). */
    accessFields: Record<string, string> | null
  }
}

/**
 * One access line per request, written when the answer has gone. Its fields are fixed and none is
 * a secret (credentials travel in headers, never logged here; a query's secret values are blanked
 * by redactedUrl), so it is written through a child without the redaction pass, which cost two
 * thirds of writing the line.
 */
export default fp(
  async function accessLogPlugin (app) {
    const accessLog = app.log.child({}, { redact: { paths: [] } })
    app.decorateRequest('accessFields', null)
    app.addHook('onResponse', (request, reply, done) => {
      accessLog.info({
        reqId: request.id,
        ...request.accessFields,
        method: request.method,
        url: redactedUrl(request.url),
        route: request.routeOptions.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
        ...(request.caller !== null && { tenant: request.caller.tenant.id, caller: request.caller.id })
      }, 'request completed')
      done()
    })
  },
  { name: 'access-log', fastify: '5.x' }
)
