import type { FastifyReply, FastifyRequest, onResponseHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import { BoundCounter, BoundHistogram, type CounterSeries } from '../metrics/series.js'
import type { LeanObserver } from '../lean/observer.js'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: {
      registry: Registry
      lean: LeanObserver
      unknownOutcomes: Counter<'stage'>
      lateStoreFailures: Counter<'operation'>
      clientErrors: Counter<'status'>
      leanEvents: (type: string, verdict: string) => void
      deliveries: (outcome: string, lagSeconds: number) => void
      polls: (outcome: string) => void
      /** The onResponse hook counting each answer and its latency (plugins/request-metrics.ts adds it). */
      recordRequest: onResponseHookHandler
    }
  }
}

/**
 * Series kept by two label values, found with two map lookups and no key built: the hot path's
 * metrics are looked up on every request.
 */
export function seriesBy<S> (make: (a: string, b: string) => S): (a: string, b: string | number) => S {
  const byFirst = new Map<string, Map<string | number, S>>()
  return (a, b) => {
    let inner = byFirst.get(a)
    if (inner === undefined) byFirst.set(a, inner = new Map())
    let series = inner.get(b)
    if (series === undefined) inner.set(b, series = make(a, String(b)))
    return series
  }
}

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

/** What callers see: requests answered, their latency, and connections refused before a request existed. */
function httpCollectors (registry: Registry) {
  return {
    requests: new BoundCounter('gateway_http_requests_total', 'Requests answered, by route template, method and status', ['method', 'route', 'status'], registry),
    latency: new BoundHistogram('gateway_http_request_duration_seconds', 'Time to answer, by route template and method', ['method', 'route'], LATENCY_BUCKETS, registry),
    clientErrors: new Counter({
      name: 'gateway_http_client_errors_total',
      help: 'Connections refused by the HTTP parser before a request existed (malformed, headers too large, too slow), by status',
      labelNames: ['status'] as const,
      registers: [registry]
    })
  }
}

/** Lean's side: its latency by outcome, token fetches, and the money outcomes operators must watch. */
function leanCollectors (registry: Registry) {
  return {
    upstream: new BoundHistogram('gateway_lean_request_duration_seconds', 'Lean calls by operation and outcome (status code, error or timeout)', ['operation', 'outcome'], LATENCY_BUCKETS, registry),
    tokenFetches: new Counter({
      name: 'gateway_lean_token_fetches_total',
      help: 'Lean token requests by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry]
    }),
    unknownOutcomes: new Counter({
      name: 'gateway_payout_unknown_outcomes_total',
      help: 'Payout attempts whose result at Lean was unknown (recorded), and later attempts that resolved one (resolved)',
      labelNames: ['stage'] as const,
      registers: [registry]
    }),
    lateStoreFailures: new Counter({
      name: 'gateway_store_write_failures_after_lean_total',
      help: "Records (idempotency answer, ownership, audit) the store failed to write after Lean had acted; the caller still got Lean's answer",
      labelNames: ['operation'] as const,
      registers: [registry]
    })
  }
}

/** Events: Lean's webhooks in, deliveries to tenants out, and the poller. */
function eventCollectors (registry: Registry) {
  return {
    leanEvents: new Counter({
      name: 'gateway_lean_events_total',
      help: "Lean's webhooks by type and verdict (accepted, unmatched: concerns no known tenant, duplicate, bad_signature, invalid)",
      labelNames: ['type', 'verdict'] as const,
      registers: [registry]
    }),
    deliveries: new Counter({
      name: 'gateway_webhook_deliveries_total',
      help: "Attempts to deliver tenants' events, by outcome (delivered, failed: retried later, abandoned)",
      labelNames: ['outcome'] as const,
      registers: [registry]
    }),
    deliveryLag: new Histogram({
      name: 'gateway_webhook_delivery_lag_seconds',
      help: 'From an event being created to its delivery',
      buckets: [0.1, 0.5, 1, 5, 30, 60, 300, 1800, 3600, 21600, 86400],
      registers: [registry]
    }),
    polls: new Counter({
      name: 'gateway_payout_polls_total',
      help: 'Polls of payouts that are not final, by outcome (unchanged, changed, error)',
      labelNames: ['outcome'] as const,
      registers: [registry]
    })
  }
}

/** The onResponse hook counting each answer and its latency by route template. */
export function requestRecorder ({ requests, latency }: Pick<ReturnType<typeof httpCollectors>, 'requests' | 'latency'>): onResponseHookHandler {
  const routeSeries = seriesBy((route, method) => ({ latency: latency.series(method, route), byStatus: new Map<number, CounterSeries>() }))
  return function recordRequest (request: FastifyRequest, reply: FastifyReply, done: () => void): void {
    // Unmatched URLs share one label so scanners cannot blow up the series count.
    const route = request.routeOptions.url ?? 'unmatched'
    const series = routeSeries(route, request.method)
    const status = reply.statusCode
    let answered = series.byStatus.get(status)
    if (answered === undefined) series.byStatus.set(status, answered = requests.series(request.method, route, String(status)))
    answered.inc()
    series.latency.observe(reply.elapsedTime / 1000)
    done()
  }
}

/** Prometheus metrics on a registry of the app's own, so several apps in one process never collide. */
export default fp(
  async function metricsPlugin (app) {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    const http = httpCollectors(registry)
    const lean = leanCollectors(registry)
    const events = eventCollectors(registry)

    const upstreamSeries = seriesBy((operation, outcome) => lean.upstream.series(operation, outcome))
    app.decorate('metrics', {
      registry,
      unknownOutcomes: lean.unknownOutcomes,
      lateStoreFailures: lean.lateStoreFailures,
      clientErrors: http.clientErrors,
      leanEvents: (type, verdict) => events.leanEvents.inc({ type, verdict }),
      deliveries: (outcome, lagSeconds) => {
        events.deliveries.inc({ outcome })
        if (outcome === 'delivered') events.deliveryLag.observe(lagSeconds)
      },
      polls: (outcome) => events.polls.inc({ outcome }),
      lean: {
        upstream: (operation, outcome, seconds) => upstreamSeries(operation, outcome).observe(seconds),
        tokenFetch: (outcome) => lean.tokenFetches.inc({ outcome })
      },
      recordRequest: requestRecorder(http)
    })

    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
      reply.type(registry.contentType)
      return await registry.metrics()
    })
  },
  { name: 'metrics', fastify: '5.x' }
)
