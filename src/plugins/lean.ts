import fp from 'fastify-plugin'
import { LeanClient } from '../lean/client.js'
import { PoolRegistry } from '../lean/pools.js'
import { TokenRegistry } from '../lean/tokens.js'

declare module 'fastify' {
  interface FastifyInstance {
    lean: { client: (tenantId: string) => LeanClient }
  }
}

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
      }
    })
    app.addHook('onClose', async () => { await pools.close() })
  },
  { name: 'lean', fastify: '5.x', dependencies: ['metrics'], decorators: { fastify: ['config'] } }
)
