import { randomUUID } from 'node:crypto'
import type pg from 'pg'
import { AUDIT_COLUMNS, auditValues } from './rows.js'
import {
  customerFromRow, entityFromRow, entityValues, TENANT_EVENT_FINAL_AT, TENANT_EVENT_INSERT_COLUMNS, tenantEventFromRow, tenantEventValues, TRACKED_COLUMNS, TRACKED_INSERT_COLUMNS,
  earlyUpdates, earlyValues, NEVER, POLL_SOON, statusDecision, trackedFromRow, type EarlyEventRow, trackedValues, type CustomerRow, type EntityRow, type TenantEventRow, type TrackedPayoutRow
} from './event-rows.js'
import type {
  AuditDraft, DueDelivery, EntityBinding, EventStore, FeedQuery, LeanCustomer, LeanEventIntake, OnStatusChange, PayoutStatusUpdate, StatusChange,
  TenantEvent, TenantEventDraft, TrackedPayout, TrackedPayoutDraft
} from './types.js'

type Tx = <T>(fn: (client: pg.PoolClient) => Promise<T>) => Promise<T>

const params = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ')

/**
 * The event tables on PostgreSQL, shared by every replica: row locks decide who applies a status,
 * and `FOR UPDATE SKIP LOCKED` with a lease makes one replica poll a payout or deliver an event at a time.
 */
export class PostgresEvents implements EventStore {
  constructor (private readonly pool: pg.Pool, private readonly tx: Tx) {}

  /** Inside an open transaction: the tracked payouts of a completed payout request. */
  async trackPayouts (c: pg.PoolClient | pg.Pool, payouts: TrackedPayoutDraft[] | undefined, now: number): Promise<void> {
    for (const p of payouts ?? []) {
      await c.query(`INSERT INTO tracked_payouts (${TRACKED_INSERT_COLUMNS}) VALUES (${params(1, 13)}) ON CONFLICT DO NOTHING`, trackedValues(p, now))
    }
  }

  private async appendAudit (c: pg.PoolClient, audit: AuditDraft[], now: number): Promise<void> {
    for (const a of audit) await c.query(`INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${params(1, 13)})`, auditValues(a, now))
  }

  private async appendEvents (c: pg.PoolClient, events: TenantEventDraft[], now: number): Promise<void> {
    for (const e of events) await c.query(`INSERT INTO tenant_events (${TENANT_EVENT_INSERT_COLUMNS}) VALUES (${params(1, 10)})`, tenantEventValues(e, randomUUID(), now))
  }

  private async findTracked (c: pg.PoolClient | pg.Pool, clientKey: string, refs: string[], lock: boolean): Promise<TrackedPayout | undefined> {
    const { rows } = await c.query<TrackedPayoutRow>(`SELECT ${TRACKED_COLUMNS} FROM tracked_payouts WHERE client_key = $1 AND (ref = ANY($2::text[]) OR payout_id = ANY($2::text[]))
      LIMIT 1${lock ? ' FOR UPDATE' : ''}`, [clientKey, refs])
    return rows[0] === undefined ? undefined : trackedFromRow(rows[0])
  }

  private async applyInTx (c: pg.PoolClient, update: PayoutStatusUpdate, onChange: OnStatusChange, now: number): Promise<StatusChange | undefined> {
    const found = await this.findTracked(c, update.clientKey, update.refs, true)
    if (found === undefined) return undefined
    const decision = statusDecision(found, update)
    if (!decision.write) {
      if (update.pollSoon === true && !found.final) await c.query('UPDATE tracked_payouts SET next_poll_at = $1 WHERE client_key = $2 AND ref = $3 AND next_poll_at < $4', [POLL_SOON, found.clientKey, found.ref, NEVER])
      return undefined
    }
    await c.query(`UPDATE tracked_payouts SET status = $1, post_initiation_status = $2, final = $3, payout_id = COALESCE($4, payout_id), updated_at = $5, poll_lease_until = NULL,
        next_poll_at = CASE WHEN $6 AND next_poll_at < $9::bigint THEN $10::bigint ELSE next_poll_at END
      WHERE client_key = $7 AND ref = $8`, [decision.status, decision.postInitiation ?? null, update.final ? 1 : 0, update.payoutId ?? null, now,
      update.pollSoon === true && !update.final, found.clientKey, found.ref, NEVER, POLL_SOON])
    if (decision.change === undefined) return undefined
    const { audit, events } = onChange(decision.change)
    await this.appendAudit(c, audit, now)
    await this.appendEvents(c, events, now)
    return decision.change
  }

  async ingest (intake: LeanEventIntake, onChange: OnStatusChange): Promise<boolean> {
    return await this.tx(async (c) => {
      const now = Date.now()
      const { rowCount } = await c.query(`INSERT INTO lean_events (client_key, event_id, type, body, tenants, received_at) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT DO NOTHING`, [intake.clientKey, intake.eventId, intake.type, intake.body, JSON.stringify(intake.tenants), now])
      if (rowCount === 0) return false
      await this.bindIn(c, intake.bindings ?? [])
      for (const update of intake.statuses ?? []) await this.applyInTx(c, update, onChange, now)
      for (const update of intake.early ?? []) {
        // Recorded while this event was on its way: applied now; else kept for the payout's recording.
        if (await this.findTracked(c, update.clientKey, update.refs, true) !== undefined) await this.applyInTx(c, update, onChange, now)
        else for (const row of earlyValues(intake.clientKey, intake.eventId, update, now)) await c.query(`INSERT INTO early_payment_events VALUES (${params(1, 8)}) ON CONFLICT DO NOTHING`, row)
      }
      await this.appendEvents(c, intake.tenantEvents ?? [], now)
      return true
    })
  }

  async adoptEarly (clientKey: string, refs: string[], onChange: OnStatusChange): Promise<number> {
    if (refs.length === 0) return 0
    // Almost every payout's answer arrives before its webhooks: one read, not a transaction of four
    // round trips, finds nothing to adopt. An event kept after this read is the poller's, as it was
    // for one kept after the transaction's DELETE.
    const { rowCount } = await this.pool.query({ name: 'gw_early_any', text: 'SELECT 1 FROM early_payment_events WHERE client_key = $1 AND ref = ANY($2::text[]) LIMIT 1', values: [clientKey, refs] })
    if (rowCount === 0) return 0
    return await this.tx(async (c) => {
      const { rows } = await c.query<EarlyEventRow>(`DELETE FROM early_payment_events WHERE client_key = $1 AND event_id IN (
          SELECT event_id FROM early_payment_events WHERE client_key = $1 AND ref = ANY($2::text[]))
        RETURNING ref, event_id, status, post_initiation_status, payout_id, final, received_at`, [clientKey, refs])
      rows.sort((a, b) => Number(a.received_at) - Number(b.received_at) || a.event_id.localeCompare(b.event_id))
      const now = Date.now()
      for (const { update } of earlyUpdates(clientKey, rows.filter((r) => refs.includes(r.ref)))) await this.applyInTx(c, update, onChange, now)
      return new Set(rows.map((r) => r.event_id)).size
    })
  }

  async applyStatus (update: PayoutStatusUpdate, onChange: OnStatusChange): Promise<StatusChange | undefined> {
    return await this.tx(async (c) => await this.applyInTx(c, update, onChange, Date.now()))
  }

  async trackedPayout (clientKey: string, refs: string[]): Promise<TrackedPayout | undefined> {
    return await this.findTracked(this.pool, clientKey, refs, false)
  }

  async claimPolls (limit: number, leaseMs: number, now = Date.now()): Promise<TrackedPayout[]> {
    const { rows } = await this.pool.query<TrackedPayoutRow>(`UPDATE tracked_payouts t SET poll_lease_until = $3, next_poll_at = GREATEST(t.next_poll_at, 0) FROM (
        SELECT client_key, ref FROM tracked_payouts WHERE final = 0 AND next_poll_at <= $1 AND (poll_lease_until IS NULL OR poll_lease_until <= $1)
        ORDER BY next_poll_at LIMIT $2 FOR UPDATE SKIP LOCKED
      ) due WHERE t.client_key = due.client_key AND t.ref = due.ref RETURNING ${TRACKED_COLUMNS.split(', ').map((c) => `t.${c}`).join(', ')}`,
    [now, limit, now + leaseMs])
    return rows.map(trackedFromRow)
  }

  async schedulePoll (clientKey: string, ref: string, nextAt: number, failed: boolean): Promise<void> {
    await this.pool.query(`UPDATE tracked_payouts SET next_poll_at = CASE WHEN next_poll_at = ${POLL_SOON} THEN 0 ELSE $1::bigint END, poll_lease_until = NULL, polls = polls + 1,
      poll_failures = CASE WHEN $2 THEN poll_failures + 1 ELSE 0 END WHERE client_key = $3 AND ref = $4`, [nextAt, failed, clientKey, ref])
  }

  async stopTracking (payout: TrackedPayout, audit: AuditDraft[], events: TenantEventDraft[]): Promise<boolean> {
    return await this.tx(async (c) => {
      const { rowCount } = await c.query('UPDATE tracked_payouts SET next_poll_at = $1, poll_lease_until = NULL WHERE client_key = $2 AND ref = $3 AND final = 0 AND next_poll_at < $1',
        [NEVER, payout.clientKey, payout.ref])
      if (rowCount === 0) return false
      const now = Date.now()
      await this.appendAudit(c, audit, now)
      await this.appendEvents(c, events, now)
      return true
    })
  }

  async bindFound (binding: EntityBinding, audit: AuditDraft[], events: TenantEventDraft[]): Promise<boolean> {
    return await this.tx(async (c) => {
      if (await this.bindIn(c, [binding]) === 0) return false
      const now = Date.now()
      await this.appendAudit(c, audit, now)
      await this.appendEvents(c, events, now)
      return true
    })
  }

  private async bindIn (c: pg.PoolClient | pg.Pool, bindings: EntityBinding[]): Promise<number> {
    let n = 0
    for (const b of bindings) {
      const { rowCount } = await c.query(`INSERT INTO entities (client_key, entity_id, tenant_id, user_id, customer_id, bank_identifier, created_at)
        VALUES (${params(1, 7)}) ON CONFLICT DO NOTHING`, entityValues(b))
      n += rowCount ?? 0
    }
    return n
  }

  async customerOf (tenantId: string, userId: string): Promise<LeanCustomer | undefined> {
    const { rows } = await this.pool.query<CustomerRow>('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = $1 AND user_id = $2', [tenantId, userId])
    return rows[0] === undefined ? undefined : customerFromRow(rows[0])
  }

  async tenantCustomers (tenantId: string): Promise<LeanCustomer[]> {
    const { rows } = await this.pool.query<CustomerRow>('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = $1 ORDER BY created_at, user_id', [tenantId])
    return rows.map(customerFromRow)
  }

  async saveCustomer (c: LeanCustomer): Promise<LeanCustomer> {
    // Two replicas creating one user's first session: the first row stands, both answer with it.
    // Neither inserted nor stored for this user: the Lean customer is someone else's, and that holder is the answer.
    const { rows } = await this.pool.query<CustomerRow>(`WITH ins AS (
        INSERT INTO lean_customers (tenant_id, user_id, client_key, customer_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
        RETURNING tenant_id, user_id, client_key, customer_id
      ) SELECT tenant_id, user_id, client_key, customer_id FROM (
        SELECT 0 AS rank, * FROM ins
        UNION ALL SELECT 1, tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = $1 AND user_id = $2
        UNION ALL SELECT 2, tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE client_key = $3 AND customer_id = $4
      ) found ORDER BY rank LIMIT 1`,
    [c.tenantId, c.userId, c.clientKey, c.customerId, Date.now()])
    return customerFromRow(rows[0]!)
  }

  async customerByLeanId (clientKey: string, customerId: string): Promise<LeanCustomer | undefined> {
    const { rows } = await this.pool.query<CustomerRow>('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE client_key = $1 AND customer_id = $2', [clientKey, customerId])
    return rows[0] === undefined ? undefined : customerFromRow(rows[0])
  }

  async userEntities (clientKey: string, tenantId: string, userId: string): Promise<EntityBinding[]> {
    const { rows } = await this.pool.query<EntityRow>('SELECT * FROM entities WHERE client_key = $1 AND tenant_id = $2 AND user_id = $3 ORDER BY created_at DESC', [clientKey, tenantId, userId])
    return rows.map(entityFromRow)
  }

  async unbind (clientKey: string, entityId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM entities WHERE client_key = $1 AND entity_id = $2', [clientKey, entityId.toLowerCase()])
    return rowCount === 1
  }

  async bind (bindings: EntityBinding[]): Promise<number> {
    return await this.tx(async (c) => await this.bindIn(c, bindings))
  }

  async entity (clientKey: string, entityId: string): Promise<EntityBinding | undefined> {
    const { rows } = await this.pool.query<EntityRow>('SELECT * FROM entities WHERE client_key = $1 AND entity_id = $2', [clientKey, entityId.toLowerCase()])
    return rows[0] === undefined ? undefined : entityFromRow(rows[0])
  }

  async feed (q: FeedQuery): Promise<TenantEvent[]> {
    const { rows } = await this.pool.query<TenantEventRow>(`SELECT * FROM tenant_events WHERE tenant_id = $1 AND seq > $2
        AND (($3::text IS NULL AND $4::text IS NULL) OR entity_id = $3 OR requested_by = $4) ORDER BY seq LIMIT $5`,
    [q.tenantId, Number(q.afterSeq ?? 0), q.entityId ?? null, q.requestedBy ?? null, q.limit])
    return rows.map(tenantEventFromRow)
  }

  async claimDeliveries (limit: number, leaseMs: number, now = Date.now()): Promise<DueDelivery[]> {
    return await this.tx(async (c) => {
      // SKIP LOCKED: replicas claiming at once take different events; the lease keeps them apart after commit.
      const { rows } = await c.query<TenantEventRow & { attempts: number }>(`SELECT e.* FROM tenant_events e WHERE e.delivery = 'pending' AND e.next_attempt_at <= $1
          AND (e.lease_until IS NULL OR e.lease_until <= $1)
          AND NOT EXISTS (SELECT 1 FROM tenant_events p WHERE p.tenant_id = e.tenant_id AND p.object_key = e.object_key
            AND p.delivery = 'pending' AND p.seq < e.seq)
        ORDER BY e.seq LIMIT $2 FOR UPDATE SKIP LOCKED`, [now, limit])
      const out: DueDelivery[] = []
      for (const row of rows) {
        const leaseToken = randomUUID()
        await c.query('UPDATE tenant_events SET lease_token = $1, lease_until = $2 WHERE seq = $3', [leaseToken, now + leaseMs, row.seq])
        out.push({ event: tenantEventFromRow(row), attempts: row.attempts, leaseToken })
      }
      return out
    })
  }

  async delivered (seq: string, leaseToken: string): Promise<void> {
    await this.pool.query(`UPDATE tenant_events SET delivery = 'delivered', delivered_at = $1, attempts = attempts + 1, lease_token = NULL, lease_until = NULL
      WHERE seq = $2 AND lease_token = $3`, [Date.now(), Number(seq), leaseToken])
  }

  async deliveryFailed (seq: string, leaseToken: string, error: string, nextAt: number | undefined): Promise<void> {
    await this.pool.query(`UPDATE tenant_events SET attempts = attempts + 1, last_error = $1, lease_token = NULL, lease_until = NULL,
        delivery = CASE WHEN $2::bigint IS NULL THEN 'abandoned' ELSE delivery END, next_attempt_at = COALESCE($2::bigint, next_attempt_at)
      WHERE seq = $3 AND lease_token = $4`, [error.slice(0, 500), nextAt ?? null, Number(seq), leaseToken])
  }

  async purgeFinal (cutoff: number): Promise<number> {
    const raw = await this.pool.query('DELETE FROM lean_events WHERE received_at < $1', [cutoff])
    await this.pool.query('DELETE FROM early_payment_events WHERE received_at < $1', [cutoff])
    const feed = await this.pool.query(`DELETE FROM tenant_events WHERE delivery <> 'pending' AND ${TENANT_EVENT_FINAL_AT} < $1`, [cutoff])
    return (raw.rowCount ?? 0) + (feed.rowCount ?? 0)
  }

  async backlog (now = Date.now()): Promise<{ pending: number; oldestMs: number }> {
    const { rows } = await this.pool.query<{ n: number; oldest: number | null }>("SELECT count(*)::int AS n, min(created_at) AS oldest FROM tenant_events WHERE delivery = 'pending'")
    return { pending: rows[0]!.n, oldestMs: rows[0]!.oldest === null ? 0 : now - Number(rows[0]!.oldest) }
  }
}
