import fp from 'fastify-plugin'
import { LeanClient } from '../lean/client.js'
import { PoolRegistry } from '../lean/pools.js'
import { TokenRegistry } from '../lean/tokens.js'
import { Deadline } from '../lean/deadline.js'
import type { TenantConfig } from '../config/types.js'

declare module 'fastify' {
  interface FastifyInstance {
    lean: {
      client: (tenantId: string) => LeanClient
      /** A customer-scoped token for LinkSDK, with at least 10 minutes of life, fetched once however many wait. */
      customerToken: (tenant: TenantConfig, customerId: string) => Promise<{ value: string; expiresAt: number }>
    }
  }
}

/** LinkSDK needs a customer token valid for at least this long when it is handed over. */
export const CUSTOMER_TOKEN_MIN_LIFE_MS = 10 * 60_000

/** One Lean client per tenant, built once at start; tenants sharing a Lean client share its token. */
export default fp(
  async function leanPlugin (app) {
    const pools = new PoolRegistry()
    const tokens = new TokenRegistry(pools, app.metrics.lean)
    const clients = new Map<string, LeanClient>()
    for (const tenant of app.config.tenants) {
      clients.set(tenant.id, new LeanClient(tenant.lean, tokens.for(tenant.lean), pools, app.metrics.lean))
    }
    app.decorate('lean', {
      client (tenantId: string): LeanClient {
        const client = clients.get(tenantId)
        if (client === undefined) throw new Error(`no Lean client for tenant ${tenantId}`)
        return client
      },
      async customerToken (tenant, customerId) {
        const manager = tokens.for({ ...tenant.lean, scope: `customer.${customerId}` }, CUSTOMER_TOKEN_MIN_LIFE_MS)
        return await manager.getWithExpiry(new Deadline(tenant.lean.timeoutMs))
      }
    })
    app.addHook('onClose', async () => { await pools.close() })
  },
  { name: 'lean', fastify: '5.x', dependencies: ['metrics'], decorators: { fastify: ['config'] } }
)
