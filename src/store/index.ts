import { PostgresStore } from './postgres.js'
import { SqliteStore, type SqliteSync } from './sqlite.js'
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

export const STORE_METHODS = ['ping', 'claim', 'complete', 'release', 'record', 'owners', 'listAudit', 'purgeExpired'] as const

export const EVENT_STORE_METHODS = ['customerOf', 'saveCustomer', 'customerByLeanId', 'userEntities', 'unbind', 'ingest', 'applyStatus', 'trackedPayout', 'claimPolls', 'schedulePoll', 'bind', 'entity', 'feed', 'claimDeliveries',
  'delivered', 'deliveryFailed', 'backlog'] as const

/** `target` whose `names` methods throw StoreUnavailableError for any failure of the driver underneath. */
function guarded<T extends object> (target: T, names: readonly string[]): T {
  const out = Object.create(target) as Record<string, unknown>
  for (const name of names) {
    const method = ((target as Record<string, unknown>)[name] as (...args: unknown[]) => Promise<unknown>).bind(target)
    out[name] = async (...args: unknown[]) => {
      try {
        return await method(...args)
      } catch (err) {
        throw new StoreUnavailableError(name, { cause: err })
      }
    }
  }
  return out as T
}

/** Every failure of the engine, whatever its driver, surfaces as one error the gateway knows how to answer. */
function guard (store: Store): Store {
  const out = guarded(store, STORE_METHODS)
  Object.defineProperty(out, 'events', { value: guarded(store.events, EVENT_STORE_METHODS) })
  return out
}

/** PostgreSQL when DATABASE_URL is set (replicas share it), else the embedded SQLite file. */
export function createStore (options: StoreOptions): Store {
  if (options.databaseUrl !== undefined) return guard(new PostgresStore(options.databaseUrl, options.schema, options.poolSize))
  return guard(new SqliteStore(options.dataDir, options.sqliteSync, options.exclusive ?? true))
}

export type { Store } from './types.js'
export { DataDirLockedError } from './sqlite.js'
