import { PostgresStore } from './postgres.js'
import { SqliteStore } from './sqlite.js'
import type { Store } from './types.js'

export interface StoreOptions {
  dataDir: string
  databaseUrl?: string | undefined
  /** PostgreSQL schema; tests use a fresh one per run. */
  schema?: string
}

/** PostgreSQL when DATABASE_URL is set (replicas share it), else the embedded SQLite file. */
export function createStore (options: StoreOptions): Store {
  if (options.databaseUrl !== undefined) return new PostgresStore(options.databaseUrl, options.schema)
  return new SqliteStore(options.dataDir)
}

export type { Store } from './types.js'
