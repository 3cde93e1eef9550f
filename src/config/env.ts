import { ConfigError } from './load.js'

/** The process environment of the contract, validated once like the tenants file. */
export interface Environment {
  port: number
  host: string
  configPath: string | undefined
  dataDir: string
  databaseUrl: string | undefined
  redisUrl: string | undefined
  logLevel: string
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

export function readEnvironment (env: NodeJS.ProcessEnv = process.env): Environment {
  const port = Number(env.PORT ?? 3000)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT', 'must be an integer from 0 to 65535')
  const logLevel = env.LOG_LEVEL ?? 'info'
  if (!LEVELS.has(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of ${[...LEVELS].join(', ')}`)
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    configPath: env.GATEWAY_CONFIG === '' ? undefined : env.GATEWAY_CONFIG,
    dataDir: env.DATA_DIR ?? './data',
    databaseUrl: urlWithScheme('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']),
    redisUrl: urlWithScheme('REDIS_URL', env.REDIS_URL, ['redis:', 'rediss:']),
    logLevel
  }
}
