import { createHash } from 'node:crypto'
import type { LeanTls } from '../config/types.js'
import { readConnectionFailure } from './connection-failure.js'
import type { Deadline } from './deadline.js'
import { LeanTokenError } from './errors.js'
import type { LeanCallTracer, LeanObserver } from './observer.js'
import type { PoolRegistry } from './pools.js'

export interface TokenCredentials {
  authUrl: string
  clientId: string
  clientSecret: string
  scope: string
  /** Lean's mTLS: the token endpoint sees the same certificate as the API. */
  tls?: LeanTls
}

interface CachedToken {
  value: string
  refreshAt: number
  expiresAt: number
}

const FETCH_TIMEOUT_MS = 30_000
const MAX_MANAGERS = 10_000

/**
 * Lean's bearer token for one (authUrl, clientId, scope): fetched once however many requests wait,
 * kept until shortly before it expires, replaced once when Lean rejects it.
 */
export class TokenManager {
  private current: CachedToken | undefined
  private inflight: Promise<CachedToken> | undefined

  /** `minLifeMs`: a token is renewed once it has less than this left (LinkSDK needs 10 minutes). */
  constructor (
    private readonly credentials: TokenCredentials,
    private readonly pools: PoolRegistry,
    private readonly observer: LeanObserver,
    private readonly minLifeMs = 0,
    private readonly tracer?: LeanCallTracer
  ) {}

  /** The token, when one is fresh: no waiting, no promise. */
  fresh (): string | undefined {
    const cached = this.current
    return cached !== undefined && Date.now() < cached.refreshAt ? cached.value : undefined
  }

  async get (deadline: Deadline): Promise<string> {
    return (await this.getWithExpiry(deadline)).value
  }

  /** The token and when it expires (epoch ms), for handing it on. */
  async getWithExpiry (deadline: Deadline): Promise<{ value: string; expiresAt: number }> {
    const cached = this.current
    if (cached !== undefined && Date.now() < cached.refreshAt) return cached
    this.inflight ??= this.fetch().finally(() => { this.inflight = undefined })
    // A waiter gives up at its own deadline; the shared fetch carries on for the others.
    return await deadline.race(this.inflight, 'token')
  }

  /** Forget `token` after Lean rejected it, unless a newer one has already replaced it. */
  invalidate (token: string): void {
    if (this.current?.value === token) this.current = undefined
  }

  private async fetch (): Promise<CachedToken> {
    const url = new URL(this.credentials.authUrl)
    const form = new URLSearchParams({
      client_id: this.credentials.clientId,
      client_secret: this.credentials.clientSecret,
      grant_type: 'client_credentials',
      scope: this.credentials.scope
    })
    const span = this.tracer?.start({ operation: 'token', method: 'POST', url: url.href, attempt: 1 })
    try {
      const res = await this.pools.get(url.origin, this.credentials.tls).request({
        method: 'POST',
        path: url.pathname + url.search,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...span?.headers },
        body: form.toString(),
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS)
      })
      const text = await res.body.text()
      span?.end(res.statusCode)
      // Never put the token endpoint's body in an error: it may hold a token or echo the secret.
      if (res.statusCode !== 200) throw new LeanTokenError(`token endpoint answered ${res.statusCode}`, res.statusCode)
      let parsed: { access_token?: unknown; token_type?: unknown; expires_in?: unknown }
      try {
        parsed = JSON.parse(text) as typeof parsed
      } catch {
        throw new LeanTokenError('token endpoint answered with invalid JSON', res.statusCode)
      }
      if (typeof parsed.access_token !== 'string' || parsed.access_token === '') {
        throw new LeanTokenError('token endpoint answered without access_token', res.statusCode)
      }
      if (typeof parsed.token_type === 'string' && parsed.token_type.toLowerCase() !== 'bearer') {
        throw new LeanTokenError('token endpoint answered a non-bearer token', res.statusCode)
      }
      const expiresIn = typeof parsed.expires_in === 'number' && parsed.expires_in > 0 ? parsed.expires_in : 3599
      // Renew a minute early (a tenth of the lifetime for short tokens) so no call carries a dying token.
      const margin = Math.min(60, expiresIn * 0.1)
      const expiresAt = Date.now() + expiresIn * 1000
      const token = { value: parsed.access_token, expiresAt, refreshAt: Math.min(expiresAt - margin * 1000, expiresAt - this.minLifeMs) }
      this.current = token
      this.observer.tokenFetch('ok')
      return token
    } catch (err) {
      this.observer.tokenFetch('error')
      if (err instanceof LeanTokenError) throw err
      const failure = readConnectionFailure(err, url.origin, this.credentials.tls)
      span?.end(failure.code)
      throw new LeanTokenError(`token endpoint unreachable: ${failure.tls ?? (err as Error).name}`, undefined, { cause: err, tls: failure.tls !== undefined })
    }
  }
}

/**
 * Which token cache a set of credentials uses: the secret and the certificate are part of it, so a
 * rotated secret or certificate (a reload) starts from a fresh token instead of one the old one
 * obtained (with mTLS, Lean may bind a token to the certificate it was issued to).
 */
export const credentialsKey = (c: Omit<TokenCredentials, 'scope'>): string =>
  `${c.authUrl}\n${c.clientId}\n${createHash('sha256').update(c.clientSecret).digest('hex')}\n${c.tls?.fingerprint ?? ''}`

/** Token managers shared by every tenant using the same Lean client, as Lean advises. */
export class TokenRegistry {
  private readonly managers = new Map<string, TokenManager>()

  constructor (private readonly pools: PoolRegistry, private readonly observer: LeanObserver, private readonly tracer?: LeanCallTracer) {}

  for (credentials: TokenCredentials, minLifeMs = 0): TokenManager {
    const key = `${credentialsKey(credentials)}\n${credentials.scope}`
    let manager = this.managers.get(key)
    if (manager === undefined) {
      // Customer-scoped tokens make one manager per customer: keep the most recent ones only.
      if (this.managers.size >= MAX_MANAGERS) this.managers.delete(this.managers.keys().next().value!)
      manager = new TokenManager(credentials, this.pools, this.observer, minLifeMs, this.tracer)
      this.managers.set(key, manager)
    }
    return manager
  }

  /** Forgets every cached token not obtained with one of `inUse` (credentialsKey values). */
  retain (inUse: ReadonlySet<string>): void {
    for (const key of this.managers.keys()) {
      if (!inUse.has(key.slice(0, key.lastIndexOf('\n')))) this.managers.delete(key)
    }
  }
}
