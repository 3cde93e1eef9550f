import { randomUUID } from 'node:crypto'
import type { IncomingMessage, Server } from 'node:http'
import Fastify, { LogController, type FastifyHttpOptions, type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions, type onRequestHookHandler, type onSendHookHandler } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { GatewayConfig } from './config/types.js'
import { slowestLeanMs } from './config/load.js'
import { lazyRequestLogger, loggerOptions } from './logger.js'
import accessLogPlugin from './plugins/access-log.js'
import authPlugin from './plugins/auth.js'
import bodyPlugin from './plugins/body.js'
import errorsPlugin, { answerClientError, sendProblem, toGatewayError } from './plugins/errors.js'
import { GatewayError } from './errors.js'
import { validatorsByPart } from './http/validation.js'
import { checkingIntervalMs, DEFAULT_HTTP_LIMITS, socketIdleTimeoutMs, type HttpLimits } from './http/limits.js'
import leanPlugin from './plugins/lean.js'
import eventsPlugin, { type EventsOptions } from './plugins/events.js'
import eventRoutes from './routes/events.js'
import webhookRoutes from './routes/webhooks.js'
import linkRoutes from './routes/link.js'
import bankRoutes from './routes/banks.js'
import metricsPlugin from './plugins/metrics.js'
import rateLimitPlugin, { type RateLimitOptions } from './plugins/rate-limit.js'
import callerLimitsPlugin from './plugins/caller-limits.js'
import requestMetricsPlugin from './plugins/request-metrics.js'
import storePlugin from './plugins/store.js'
import tenantsPlugin from './plugins/tenants.js'
import swaggerPlugin, { type DocsOptions } from './plugins/swagger.js'
import auditRoutes from './routes/audit.js'
import type { Store, StoreOptions } from './store/index.js'
import healthRoutes from './routes/health.js'
import leanRoutes from './routes/lean/index.js'
import { Problem } from './schemas/common.js'
import { wireFor } from './wire/index.js'
import type { Tracing } from './tracing/index.js'

export interface BuildOptions {
  config: GatewayConfig
  /** Where idempotency records, ownership and the audit trail live: options, or an open store. */
  store: StoreOptions | Store
  rateLimit?: RateLimitOptions
  docs?: DocsOptions
  /** Pino options or `false`; tests pass a stream to read what is logged. */
  /** Polling and webhook delivery; tests turn the background off and drive them. */
  events?: EventsOptions
  /** Timeouts and header limits toward callers; defaults in http/limits.ts. */
  http?: Partial<HttpLimits>
  /** OpenTelemetry, when it is on (server.ts starts it from the standard OTEL_* variables). */
  tracing?: Tracing
  logger?: FastifyServerOptions['logger']
  loggerInstance?: FastifyServerOptions['loggerInstance']
  /**
   * Another plugin in a stage's place: how the benchmark's ablation (bench/ablated-server.ts)
   * composes a gateway without one stage. Never set by server.ts, nor by any configuration or
   * environment variable: a gateway that users run has them all.
   */
  stages?: Partial<Stages>
}

/** The per-request stages another composition may replace, each one plugin of its own. */
export interface Stages {
  accessLog: FastifyPluginAsync
  requestMetrics: FastifyPluginAsync
  callerLimits: FastifyPluginAsync
  auth: FastifyPluginAsync
  /** Registered just before the routes; nothing by default. */
  beforeRoutes: FastifyPluginAsync
}

const STAGES: Stages = {
  accessLog: accessLogPlugin,
  requestMetrics: requestMetricsPlugin,
  callerLimits: callerLimitsPlugin,
  auth: authPlugin,
  beforeRoutes: async () => {}
}

const VISIBLE_ASCII = /^[\x21-\x7E]{1,128}$/

/** The caller's x-request-id when it is sane, so traces join up; otherwise a fresh one. */
function requestId (req: IncomingMessage): string {
  const sent = req.headers['x-request-id']
  return typeof sent === 'string' && VISIBLE_ASCII.test(sent) ? sent : randomUUID()
}

/** Trust the nearest `hops` proxies, as a hop count in the tenants file means. */
const trustHops = (hops: number) => (_address: string, hop: number): boolean => hop < hops

/** Fastify's own settings: logging, request ids, proxies, limits toward callers, validation. */
function serverOptions (options: BuildOptions, limits: HttpLimits): FastifyHttpOptions<Server> {
  const { config } = options
  return {
    ...(options.loggerInstance !== undefined
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? loggerOptions(process.env.LOG_LEVEL ?? 'info') }),
    genReqId: requestId,
    childLoggerFactory: lazyRequestLogger,
    requestIdHeader: false,
    // One access line per request (plugins/access-log.ts) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.bodyLimitBytes,
    // request.ip (the brute-force limit's key) believes X-Forwarded-For only from configured proxies.
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    routerOptions: { maxParamLength: 256 },
    // Malformed URLs and oversized parameters are answered before routing; still problem+json.
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, toGatewayError(error)),
    clientErrorHandler: answerClientError,
    // Slow and greedy callers: bounded on purpose (see http/limits.ts); Fastify's defaults wait for ever.
    http: { headersTimeout: limits.headersTimeoutMs, connectionsCheckingInterval: checkingIntervalMs(limits), maxHeaderSize: limits.maxHeaderBytes },
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionTimeout: socketIdleTimeoutMs(limits, slowestLeanMs(config.tenants)),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // No coercion: "10" is not an amount. Unknown query parameters are refused, not silently dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    schemaController: validatorsByPart()
  }
}

/** Node drops headers past a count silently: a request with that many is refused instead. */
export function headerCountGuard (maxHeaders: number): onRequestHookHandler {
  return function refuseTooManyHeaders (request, _reply, done) {
    if (request.raw.rawHeaders.length > maxHeaders * 2) {
      done(new GatewayError(431, 'headers-too-large', `More than ${maxHeaders} request headers`))
      return
    }
    done()
  }
}

/** Headers every answer carries; while draining, a connection busy when close began must not stay open. */
function commonHeaders (app: FastifyInstance): onSendHookHandler {
  return function addCommonHeaders (request, reply, payload, done) {
    reply.header('x-request-id', request.id)
    // No answer is ever to be sniffed into something else (a JSON error rendered as HTML).
    reply.header('x-content-type-options', 'nosniff')
    if (app.readiness.draining) reply.header('connection', 'close')
    done(null, payload)
  }
}

/** The plugins, then the routes, in the order their hooks and decorators need. */
async function registerAll (app: FastifyInstance, options: BuildOptions): Promise<void> {
  const stages: Stages = { ...STAGES, ...options.stages }
  await app.register(stages.accessLog)
  // First, so the request's span covers everything after it; absent, nothing of it runs.
  if (options.tracing !== undefined) await app.register((await import('./plugins/tracing.js')).default, { tracer: options.tracing.tracer })
  await app.register(errorsPlugin)
  await app.register(bodyPlugin)
  await app.register(metricsPlugin)
  await app.register(stages.requestMetrics)
  await app.register(storePlugin, { store: options.store, wrap: options.tracing?.wrapStore })
  // The tenant directory, replaced whole by reloadConfig; everything below reads it per request.
  await app.register(tenantsPlugin, { config: options.config })
  await app.register(rateLimitPlugin, options.rateLimit ?? {})
  await app.register(stages.callerLimits)
  // Before any route: its request decorators (request.caller) must exist on every route's requests,
  // Swagger UI's included, or the access log and metrics hooks fail on them.
  await app.register(stages.auth)
  await app.register(swaggerPlugin, options.docs ?? {})
  await app.register(leanPlugin, { ...(options.tracing !== undefined && { tracer: options.tracing.lean }) })
  await app.register(eventsPlugin, options.events ?? {})
  await app.register(stages.beforeRoutes)
  await app.register(healthRoutes)
  await app.register(leanRoutes)
  await app.register(auditRoutes)
  await app.register(eventRoutes)
  await app.register(webhookRoutes)
  await app.register(linkRoutes)
  await app.register(bankRoutes)
}

export async function buildApp (options: BuildOptions): Promise<FastifyInstance> {
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.http }
  const app = Fastify(serverOptions(options, limits)).withTypeProvider<TypeBoxTypeProvider>()

  // Lean takes JSON only; anything else is 415 rather than a string body failing validation.
  app.removeContentTypeParser('text/plain')
  app.decorate('readiness', { draining: false })
  for (const schema of [Problem, ...wireFor(options.config.leanWire).schemas]) app.addSchema(schema)
  app.server.maxHeadersCount = limits.maxHeaders + 1
  app.addHook('onRequest', headerCountGuard(limits.maxHeaders))
  app.addHook('onSend', commonHeaders(app))
  await registerAll(app, options)
  return app
}
