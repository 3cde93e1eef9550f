import fp from 'fastify-plugin'
import { Gauge } from 'prom-client'
import { CircuitBreaker, type CircuitState } from '../lean/circuit.js'
import { LeanClient } from '../lean/client.js'
import { Deadline } from '../lean/deadline.js'
import { PoolRegistry } from '../lean/pools.js'
import { credentialsKey, TokenRegistry } from '../lean/tokens.js'
import type { LeanCallTracer } from '../lean/observer.js'
import type { GatewayConfig, TenantConfig } from '../config/types.js'
import { clientKeyOf } from '../ownership/guard.js'

declare module 'fastify' {
  interface FastifyInstance {
    lean: {
      /** The Lean client for this tenant as its directory describes it. */
      client: (tenant: TenantConfig) => LeanClient
      /** A customer-scoped token for LinkSDK, with at least 10 minutes of life, fetched once however many wait. */
      customerToken: (tenant: TenantConfig, customerId: string) => Promise<{ value: string; expiresAt: number }>
      /** Lean applications whose breaker is not closed, by client id. */
      circuits: () => Record<string, Exclude<CircuitState, 'closed'>>
    }
  }
}

/** LinkSDK needs a customer token valid for at least this long when it is handed over. */
export const CUSTOMER_TOKEN_MIN_LIFE_MS = 10 * 60_000

const STATE_VALUE: Record<CircuitState, number> = { closed: 0, open: 1, 'half-open': 2 }

/**
 * Lean clients, built on first use for a tenant's settings and kept while a reload leaves those
 * settings alone (so its in-flight count carries on). Pools, tokens and circuit breakers outlive
 * reloads: tenants sharing a Lean application share its token and its breaker.
 */
export default fp<{ tracer?: LeanCallTracer }>(
  async function leanPlugin (app, options) {
    const pools = new PoolRegistry()
    const tokens = new TokenRegistry(pools, app.metrics.lean, options.tracer)
    const circuitGauge = new Gauge({
      name: 'gateway_lean_circuit_state',
      help: 'Circuit breaker per Lean application: 0 closed, 1 open (calls refused), 2 half-open (one probe)',
      labelNames: ['client_id'] as const,
      registers: [app.metrics.registry]
    })
    const breakers = new Map<string, { breaker: CircuitBreaker; clientId: string }>()
    // The tenant objects of a directory never change, so a client found for one is found at once.
    const byTenant = new WeakMap<TenantConfig, LeanClient>()
    const bySettings = new Map<string, LeanClient>()
    const settingsKey = (tenant: TenantConfig): string => `${tenant.id}\n${JSON.stringify(tenant.lean)}`

    function breakerFor (tenant: TenantConfig, settings: GatewayConfig['circuitBreaker']): CircuitBreaker {
      const key = clientKeyOf(tenant)
      let entry = breakers.get(key)
      if (entry === undefined) {
        const clientId = tenant.lean.clientId
        const breaker = new CircuitBreaker(settings, (state) => {
          circuitGauge.set({ client_id: clientId }, STATE_VALUE[state])
          app.log[state === 'closed' ? 'info' : 'warn']({ leanClientId: clientId, state }, `Lean circuit ${state}`)
        })
        circuitGauge.set({ client_id: clientId }, 0)
        entry = { breaker, clientId }
        breakers.set(key, entry)
      }
      return entry.breaker
    }

    function client (tenant: TenantConfig): LeanClient {
      const known = byTenant.get(tenant)
      if (known !== undefined) return known
      const key = settingsKey(tenant)
      let built = bySettings.get(key)
      if (built === undefined) {
        built = new LeanClient(tenant.lean, tokens.for(tenant.lean), pools, app.metrics.lean, breakerFor(tenant, app.directory.config.circuitBreaker), options.tracer)
        bySettings.set(key, built)
      }
      byTenant.set(tenant, built)
      return built
    }

    app.onConfigReload((directory) => {
      const tenants = directory.config.tenants
      const settings = new Set(tenants.map(settingsKey))
      for (const key of bySettings.keys()) if (!settings.has(key)) bySettings.delete(key)
      // A changed secret names new credentials: the old token goes, the next call fetches one.
      tokens.retain(new Set(tenants.map((t) => credentialsKey(t.lean))))
      const applications = new Set(tenants.map(clientKeyOf))
      for (const [key, entry] of breakers) {
        if (applications.has(key)) {
          entry.breaker.configure(directory.config.circuitBreaker)
        } else {
          breakers.delete(key)
          circuitGauge.remove({ client_id: entry.clientId })
        }
      }
      for (const tenant of tenants) client(tenant)
    })
    for (const tenant of app.directory.config.tenants) client(tenant)

    app.decorate('lean', {
      client,
      async customerToken (tenant, customerId) {
        const manager = tokens.for({ ...tenant.lean, scope: `customer.${customerId}` }, CUSTOMER_TOKEN_MIN_LIFE_MS)
        return await manager.getWithExpiry(new Deadline(tenant.lean.timeoutMs))
      },
      circuits () {
        const out: Record<string, Exclude<CircuitState, 'closed'>> = {}
        for (const { breaker, clientId } of breakers.values()) {
          const state = breaker.current
          if (state !== 'closed') out[clientId] = state
        }
        return out
      }
    })
    app.addHook('onClose', async () => { await pools.close() })
  },
  { name: 'lean', fastify: '5.x', dependencies: ['metrics', 'tenants'] }
)
