import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type Tracer } from '@opentelemetry/api'
import type { FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's span and its context, with tracing on. */
    trace: { span: Span; context: Context } | null
  }
}

/**
 * A server span per request, continued from the caller's `traceparent`. Registered only when tracing
 * is on, so with it off not one hook of it runs.
 *
 * The context is entered again before the handler: Fastify parses a body from socket events, which
 * would otherwise run the handler (and its store and Lean spans) outside the request's context.
 */
export default fp<{ tracer: Tracer }>(
  async function tracingPlugin (app, { tracer }) {
    app.decorateRequest('trace', null)

    const enter = (request: FastifyRequest, done: () => void): void => {
      if (request.trace === null) { done(); return }
      context.with(request.trace.context, done)
    }

    app.addHook('onRequest', (request, _reply, done) => {
      const parent = propagation.extract(ROOT_CONTEXT, request.headers)
      const span = tracer.startSpan(request.method, {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0]!, 'client.address': request.ip }
      }, parent)
      const active = trace.setSpan(parent, span)
      request.trace = { span, context: active }
      const { traceId, spanId } = span.spanContext()
      request.log = request.log.child({ trace_id: traceId, span_id: spanId })
      request.accessFields = { trace_id: traceId, span_id: spanId }
      context.with(active, done)
    })
    app.addHook('preHandler', (request, _reply, done) => { enter(request, done) })

    app.addHook('onResponse', (request, reply, done) => {
      const traced = request.trace
      if (traced !== null) {
        const route = request.routeOptions.url
        if (route !== undefined) {
          traced.span.updateName(`${request.method} ${route}`)
          traced.span.setAttribute('http.route', route)
        }
        traced.span.setAttribute('http.response.status_code', reply.statusCode)
        if (request.caller !== null) traced.span.setAttribute('gateway.tenant', request.caller.tenant.id)
        if (reply.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR })
        traced.span.end()
      }
      done()
    })
  },
  { name: 'tracing', fastify: '5.x', dependencies: ['access-log'] }
)
