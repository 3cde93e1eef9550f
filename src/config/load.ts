import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject } from 'ajv'
import { TenantsFileSchema, type TenantsFile } from './schema.js'
import type { GatewayConfig, TenantConfig } from './types.js'

export const DEFAULT_TIMEOUT_MS = 60_000
export const DEFAULT_BODY_LIMIT = 1024 * 1024
export const DEFAULT_TTL_HOURS = 24
export const DEFAULT_MAX_CONCURRENT = 64
export const DEFAULT_AUTH_FAILURE_LIMIT = { max: 20, timeWindowMs: 60_000 }
export const DEFAULT_PAYOUT_POLL_MS = 60_000
export const DEFAULT_PAYOUT_POLL_DAYS = 7
export const DEFAULT_CIRCUIT_BREAKER = { failures: 5, coolDownMs: 30_000 }
export const DEFAULT_JWT_MAX_LIFETIME_S = 86_400
export const DEFAULT_EVENT_RETENTION_DAYS = 30

/** The longest `lean.timeoutMs`: what sockets, shutdown and poll leases must allow for. */
export const slowestLeanMs = (tenants: Iterable<TenantConfig>): number => Math.max(...[...tenants].map((t) => t.lean.timeoutMs))

/** Raised for any problem with the tenants file; `field` is the exact path, e.g. `tenants[0].lean.apiUrl`. */
export class ConfigError extends Error {
  constructor (readonly field: string, problem: string) {
    super(`invalid gateway config at ${field}: ${problem}`)
    this.name = 'ConfigError'
  }
}

const validate = new Ajv({ allErrors: false, strict: true }).compile(TenantsFileSchema)

function fieldPath (instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  let out = ''
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`
  return out === '' ? '(root)' : out
}

function describe (error: ErrorObject): ConfigError {
  const base = fieldPath(error.instancePath)
  const join = (child: string): string => (base === '(root)' ? child : `${base}.${child}`)
  switch (error.keyword) {
    case 'additionalProperties':
      return new ConfigError(join(String(error.params.additionalProperty)), 'unknown key')
    case 'required':
      return new ConfigError(join(String(error.params.missingProperty)), 'is required')
    case 'anyOf':
      return new ConfigError(base, 'must be a string or { "env": "NAME" }')
    default:
      // Never echo the offending value: it may be a secret.
      return new ConfigError(base, error.message ?? 'is invalid')
  }
}

function httpUrl (value: string, field: string): string {
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

function resolveSecret (secret: string | { env: string }, field: string, env: NodeJS.ProcessEnv): string {
  if (typeof secret === 'string') return secret
  const value = env[secret.env]
  if (value === undefined || value === '') throw new ConfigError(field, `environment variable ${secret.env} is not set`)
  return value
}

/**
 * Lean knows a customer by app_user_id alone: on one Lean client, a prefix that begins another
 * (acme- and acme-uae-) would let one tenant open sessions, and bind banks, as the other's users.
 */
function checkLinkPrefixes (tenants: TenantConfig[]): void {
  tenants.forEach((t, i) => {
    const mine = t.lean.appUserIdPrefix
    if (mine === undefined) return
    const clash = tenants.findIndex((o, j) => j < i && o.lean.appUserIdPrefix !== undefined && o.lean.authUrl === t.lean.authUrl && o.lean.clientId === t.lean.clientId &&
      (mine.startsWith(o.lean.appUserIdPrefix) || o.lean.appUserIdPrefix.startsWith(mine)))
    if (clash >= 0) {
      throw new ConfigError(`tenants[${i}].lean.appUserIdPrefix`, `"${mine}" (tenant ${t.id}) and "${tenants[clash]!.lean.appUserIdPrefix!}" (tenant ${tenants[clash]!.id}) ` +
        'share one Lean client and one is a prefix of the other: give each tenant a prefix no other begins with')
    }
  })
}

/** Validates a parsed tenants file and resolves it; throws ConfigError naming the first bad field. */
export function resolveConfig (raw: unknown, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  if (!validate(raw)) throw describe(validate.errors![0]!)
  const file = raw as TenantsFile
  const tenantIds = new Set<string>()
  const keyHashes = new Map<string, string>()
  const jwtPairs = new Set<string>()
  const leanSecrets = new Map<string, string>()
  const webhookSecrets = new Map<string, string>()

  const wire = file.leanWire ?? 'seeds'
  const tenants = file.tenants.map((t, i): TenantConfig => {
    const at = `tenants[${i}]`
    if (tenantIds.has(t.id)) throw new ConfigError(`${at}.id`, `duplicate tenant id "${t.id}"`)
    tenantIds.add(t.id)

    const apiUrl = httpUrl(t.lean.apiUrl, `${at}.lean.apiUrl`).replace(/\/+$/, '')
    const authUrl = httpUrl(t.lean.authUrl, `${at}.lean.authUrl`)
    if (wire === 'seeds') for (const [field, url] of [['apiUrl', apiUrl], ['authUrl', authUrl]] as const) refuseLeanHostOnSeeds(url, `${at}.lean.${field}`)
    const clientSecret = resolveSecret(t.lean.clientSecret, `${at}.lean.clientSecret`, env)
    // Tenants may share one Lean client (and so one token); they must then agree on its secret.
    const clientKey = `${authUrl}\n${t.lean.clientId}`
    const known = leanSecrets.get(clientKey)
    if (known !== undefined && known !== clientSecret) {
      throw new ConfigError(`${at}.lean.clientSecret`, 'differs from another tenant sharing this authUrl and clientId')
    }
    leanSecrets.set(clientKey, clientSecret)
    const webhookSecret = t.lean.webhookSecret === undefined ? undefined : resolveSecret(t.lean.webhookSecret, `${at}.lean.webhookSecret`, env)
    // One Lean application signs its webhooks with one secret, whichever tenant's entry names it.
    const knownHook = webhookSecrets.get(clientKey)
    if (webhookSecret !== undefined && knownHook !== undefined && knownHook !== webhookSecret) {
      throw new ConfigError(`${at}.lean.webhookSecret`, 'differs from another tenant sharing this authUrl and clientId')
    }
    if (webhookSecret !== undefined) webhookSecrets.set(clientKey, webhookSecret)
    let webhooks: TenantConfig['webhooks']
    if (t.webhooks !== undefined) {
      const secret = resolveSecret(t.webhooks.secret, `${at}.webhooks.secret`, env)
      const bytes = /^whsec_[A-Za-z0-9+/]+={0,2}$/.test(secret) ? Buffer.from(secret.slice(6), 'base64').length : 0
      if (bytes < 24) throw new ConfigError(`${at}.webhooks.secret`, 'must be whsec_ followed by base64 of at least 24 random bytes')
      webhooks = { url: httpUrl(t.webhooks.url, `${at}.webhooks.url`), secret }
    }

    const keyIds = new Set<string>()
    const apiKeys = (t.apiKeys ?? []).map((k, j) => {
      const hash = k.sha256.toLowerCase()
      if (keyIds.has(k.id)) throw new ConfigError(`${at}.apiKeys[${j}].id`, `duplicate API key id "${k.id}"`)
      keyIds.add(k.id)
      const owner = keyHashes.get(hash)
      if (owner !== undefined) throw new ConfigError(`${at}.apiKeys[${j}].sha256`, `same key as ${owner}`)
      keyHashes.set(hash, `${at}.apiKeys[${j}]`)
      return { id: k.id, sha256: hash, scopes: [...k.scopes] }
    })

    let jwt: TenantConfig['jwt']
    if (t.jwt !== undefined) {
      const pair = `${t.jwt.issuer}\n${t.jwt.audience}`
      if (jwtPairs.has(pair)) throw new ConfigError(`${at}.jwt`, 'another tenant has the same issuer and audience')
      jwtPairs.add(pair)
      const audit = (t.jwt.scopes as string[]).indexOf('audit:read')
      if (audit >= 0) throw new ConfigError(`${at}.jwt.scopes[${audit}]`, 'audit:read is for the tenant\'s services (API keys), not its app users')
      jwt = { ...t.jwt, jwksUrl: httpUrl(t.jwt.jwksUrl, `${at}.jwt.jwksUrl`), maxLifetimeS: t.jwt.maxLifetimeS ?? DEFAULT_JWT_MAX_LIFETIME_S, scopes: [...t.jwt.scopes] }
    }
    if (apiKeys.length === 0 && jwt === undefined) throw new ConfigError(at, 'needs apiKeys or jwt, or no caller can reach it')

    return {
      id: t.id,
      lean: {
        apiUrl,
        authUrl,
        clientId: t.lean.clientId,
        clientSecret,
        scope: t.lean.scope ?? 'api',
        timeoutMs: t.lean.timeoutMs ?? DEFAULT_TIMEOUT_MS,
        maxConcurrent: t.lean.maxConcurrent ?? DEFAULT_MAX_CONCURRENT,
        payoutPollMs: t.lean.payoutPollMs ?? DEFAULT_PAYOUT_POLL_MS,
        payoutPollDays: t.lean.payoutPollDays ?? DEFAULT_PAYOUT_POLL_DAYS,
        ...(webhookSecret !== undefined && { webhookSecret }),
        ...(t.lean.appUserIdPrefix !== undefined && { appUserIdPrefix: t.lean.appUserIdPrefix })
      },
      apiKeys,
      ...(jwt !== undefined && { jwt }),
      ...(t.rateLimit !== undefined && { rateLimit: structuredClone(t.rateLimit) as TenantConfig['rateLimit'] }),
      ...(webhooks !== undefined && { webhooks })
    }
  })

  checkLinkPrefixes(tenants)
  return {
    tenants,
    leanWire: wire,
    idempotency: { ttlHours: file.idempotency?.ttlHours ?? DEFAULT_TTL_HOURS },
    bodyLimitBytes: file.bodyLimitBytes ?? DEFAULT_BODY_LIMIT,
    trustProxy: file.trustProxy ?? false,
    authFailureLimit: file.authFailureLimit ?? DEFAULT_AUTH_FAILURE_LIMIT,
    events: { retentionDays: file.events?.retentionDays ?? DEFAULT_EVENT_RETENTION_DAYS },
    circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER, ...file.circuitBreaker }
  }
}

export function loadConfigFile (path: string, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new ConfigError('GATEWAY_CONFIG', `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError('GATEWAY_CONFIG', `${path} is not valid JSON: ${(err as Error).message}`)
  }
  return resolveConfig(raw, env)
}
