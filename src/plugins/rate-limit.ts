import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import { Counter, Gauge } from 'prom-client'
import type { Scope } from '../config/schema.js'
import type { Limit } from '../config/types.js'
import { GatewayError } from '../errors.js'
import { MemoryAuthFailures, RedisAuthFailures, type AuthFailureCounter } from '../ratelimit/auth-failures.js'

export interface RateLimitOptions {
  /** redis://…: counters shared by every replica; without it they live in this process. */
  redisUrl?: string | undefined
  /** Key prefix in Redis; tests use a fresh one per run. */
  namespace?: string
  /** The callers' limits; off only in a benchmark's ablation (app.ts). */
  callerLimits?: boolean
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook, after authentication: the caller's limit for `scope`. */
    limitCaller: (scope: Scope) => onRequestAsyncHookHandler
    /**
     * A fixed limit the gateway sets itself (per client address, per app user), counted like the
     * callers' limits; if the counters are unreachable the request is let through, and that is logged.
     */
    limitFixed: (name: string, limit: Limit, key: (request: FastifyRequest) => string) => onRequestAsyncHookHandler
    authFailures: AuthFailureCounter
    rateLimitStatus: () => { store: 'redis' | 'memory'; up: boolean }
  }
}

const REDIS_START_WAIT_MS = 3_000

// Scopes that move money or create payees: without shared counters these refuse rather than run unlimited.
const FAIL_CLOSED: ReadonlySet<Scope> = new Set(['payouts:write', 'destinations:write'])

/** The limit a caller has for a scope, and the counter it is kept in. */
function limitFor (request: FastifyRequest, scope: Scope): { limit: Limit; key: string } | undefined {
  const caller = request.caller!
  const rl = caller.tenant.rateLimit
  if (rl === undefined) return undefined
  const base = `${caller.tenant.id}:${caller.kind}:${caller.id}`
  const override = rl.scopes?.[scope]
  return override === undefined ? { limit: rl, key: base } : { limit: override, key: `${base}:${scope}` }
}

/** Shared counters: the gateway serves once they are reachable, or after a bounded wait (then degraded, as documented). */
async function connectRedis (app: FastifyInstance, url: string, storeUp: Gauge): Promise<{ redis: Redis; up: () => boolean }> {
  // Loaded only when configured: the single-process gateway keeps its counters in memory.
  const { Redis } = await import('ioredis')
  const redis = new Redis(url, {
    // Fail fast while Redis is away instead of queueing requests behind it.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000)
  })
  let up = false
  let warned = false
  redis.on('ready', () => { up = true; warned = false; storeUp.set(1); app.log.info('rate-limit store (Redis) connected') })
  redis.on('close', () => { up = false; storeUp.set(0) })
  redis.on('error', (err) => {
    if (!warned) app.log.warn({ err: { message: err.message } }, 'rate-limit store (Redis) unreachable')
    warned = true
  })
  app.addHook('onClose', async () => { redis.disconnect() })
  const connected = await Promise.race([
    new Promise<boolean>((resolve) => redis.once('ready', () => resolve(true))),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), REDIS_START_WAIT_MS).unref())
  ])
  if (!connected) app.log.warn('starting without the rate-limit store; money routes refuse until it is reachable')
  return { redis, up: () => up }
}

/** 429 as problem+json, with the seconds until the window resets. */
function overLimit (_request: FastifyRequest, ctx: { max: number; ttl: number }): GatewayError {
  const seconds = Math.max(1, Math.ceil(ctx.ttl / 1000))
  return new GatewayError(429, 'rate-limited', `Rate limit of ${ctx.max} requests exceeded; retry in ${seconds} s`, {
    headers: { 'retry-after': String(seconds) }
  })
}

/** A limiter's failure: over the limit (rethrown, counted), or the counters unreachable (503 if `failClosed`, else allowed). */
export function refusedOrAllowed (refused: Counter<'reason'>, err: unknown, request: FastifyRequest, reason: string, failClosed: boolean): void {
  if (err instanceof GatewayError) {
    refused.inc({ reason })
    throw err
  }
  refused.inc({ reason: failClosed ? 'store_down' : 'store_down_allowed' })
  if (failClosed) {
    throw new GatewayError(503, 'overloaded', 'Rate limits cannot be checked right now; retry shortly', { headers: { 'retry-after': '5' } })
  }
  request.log.warn({ limit: reason }, 'rate-limit store unreachable; request allowed without a limit check')
}

/** The IETF draft's fields (draft-ietf-httpapi-ratelimit-headers), from the same counter as x-ratelimit-*. */
function draftHeaders (reply: FastifyReply, scope: Scope, limit: { limit: Limit; key: string }): void {
  const policy = limit.key.endsWith(`:${scope}`) ? scope : 'caller'
  reply.header('ratelimit-policy', `"${policy}";q=${limit.limit.max};w=${Math.ceil(limit.limit.timeWindowMs / 1000)}`)
  reply.header('ratelimit', `"${policy}";r=${String(reply.getHeader('x-ratelimit-remaining'))};t=${String(reply.getHeader('x-ratelimit-reset'))}`)
}

/** The onRequest hook for a scope: the caller's own limit, worked out once per request. */
function callerLimiter (app: FastifyInstance, refused: Counter<'reason'>, scope: Scope): onRequestAsyncHookHandler {
  // Read by the limiter's three callbacks.
  const resolved = new WeakMap<FastifyRequest, { limit: Limit; key: string }>()
  const limiter = app.rateLimit({
    keyGenerator: (request) => resolved.get(request)!.key,
    max: (request) => resolved.get(request)!.limit.max,
    timeWindow: (request) => resolved.get(request)!.limit.timeWindowMs
  })
  return async function limitCaller (request, reply) {
    const limit = limitFor(request, scope)
    if (limit === undefined) return
    resolved.set(request, limit)
    try {
      await limiter.call(app, request, reply)
      draftHeaders(reply, scope, limit)
    } catch (err) {
      // The shared counters are unreachable: money stops, reads carry on (and say so in logs and metrics).
      refusedOrAllowed(refused, err, request, 'caller_limit', FAIL_CLOSED.has(scope))
    }
  }
}

export default fp<RateLimitOptions>(
  async function rateLimitPlugin (app, options) {
    const namespace = options.namespace ?? 'lean-gateway:'
    const storeUp = new Gauge({ name: 'gateway_rate_limit_store_up', help: '1 when the rate-limit counters are reachable', registers: [app.metrics.registry] })
    const refused = new Counter({
      name: 'gateway_rate_limited_total',
      help: 'Requests refused to protect Lean and the gateway, by reason',
      labelNames: ['reason'] as const,
      registers: [app.metrics.registry]
    })
    const shared = options.redisUrl !== undefined ? await connectRedis(app, options.redisUrl, storeUp) : undefined
    if (shared === undefined) storeUp.set(1)
    const redis = shared?.redis

    await app.register(rateLimit, {
      global: false,
      ...(redis !== undefined && { redis, nameSpace: `${namespace}rl:` }),
      skipOnError: false,
      // In-process counters: room for many callers, so eviction cannot quietly reset a busy one.
      cache: 100_000,
      errorResponseBuilder: overLimit
    })

    const authFailures: AuthFailureCounter = redis !== undefined ? new RedisAuthFailures(redis, `${namespace}authfail:`) : new MemoryAuthFailures()
    app.decorate('authFailures', authFailures)
    app.decorate('rateLimitStatus', () => ({ store: redis !== undefined ? 'redis' as const : 'memory' as const, up: shared?.up() ?? true }))
    app.decorate('limitCaller', (scope: Scope): onRequestAsyncHookHandler =>
      options.callerLimits === false ? async function unlimited () {} : callerLimiter(app, refused, scope))
    app.decorate('limitFixed', (name: string, limit: Limit, key: (request: FastifyRequest) => string): onRequestAsyncHookHandler => {
      const limiter = app.rateLimit({ max: limit.max, timeWindow: limit.timeWindowMs, keyGenerator: (request) => `${name}:${key(request)}` })
      return async function limitFixed (request, reply) {
        try {
          await limiter.call(app, request, reply)
        } catch (err) {
          refusedOrAllowed(refused, err, request, name, false)
        }
      }
    })
  },
  { name: 'rate-limit', fastify: '5.x', dependencies: ['metrics', 'tenants'] }
)
