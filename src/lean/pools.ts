import { Pool } from 'undici'

/**
 * One keep-alive pool per upstream origin, built on first use and reused for the life of the app,
 * so a request never pays for a new client or TLS session set-up it could share.
 */
export class PoolRegistry {
  private readonly pools = new Map<string, Pool>()

  constructor (private readonly options: { connections?: number } = {}) {}

  get (origin: string): Pool {
    let pool = this.pools.get(origin)
    if (pool === undefined) {
      pool = new Pool(origin, {
        connections: this.options.connections ?? 128,
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 60_000,
        connect: { timeout: 10_000 },
        // The caller's deadline is exchange()'s own timer (undici's are coarse, about a second); these are backstops.
        headersTimeout: 600_000,
        bodyTimeout: 600_000
      })
      this.pools.set(origin, pool)
    }
    return pool
  }

  async close (): Promise<void> {
    await Promise.all([...this.pools.values()].map(async (p) => p.close()))
    this.pools.clear()
  }
}
