import type { SqliteSync } from './sqlite.js'
import type { Store } from './types.js'

export interface StoreOptions {
  dataDir: string
  databaseUrl?: string | undefined
  /** PostgreSQL schema; tests use a fresh one per run. */
  schema?: string
  sqliteSync?: SqliteSync
  /** PostgreSQL connections per replica. */
  poolSize?: number
  /** false for tools that open the embedded store beside a running gateway (no lock, no lease reset). */
  exclusive?: boolean
}

/** The store could not do what was asked (database down, disk full, closed): worth a retry later. */
export class StoreUnavailableError extends Error {
  constructor (operation: string, options: { cause: unknown }) {
    super(`store unavailable during ${operation}`, options)
    this.name = 'StoreUnavailableError'
  }
}

const STORE_METHODS = ['ping', 'claim', 'complete', 'release', 'record', 'owners', 'listAudit', 'purgeExpired'] as const

const EVENT_STORE_METHODS = ['customerOf', 'saveCustomer', 'customerByLeanId', 'userEntities', 'unbind', 'ingest', 'adoptEarly', 'applyStatus', 'trackedPayout', 'claimPolls', 'schedulePoll', 'stopTracking', 'bind', 'entity', 'feed', 'claimDeliveries',
  'delivered', 'deliveryFailed', 'purgeFinal', 'backlog'] as const

/** What runs around one store call: `call` is the method itself, `name` its name. */
export type StoreCallWrapper = (name: string, call: () => Promise<unknown>) => Promise<unknown>

function wrapMethods<T extends object> (target: T, names: readonly string[], around: StoreCallWrapper): T {
  const out = Object.create(target) as Record<string, unknown>
  for (const name of names) {
    const method = ((target as Record<string, unknown>)[name] as (...args: unknown[]) => Promise<unknown>).bind(target)
    // No async layers of its own: every store call passes through here, two or more per payout.
    out[name] = (...args: unknown[]) => around(name, () => method(...args))
  }
  return out as T
}

/** `store` with `around` about each of its calls, its event store's included (error mapping here, spans in tracing). */
export function wrapStore (store: Store, around: StoreCallWrapper): Store {
  const out = wrapMethods(store, STORE_METHODS, around)
  Object.defineProperty(out, 'events', { value: wrapMethods(store.events, EVENT_STORE_METHODS, around) })
  return out
}

/** Every failure of the engine, whatever its driver, surfaces as one error the gateway knows how to answer. */
const guard = (store: Store): Store => wrapStore(store, (name, call) => {
  const unavailable = (err: unknown): never => { throw new StoreUnavailableError(name, { cause: err }) }
  try {
    return call().then(undefined, unavailable)
  } catch (err) {
    return Promise.reject(new StoreUnavailableError(name, { cause: err }))
  }
})

/**
 * PostgreSQL when DATABASE_URL is set (replicas share it), else the embedded SQLite file. Only the
 * engine in use is loaded: a driver is resident memory for the life of the process.
 */
export async function createStore (options: StoreOptions): Promise<Store> {
  if (options.databaseUrl !== undefined) {
    const { PostgresStore } = await import('./postgres.js')
    return guard(new PostgresStore(options.databaseUrl, options.schema, options.poolSize))
  }
  const { SqliteStore } = await import('./sqlite.js')
  return guard(new SqliteStore(options.dataDir, options.sqliteSync, options.exclusive ?? true))
}

export type { Store } from './types.js'
export { DataDirLockedError } from './errors.js'
