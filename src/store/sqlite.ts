import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { auditFromRow, decideExisting, KEY_ROW_COLUMNS, ownersFromRows, type AuditRow, type KeyRow, type OwnerRow } from './rows.js'
import { CUSTOMERS_MIGRATION, EVENTS_MIGRATION, OWNED_BY_MIGRATION, PAYIN_MIGRATION, POST_INITIATION_MIGRATION, TRACKED_PAYOUT_ID_MIGRATION } from './event-rows.js'
import { SqliteEvents } from './sqlite-events.js'
import type { AuditDraft, AuditEvent, AuditQuery, ClaimRequest, ClaimResult, ObjectOwner, OwnedKind, OwnedObject, SettleRequest, Settled, Store, StoredResponse, TrackedPayoutDraft } from './types.js'
import { DataDirLockedError } from './errors.js'
import { makeDataDir, privateFile } from './files.js'

/** Versioned migrations; each runs once, in order, inside one transaction. */
export const MIGRATIONS: string[] = [
  `CREATE TABLE idempotency_keys (
     tenant_id TEXT NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL, operation TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('in_flight', 'completed', 'released')),
     lease_token TEXT, lease_until INTEGER, attempts INTEGER NOT NULL,
     status INTEGER, content_type TEXT, body BLOB,
     created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
     PRIMARY KEY (tenant_id, idem_key)
   ) WITHOUT ROWID;
   CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
   CREATE TABLE owned_objects (
     client_key TEXT NOT NULL, kind TEXT NOT NULL, lean_id TEXT NOT NULL, tenant_id TEXT NOT NULL, created_at INTEGER NOT NULL,
     PRIMARY KEY (client_key, kind, lean_id)
   ) WITHOUT ROWID;
   CREATE TABLE audit_events (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, tenant_id TEXT NOT NULL, caller TEXT NOT NULL,
     request_id TEXT NOT NULL, idempotency_key TEXT, operation TEXT NOT NULL, event TEXT NOT NULL,
     amount TEXT, currency TEXT, destination_id TEXT, lean_id TEXT, outcome TEXT NOT NULL, detail TEXT
   );
   CREATE INDEX audit_events_tenant ON audit_events (tenant_id, id);
   CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
     BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
   CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
     BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;`,
  // Why the last attempt did not settle: an unknown outcome the next attempt must resolve.
  'ALTER TABLE idempotency_keys ADD COLUMN last_outcome TEXT;',
  // Keys per app user (principal; '' for API-key callers, so existing records keep their meaning)
  // and the entity compared. SQLite cannot change a primary key in place: rebuild the table.
  `CREATE TABLE idempotency_keys_v3 (
     tenant_id TEXT NOT NULL, principal TEXT NOT NULL DEFAULT '', idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL,
     entity_id TEXT, operation TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('in_flight', 'completed', 'released')),
     lease_token TEXT, lease_until INTEGER, attempts INTEGER NOT NULL,
     status INTEGER, content_type TEXT, body BLOB,
     created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, last_outcome TEXT,
     PRIMARY KEY (tenant_id, principal, idem_key)
   ) WITHOUT ROWID;
   INSERT INTO idempotency_keys_v3 (tenant_id, idem_key, fingerprint, operation, state, lease_token, lease_until, attempts,
       status, content_type, body, created_at, updated_at, expires_at, last_outcome)
     SELECT tenant_id, idem_key, fingerprint, operation, state, lease_token, lease_until, attempts,
       status, content_type, body, created_at, updated_at, expires_at, last_outcome FROM idempotency_keys;
   DROP TABLE idempotency_keys;
   ALTER TABLE idempotency_keys_v3 RENAME TO idempotency_keys;
   CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);`,
  EVENTS_MIGRATION('sqlite'),
  CUSTOMERS_MIGRATION('sqlite'),
  OWNED_BY_MIGRATION,
  POST_INITIATION_MIGRATION('sqlite'),
  PAYIN_MIGRATION,
  TRACKED_PAYOUT_ID_MIGRATION
]

const PAGE_CACHE_KIB = 4096
/**
 * Pages the write-ahead log may hold before a commit copies them back into the database file
 * (SQLite's default is 1,000). A checkpoint runs inside the commit that crosses the mark, on the
 * event loop, and the same hot pages (index edges, the newest rows, interior pages) are in every
 * payout's commit: the longer the log, the fewer times each is copied and fsynced. Measured on the
 * store alone (40,000 payouts, 50 at a time): 10,000 pages cost ~150 µs of CPU per payout, 20,000
 * ~140, 40,000 ~125; never checkpointing cost more (~170: every read searches a huge log). The log
 * grows to ~160 MB on disk; durability is the commit's, not the checkpoint's.
 */
const WAL_CHECKPOINT_PAGES = 40_000

export type SqliteSync = 'normal' | 'full'

/** A key claimed for the first time (or again once expired): in flight, first attempt. */
const NEW_KEY_COLUMNS = 'tenant_id, principal, idem_key, fingerprint, entity_id, operation, state, lease_token, lease_until, attempts, created_at, updated_at, expires_at'
const NEW_KEY_VALUES = "?, ?, ?, ?, ?, ?, 'in_flight', ?, ?, 1, ?, ?, ?"
// Whole statements built once: sql() finds its statement by the text, and a text built per call is
// a new string to hash every time (several per payout).
const INSERT_NEW_KEY = `INSERT INTO idempotency_keys (${NEW_KEY_COLUMNS}) VALUES (${NEW_KEY_VALUES}) ON CONFLICT DO NOTHING`

/** One write of a group commit: what it returned, or what it threw (its savepoint rolled back). */
type WriteOutcome = { ok: true; value: unknown } | { ok: false; err: unknown }

/**
 * An exclusive lock on the data directory for as long as this process lives: a SQLite file held in
 * an exclusive transaction. It is an OS file lock, so the OS drops it when the process dies, however
 * it dies, and the next process starts without anyone cleaning up.
 */
function lockDataDir (dataDir: string): Database.Database {
  const lock = new Database(privateFile(join(dataDir, 'gateway.lock')), { timeout: 0 })
  try {
    lock.pragma('locking_mode = EXCLUSIVE')
    lock.exec('BEGIN EXCLUSIVE')
  } catch (err) {
    lock.close()
    if ((err as { code?: string }).code === 'SQLITE_BUSY') throw new DataDirLockedError(dataDir)
    throw err
  }
  return lock
}

/** The embedded engine: one file in DATA_DIR, WAL, every write an immediate transaction. */
export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const
  private readonly db: Database.Database
  private readonly lock: Database.Database | undefined
  private readonly statements = new Map<string, Database.Statement>()
  readonly events: SqliteEvents
  private pending: Array<{ work: () => unknown; resolve: (value: unknown) => void; reject: (err: unknown) => void }> = []
  /**
   * Made once: better-sqlite3 builds a transaction function (and its four variants) on every call
   * of db.transaction, which cost more per payout than some of its statements. Called inside the
   * batch's transaction, `inSavepoint` runs its work in a savepoint.
   */
  private readonly inSavepoint: Database.Transaction<(work: () => unknown) => unknown>
  private readonly inBatch: Database.Transaction<(batch: Array<{ work: () => unknown }>) => WriteOutcome[]>

  /**
   * `dataDir` ':memory:' keeps nothing on disk (documentation rendering only).
   * `sync` 'normal' (WAL default): a commit survives a process crash; a power cut may roll back the
   * last ones, which for a payout means its retry goes to Lean again with the same forwarded key and
   * Lean deduplicates it. 'full' adds an fsync per commit, at several times the cost per payout.
   */
  /** `exclusive` false: a tool beside a running gateway (the CLI), which neither locks nor frees leases. */
  constructor (dataDir: string, sync: SqliteSync = 'normal', exclusive = true) {
    if (dataDir !== ':memory:') {
      makeDataDir(dataDir)
      // Before anything reads the file: migrate() frees every lease, which is right only for the sole process.
      if (exclusive) this.lock = lockDataDir(dataDir)
    }
    this.db = new Database(dataDir === ':memory:' ? ':memory:' : privateFile(join(dataDir, 'gateway.db')))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`)
    this.db.pragma('busy_timeout = 5000')
    this.db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`)
    // Resident memory by design: better-sqlite3's default page cache is 16 MB, filled by a busy
    // gateway's writes and never given back. The lookups that matter (recent keys, by index) fit in
    // 4 MB; everything else is in the OS's file cache, a pread away.
    this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`)
    // Each write of a group commit runs in a savepoint, and a savepoint keeps the pages it changes in
    // a sub-journal, which SQLite spills to a temporary file past 64 KB: a batch of payouts opened,
    // wrote and unlinked one, a quarter of a payout's pwrite calls. In memory it is a copy, not I/O,
    // and it is freed when the batch commits. Durability is the commit's, which this does not touch.
    this.db.pragma('temp_store = MEMORY')
    this.events = new SqliteEvents((text) => this.sql(text), async (work) => await this.write(work))
    this.inSavepoint = this.db.transaction((work: () => unknown) => work())
    this.inBatch = this.db.transaction((batch: Array<{ work: () => unknown }>) => batch.map(({ work }): WriteOutcome => {
      try {
        return { ok: true, value: this.inSavepoint(work) }
      } catch (err) {
        return { ok: false, err }
      }
    }))
  }

  /**
   * Group commit: writes issued in the same event-loop turn run in one transaction, each inside its
   * own savepoint (a failing one rolls back alone), and all resolve only after that one commit.
   * Same atomicity and durability per write, a fraction of the commits.
   */
  private write<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => { this.flush() })
      this.pending.push({ work, resolve: resolve as (value: unknown) => void, reject })
    })
  }

  private flush (): void {
    const batch = this.pending
    this.pending = []
    let outcomes: WriteOutcome[]
    try {
      outcomes = this.inBatch.immediate(batch)
    } catch (err) {
      // The commit itself failed: nothing in the batch was written.
      for (const { reject } of batch) reject(err)
      return
    }
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!
      if (outcome.ok) resolve(outcome.value)
      else reject(outcome.err)
    })
  }

  /** Statements are compiled once and reused: preparing per call cost more than running them. */
  private sql (text: string): Database.Statement {
    let statement = this.statements.get(text)
    if (statement === undefined) {
      statement = this.db.prepare(text)
      this.statements.set(text, statement)
    }
    return statement
  }

  async migrate (): Promise<number> {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)')
    const applied = new Set((this.sql('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version))
    let count = 0
    MIGRATIONS.forEach((sql, i) => {
      const version = i + 1
      if (applied.has(version)) return
      this.db.transaction(() => {
        this.db.exec(sql)
        this.sql('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(version, Date.now())
      }).immediate()
      count++
    })
    // The embedded store belongs to one process: any key still in flight was held by a previous run
    // that is gone. Expire those leases now, so retries resolve them at once instead of after the lease.
    if (this.lock !== undefined) this.sql("UPDATE idempotency_keys SET lease_until = 0 WHERE state = 'in_flight'").run()
    return count
  }

  async ping (): Promise<void> {
    this.sql('SELECT 1').get()
  }

  private recordObjects (objects: OwnedObject[] | undefined, now: number): void {
    if (objects === undefined) return
    const insert = this.sql('INSERT OR IGNORE INTO owned_objects (client_key, kind, lean_id, tenant_id, created_at, created_by, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
    for (const o of objects) insert.run(o.clientKey, o.kind, o.leanId, o.tenantId, now, o.createdBy ?? null, o.entityId ?? null)
  }

  // claim and complete (a payout's two writes) return the group commit's own promise: no async layer.
  claim (req: ClaimRequest): Promise<ClaimResult> {
    return this.write((): ClaimResult => {
      const now = Date.now()
      const leaseToken = randomUUID()
      const principal = req.principal ?? ''
      const values = [req.tenantId, principal, req.key, req.fingerprint, req.entity ?? '', req.operation, leaseToken, now + req.leaseMs, now, now, now + req.ttlMs]
      // The common case, a new key, is one statement: the key's index is searched once, not twice.
      if (this.sql(INSERT_NEW_KEY).run(...values).changes === 1) {
        this.events.appendAudit(req.audit?.(undefined), now)
        return { outcome: 'claimed', leaseToken, attempt: 1 }
      }
      const row = this.sql(`SELECT ${KEY_ROW_COLUMNS} FROM idempotency_keys WHERE tenant_id = ? AND principal = ? AND idem_key = ?`)
        .get(req.tenantId, principal, req.key) as KeyRow
      if (row.expires_at <= now) {
        this.sql(`INSERT OR REPLACE INTO idempotency_keys (${NEW_KEY_COLUMNS}) VALUES (${NEW_KEY_VALUES})`).run(...values)
        this.events.appendAudit(req.audit?.(undefined), now)
        return { outcome: 'claimed', leaseToken, attempt: 1 }
      }
      const decision = decideExisting(row, req, now)
      if (decision.outcome !== 'take-over') return decision
      this.sql(`UPDATE idempotency_keys SET state = 'in_flight', lease_token = ?, lease_until = ?, attempts = attempts + 1, updated_at = ?
        WHERE tenant_id = ? AND principal = ? AND idem_key = ?`).run(leaseToken, now + req.leaseMs, now, req.tenantId, principal, req.key)
      this.events.appendAudit(req.audit?.(decision.previous), now)
      return { outcome: 'claimed', leaseToken, attempt: row.attempts + 1, previous: decision.previous }
    })
  }

  complete (req: SettleRequest & { response: StoredResponse }): Promise<Settled> {
    return this.write((): Settled => {
      const now = Date.now()
      const { changes } = this.sql(`UPDATE idempotency_keys SET state = 'completed', status = ?, content_type = ?, body = ?,
          lease_token = NULL, lease_until = NULL, updated_at = ? WHERE tenant_id = ? AND principal = ? AND idem_key = ? AND lease_token = ?`)
        .run(req.response.status, req.response.contentType, req.response.body, now, req.tenantId, req.principal ?? '', req.key, req.leaseToken)
      // What Lean did is true whether or not we still held the lease: record it either way.
      this.recordObjects(req.objects, now)
      this.events.trackPayouts(req.payouts, now)
      this.events.appendAudit(req.audit, now)
      return { held: changes === 1, earlyEvents: this.events.earlyEventsFor(req.payouts) }
    })
  }

  async release (req: SettleRequest & { lastOutcome: string }): Promise<void> {
    await this.write(() => {
      const now = Date.now()
      this.sql(`UPDATE idempotency_keys SET state = 'released', lease_token = NULL, lease_until = NULL, last_outcome = ?, updated_at = ?
        WHERE tenant_id = ? AND principal = ? AND idem_key = ? AND lease_token = ?`).run(req.lastOutcome, now, req.tenantId, req.principal ?? '', req.key, req.leaseToken)
      this.events.appendAudit(req.audit, now)
    })
  }

  async record (objects: OwnedObject[], audit: AuditDraft[], payouts?: TrackedPayoutDraft[]): Promise<void> {
    await this.write(() => {
      const now = Date.now()
      this.recordObjects(objects, now)
      this.events.trackPayouts(payouts, now)
      this.events.appendAudit(audit, now)
    })
  }

  async owners (clientKey: string, kind: OwnedKind, leanIds: string[]): Promise<Map<string, ObjectOwner>> {
    if (leanIds.length === 0) return new Map()
    const rows = this.sql(`SELECT lean_id, tenant_id, created_by, entity_id FROM owned_objects WHERE client_key = ? AND kind = ?
      AND lean_id IN (SELECT value FROM json_each(?))`).all(clientKey, kind, JSON.stringify(leanIds)) as OwnerRow[]
    return ownersFromRows(rows)
  }

  async listAudit (q: AuditQuery): Promise<AuditEvent[]> {
    const rows = this.sql(`SELECT * FROM audit_events WHERE tenant_id = ?
        AND (? IS NULL OR at >= ?) AND (? IS NULL OR at < ?) AND (? IS NULL OR id < ?)
        ORDER BY id DESC LIMIT ?`)
      .all(q.tenantId, q.from?.getTime() ?? null, q.from?.getTime() ?? null, q.to?.getTime() ?? null, q.to?.getTime() ?? null,
        q.beforeId ?? null, q.beforeId === undefined ? null : Number(q.beforeId), q.limit) as AuditRow[]
    return rows.map(auditFromRow)
  }

  async purgeExpired (now = Date.now()): Promise<number> {
    // A record still in flight is kept until its lease ends, however old.
    return this.sql("DELETE FROM idempotency_keys WHERE expires_at <= ? AND (state <> 'in_flight' OR lease_until <= ?)").run(now, now).changes
  }

  async close (): Promise<void> {
    this.db.close()
    this.lock?.close()
  }
}
