import type { Tracer } from '@opentelemetry/api'
import { W3CTraceContextPropagator } from '@opentelemetry/core'
import { OTLPTraceExporter as JsonExporter } from '@opentelemetry/exporter-trace-otlp-http'
import { OTLPTraceExporter as ProtobufExporter } from '@opentelemetry/exporter-trace-otlp-proto'
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources'
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node'
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions'
import type { LeanCallTracer } from '../lean/observer.js'
import { wrapStore, type Store } from '../store/index.js'
import { tracingProtocol, type TracingProtocol } from './env.js'
import { leanCallTracer, storeSpans } from './spans.js'

/**
 * OpenTelemetry, loaded (by server.ts, dynamically) only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set:
 * otherwise none of it is in the process. The exporters and the SDK read the other standard
 * variables themselves (OTEL_EXPORTER_OTLP_HEADERS and _TIMEOUT, OTEL_SERVICE_NAME,
 * OTEL_RESOURCE_ATTRIBUTES, OTEL_TRACES_SAMPLER, OTEL_BSP_*).
 */
export interface Tracing {
  tracer: Tracer
  protocol: TracingProtocol
  /** Spans for each Lean attempt and token fetch, with traceparent sent on. */
  lean: LeanCallTracer
  /** The store with a span around each call. */
  wrapStore: (store: Store) => Store
  /** Sends what is buffered and stops. */
  shutdown: () => Promise<void>
}

/** Starts the SDK and registers it globally (context manager, W3C propagator), or returns undefined. */
export function startTracing (env: NodeJS.ProcessEnv = process.env): Tracing | undefined {
  const protocol = tracingProtocol(env)
  if (protocol === undefined) return undefined
  const exporter = protocol === 'http/json' ? new JsonExporter() : new ProtobufExporter()
  const provider = new NodeTracerProvider({
    // Ours unless OTEL_SERVICE_NAME or OTEL_RESOURCE_ATTRIBUTES say otherwise.
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: 'lean-gateway' })).merge(detectResources({ detectors: [envDetector] })),
    spanProcessors: [new BatchSpanProcessor(exporter)]
  })
  provider.register({ propagator: new W3CTraceContextPropagator() })
  const tracer = provider.getTracer('lean-gateway')
  return {
    tracer,
    protocol,
    lean: leanCallTracer(tracer),
    wrapStore: (store) => wrapStore(store, storeSpans(tracer, store.engine)),
    shutdown: async () => { await provider.shutdown() }
  }
}
