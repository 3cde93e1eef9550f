import { readFileSync } from 'node:fs'
import { ConfigError, schemaProblems } from './problems.js'
import type { TenantsFile } from './schema.js'
import { nothingSeen, resolveTenant } from './tenant.js'
import type { GatewayConfig, TenantConfig } from './types.js'

export { ConfigError } from './problems.js'
export { DEFAULT_JWT_MAX_LIFETIME_S, DEFAULT_MAX_CONCURRENT, DEFAULT_PAYOUT_POLL_DAYS, DEFAULT_PAYOUT_POLL_MS, DEFAULT_TIMEOUT_MS } from './tenant.js'
export const DEFAULT_BODY_LIMIT = 1024 * 1024
export const DEFAULT_TTL_HOURS = 24
export const DEFAULT_AUTH_FAILURE_LIMIT = { max: 20, timeWindowMs: 60_000 }
export const DEFAULT_CIRCUIT_BREAKER = { failures: 5, coolDownMs: 30_000 }
export const DEFAULT_EVENT_RETENTION_DAYS = 30

/** The longest `lean.timeoutMs`: what sockets, shutdown and poll leases must allow for. */
export const slowestLeanMs = (tenants: Iterable<TenantConfig>): number => Math.max(...[...tenants].map((t) => t.lean.timeoutMs))

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

/**
 * Validates a parsed tenants file and resolves it. A bad file throws one ConfigError naming the
 * first bad field, and carrying every problem found (all structural ones, else each tenant's first).
 */
export function resolveConfig (raw: unknown, env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const structural = schemaProblems(raw)
  if (structural.length > 0) throw ConfigError.of(structural)
  const file = raw as TenantsFile
  const wire = file.leanWire ?? 'seeds'
  const seen = nothingSeen(wire)
  const problems: ConfigError[] = []
  const tenants: TenantConfig[] = []
  file.tenants.forEach((t, i) => {
    try {
      tenants.push(resolveTenant(t, i, seen, env))
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err
      problems.push(err)
    }
  })
  if (problems.length > 0) throw ConfigError.of(problems)
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

/** Reads and resolves a tenants file; `source` names where its path came from in errors (the variable, or the CLI's argument). */
export function loadConfigFile (path: string, env: NodeJS.ProcessEnv = process.env, source = 'GATEWAY_CONFIG'): GatewayConfig {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (err) {
    throw new ConfigError(source, `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (err) {
    throw new ConfigError(source, `${path} is not valid JSON: ${(err as Error).message}`)
  }
  return resolveConfig(raw, env)
}
