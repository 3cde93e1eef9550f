import { Pool } from 'undici'
import type { LeanTls } from '../config/types.js'

/**
 * One keep-alive pool per upstream origin and client certificate, built on first use and reused for
 * the life of the app, so a request never pays for a new client or TLS session set-up it could
 * share, and a connection made with one application's certificate never carries another's call.
 */
export class PoolRegistry {
  private readonly pools = new Map<string, Pool>()

  constructor (private readonly options: { connections?: number } = {}) {}

  get (origin: string, tls?: LeanTls): Pool {
    const key = tls === undefined ? origin : `${origin}\n${tls.fingerprint}`
    let pool = this.pools.get(key)
    if (pool === undefined) {
      pool = new Pool(origin, {
        connections: this.options.connections ?? 128,
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 60_000,
        connect: {
          timeout: 10_000,
          // Lean's mTLS: present the application's certificate; trust Lean's chain when it is given.
          ...(tls !== undefined && { cert: tls.cert, key: tls.key, ...(tls.ca !== undefined && { ca: tls.ca }), ...(tls.passphrase !== undefined && { passphrase: tls.passphrase }) })
        },
        // Off: every call here carries its own deadline (exchange()'s timer, the token fetch's signal),
        // which aborts through undici. undici's own are coarse timers that live until their next
        // tick, a second on, however soon they are cleared: one per request, each promoted to the
        // old generation (a third of what a read left there), to bound what is already bounded.
        headersTimeout: 0,
        bodyTimeout: 0
      })
      this.pools.set(key, pool)
    }
    return pool
  }

  async close (): Promise<void> {
    await Promise.all([...this.pools.values()].map(async (p) => p.close()))
    this.pools.clear()
  }
}
