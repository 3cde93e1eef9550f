import { isIPv4 } from 'node:net'
import { ConfigError } from './load.js'
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../http/limits.js'

/** The process environment of the contract, validated once like the tenants file. */
export interface Environment {
  port: number
  host: string
  configPath: string | undefined
  /** No tenants file: the built-in emulator and a published demo key. Never by accident in production. */
  demo: boolean
  /** The demo's wire (LEAN_WIRE): its emulator and gateway speak the seeds' or Lean's current one. */
  demoWire: 'seeds' | 'lean'
  /** Where the demo's emulator listens: a fixed port by default, so journeys can name it. */
  demoEmulatorPort: number
  /** How many times faster the demo's Lean moves payouts and refreshes along (DEMO_TIME_SCALE): a quicker demo, and the journeys' test. */
  demoTimeScale: number
  dataDir: string
  databaseUrl: string | undefined
  /** PostgreSQL schema for the gateway's tables (several deployments can share a database). */
  databaseSchema: string
  databasePoolSize: number
  /** Embedded store durability: 'normal' (WAL; survives process crashes) or 'full' (fsync per commit). */
  sqliteSynchronous: 'normal' | 'full'
  redisUrl: string | undefined
  /** Prefix of every Redis key, so deployments can share a Redis. */
  redisKeyPrefix: string
  /** After SIGTERM: how long to stay up, not ready, before closing, so load balancers notice first. */
  shutdownDelayMs: number
  logLevel: string
  http: HttpLimits
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])

function urlWithScheme (name: string, value: string | undefined, schemes: string[]): string | undefined {
  if (value === undefined || value === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConfigError(name, 'is not a valid URL')
  }
  if (!schemes.includes(url.protocol)) throw new ConfigError(name, `must start with ${schemes.map((s) => `${s}//`).join(' or ')}`)
  return value
}

export const DEFAULT_DEMO_EMULATOR_PORT = 4010

function integer (env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  const value = raw === undefined || raw === '' ? fallback : Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(name, `must be an integer from ${min} to ${max}`)
  return value
}

function httpLimits (env: NodeJS.ProcessEnv): HttpLimits {
  const d = DEFAULT_HTTP_LIMITS
  const limits: HttpLimits = {
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', d.headersTimeoutMs, 100, 300_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', d.requestTimeoutMs, 100, 600_000),
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', d.keepAliveTimeoutMs, 1_000, 600_000),
    maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', d.maxHeaderBytes, 1_024, 1_048_576),
    maxHeaders: integer(env, 'MAX_HEADERS', d.maxHeaders, 10, 1_000)
  }
  // Node refuses a header limit beyond the whole request's: say which setting to change.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) throw new ConfigError('HEADERS_TIMEOUT_MS', 'must not exceed REQUEST_TIMEOUT_MS')
  return limits
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) or localhost: reachable from this machine only. */
export function isLoopback (host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '')
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h
  return isIPv4(v4) && v4.startsWith('127.')
}

export function readEnvironment (env: NodeJS.ProcessEnv = process.env): Environment {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT', 'must be an integer from 0 to 65535')
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!LEVELS.has(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${[...LEVELS].join(', ')}`)
  const shutdownDelayMs = Number(env.SHUTDOWN_DELAY_MS ?? 0)
  if (!Number.isInteger(shutdownDelayMs) || shutdownDelayMs < 0 || shutdownDelayMs > 120_000) {
    throw new ConfigError('SHUTDOWN_DELAY_MS', 'must be an integer from 0 to 120000')
  }
  const databaseSchema = env.DATABASE_SCHEMA ?? 'public'
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(databaseSchema)) throw new ConfigError('DATABASE_SCHEMA', 'must be a lower-case SQL identifier')
  const databasePoolSize = Number(env.DATABASE_POOL_SIZE ?? 20)
  if (!Number.isInteger(databasePoolSize) || databasePoolSize < 1 || databasePoolSize > 200) throw new ConfigError('DATABASE_POOL_SIZE', 'must be an integer from 1 to 200')
  const sqliteSynchronous = env.SQLITE_SYNCHRONOUS ?? 'normal'
  if (sqliteSynchronous !== 'normal' && sqliteSynchronous !== 'full') throw new ConfigError('SQLITE_SYNCHRONOUS', 'must be normal or full')
  const configPath = env.GATEWAY_CONFIG === '' ? undefined : env.GATEWAY_CONFIG
  const demoAsked = env.DEMO ?? ''
  if (demoAsked !== '' && demoAsked !== '1') throw new ConfigError('DEMO', 'must be 1 (run the demo) or unset')
  if (demoAsked === '1' && configPath !== undefined) throw new ConfigError('DEMO', 'cannot be combined with GATEWAY_CONFIG: the demo has its own tenant')
  if (configPath === undefined && env.NODE_ENV === 'production' && demoAsked !== '1') {
    throw new ConfigError('GATEWAY_CONFIG', 'is not set while NODE_ENV is production. Set GATEWAY_CONFIG to your tenants file, ' +
      'or set DEMO=1 to run the demo (a built-in Lean emulator with a published API key) on purpose')
  }
  if (configPath === undefined && demoAsked !== '1' && env.HOST !== undefined && !isLoopback(env.HOST)) {
    throw new ConfigError('HOST', `${env.HOST} is not a loopback address, and the demo serves a published API key. ` +
      'Set GATEWAY_CONFIG to your tenants file, or DEMO=1 to serve the demo on that address on purpose')
  }
  const demoWire = env.LEAN_WIRE ?? 'seeds'
  if (demoWire !== 'seeds' && demoWire !== 'lean') throw new ConfigError('LEAN_WIRE', 'must be seeds or lean')
  if (env.LEAN_WIRE !== undefined && configPath !== undefined) throw new ConfigError('LEAN_WIRE', 'applies to the demo only; with GATEWAY_CONFIG set leanWire in the tenants file')
  const redisKeyPrefix = env.REDIS_KEY_PREFIX ?? 'lean-gateway:'
  if (!/^[\x21-\x7E]{1,64}$/.test(redisKeyPrefix)) throw new ConfigError('REDIS_KEY_PREFIX', 'must be 1–64 visible ASCII characters')
  return {
    port,
    // The demo's key is published: it stays on this machine unless HOST says otherwise.
    host: env.HOST ?? (configPath === undefined ? '127.0.0.1' : '0.0.0.0'),
    configPath,
    demo: configPath === undefined,
    demoWire,
    demoEmulatorPort: integer(env, 'DEMO_EMULATOR_PORT', DEFAULT_DEMO_EMULATOR_PORT, 0, 65535),
    demoTimeScale: integer(env, 'DEMO_TIME_SCALE', 1, 1, 20),
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: urlWithScheme('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    databaseSchema,
    databasePoolSize,
    sqliteSynchronous,
    redisUrl: urlWithScheme('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    redisKeyPrefix,
    shutdownDelayMs,
    logLevel,
    http: httpLimits(env)
  }
}
