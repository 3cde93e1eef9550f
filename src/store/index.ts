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

/** PostgreSQL when DATABASE_URL is set (replicas share it), else the embedded SQLite file. */
export function createStore (options: StoreOptions): Store {
  if (options.databaseUrl !== undefined) return new PostgresStore(options.databaseUrl, options.schema, options.poolSize)
  return new SqliteStore(options.dataDir, options.sqliteSync)
}

export type { Store } from './types.js'
