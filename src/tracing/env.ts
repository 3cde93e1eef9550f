import { ConfigError } from '../config/load.js'

const PROTOCOLS = ['http/protobuf', 'http/json'] as const
export type TracingProtocol = typeof PROTOCOLS[number]

/**
 * Whether to trace, from the standard variables: only with an OTLP endpoint set (and the SDK not
 * disabled), over HTTP in either encoding. Read before anything of OpenTelemetry is loaded.
 */
export function tracingProtocol (env: NodeJS.ProcessEnv): TracingProtocol | undefined {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? env.OTEL_EXPORTER_OTLP_ENDPOINT
  if (endpoint === undefined || endpoint === '' || env.OTEL_SDK_DISABLED === 'true') return undefined
  const name = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL !== undefined ? 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL' : 'OTEL_EXPORTER_OTLP_PROTOCOL'
  const protocol = env[name] ?? 'http/protobuf'
  if (!(PROTOCOLS as readonly string[]).includes(protocol)) throw new ConfigError(name, `must be ${PROTOCOLS.join(' or ')} (OTLP over HTTP)`)
  return protocol as TracingProtocol
}
