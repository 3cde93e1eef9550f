import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'

/**
 * The store holds idempotency records (destination bodies: names, IBANs) and Lean's events: only
 * the gateway's own user may read them. SQLite gives its -wal and -shm files the database file's
 * mode, so the database is made 0600 before SQLite opens it; older, looser files are tightened.
 */
export function privateFile (path: string): string {
  closeSync(openSync(path, 'a', 0o600))
  chmodSync(path, 0o600)
  for (const companion of [`${path}-wal`, `${path}-shm`]) if (existsSync(companion)) chmodSync(companion, 0o600)
  return path
}

/** DATA_DIR, created 0700 (an existing directory is the operator's, and keeps its mode). */
export function makeDataDir (dataDir: string): void {
  if (existsSync(dataDir)) return
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  chmodSync(dataDir, 0o700)
}
