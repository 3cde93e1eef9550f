import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { createStore, type Store } from '../../src/store/index.js'

interface Teardown { teardown: (fn: () => unknown) => void }

export interface EngineUnderTest {
  name: 'sqlite' | 'postgres'
  /** Options that make createStore open this engine's (fresh) database. */
  options: { dataDir: string; databaseUrl?: string; schema?: string }
  open: () => Promise<Store>
  /** Runs raw SQL against the engine, for checks the Store interface does not offer. */
  raw: (sql: string) => Promise<void>
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

/** The engines to test: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (fresh schema, dropped after). */
export function engines (t: Teardown): EngineUnderTest[] {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-store-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const sqlite: EngineUnderTest = {
    name: 'sqlite',
    options: { dataDir },
    open: async () => { const s = await createStore({ dataDir }); await s.migrate(); return s },
    raw: async (sql) => {
      const { default: Database } = await import('better-sqlite3')
      const db = new Database(join(dataDir, 'gateway.db'))
      try { db.exec(sql) } finally { db.close() }
    }
  }
  if (TEST_DATABASE_URL === undefined) return [sqlite]
  const schema = `gw_test_${randomBytes(6).toString('hex')}`
  t.teardown(async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })
  const postgres: EngineUnderTest = {
    name: 'postgres',
    options: { dataDir, databaseUrl: TEST_DATABASE_URL, schema },
    open: async () => { const s = await createStore({ dataDir, databaseUrl: TEST_DATABASE_URL, schema }); await s.migrate(); return s },
    raw: async (sql) => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` })
      await client.connect()
      try { await client.query(sql) } finally { await client.end() }
    }
  }
  return [sqlite, postgres]
}
