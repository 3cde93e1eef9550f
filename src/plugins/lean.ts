import fp from 'fastify-plugin'
import { Gauge } from 'prom-client'
import { CircuitBreaker, type CircuitState } from '../lean/circuit.js'
import { LeanClient } from '../lean/client.js'
import { Deadline } from '../lean/deadline.js'
import { PoolRegistry } from '../lean/pools.js'
import { AppTokenCredentials, BearerCredentials, type LeanCredentials } from '../lean/credentials.js'
import { credentialsKey, TokenRegistry, type TokenCredentials } from '../lean/tokens.js'
import type { LeanCallTracer } from '../lean/observer.js'
import type { GatewayConfig, LeanClientConfig, TenantConfig } from '../config/types.js'
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
      /** Each mTLS client certificate in use, by client id: the earliest expiry when several share one. */
      certificates: () => Record<string, ClientCertificate>
    }
  }
}

export interface ClientCertificate {
  subject: string
  notAfter: string
  /** Negative once it has expired. */
  secondsLeft: number
}

/** The client certificates of these tenants' Lean applications, the one expiring first per client id. */
export function clientCertificates (tenants: readonly TenantConfig[], now = Date.now()): Record<string, ClientCertificate> {
  const out: Record<string, ClientCertificate & { at: number }> = {}
  for (const { lean } of tenants) {
    if (lean.tls === undefined) continue
    const known = out[lean.clientId]
    if (known !== undefined && known.at <= lean.tls.notAfter) continue
    out[lean.clientId] = { subject: lean.tls.subject, notAfter: new Date(lean.tls.notAfter).toISOString(), secondsLeft: Math.floor((lean.tls.notAfter - now) / 1000), at: lean.tls.notAfter }
  }
  return Object.fromEntries(Object.entries(out).map(([id, { at: _at, ...cert }]) => [id, cert]))
}

/** LinkSDK needs a customer token valid for at least this long when it is handed over. */
export const CUSTOMER_TOKEN_MIN_LIFE_MS = 10 * 60_000

/** The tenant's OAuth client credentials, when it has them (the app-token model may not). */
export function oauthOf (lean: LeanClientConfig, scope = lean.scope): TokenCredentials | undefined {
  if (lean.clientSecret === undefined) return undefined
  return { authUrl: lean.authUrl, clientId: lean.clientId, clientSecret: lean.clientSecret, scope, ...(lean.tls !== undefined && { tls: lean.tls }) }
}

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
    // Read at each scrape, so the figure falls as time passes and a reload's new certificate shows at once.
    app.metrics.registry.registerMetric(new Gauge({
      name: 'gateway_lean_client_cert_expiry_seconds',
      help: "Seconds until the mTLS client certificate of a Lean application expires (negative once expired): alert well before Lean's calls start failing",
      labelNames: ['client_id'] as const,
      registers: [],
      collect () {
        this.reset()
        for (const [clientId, cert] of Object.entries(clientCertificates(app.directory.config.tenants))) this.set({ client_id: clientId }, cert.secondsLeft)
      }
    }))
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

    function credentialsFor (lean: LeanClientConfig): LeanCredentials {
      // Lean's older model wins when configured: its OAuth credentials, if any, serve LinkSDK only.
      if (lean.appToken !== undefined) return new AppTokenCredentials(lean.appToken)
      const oauth = oauthOf(lean)
      // resolveConfig refuses a tenant with neither.
      if (oauth === undefined) throw new Error('a Lean client without appToken needs OAuth credentials')
      return new BearerCredentials(tokens.for(oauth))
    }

    function client (tenant: TenantConfig): LeanClient {
      const known = byTenant.get(tenant)
      if (known !== undefined) return known
      const key = settingsKey(tenant)
      let built = bySettings.get(key)
      if (built === undefined) {
        built = new LeanClient(tenant.lean, credentialsFor(tenant.lean), pools, app.metrics.lean, breakerFor(tenant, app.directory.config.circuitBreaker), options.tracer)
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
      tokens.retain(new Set(tenants.flatMap((t) => { const oauth = oauthOf(t.lean); return oauth === undefined ? [] : [credentialsKey(oauth)] })))
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
        const oauth = oauthOf(tenant.lean, `customer.${customerId}`)
        if (oauth === undefined) throw new Error(`tenant ${tenant.id} has no OAuth credentials for customer tokens`)
        const manager = tokens.for(oauth, CUSTOMER_TOKEN_MIN_LIFE_MS)
        return await manager.getWithExpiry(new Deadline(tenant.lean.timeoutMs))
      },
      certificates: () => clientCertificates(app.directory.config.tenants),
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
