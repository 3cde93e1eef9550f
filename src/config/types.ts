import type { Scope } from './schema.js'

/** The tenants file after validation: secrets resolved, defaults applied, URLs normalised. */
export interface GatewayConfig {
  tenants: TenantConfig[]
  idempotency: { ttlHours: number }
  bodyLimitBytes: number
}

export interface LeanClientConfig {
  apiUrl: string
  authUrl: string
  clientId: string
  clientSecret: string
  scope: string
  timeoutMs: number
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
  entityClaim: string
  scopes: Scope[]
}

export interface TenantConfig {
  id: string
  lean: LeanClientConfig
  apiKeys: ApiKeyConfig[]
  jwt?: JwtConfig
  rateLimit?: { max: number; timeWindowMs: number }
}
