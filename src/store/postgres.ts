import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { AUDIT_COLUMNS, auditFromRow, auditValues, decideExisting, KEY_ROW_COLUMNS, ownersFromRows, type KeyRow, type OwnerRow } from './rows.js'
import { CUSTOMERS_MIGRATION, EVENTS_MIGRATION, OWNED_BY_MIGRATION, PAYIN_MIGRATION, POST_INITIATION_MIGRATION, TRACKED_PAYOUT_ID_MIGRATION, TRACKED_INSERT_COLUMNS, trackedValues } from './event-rows.js'
import { PostgresEvents } from './postgres-events.js'
import type { AuditDraft, AuditEvent, AuditQuery, ClaimRequest, ClaimResult, ObjectOwner, OwnedKind, OwnedObject, SettleRequest, Settled, Store, StoredResponse, TrackedPayoutDraft } from './types.js'

// BIGINT columns hold epoch milliseconds, well inside Number's exact range.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))

export const MIGRATIONS: string[] = [
  `CREATE TABLE idempotency_keys (
     tenant_id TEXT NOT NULL, idem_key TEXT NOT NULL, fingerprint TEXT NOT NULL, operation TEXT NOT NULL,
     state TEXT NOT NULL CHECK (state IN ('in_flight', 'completed', 'released')),
     lease_token TEXT, lease_until BIGINT, attempts INTEGER NOT NULL,
     status INTEGER, content_type TEXT, body BYTEA,
     created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
     PRIMARY KEY (tenant_id, idem_key)
   );
   CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
   CREATE TABLE owned_objects (
     client_key TEXT NOT NULL, kind TEXT NOT NULL, lean_id TEXT NOT NULL, tenant_id TEXT NOT NULL, created_at BIGINT NOT NULL,
     PRIMARY KEY (client_key, kind, lean_id)
   );
   CREATE TABLE audit_events (
     id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, tenant_id TEXT NOT NULL, caller TEXT NOT NULL,
     request_id TEXT NOT NULL, idempotency_key TEXT, operation TEXT NOT NULL, event TEXT NOT NULL,
     amount TEXT, currency TEXT, destination_id TEXT, lean_id TEXT, outcome TEXT NOT NULL, detail TEXT
   );
   CREATE INDEX audit_events_tenant ON audit_events (tenant_id, id);
   CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS
     $$ BEGIN RAISE EXCEPTION 'audit events are append-only'; END $$;
   CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
     FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();`,
  'ALTER TABLE idempotency_keys ADD COLUMN last_outcome TEXT;',
  // Keys per app user ('' for API-key callers, so existing records keep their meaning) and the entity compared.
  `ALTER TABLE idempotency_keys ADD COLUMN principal TEXT NOT NULL DEFAULT '', ADD COLUMN entity_id TEXT;
   ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_pkey, ADD PRIMARY KEY (tenant_id, principal, idem_key);`,
  EVENTS_MIGRATION('postgres'),
  CUSTOMERS_MIGRATION('postgres'),
  OWNED_BY_MIGRATION,
  POST_INITIATION_MIGRATION('postgres'),
  PAYIN_MIGRATION,
  TRACKED_PAYOUT_ID_MIGRATION
]

// Any constant shared by every replica; serialises migrations when several start at once.
const MIGRATION_LOCK = 7_426_001

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`

const AUDIT_TYPES = ['bigint', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'text']

/**
 * Rows as column arrays for `unnest`, so any number of audit events or owned objects goes in the
 * same single statement as the state change they belong to.
 */
function columns (rows: unknown[][], types: string[], first: number): { sql: string; params: unknown[][] } {
  const params = types.map((_, i) => rows.map((r) => r[i]))
  return { sql: `SELECT * FROM unnest(${types.map((t, i) => `$${first + i}::${t}[]`).join(', ')})`, params }
}

const auditColumns = (audit: AuditDraft[] | undefined, now: number, first: number) =>
  columns((audit ?? []).map((a) => auditValues(a, now)), AUDIT_TYPES, first)

const TRACKED_TYPES = ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'bigint', 'bigint', 'text', 'bigint', 'text']
const trackedColumns = (payouts: TrackedPayoutDraft[] | undefined, now: number, first: number) =>
  columns((payouts ?? []).map((p) => trackedValues(p, now)), TRACKED_TYPES, first)

const objectColumns = (objects: OwnedObject[] | undefined, now: number, first: number) =>
  columns((objects ?? []).map((o) => [o.clientKey, o.kind, o.leanId, o.tenantId, now, o.createdBy ?? null, o.entityId ?? null]), ['text', 'text', 'text', 'text', 'bigint', 'text', 'text'], first)

/** The shared engine: a pg pool, one schema, row locks for the idempotency state machine. */
export class PostgresStore implements Store {
  readonly engine = 'postgres' as const
  readonly events: PostgresEvents
  private readonly pool: pg.Pool

  constructor (connectionString: string, private readonly schema = 'public', poolSize = 20) {
    this.pool = new pg.Pool({
      connectionString,
      max: poolSize,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      options: `-c search_path=${quoteIdent(schema)}`
    })
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.pool.on('error', () => {})
    this.events = new PostgresEvents(this.pool, async (fn) => await this.tx(fn))
  }

  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      await client.query('BEGIN')
      const result = await fn(client)
      await client.query('COMMIT')
      return result
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {})
      throw err
    } finally {
      client.release()
    }
  }

  async migrate (): Promise<number> {
    return await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`)
      await c.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)')
      const { rows } = await c.query<{ version: number }>('SELECT version FROM schema_migrations')
      const applied = new Set(rows.map((r) => r.version))
      let count = 0
      for (const [i, sql] of MIGRATIONS.entries()) {
        if (applied.has(i + 1)) continue
        await c.query(sql)
        await c.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [i + 1, Date.now()])
        count++
      }
      return count
    })
  }

  async ping (): Promise<void> {
    await this.pool.query('SELECT 1')
  }

  private async appendAudit (c: pg.PoolClient, audit: AuditDraft[] | undefined, now: number): Promise<void> {
    if (audit === undefined || audit.length === 0) return
    const rows = auditColumns(audit, now, 1)
    await c.query(`INSERT INTO audit_events (${AUDIT_COLUMNS}) ${rows.sql}`, rows.params)
  }

  async claim (req: ClaimRequest): Promise<ClaimResult> {
    // The common case, a new key, is one statement: the row and its audit events, atomically.
    // Concurrent inserts of one key wait on each other here; exactly one wins.
    const now = Date.now()
    const leaseToken = randomUUID()
    const audit = auditColumns(req.audit?.(undefined), now, 11)
    const { rows } = await this.pool.query<{ inserted: number }>({
      name: 'gw_claim',
      text: `WITH ins AS (
        INSERT INTO idempotency_keys
          (tenant_id, idem_key, fingerprint, operation, state, lease_token, lease_until, attempts, created_at, updated_at, expires_at, principal, entity_id)
          VALUES ($1, $2, $3, $4, 'in_flight', $5, $6, 1, $7, $7, $8, $9, $10) ON CONFLICT (tenant_id, principal, idem_key) DO NOTHING RETURNING 1
      ), aud AS (
        INSERT INTO audit_events (${AUDIT_COLUMNS}) ${audit.sql} WHERE EXISTS (SELECT 1 FROM ins)
      ) SELECT count(*)::int AS inserted FROM ins`,
      values: [req.tenantId, req.key, req.fingerprint, req.operation, leaseToken, now + req.leaseMs, now, now + req.ttlMs,
        req.principal ?? '', req.entity ?? '', ...audit.params]
    })
    if (rows[0]!.inserted === 1) return { outcome: 'claimed', leaseToken, attempt: 1 }
    return await this.claimExisting(req)
  }

  /** The key exists: lock its row and decide (replay, in flight, mismatch, expired, or take over). */
  private async claimExisting (req: ClaimRequest): Promise<ClaimResult> {
    return await this.tx(async (c): Promise<ClaimResult> => {
      const now = Date.now()
      const leaseToken = randomUUID()
      const principal = req.principal ?? ''
      const { rows } = await c.query(`SELECT ${KEY_ROW_COLUMNS} FROM idempotency_keys WHERE tenant_id = $1 AND principal = $2 AND idem_key = $3 FOR UPDATE`,
        [req.tenantId, principal, req.key])
      if (rows.length === 0) return { outcome: 'in-flight', retryAfterMs: 1000 }
      const row = rows[0] as KeyRow
      if (row.expires_at <= now) {
        await c.query(`UPDATE idempotency_keys SET fingerprint = $3, operation = $4, state = 'in_flight', lease_token = $5, lease_until = $6,
            attempts = 1, status = NULL, content_type = NULL, body = NULL, last_outcome = NULL, created_at = $7, updated_at = $7, expires_at = $8,
            entity_id = $10 WHERE tenant_id = $1 AND idem_key = $2 AND principal = $9`,
        [req.tenantId, req.key, req.fingerprint, req.operation, leaseToken, now + req.leaseMs, now, now + req.ttlMs, principal, req.entity ?? ''])
        await this.appendAudit(c, req.audit?.(undefined), now)
        return { outcome: 'claimed', leaseToken, attempt: 1 }
      }
      const decision = decideExisting(row, req, now)
      if (decision.outcome !== 'take-over') return decision
      await c.query(`UPDATE idempotency_keys SET state = 'in_flight', lease_token = $3, lease_until = $4, attempts = attempts + 1, updated_at = $5
          WHERE tenant_id = $1 AND idem_key = $2 AND principal = $6`, [req.tenantId, req.key, leaseToken, now + req.leaseMs, now, principal])
      await this.appendAudit(c, req.audit?.(decision.previous), now)
      return { outcome: 'claimed', leaseToken, attempt: row.attempts + 1, previous: decision.previous }
    })
  }

  async complete (req: SettleRequest & { response: StoredResponse }): Promise<Settled> {
    const now = Date.now()
    const objects = objectColumns(req.objects, now, 9)
    const audit = auditColumns(req.audit, now, 16)
    const tracked = trackedColumns(req.payouts, now, 29)
    // One statement: the stored answer, the objects Lean created, the payouts to follow and the audit events, atomically,
    // and whether Lean's webhooks for those payouts came first ($29 and $30 are the payouts' client keys and refs).
    // What Lean did is recorded even if another claimant took the lease meanwhile.
    const { rows } = await this.pool.query<{ updated: number; early: boolean }>({
      name: 'gw_complete',
      text: `WITH upd AS (
        UPDATE idempotency_keys SET state = 'completed', status = $4, content_type = $5, body = $6,
          lease_token = NULL, lease_until = NULL, updated_at = $7 WHERE tenant_id = $1 AND idem_key = $2 AND lease_token = $3 AND principal = $8 RETURNING 1
      ), own AS (
        INSERT INTO owned_objects (client_key, kind, lean_id, tenant_id, created_at, created_by, entity_id) ${objects.sql} ON CONFLICT DO NOTHING
      ), aud AS (
        INSERT INTO audit_events (${AUDIT_COLUMNS}) ${audit.sql}
      ), trk AS (
        INSERT INTO tracked_payouts (${TRACKED_INSERT_COLUMNS}) ${tracked.sql} ON CONFLICT DO NOTHING
      ) SELECT (SELECT count(*)::int FROM upd) AS updated, EXISTS (SELECT 1 FROM early_payment_events e, unnest($29::text[], $30::text[]) AS p (client_key, ref)
          WHERE e.client_key = p.client_key AND e.ref = p.ref) AS early`,
      values: [req.tenantId, req.key, req.leaseToken, req.response.status, req.response.contentType, req.response.body, now, req.principal ?? '',
        ...objects.params, ...audit.params, ...tracked.params]
    })
    return { held: rows[0]!.updated === 1, earlyEvents: rows[0]!.early }
  }

  async release (req: SettleRequest & { lastOutcome: string }): Promise<void> {
    const now = Date.now()
    const audit = auditColumns(req.audit, now, 7)
    await this.pool.query({
      name: 'gw_release',
      text: `WITH upd AS (
        UPDATE idempotency_keys SET state = 'released', lease_token = NULL, lease_until = NULL, last_outcome = $5, updated_at = $4
          WHERE tenant_id = $1 AND idem_key = $2 AND lease_token = $3 AND principal = $6
      ) INSERT INTO audit_events (${AUDIT_COLUMNS}) ${audit.sql}`,
      values: [req.tenantId, req.key, req.leaseToken, now, req.lastOutcome, req.principal ?? '', ...audit.params]
    })
  }

  async record (objects: OwnedObject[], audit: AuditDraft[], payouts?: TrackedPayoutDraft[]): Promise<void> {
    const now = Date.now()
    const own = objectColumns(objects, now, 1)
    const aud = auditColumns(audit, now, 8)
    const trk = trackedColumns(payouts, now, 21)
    await this.pool.query({
      name: 'gw_record',
      text: `WITH own AS (
        INSERT INTO owned_objects (client_key, kind, lean_id, tenant_id, created_at, created_by, entity_id) ${own.sql} ON CONFLICT DO NOTHING
      ), trk AS (
        INSERT INTO tracked_payouts (${TRACKED_INSERT_COLUMNS}) ${trk.sql} ON CONFLICT DO NOTHING
      ) INSERT INTO audit_events (${AUDIT_COLUMNS}) ${aud.sql}`,
      values: [...own.params, ...aud.params, ...trk.params]
    })
  }

  async owners (clientKey: string, kind: OwnedKind, leanIds: string[]): Promise<Map<string, ObjectOwner>> {
    if (leanIds.length === 0) return new Map()
    const { rows } = await this.pool.query<OwnerRow>(
      'SELECT lean_id, tenant_id, created_by, entity_id FROM owned_objects WHERE client_key = $1 AND kind = $2 AND lean_id = ANY($3::text[])', [clientKey, kind, leanIds])
    return ownersFromRows(rows)
  }

  async listAudit (q: AuditQuery): Promise<AuditEvent[]> {
    const { rows } = await this.pool.query(`SELECT * FROM audit_events WHERE tenant_id = $1
        AND ($2::bigint IS NULL OR at >= $2) AND ($3::bigint IS NULL OR at < $3) AND ($4::bigint IS NULL OR id < $4)
        ORDER BY id DESC LIMIT $5`,
    [q.tenantId, q.from?.getTime() ?? null, q.to?.getTime() ?? null, q.beforeId === undefined ? null : Number(q.beforeId), q.limit])
    return rows.map(auditFromRow)
  }

  async purgeExpired (now = Date.now()): Promise<number> {
    const { rowCount } = await this.pool.query("DELETE FROM idempotency_keys WHERE expires_at <= $1 AND (state <> 'in_flight' OR lease_until <= $1)", [now])
    return rowCount ?? 0
  }

  async close (): Promise<void> {
    await this.pool.end()
  }
}
