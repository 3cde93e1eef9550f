import type { Scope } from './schema.js'
import type { WireName } from '../wire/types.js'

/** The tenants file after validation: secrets resolved, defaults applied, URLs normalised. */
export interface Limit {
  max: number
  timeWindowMs: number
}

export interface GatewayConfig {
  tenants: TenantConfig[]
  /** The wire the gateway speaks to Lean (and so to its callers): the seeds' or Lean's current one. */
  leanWire: WireName
  idempotency: { ttlHours: number }
  bodyLimitBytes: number
  /** Whom to believe about the client address (X-Forwarded-For); false trusts no proxy. */
  trustProxy: boolean | number | string[]
  /** Failed authentications allowed per client address and window before it is refused. */
  authFailureLimit: Limit
  /** How long final events are kept. */
  events: { retentionDays: number }
  /** Per Lean application (authUrl + clientId). */
  circuitBreaker: { failures: number; coolDownMs: number }
}

/** Lean's mutual TLS material for one application, read and checked at start-up. */
export interface LeanTls {
  cert: string
  key: string
  /** Lean's certificate chain; unset, the system's roots are trusted. */
  ca?: string
  passphrase?: string
  /** When the client certificate expires (epoch ms): /readyz and the expiry metric show it. */
  notAfter: number
  subject: string
  /** SHA-256 of the certificate: calls presenting different certificates never share a connection. */
  fingerprint: string
}

export interface LeanClientConfig {
  apiUrl: string
  /**
   * Lean's token endpoint. With `appToken` and no OAuth credentials it is the apiUrl: then it only
   * names the Lean application, with clientId.
   */
  authUrl: string
  clientId: string
  /** Unset only in the app-token model, where no OAuth token is fetched. */
  clientSecret?: string
  tls?: LeanTls
  /** Lean's older model: every call carries `lean-app-token` (over mTLS) instead of a bearer token. */
  appToken?: string
  scope: string
  timeoutMs: number
  /** Most Lean calls this tenant may have in flight at once (per replica). */
  maxConcurrent: number
  /** Secret of the HMAC-SHA512 `lean-signature` on Lean's webhooks to this application. */
  webhookSecret?: string
  payoutPollMs: number
  /** Days a payout that is not final is polled before it is given up as tracking_stopped. */
  payoutPollDays: number
  appUserIdPrefix?: string
  /** Payment destinations a pay-in may name (lower case); empty: only Lean's default one. */
  payinDestinations: readonly string[]
  /** A new payout destination is created only if Lean's account verification matches its IBAN and holder name. */
  verifyDestinations: boolean
  /** With verifyDestinations: Lean's partial match is enough. */
  acceptPartialMatch: boolean
}

export interface ApiKeyConfig {
  id: string
  sha256: string
  scopes: Scope[]
}

export interface JwtConfig {
  issuer: string
  audience: string
  jwksUrl: string
  /** The claim holding the user's Lean entity; unset, the entities the user connected (Link) count. */
  entityClaim?: string
  /** The longest lifetime a token may claim, in seconds. */
  maxLifetimeS: number
  scopes: Scope[]
}

export interface TenantConfig {
  id: string
  lean: LeanClientConfig
  apiKeys: ApiKeyConfig[]
  jwt?: JwtConfig
  rateLimit?: Limit & { scopes?: Partial<Record<Scope, Limit>> }
  /** Where the tenant's events are posted; `secret` is the Standard Webhooks `whsec_…` secret. */
  webhooks?: { url: string; secret: string }
}
