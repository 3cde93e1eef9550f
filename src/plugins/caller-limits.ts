import type { FastifyInstance, FastifyReply, onRequestHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import type { Scope } from '../config/schema.js'
import type { Limit } from '../config/types.js'
import type { Caller } from '../tenants/caller.js'
import { refusedOrAllowed } from './rate-limit.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller's limit for the route's scope, read by the limiter's callbacks. */
    callerLimit: CallerLimit | null
  }
  interface FastifyInstance {
    /** onRequest hook, after authentication: the caller's limit for `scope`. */
    limitCaller: (scope: Scope) => onRequestHookHandler
  }
}

// Scopes that move money or create payees: without shared counters these refuse rather than run unlimited.
const FAIL_CLOSED: ReadonlySet<Scope> = new Set(['payouts:write', 'destinations:write'])

/** A caller's limit for one scope: its counter's key, and the IETF policy header it is announced by. */
export interface CallerLimit { limit: Limit; key: string; policy: string; policyHeader: string }

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
  const made = limit === undefined ? undefined : { limit, key, policy, policyHeader: `"${policy}";q=${limit.max};w=${Math.ceil(limit.timeWindowMs / 1000)}` }
  byScope.set(scope, made)
  return made
}

/** The IETF draft's fields (draft-ietf-httpapi-ratelimit-headers), from the same counter as x-ratelimit-*. */
function draftHeaders (reply: FastifyReply, limit: CallerLimit): void {
  reply.header('ratelimit-policy', limit.policyHeader)
  reply.header('ratelimit', `"${limit.policy}";r=${String(reply.getHeader('x-ratelimit-remaining'))};t=${String(reply.getHeader('x-ratelimit-reset'))}`)
}

type Limiter = ReturnType<FastifyInstance['rateLimit']>

/**
 * The counters for one (max, window): shared by every route, so a caller's count is the caller's,
 * not the route's (each limiter @fastify/rate-limit makes keeps its own in-process counters).
 * Made on first use; a reload that changes a tenant's limit moves its callers to a fresh window.
 */
function limiters (app: FastifyInstance): (limit: Limit) => Limiter {
  const made = new Map<string, Limiter>()
  // A tenant's Limit object lasts as long as its config: found by identity, no key built per request.
  const byLimit = new WeakMap<Limit, Limiter>()
  return (limit) => {
    let limiter = byLimit.get(limit)
    if (limiter !== undefined) return limiter
    const id = `${limit.max}/${limit.timeWindowMs}`
    limiter = made.get(id)
    if (limiter === undefined) {
      limiter = app.rateLimit({ keyGenerator: (request) => request.callerLimit!.key, max: limit.max, timeWindow: limit.timeWindowMs })
      made.set(id, limiter)
    }
    byLimit.set(limit, limiter)
    return limiter
  }
}

/**
 * The onRequest hook for a scope: the caller's own limit, worked out once per request. Settled
 * through `done` on the limiter's own promise: an async hook around it would add a promise and a
 * turn of the microtask queue to every request.
 */
function callerLimiter (app: FastifyInstance, scope: Scope, limiterFor: (limit: Limit) => Limiter): onRequestHookHandler {
  const failClosed = FAIL_CLOSED.has(scope)
  return function limitCaller (request, reply, done) {
    const limit = limitFor(request.caller!, scope)
    if (limit === undefined) { done(); return }
    // On the request, not in a WeakMap keyed by it: a request-keyed weak entry is GC work on every request.
    request.callerLimit = limit
    limiterFor(limit.limit).call(app, request, reply).then(() => {
      draftHeaders(reply, limit)
      done()
    }, (err: unknown) => {
      try {
        // The shared counters are unreachable: money stops, reads carry on (and say so in logs and metrics).
        refusedOrAllowed(app.rateLimitRefusals, err, request, 'caller_limit', failClosed)
      } catch (refusal) {
        done(refusal as Error)
        return
      }
      done()
    })
  }
}

/** Each caller's limit per scope, as its tenant sets it, on the shared counters of the rate-limit plugin. */
export default fp(
  async function callerLimitsPlugin (app) {
    app.decorateRequest('callerLimit', null)
    const limiterFor = limiters(app)
    app.decorate('limitCaller', (scope: Scope): onRequestHookHandler => callerLimiter(app, scope, limiterFor))
  },
  { name: 'caller-limits', fastify: '5.x', dependencies: ['rate-limit'] }
)
