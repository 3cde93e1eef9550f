import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction, onRequestHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Scope } from '../config/schema.js'
import type { Limit } from '../config/types.js'
import type { Caller } from '../tenants/caller.js'
import { limitExceeded, refusedOrAllowed, type Counted } from './rate-limit.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook, after authentication: the caller's limit for `scope`. */
    limitCaller: (scope: Scope) => onRequestHookHandler
  }
}

// Scopes that move money or create payees: without shared counters these refuse rather than run unlimited.
const FAIL_CLOSED: ReadonlySet<Scope> = new Set(['payouts:write', 'destinations:write'])

/** A caller's limit for one scope: its counter's key, and the headers' fixed parts. */
export interface CallerLimit { limit: Limit; key: string; policy: string; policyHeader: string; maxText: string }

/**
 * The limit a caller has for a scope (undefined: none), made once per caller object and scope:
 * callers are kept by the tenant directory (one per API key, one per verified token), so a request
 * builds no key and no header text. A reload makes new callers, and so new limits.
 */
const knownLimits = new WeakMap<Caller, Map<Scope, CallerLimit | undefined>>()

export function limitFor (caller: Caller, scope: Scope): CallerLimit | undefined {
  let byScope = knownLimits.get(caller)
  if (byScope === undefined) knownLimits.set(caller, byScope = new Map())
  if (byScope.has(scope)) return byScope.get(scope)
  const rl = caller.tenant.rateLimit
  const base = `${caller.tenant.id}:${caller.kind}:${caller.id}`
  const override = rl?.scopes?.[scope]
  const [limit, key, policy] = override === undefined ? [rl, base, 'caller'] : [override, `${base}:${scope}`, scope]
  const made = limit === undefined
    ? undefined
    : { limit, key, policy, policyHeader: `"${policy}";q=${limit.max};w=${Math.ceil(limit.timeWindowMs / 1000)}`, maxText: String(limit.max) }
  byScope.set(scope, made)
  return made
}

/**
 * What a count means for the answer: the x-ratelimit-* headers as @fastify/rate-limit writes them,
 * the IETF draft's fields (draft-ietf-httpapi-ratelimit-headers) from the same count, and over the
 * limit, the plugin's 429 (rate-limit.ts's limitExceeded). Undefined: allowed.
 */
export function countedAnswer (reply: FastifyReply, limit: CallerLimit, { current, ttl }: Counted): Error | undefined {
  const max = limit.limit.max
  const remaining = current > max ? 0 : max - current
  const reset = String(Math.ceil(ttl / 1000))
  reply.header('x-ratelimit-limit', limit.maxText)
  reply.header('x-ratelimit-remaining', String(remaining))
  reply.header('x-ratelimit-reset', reset)
  reply.header('ratelimit-policy', limit.policyHeader)
  reply.header('ratelimit', `"${limit.policy}";r=${remaining};t=${reset}`)
  return current > max ? limitExceeded(max, ttl) : undefined
}

/** A count's outcome through `done`: refused and counted as refused, or allowed (a store failure per FAIL_CLOSED). */
function settle (app: FastifyInstance, request: FastifyRequest, failClosed: boolean, done: HookHandlerDoneFunction, err: unknown): void {
  if (err === undefined) { done(); return }
  try {
    // The shared counters are unreachable: money stops, reads carry on (and say so in logs and metrics).
    refusedOrAllowed(app.rateLimitRefusals, err, request, 'caller_limit', failClosed)
  } catch (refusal) {
    done(refusal as Error)
    return
  }
  done()
}

/**
 * The onRequest hook for a scope: the caller's own limit, counted in the rate-limit plugin's store
 * (its Lua script in Redis, its LRU in memory) under the caller's key. One store for every route,
 * so a caller's count is the caller's, not the route's. A callback hook: the in-memory store
 * answers at once, and nothing waits on a promise.
 */
function callerLimiter (app: FastifyInstance, scope: Scope): onRequestHookHandler {
  const failClosed = FAIL_CLOSED.has(scope)
  return function limitCaller (request, reply, done) {
    const limit = limitFor(request.caller!, scope)
    if (limit === undefined) { done(); return }
    app.callerCounters.incr(limit.key, (err, counted) => {
      settle(app, request, failClosed, done, err ?? countedAnswer(reply, limit, counted!))
    }, limit.limit.timeWindowMs, limit.limit.max)
  }
}

/** Each caller's limit per scope, as its tenant sets it, on the shared counters of the rate-limit plugin. */
export default fp(
  async function callerLimitsPlugin (app) {
    app.decorate('limitCaller', (scope: Scope): onRequestHookHandler => callerLimiter(app, scope))
  },
  { name: 'caller-limits', fastify: '5.x', dependencies: ['rate-limit'] }
)
