import fp from 'fastify-plugin'
import { Gauge } from 'prom-client'
import { LeanApplications } from '../lean/applications.js'
import { BankLists } from '../lean/banks.js'
import { AppUserCustomers } from '../entities/customers.js'
import type { CircuitState } from '../lean/circuit.js'
import type { LeanClient } from '../lean/client.js'
import type { LeanCallTracer } from '../lean/observer.js'
import type { TenantConfig } from '../config/types.js'

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
      /** Lean's banks list, kept per Lean application (lean/banks.ts). */
      banks: BankLists
      /** Each app user's Lean customer, found or created once (Link's sessions, pay-ins). */
      customers: AppUserCustomers
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

const STATE_VALUE: Record<CircuitState, number> = { closed: 0, open: 1, 'half-open': 2 }

/** Lean's applications (lean/applications.ts) as the app's `lean` decorator, with their breakers' and certificates' metrics. */
export default fp<{ tracer?: LeanCallTracer }>(
  async function leanPlugin (app, options) {
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
    const applications = new LeanApplications(() => app.directory.config, app.metrics.lean, {
      made (clientId) { circuitGauge.set({ client_id: clientId }, 0) },
      changed (clientId, state) {
        circuitGauge.set({ client_id: clientId }, STATE_VALUE[state])
        app.log[state === 'closed' ? 'info' : 'warn']({ leanClientId: clientId, state }, `Lean circuit ${state}`)
      },
      removed (clientId) { circuitGauge.remove({ client_id: clientId }) }
    }, options.tracer)
    app.onConfigReload((directory) => { applications.reloaded(directory.config) })

    app.decorate('lean', {
      client: (tenant) => applications.client(tenant),
      customerToken: async (tenant, customerId) => await applications.customerToken(tenant, customerId),
      certificates: () => clientCertificates(app.directory.config.tenants),
      circuits: () => applications.openCircuits(),
      banks: new BankLists(),
      customers: new AppUserCustomers(app.store, (tenant) => applications.client(tenant))
    })
    app.addHook('onClose', async () => { await applications.close() })
  },
  { name: 'lean', fastify: '5.x', dependencies: ['metrics', 'tenants', 'store'] }
)
