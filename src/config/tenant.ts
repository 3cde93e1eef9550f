import { ConfigError, resolveSecret } from './problems.js'
import type { TenantsFile } from './schema.js'
import { resolveTls } from './tls.js'
import type { LeanClientConfig, TenantConfig } from './types.js'

export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_MAX_CONCURRENT = 64
export const DEFAULT_PAYOUT_POLL_MS = 60_000
export const DEFAULT_PAYOUT_POLL_DAYS = 7
export const DEFAULT_JWT_MAX_LIFETIME_S = 86_400

/** What the tenants before this one claimed: ids, keys, JWT pairs and Lean applications are unique or agreed. */
export interface Seen {
  wire: 'seeds' | 'lean'
  tenantIds: Set<string>
  keyHashes: Map<string, string>
  jwtPairs: Set<string>
  applications: Map<string, Map<string, string | undefined>>
  webhookSecrets: Map<string, string>
}

export const nothingSeen = (wire: Seen['wire']): Seen => ({ wire, tenantIds: new Set(), keyHashes: new Map(), jwtPairs: new Set(), applications: new Map(), webhookSecrets: new Map() })

export function httpUrl (value: string, field: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(field, 'is not a valid URL')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(field, 'must be an http(s) URL')
  if (url.username !== '' || url.password !== '') throw new ConfigError(field, 'must not carry credentials')
  if (url.search !== '' || url.hash !== '') throw new ConfigError(field, 'must not have a query or fragment')
  return url.href
}

/** Lean's own servers speak Lean's wire: a tenant aimed at them on the seeds' wire would fail every call. */
function refuseLeanHostOnSeeds (url: string, field: string): void {
  const host = new URL(url).hostname.toLowerCase()
  if (host === 'leantech.me' || host.endsWith('.leantech.me')) {
    throw new ConfigError(field, `${host} is one of Lean's servers, which speak Lean's current wire: set "leanWire": "lean" at the top of the file`)
  }
}

type LeanAuth = Pick<LeanClientConfig, 'authUrl' | 'clientSecret' | 'tls' | 'appToken'>

/**
 * How the gateway proves itself to one Lean application: OAuth client credentials (authUrl and
 * clientSecret), or Lean's older model (appToken, which needs the mTLS certificate); either over
 * mTLS when `tls` is set.
 */
function resolveLeanAuth (lean: TenantsFile['tenants'][number]['lean'], apiUrl: string, at: string, env: NodeJS.ProcessEnv): LeanAuth {
  let tls: LeanAuth['tls']
  if (lean.tls !== undefined) {
    tls = resolveTls(lean.tls, `${at}.tls`, env)
  }
  const appToken = lean.appToken === undefined ? undefined : resolveSecret(lean.appToken, `${at}.appToken`, env)
  if (appToken !== undefined && tls === undefined) throw new ConfigError(`${at}.tls`, 'is required with lean.appToken: Lean accepts an app token only over mutual TLS')
  if (appToken === undefined) {
    for (const field of ['authUrl', 'clientSecret'] as const) {
      if (lean[field] === undefined) throw new ConfigError(`${at}.${field}`, 'is required (unless lean.appToken selects Lean\'s certificate + app-token model)')
    }
  }
  // With an app token, OAuth credentials are still useful (LinkSDK's customer tokens), but only as a pair.
  if (lean.authUrl === undefined && lean.clientSecret !== undefined) throw new ConfigError(`${at}.authUrl`, 'is required with lean.clientSecret')
  if (lean.authUrl !== undefined && lean.clientSecret === undefined) throw new ConfigError(`${at}.clientSecret`, 'is required with lean.authUrl')
  return {
    authUrl: lean.authUrl === undefined ? apiUrl : httpUrl(lean.authUrl, `${at}.authUrl`),
    ...(lean.clientSecret !== undefined && { clientSecret: resolveSecret(lean.clientSecret, `${at}.clientSecret`, env) }),
    ...(tls !== undefined && { tls }),
    ...(appToken !== undefined && { appToken })
  }
}

/** Tenants sharing one Lean application (authUrl + clientId) must agree on what identifies it. */
function agreeOnApplication (seen: Map<string, Map<string, string | undefined>>, clientKey: string, values: Record<string, string | undefined>, at: string): void {
  const known = seen.get(clientKey)
  if (known === undefined) {
    seen.set(clientKey, new Map(Object.entries(values)))
    return
  }
  for (const [field, value] of Object.entries(values)) {
    if (known.get(field) !== value) throw new ConfigError(`${at}.lean.${field}`, 'differs from another tenant sharing this authUrl and clientId')
  }
}

type TenantEntry = TenantsFile['tenants'][number]

/** Lean's webhook secret; one Lean application signs its webhooks with one, whichever tenant's entry names it. */
function leanWebhookSecret (t: TenantEntry, clientKey: string, at: string, seen: Seen, env: NodeJS.ProcessEnv): string | undefined {
  if (t.lean.webhookSecret === undefined) return undefined
  const secret = resolveSecret(t.lean.webhookSecret, `${at}.lean.webhookSecret`, env)
  const known = seen.webhookSecrets.get(clientKey)
  if (known !== undefined && known !== secret) throw new ConfigError(`${at}.lean.webhookSecret`, 'differs from another tenant sharing this authUrl and clientId')
  seen.webhookSecrets.set(clientKey, secret)
  return secret
}

/** Where the tenant's own events are delivered (Standard Webhooks), with a secret strong enough to sign them. */
function tenantWebhooks (t: TenantEntry, at: string, env: NodeJS.ProcessEnv): TenantConfig['webhooks'] {
  if (t.webhooks === undefined) return undefined
  const secret = resolveSecret(t.webhooks.secret, `${at}.webhooks.secret`, env)
  const bytes = /^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret) ? Buffer.from(secret.slice(6), 'base64').length : 0
  if (bytes < 24) throw new ConfigError(`${at}.webhooks.secret`, 'must be whsec_ followed by base64 of at least 24 random bytes')
  return { url: httpUrl(t.webhooks.url, `${at}.webhooks.url`), secret }
}

/** The tenant's API keys: ids unique within it, each key (its hash) unique across the file. */
function apiKeysOf (t: TenantEntry, at: string, seen: Seen): TenantConfig['apiKeys'] {
  const keyIds = new Set<string>()
  return (t.apiKeys ?? []).map((k, j) => {
    const hash = k.sha256.toLowerCase()
    if (keyIds.has(k.id)) throw new ConfigError(`${at}.apiKeys[${j}].id`, `duplicate API key id "${k.id}"`)
    keyIds.add(k.id)
    const owner = seen.keyHashes.get(hash)
    if (owner !== undefined) throw new ConfigError(`${at}.apiKeys[${j}].sha256`, `same key as ${owner}`)
    seen.keyHashes.set(hash, `${at}.apiKeys[${j}]`)
    return { id: k.id, sha256: hash, scopes: [...k.scopes] }
  })
}

/** The tenant's app users' tokens: one tenant per (issuer, audience); audit:read stays with its services. */
function jwtOf (t: TenantEntry, at: string, seen: Seen): TenantConfig['jwt'] {
  if (t.jwt === undefined) return undefined
  const pair = `${t.jwt.issuer}\n${t.jwt.audience}`
  if (seen.jwtPairs.has(pair)) throw new ConfigError(`${at}.jwt`, 'another tenant has the same issuer and audience')
  seen.jwtPairs.add(pair)
  const audit = (t.jwt.scopes as string[]).indexOf('audit:read')
  if (audit >= 0) throw new ConfigError(`${at}.jwt.scopes[${audit}]`, 'audit:read is for the tenant\'s services (API keys), not its app users')
  return { ...t.jwt, jwksUrl: httpUrl(t.jwt.jwksUrl, `${at}.jwt.jwksUrl`), maxLifetimeS: t.jwt.maxLifetimeS ?? DEFAULT_JWT_MAX_LIFETIME_S, scopes: [...t.jwt.scopes] }
}

/** The tenant's Lean client: where, how it signs in (agreeing with tenants that share it), and its limits. */
function leanOf (t: TenantEntry, at: string, seen: Seen, env: NodeJS.ProcessEnv): TenantConfig['lean'] {
  const apiUrl = httpUrl(t.lean.apiUrl, `${at}.lean.apiUrl`).replace(/\/+$/, '')
  const auth = resolveLeanAuth(t.lean, apiUrl, `${at}.lean`, env)
  if (seen.wire === 'seeds') for (const [field, url] of [['apiUrl', apiUrl], ['authUrl', auth.authUrl]] as const) refuseLeanHostOnSeeds(url, `${at}.lean.${field}`)
  // Tenants may share one Lean client (and so one token and one certificate); they must agree on how it signs in.
  const clientKey = `${auth.authUrl}\n${t.lean.clientId}`
  agreeOnApplication(seen.applications, clientKey, { clientSecret: auth.clientSecret, tls: auth.tls?.fingerprint, appToken: auth.appToken }, at)
  const webhookSecret = leanWebhookSecret(t, clientKey, at, seen, env)
  return {
    apiUrl,
    ...auth,
    clientId: t.lean.clientId,
    scope: t.lean.scope ?? 'api',
    timeoutMs: t.lean.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxConcurrent: t.lean.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
    payoutPollMs: t.lean.payoutPollMs ?? DEFAULT_PAYOUT_POLL_MS,
    payoutPollDays: t.lean.payoutPollDays ?? DEFAULT_PAYOUT_POLL_DAYS,
    ...(webhookSecret !== undefined && { webhookSecret }),
    ...(t.lean.appUserIdPrefix !== undefined && { appUserIdPrefix: t.lean.appUserIdPrefix }),
    payinDestinations: (t.lean.payinDestinations ?? []).map((id) => id.toLowerCase()),
    verifyDestinations: t.lean.verifyDestinations ?? false,
    acceptPartialMatch: t.lean.acceptPartialMatch ?? false
  }
}

/** One tenant of a structurally valid file, resolved against `env` and the tenants before it. */
export function resolveTenant (t: TenantEntry, i: number, seen: Seen, env: NodeJS.ProcessEnv): TenantConfig {
  const at = `tenants[${i}]`
  if (seen.tenantIds.has(t.id)) throw new ConfigError(`${at}.id`, `duplicate tenant id "${t.id}"`)
  seen.tenantIds.add(t.id)
  const lean = leanOf(t, at, seen, env)
  const webhooks = tenantWebhooks(t, at, env)
  const apiKeys = apiKeysOf(t, at, seen)
  const jwt = jwtOf(t, at, seen)
  if (apiKeys.length === 0 && jwt === undefined) throw new ConfigError(at, 'needs apiKeys or jwt, or no caller can reach it')
  return {
    id: t.id,
    lean,
    apiKeys,
    ...(jwt !== undefined && { jwt }),
    ...(t.rateLimit !== undefined && { rateLimit: structuredClone(t.rateLimit) as TenantConfig['rateLimit'] }),
    ...(webhooks !== undefined && { webhooks })
  }
}
