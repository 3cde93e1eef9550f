import { createRequire } from 'node:module'
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Redis } from 'ioredis'
import { Counter, Gauge } from 'prom-client'
import type { Limit } from '../config/types.js'
import { GatewayError } from '../errors.js'
import { MemoryAuthFailures, RedisAuthFailures, type AuthFailureCounter } from '../ratelimit/auth-failures.js'

export interface RateLimitOptions {
  /** redis://…: counters shared by every replica; without it they live in this process. */
  redisUrl?: string | undefined
  /** Key prefix in Redis; tests use a fresh one per run. */
  namespace?: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * A fixed limit the gateway sets itself (per client address, per app user), counted like the
     * callers' limits; if the counters are unreachable the request is let through, and that is logged.
     */
    limitFixed: (name: string, limit: Limit, key: (request: FastifyRequest) => string) => onRequestAsyncHookHandler
    authFailures: AuthFailureCounter
    rateLimitStatus: () => { store: 'redis' | 'memory'; up: boolean }
    /** Requests refused to protect Lean and the gateway, by reason (every limiter counts here). */
    rateLimitRefusals: Counter<'reason'>
    /** The callers' counters (caller-limits.ts): @fastify/rate-limit's own store, in Redis when configured. */
    callerCounters: CounterStore
  }
}

/** A fixed-window count as @fastify/rate-limit's stores answer it: requests so far, and ms until the window ends. */
export interface Counted { current: number; ttl: number }

/** @fastify/rate-limit's store interface (store/LocalStore.js, store/RedisStore.js): counts one request under `key`. */
export interface CounterStore {
  incr: (key: string, settled: (err: Error | null, counted: Counted | null) => void, timeWindowMs: number, max: number) => void
}

// In-process counters: room for many callers, so eviction cannot quietly reset a busy one.
const LOCAL_COUNTERS = 100_000

/**
 * The store the plugin itself would count in, made here so the busiest limit (every caller, every
 * request) counts without the plugin's per-request handler: that handler awaits three promises and
 * builds request.routeOptions to read a group id this gateway never sets. The counting, the window
 * and Redis's Lua script stay the library's.
 */
function counterStore (redis: Redis | undefined, namespace: string): CounterStore {
  const require = createRequire(import.meta.url)
  if (redis !== undefined) {
    const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (continueExceeding: boolean, exponentialBackoff: boolean, redis: Redis, prefix: string) => CounterStore
    return new RedisStore(false, false, redis, `${namespace}rl:caller:`)
  }
  const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (continueExceeding: boolean, exponentialBackoff: boolean, cache: number) => CounterStore
  return new LocalStore(false, false, LOCAL_COUNTERS)
}

const REDIS_START_WAIT_MS = 3_000

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
export function limitExceeded (max: number, ttlMs: number): GatewayError {
  const seconds = Math.max(1, Math.ceil(ttlMs / 1000))
  return new GatewayError(429, 'rate-limited', `Rate limit of ${max} requests exceeded; retry in ${seconds} s`, {
    headers: { 'retry-after': String(seconds) }
  })
}

/** The plugin's errorResponseBuilder: the same 429 for its own limiters. */
const overLimit = (_request: FastifyRequest, ctx: { max: number; ttl: number }): GatewayError => limitExceeded(ctx.max, ctx.ttl)

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
      cache: LOCAL_COUNTERS,
      errorResponseBuilder: overLimit
    })
    app.decorate('callerCounters', counterStore(redis, namespace))

    const authFailures: AuthFailureCounter = redis !== undefined ? new RedisAuthFailures(redis, `${namespace}authfail:`) : new MemoryAuthFailures()
    app.decorate('authFailures', authFailures)
    app.decorate('rateLimitStatus', () => ({ store: redis !== undefined ? 'redis' as const : 'memory' as const, up: shared?.up() ?? true }))
    app.decorate('rateLimitRefusals', refused)
    app.decorate('limitFixed', (name: string, limit: Limit, key: (request: FastifyRequest) => string): onRequestAsyncHookHandler => {
      // Each limiter the plugin makes counts in a store of its own, sized by its own options: without
      // `cache` here it would hold 5,000 keys, not the plugin's.
      const limiter = app.rateLimit({ max: limit.max, timeWindow: limit.timeWindowMs, keyGenerator: (request) => `${name}:${key(request)}`, cache: LOCAL_COUNTERS })
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
