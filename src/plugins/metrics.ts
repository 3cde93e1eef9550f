import fp from 'fastify-plugin'
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client'
import type { LeanObserver } from '../lean/observer.js'

declare module 'fastify' {
  interface FastifyInstance {
    metrics: { registry: Registry; lean: LeanObserver; unknownOutcomes: Counter<'stage'> }
  }
}

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

/** Prometheus metrics on a registry of the app's own, so several apps in one process never collide. */
export default fp(
  async function metricsPlugin (app) {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })

    const requests = new Counter({
      name: 'gateway_http_requests_total',
      help: 'Requests answered, by route template, method and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry]
    })
    const latency = new Histogram({
      name: 'gateway_http_request_duration_seconds',
      help: 'Time to answer, by route template and method',
      labelNames: ['method', 'route'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry]
    })
    const upstream = new Histogram({
      name: 'gateway_lean_request_duration_seconds',
      help: 'Lean calls by operation and outcome (status code, error or timeout)',
      labelNames: ['operation', 'outcome'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry]
    })
    const tokenFetches = new Counter({
      name: 'gateway_lean_token_fetches_total',
      help: 'Lean token requests by outcome',
      labelNames: ['outcome'] as const,
      registers: [registry]
    })

    const unknownOutcomes = new Counter({
      name: 'gateway_payout_unknown_outcomes_total',
      help: 'Payout attempts whose result at Lean was unknown (recorded), and later attempts that resolved one (resolved)',
      labelNames: ['stage'] as const,
      registers: [registry]
    })

    const upstreamChildren = new Map<string, ReturnType<typeof upstream.labels>>()
    app.decorate('metrics', {
      registry,
      unknownOutcomes,
      lean: {
        upstream: (operation, outcome, seconds) => {
          const id = `${operation} ${outcome}`
          let child = upstreamChildren.get(id)
          if (child === undefined) {
            child = upstream.labels(operation, outcome)
            upstreamChildren.set(id, child)
          }
          child.observe(seconds)
        },
        tokenFetch: (outcome) => tokenFetches.inc({ outcome })
      }
    })

    // Label children resolved once per (method, route, status): no label hashing per request.
    const children = new Map<string, { count: Counter.Internal; time: ReturnType<typeof latency.labels> }>()
    app.addHook('onResponse', (request, reply, done) => {
      // Unmatched URLs share one label so scanners cannot blow up the series count.
      const route = request.routeOptions.url ?? 'unmatched'
      const id = `${request.method} ${route} ${reply.statusCode}`
      let child = children.get(id)
      if (child === undefined) {
        child = {
          count: requests.labels(request.method, route, String(reply.statusCode)),
          time: latency.labels(request.method, route)
        }
        children.set(id, child)
      }
      child.count.inc()
      child.time.observe(reply.elapsedTime / 1000)
      done()
    })

    app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
      reply.type(registry.contentType)
      return await registry.metrics()
    })
  },
  { name: 'metrics', fastify: '5.x' }
)
