import type { GatewayConfig, LeanClientConfig, TenantConfig } from '../config/types.js'
import { clientKeyOf } from '../ownership/guard.js'
import { CircuitBreaker, type CircuitState } from './circuit.js'
import { LeanClient } from './client.js'
import { AppTokenCredentials, BearerCredentials, type LeanCredentials } from './credentials.js'
import { Deadline } from './deadline.js'
import type { LeanCallTracer, LeanObserver } from './observer.js'
import { PoolRegistry } from './pools.js'
import { credentialsKey, TokenRegistry, type TokenCredentials } from './tokens.js'

/** LinkSDK needs a customer token valid for at least this long when it is handed over. */
export const CUSTOMER_TOKEN_MIN_LIFE_MS = 10 * 60_000

/** The tenant's OAuth client credentials, when it has them (the app-token model may not). */
export function oauthOf (lean: LeanClientConfig, scope = lean.scope): TokenCredentials | undefined {
  if (lean.clientSecret === undefined) return undefined
  return { authUrl: lean.authUrl, clientId: lean.clientId, clientSecret: lean.clientSecret, scope, ...(lean.tls !== undefined && { tls: lean.tls }) }
}

function credentialsFor (tokens: TokenRegistry, lean: LeanClientConfig): LeanCredentials {
  // Lean's older model wins when configured: its OAuth credentials, if any, serve LinkSDK only.
  if (lean.appToken !== undefined) return new AppTokenCredentials(lean.appToken)
  const oauth = oauthOf(lean)
  // resolveConfig refuses a tenant with neither.
  if (oauth === undefined) throw new Error('a Lean client without appToken needs OAuth credentials')
  return new BearerCredentials(tokens.for(oauth))
}

export interface CircuitListener {
  /** A breaker was made for the application, closed. */
  made: (clientId: string) => void
  /** A breaker's state changed. */
  changed: (clientId: string, state: CircuitState) => void
  /** The application left the directory: its breaker is gone. */
  removed: (clientId: string) => void
}

/**
 * Lean applications as the gateway holds them: clients built on first use for a tenant's settings
 * and kept while a reload leaves those settings alone (so their in-flight counts carry on). Pools,
 * tokens and circuit breakers outlive reloads: tenants sharing a Lean application share its token
 * and its breaker.
 */
export class LeanApplications {
  private readonly pools = new PoolRegistry()
  private readonly tokens: TokenRegistry
  private readonly breakers = new Map<string, { breaker: CircuitBreaker; clientId: string }>()
  // The tenant objects of a directory never change, so a client found for one is found at once.
  private readonly byTenant = new WeakMap<TenantConfig, LeanClient>()
  private readonly bySettings = new Map<string, LeanClient>()

  constructor (
    private readonly config: () => GatewayConfig,
    private readonly observer: LeanObserver,
    private readonly circuits: CircuitListener,
    private readonly tracer?: LeanCallTracer
  ) {
    this.tokens = new TokenRegistry(this.pools, observer, tracer)
    for (const tenant of config().tenants) this.client(tenant)
  }

  /** The Lean client for this tenant as its directory describes it. */
  client (tenant: TenantConfig): LeanClient {
    const known = this.byTenant.get(tenant)
    if (known !== undefined) return known
    const key = settingsKey(tenant)
    let built = this.bySettings.get(key)
    if (built === undefined) {
      built = new LeanClient(tenant.lean, credentialsFor(this.tokens, tenant.lean), this.pools, this.observer, this.breakerFor(tenant), this.tracer)
      this.bySettings.set(key, built)
    }
    this.byTenant.set(tenant, built)
    return built
  }

  /** After a reload: what the new directory no longer names goes (clients, tokens, breakers); the rest is kept. */
  reloaded (config: GatewayConfig): void {
    const tenants = config.tenants
    const settings = new Set(tenants.map(settingsKey))
    for (const key of this.bySettings.keys()) if (!settings.has(key)) this.bySettings.delete(key)
    // A changed secret names new credentials: the old token goes, the next call fetches one.
    this.tokens.retain(new Set(tenants.flatMap((t) => { const oauth = oauthOf(t.lean); return oauth === undefined ? [] : [credentialsKey(oauth)] })))
    const applications = new Set(tenants.map(clientKeyOf))
    for (const [key, entry] of this.breakers) {
      if (applications.has(key)) {
        entry.breaker.configure(config.circuitBreaker)
      } else {
        this.breakers.delete(key)
        this.circuits.removed(entry.clientId)
      }
    }
    for (const tenant of tenants) this.client(tenant)
  }

  /** A customer-scoped token for LinkSDK, with at least 10 minutes of life, fetched once however many wait. */
  async customerToken (tenant: TenantConfig, customerId: string): Promise<{ value: string; expiresAt: number }> {
    const oauth = oauthOf(tenant.lean, `customer.${customerId}`)
    if (oauth === undefined) throw new Error(`tenant ${tenant.id} has no OAuth credentials for customer tokens`)
    return await this.tokens.for(oauth, CUSTOMER_TOKEN_MIN_LIFE_MS).getWithExpiry(new Deadline(tenant.lean.timeoutMs))
  }

  /** Lean applications whose breaker is not closed, by client id. */
  openCircuits (): Record<string, Exclude<CircuitState, 'closed'>> {
    const out: Record<string, Exclude<CircuitState, 'closed'>> = {}
    for (const { breaker, clientId } of this.breakers.values()) {
      const state = breaker.current
      if (state !== 'closed') out[clientId] = state
    }
    return out
  }

  async close (): Promise<void> {
    await this.pools.close()
  }

  private breakerFor (tenant: TenantConfig): CircuitBreaker {
    const key = clientKeyOf(tenant)
    let entry = this.breakers.get(key)
    if (entry === undefined) {
      const clientId = tenant.lean.clientId
      const breaker = new CircuitBreaker(this.config().circuitBreaker, (state) => { this.circuits.changed(clientId, state) })
      this.circuits.made(clientId)
      entry = { breaker, clientId }
      this.breakers.set(key, entry)
    }
    return entry.breaker
  }
}

const settingsKey = (tenant: TenantConfig): string => `${tenant.id}\n${JSON.stringify(tenant.lean)}`
