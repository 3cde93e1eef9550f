import type { JWTVerifyGetKey } from 'jose'
import type { GatewayConfig, TenantConfig } from '../config/types.js'
import { OwnershipGuard } from '../ownership/guard.js'
import type { Store } from '../store/types.js'
import type { Caller } from './caller.js'

export type RemoteKeySet = JWTVerifyGetKey

export interface JwtIssuer {
  tenant: TenantConfig
  jwks: RemoteKeySet
}

const VERIFIED_MAX = 10_000

interface Verified { caller: Caller; expiresAt: number }

/**
 * Everything a request needs to know about tenants, built from one validated config and never
 * changed: a reload builds a new directory and swaps it whole, and a request keeps the one it began
 * with. The verified-JWT cache belongs to it, so a scope or tenant removed by a reload cannot live on
 * in a cached Caller.
 */
export class TenantDirectory {
  readonly tenants: ReadonlyMap<string, TenantConfig>
  /** By the key's SHA-256 (hex); one frozen Caller per key, so a request allocates nothing for it. */
  readonly apiKeys: ReadonlyMap<string, { caller: Caller; hash: Buffer }>
  /** By `issuer\naudience`. */
  readonly issuers: ReadonlyMap<string, JwtIssuer>
  readonly ownership: OwnershipGuard
  private readonly verified = new Map<string, Verified>()
  /**
   * The bearer header each connection last sent, and what it verified as. An app sends the same
   * token on every call of a connection: compared whole, it is found again without hashing a
   * token of a kilobyte for the map. Weak, so a closed connection takes its entry with it.
   */
  private readonly lastBearer = new WeakMap<object, { header: string; hit: Verified }>()
  /**
   * API keys as presented, once they verified: a key seen before is not hashed again. Only keys that
   * verified are kept (at most one entry per configured key), so a wrong key always takes the hash
   * and is counted as a failure; a reload starts a new directory, so a removed key is gone at once.
   */
  private readonly keysSeen = new Map<string, Caller>()

  constructor (readonly config: GatewayConfig, readonly generation: number, store: Store, keySet: (jwksUrl: string) => RemoteKeySet) {
    const tenants = new Map<string, TenantConfig>()
    const apiKeys = new Map<string, { caller: Caller; hash: Buffer }>()
    const issuers = new Map<string, JwtIssuer>()
    for (const tenant of config.tenants) {
      tenants.set(tenant.id, tenant)
      for (const key of tenant.apiKeys) {
        apiKeys.set(key.sha256, {
          caller: Object.freeze({ tenant, kind: 'api-key' as const, id: key.id, scopes: new Set(key.scopes) }),
          hash: Buffer.from(key.sha256, 'hex')
        })
      }
      if (tenant.jwt !== undefined) issuers.set(`${tenant.jwt.issuer}\n${tenant.jwt.audience}`, { tenant, jwks: keySet(tenant.jwt.jwksUrl) })
    }
    this.tenants = tenants
    this.apiKeys = apiKeys
    this.issuers = issuers
    this.ownership = new OwnershipGuard(config.tenants, store)
  }

  /** The caller of an API key this directory verified before, as it was presented. */
  keySeen (presented: string): Caller | undefined {
    return this.keysSeen.get(presented)
  }

  rememberKey (presented: string, caller: Caller): void {
    this.keysSeen.set(presented, caller)
  }

  /** A token this directory verified, until it expires. */
  verifiedCaller (token: string): Caller | undefined {
    return this.verifiedEntry(token)?.caller
  }

  /**
   * The caller of `Authorization: Bearer <token>` as `connection` sent it, when this directory
   * verified that token and it has not expired; undefined for anything else (to be read in full).
   */
  verifiedBearer (connection: object, header: string): Caller | undefined {
    const last = this.lastBearer.get(connection)
    if (last !== undefined && last.header === header) return Date.now() < last.hit.expiresAt ? last.hit.caller : undefined
    if (!header.startsWith('Bearer ')) return undefined
    const hit = this.verifiedEntry(header.slice(7))
    if (hit !== undefined) this.lastBearer.set(connection, { header, hit })
    return hit?.caller
  }

  private verifiedEntry (token: string): Verified | undefined {
    const hit = this.verified.get(token)
    if (hit === undefined) return undefined
    if (Date.now() < hit.expiresAt) return hit
    this.verified.delete(token)
    return undefined
  }

  /** Bounded; the oldest entries go first. */
  rememberVerified (token: string, caller: Caller, expiresAt: number): void {
    if (this.verified.size >= VERIFIED_MAX) this.verified.delete(this.verified.keys().next().value!)
    this.verified.set(token, { caller, expiresAt })
  }
}

/** Settings a running gateway cannot change (they shape the server and its routes), by name. */
const RESTART_ONLY = ['leanWire', 'bodyLimitBytes', 'trustProxy'] as const

/**
 * The config a reload applies: `next`, except that settings only a restart can change keep their
 * running value; `ignored` names those that differed, for the log.
 */
export function reloadable (running: GatewayConfig, next: GatewayConfig): { config: GatewayConfig; ignored: string[] } {
  const ignored = RESTART_ONLY.filter((name) => JSON.stringify(running[name]) !== JSON.stringify(next[name]))
  const kept = Object.fromEntries(RESTART_ONLY.map((name) => [name, running[name]]))
  return { config: { ...next, ...kept }, ignored }
}
