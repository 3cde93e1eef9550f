import { context, propagation, SpanKind, SpanStatusCode, trace, type Tracer } from '@opentelemetry/api'
import { ATTR_DB_OPERATION_NAME, ATTR_DB_SYSTEM_NAME, ATTR_ERROR_TYPE, ATTR_HTTP_REQUEST_METHOD, ATTR_HTTP_REQUEST_RESEND_COUNT, ATTR_HTTP_RESPONSE_STATUS_CODE, ATTR_SERVER_ADDRESS, ATTR_URL_FULL } from '@opentelemetry/semantic-conventions'
import type { LeanCallTracer } from '../lean/observer.js'
import type { StoreCallWrapper } from '../store/index.js'

/** A span per Lean call (each attempt, each token fetch), child of the request's, with its traceparent sent on. */
export function leanCallTracer (tracer: Tracer): LeanCallTracer {
  return {
    start (call) {
      const span = tracer.startSpan(`Lean ${call.operation}`, {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: call.method,
          [ATTR_URL_FULL]: call.url,
          [ATTR_SERVER_ADDRESS]: new URL(call.url).hostname,
          'lean.operation': call.operation,
          // Semantic conventions count resends: the first attempt is 0.
          ...(call.attempt > 1 && { [ATTR_HTTP_REQUEST_RESEND_COUNT]: call.attempt - 1 })
        }
      })
      const headers: Record<string, string> = {}
      propagation.inject(trace.setSpan(context.active(), span), headers)
      return {
        headers,
        end (outcome) {
          if (typeof outcome === 'number') {
            span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, outcome)
            if (outcome >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
          } else {
            span.setAttribute(ATTR_ERROR_TYPE, outcome)
            span.setStatus({ code: SpanStatusCode.ERROR, message: outcome })
          }
          span.end()
        }
      }
    }
  }
}

/** A span around each store call, under whatever span is active. */
export function storeSpans (tracer: Tracer, system: string): StoreCallWrapper {
  return async (name, call) => await tracer.startActiveSpan(`store ${name}`, {
    kind: SpanKind.CLIENT,
    attributes: { [ATTR_DB_SYSTEM_NAME]: system, [ATTR_DB_OPERATION_NAME]: name }
  }, async (span) => {
    try {
      return await call()
    } catch (err) {
      span.recordException(err as Error)
      span.setStatus({ code: SpanStatusCode.ERROR })
      throw err
    } finally {
      span.end()
    }
  })
}
