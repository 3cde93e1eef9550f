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
}

/** The store could not do what was asked (database down, disk full, closed): worth a retry later. */
export class StoreUnavailableError extends Error {
  constructor (operation: string, options: { cause: unknown }) {
    super(`store unavailable during ${operation}`, options)
    this.name = 'StoreUnavailableError'
  }
}

const GUARDED = ['ping', 'claim', 'complete', 'release', 'record', 'owners', 'listAudit', 'purgeExpired'] as const

/** Every failure of the engine, whatever its driver, surfaces as one error the gateway knows how to answer. */
function guard (store: Store): Store {
  const guarded: Store = Object.create(store) as Store
  for (const name of GUARDED) {
    const method = (store[name] as (...args: unknown[]) => Promise<unknown>).bind(store)
    ;(guarded as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await method(...args)
      } catch (err) {
        throw new StoreUnavailableError(name, { cause: err })
      }
    }
  }
  return guarded
}

/** PostgreSQL when DATABASE_URL is set (replicas share it), else the embedded SQLite file. */
export function createStore (options: StoreOptions): Store {
  if (options.databaseUrl !== undefined) return guard(new PostgresStore(options.databaseUrl, options.schema, options.poolSize))
  return guard(new SqliteStore(options.dataDir, options.sqliteSync))
}

export type { Store } from './types.js'
export { DataDirLockedError } from './sqlite.js'
