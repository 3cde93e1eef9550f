import type { Redis } from 'ioredis'
import type { Limit } from '../config/types.js'

/**
 * Failed authentications per client address in a fixed window, so keys cannot be guessed at line rate.
 * The limit is the request's (its tenant directory's), so a reloaded limit applies from the next request.
 */
export interface AuthFailureCounter {
  /** Seconds until the address may try again, or 0 when it may try now. */
  blockedFor: (address: string, limit: Limit) => Promise<number>
  recordFailure: (address: string, limit: Limit) => Promise<void>
}

export class MemoryAuthFailures implements AuthFailureCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>()

  private current (address: string): { count: number; resetAt: number } | undefined {
    const entry = this.windows.get(address)
    if (entry !== undefined && entry.resetAt <= Date.now()) {
      this.windows.delete(address)
      return undefined
    }
    return entry
  }

  async blockedFor (address: string, limit: Limit): Promise<number> {
    const entry = this.current(address)
    return entry !== undefined && entry.count >= limit.max ? Math.ceil((entry.resetAt - Date.now()) / 1000) : 0
  }

  async recordFailure (address: string, limit: Limit): Promise<void> {
    const entry = this.current(address)
    if (entry === undefined) {
      // Bounded memory under a flood of addresses: forget the oldest window.
      if (this.windows.size >= 100_000) this.windows.delete(this.windows.keys().next().value!)
      this.windows.set(address, { count: 1, resetAt: Date.now() + limit.timeWindowMs })
    } else {
      entry.count++
    }
  }
}

export class RedisAuthFailures implements AuthFailureCounter {
  constructor (private readonly redis: Redis, private readonly prefix: string) {}

  async blockedFor (address: string, limit: Limit): Promise<number> {
    const key = this.prefix + address
    const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.pttl(key)])
    return Number(count ?? 0) >= limit.max && ttl > 0 ? Math.ceil(ttl / 1000) : 0
  }

  async recordFailure (address: string, limit: Limit): Promise<void> {
    const key = this.prefix + address
    // The first failure starts the window; later ones do not extend it.
    await this.redis.multi().incr(key).pexpire(key, limit.timeWindowMs, 'NX').exec()
  }
}
