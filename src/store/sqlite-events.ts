import { randomUUID } from 'node:crypto'
import type Database from 'better-sqlite3'
import { AUDIT_COLUMNS, auditValues } from './rows.js'
import {
  customerFromRow, entityFromRow, entityValues, TENANT_EVENT_FINAL_AT, TENANT_EVENT_INSERT_COLUMNS, tenantEventFromRow, tenantEventValues, TRACKED_COLUMNS,
  earlyUpdates, earlyValues, NEVER, POLL_SOON, TRACKED_INSERT_COLUMNS, statusDecision, type EarlyEventRow, trackedFromRow, trackedValues, type CustomerRow, type EntityRow, type TenantEventRow, type TrackedPayoutRow
} from './event-rows.js'
import type {
  AuditDraft, DueDelivery, EntityBinding, EventStore, FeedQuery, LeanCustomer, LeanEventIntake, OnStatusChange, PayoutStatusUpdate, StatusChange,
  TenantEvent, TenantEventDraft, TrackedPayout, TrackedPayoutDraft
} from './types.js'

type Sql = (text: string) => Database.Statement
type Write = <T>(work: () => T) => Promise<T>

const placeholders = (n: number): string => Array.from({ length: n }, () => '?').join(', ')
// Whole statements built once: sql() finds its statement by the text, and a text built per call is
// a new string to hash every time (several per payout).
const INSERT_AUDIT = `INSERT INTO audit_events (${AUDIT_COLUMNS}) VALUES (${placeholders(13)})`
const INSERT_TRACKED = `INSERT OR IGNORE INTO tracked_payouts (${TRACKED_INSERT_COLUMNS}) VALUES (${placeholders(13)})`

/** The event tables on the embedded engine: one process, so leases only guard against its own overlaps. */
export class SqliteEvents implements EventStore {
  constructor (private readonly sql: Sql, private readonly write: Write) {}

  /** Inside an open transaction: the tracked payouts of a completed payout request. */
  trackPayouts (payouts: TrackedPayoutDraft[] | undefined, now: number): void {
    if (payouts === undefined) return
    const insert = this.sql(INSERT_TRACKED)
    for (const p of payouts) insert.run(...trackedValues(p, now))
  }

  /** Whether Lean's webhooks for any of these payouts came before they were recorded, and wait for adoptEarly. */
  earlyEventsFor (payouts: TrackedPayoutDraft[] | undefined): boolean {
    return payouts !== undefined && payouts.some((p) => this.hasEarly(p.clientKey, [p.ref]))
  }

  private hasEarly (clientKey: string, refs: string[]): boolean {
    return this.sql('SELECT 1 FROM early_payment_events WHERE client_key = ? AND ref IN (SELECT value FROM json_each(?)) LIMIT 1').get(clientKey, JSON.stringify(refs)) !== undefined
  }

  /** Inside an open transaction: audit events, for this store's writes and the idempotency store's alike. */
  appendAudit (audit: AuditDraft[] | undefined, now: number): void {
    if (audit === undefined || audit.length === 0) return
    const insert = this.sql(INSERT_AUDIT)
    for (const a of audit) insert.run(...auditValues(a, now))
  }

  private appendEvents (events: TenantEventDraft[], now: number): void {
    const insert = this.sql(`INSERT INTO tenant_events (${TENANT_EVENT_INSERT_COLUMNS}) VALUES (${placeholders(10)})`)
    for (const e of events) insert.run(...tenantEventValues(e, randomUUID(), now))
  }

  /**
   * By its ref, else by the payout id Lean named. Two lookups, each through its index: SQLite's
   * planner, without statistics, answered `ref = ? OR payout_id = ?` by reading every payout of the
   * client (EXPLAIN QUERY PLAN: PRIMARY KEY (client_key=?)), on every webhook and poll.
   */
  private findTracked (clientKey: string, refs: string[]): TrackedPayout | undefined {
    for (const ref of refs) {
      const row = (this.sql(`SELECT ${TRACKED_COLUMNS} FROM tracked_payouts WHERE client_key = ? AND ref = ?`).get(clientKey, ref) ??
        this.sql(`SELECT ${TRACKED_COLUMNS} FROM tracked_payouts INDEXED BY tracked_payouts_payout WHERE client_key = ? AND payout_id = ?`).get(clientKey, ref)) as TrackedPayoutRow | undefined
      if (row !== undefined) return trackedFromRow(row)
    }
    return undefined
  }

  private applyInTx (update: PayoutStatusUpdate, onChange: OnStatusChange, now: number): StatusChange | undefined {
    const found = this.findTracked(update.clientKey, update.refs)
    if (found === undefined) return undefined
    const decision = statusDecision(found, update)
    if (!decision.write) {
      if (update.pollSoon === true && !found.final) this.sql('UPDATE tracked_payouts SET next_poll_at = ? WHERE client_key = ? AND ref = ? AND next_poll_at < ?').run(POLL_SOON, found.clientKey, found.ref, NEVER)
      return undefined
    }
    this.sql(`UPDATE tracked_payouts SET status = ?, post_initiation_status = ?, final = ?, payout_id = COALESCE(?, payout_id), updated_at = ?, poll_lease_until = NULL,
        next_poll_at = CASE WHEN ? AND next_poll_at < ${NEVER} THEN ? ELSE next_poll_at END
      WHERE client_key = ? AND ref = ?`).run(decision.status, decision.postInitiation ?? null, update.final ? 1 : 0, update.payoutId ?? null, now,
      update.pollSoon === true && !update.final ? 1 : 0, POLL_SOON, found.clientKey, found.ref)
    if (decision.change === undefined) return undefined
    const { audit, events } = onChange(decision.change)
    this.appendAudit(audit, now)
    this.appendEvents(events, now)
    return decision.change
  }

  async ingest (intake: LeanEventIntake, onChange: OnStatusChange): Promise<boolean> {
    return await this.write(() => {
      const now = Date.now()
      const { changes } = this.sql('INSERT OR IGNORE INTO lean_events (client_key, event_id, type, body, tenants, received_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(intake.clientKey, intake.eventId, intake.type, intake.body, JSON.stringify(intake.tenants), now)
      if (changes === 0) return false
      this.bindInTx(intake.bindings ?? [])
      for (const update of intake.statuses ?? []) this.applyInTx(update, onChange, now)
      for (const update of intake.early ?? []) {
        // Recorded while this event was on its way: applied now; else kept for the payout's recording.
        if (this.findTracked(update.clientKey, update.refs) !== undefined) this.applyInTx(update, onChange, now)
        else for (const row of earlyValues(intake.clientKey, intake.eventId, update, now)) this.sql(`INSERT OR IGNORE INTO early_payment_events VALUES (${placeholders(8)})`).run(...row)
      }
      this.appendEvents(intake.tenantEvents ?? [], now)
      return true
    })
  }

  async adoptEarly (clientKey: string, refs: string[], onChange: OnStatusChange): Promise<number> {
    if (refs.length === 0) return 0
    // Almost every payout's answer arrives before its webhooks: a read finds nothing to adopt, and
    // the payout takes no place in the write queue.
    if (!this.hasEarly(clientKey, refs)) return 0
    return await this.write(() => {
      const rows = this.sql(`SELECT ref, event_id, status, post_initiation_status, payout_id, final, received_at FROM early_payment_events
        WHERE client_key = ? AND ref IN (SELECT value FROM json_each(?)) ORDER BY received_at, event_id`).all(clientKey, JSON.stringify(refs)) as EarlyEventRow[]
      const now = Date.now()
      for (const { update } of earlyUpdates(clientKey, rows)) this.applyInTx(update, onChange, now)
      const gone = this.sql('DELETE FROM early_payment_events WHERE client_key = ? AND event_id = ?')
      for (const eventId of new Set(rows.map((r) => r.event_id))) gone.run(clientKey, eventId)
      return new Set(rows.map((r) => r.event_id)).size
    })
  }

  async applyStatus (update: PayoutStatusUpdate, onChange: OnStatusChange): Promise<StatusChange | undefined> {
    return await this.write(() => this.applyInTx(update, onChange, Date.now()))
  }

  async trackedPayout (clientKey: string, refs: string[]): Promise<TrackedPayout | undefined> {
    return this.findTracked(clientKey, refs)
  }

  async claimPolls (limit: number, leaseMs: number, now = Date.now()): Promise<TrackedPayout[]> {
    return await this.write(() => {
      const rows = this.sql(`SELECT ${TRACKED_COLUMNS} FROM tracked_payouts WHERE final = 0 AND next_poll_at <= ?
        AND (poll_lease_until IS NULL OR poll_lease_until <= ?) ORDER BY next_poll_at LIMIT ?`).all(now, now, limit) as TrackedPayoutRow[]
      const lease = this.sql('UPDATE tracked_payouts SET poll_lease_until = ?, next_poll_at = MAX(next_poll_at, 0) WHERE client_key = ? AND ref = ?')
      for (const row of rows) lease.run(now + leaseMs, row.client_key, row.ref)
      return rows.map(trackedFromRow)
    })
  }

  async schedulePoll (clientKey: string, ref: string, nextAt: number, failed: boolean): Promise<void> {
    await this.write(() => {
      this.sql(`UPDATE tracked_payouts SET next_poll_at = CASE WHEN next_poll_at = ${POLL_SOON} THEN 0 ELSE ? END, poll_lease_until = NULL, polls = polls + 1,
        poll_failures = CASE WHEN ? THEN poll_failures + 1 ELSE 0 END WHERE client_key = ? AND ref = ?`).run(nextAt, failed ? 1 : 0, clientKey, ref)
    })
  }

  async stopTracking (payout: TrackedPayout, audit: AuditDraft[], events: TenantEventDraft[]): Promise<boolean> {
    return await this.write(() => {
      const { changes } = this.sql('UPDATE tracked_payouts SET next_poll_at = ?, poll_lease_until = NULL WHERE client_key = ? AND ref = ? AND final = 0 AND next_poll_at < ?')
        .run(NEVER, payout.clientKey, payout.ref, NEVER)
      if (changes === 0) return false
      const now = Date.now()
      this.appendAudit(audit, now)
      this.appendEvents(events, now)
      return true
    })
  }

  async bindFound (binding: EntityBinding, audit: AuditDraft[], events: TenantEventDraft[]): Promise<boolean> {
    return await this.write(() => {
      if (this.bindInTx([binding]) === 0) return false
      const now = Date.now()
      this.appendAudit(audit, now)
      this.appendEvents(events, now)
      return true
    })
  }

  private bindInTx (bindings: EntityBinding[]): number {
    const insert = this.sql(`INSERT OR IGNORE INTO entities (client_key, entity_id, tenant_id, user_id, customer_id, bank_identifier, created_at)
      VALUES (${placeholders(7)})`)
    let n = 0
    for (const b of bindings) n += insert.run(...entityValues(b)).changes
    return n
  }

  async customerOf (tenantId: string, userId: string): Promise<LeanCustomer | undefined> {
    const row = this.sql('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = ? AND user_id = ?').get(tenantId, userId) as CustomerRow | undefined
    return row === undefined ? undefined : customerFromRow(row)
  }

  async saveCustomer (c: LeanCustomer): Promise<LeanCustomer> {
    return await this.write(() => {
      this.sql('INSERT OR IGNORE INTO lean_customers (tenant_id, user_id, client_key, customer_id, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(c.tenantId, c.userId, c.clientKey, c.customerId, Date.now())
      const mine = this.sql('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = ? AND user_id = ?').get(c.tenantId, c.userId) as CustomerRow | undefined
      // Not stored for this user: the Lean customer is someone else's, and that holder is the answer.
      return customerFromRow(mine ?? this.sql('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE client_key = ? AND customer_id = ?').get(c.clientKey, c.customerId) as CustomerRow)
    })
  }

  async tenantCustomers (tenantId: string): Promise<LeanCustomer[]> {
    const rows = this.sql('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE tenant_id = ? ORDER BY created_at, user_id').all(tenantId) as CustomerRow[]
    return rows.map(customerFromRow)
  }

  async customerByLeanId (clientKey: string, customerId: string): Promise<LeanCustomer | undefined> {
    const row = this.sql('SELECT tenant_id, user_id, client_key, customer_id FROM lean_customers WHERE client_key = ? AND customer_id = ?').get(clientKey, customerId) as CustomerRow | undefined
    return row === undefined ? undefined : customerFromRow(row)
  }

  async userEntities (clientKey: string, tenantId: string, userId: string): Promise<EntityBinding[]> {
    const rows = this.sql('SELECT * FROM entities WHERE client_key = ? AND tenant_id = ? AND user_id = ? ORDER BY created_at DESC').all(clientKey, tenantId, userId) as EntityRow[]
    return rows.map(entityFromRow)
  }

  async unbind (clientKey: string, entityId: string): Promise<boolean> {
    return await this.write(() => this.sql('DELETE FROM entities WHERE client_key = ? AND entity_id = ?').run(clientKey, entityId.toLowerCase()).changes === 1)
  }

  async bind (bindings: EntityBinding[]): Promise<number> {
    return await this.write(() => this.bindInTx(bindings))
  }

  async entity (clientKey: string, entityId: string): Promise<EntityBinding | undefined> {
    const row = this.sql('SELECT * FROM entities WHERE client_key = ? AND entity_id = ?').get(clientKey, entityId.toLowerCase()) as EntityRow | undefined
    return row === undefined ? undefined : entityFromRow(row)
  }

  async feed (q: FeedQuery): Promise<TenantEvent[]> {
    const rows = this.sql(`SELECT * FROM tenant_events WHERE tenant_id = ? AND seq > ?
        AND (? IS NULL OR entity_id = ? OR requested_by = ?) ORDER BY seq LIMIT ?`)
      .all(q.tenantId, Number(q.afterSeq ?? 0), q.entityId ?? q.requestedBy ?? null, q.entityId ?? null, q.requestedBy ?? null, q.limit) as TenantEventRow[]
    return rows.map(tenantEventFromRow)
  }

  async claimDeliveries (limit: number, leaseMs: number, now = Date.now()): Promise<DueDelivery[]> {
    return await this.write(() => {
      const rows = this.sql(`SELECT e.*, e.attempts AS attempts FROM tenant_events e WHERE e.delivery = 'pending' AND e.next_attempt_at <= ?
          AND (e.lease_until IS NULL OR e.lease_until <= ?)
          AND NOT EXISTS (SELECT 1 FROM tenant_events p WHERE p.tenant_id = e.tenant_id AND p.object_key = e.object_key
            AND p.delivery = 'pending' AND p.seq < e.seq)
        ORDER BY e.seq LIMIT ?`).all(now, now, limit) as Array<TenantEventRow & { attempts: number }>
      const lease = this.sql('UPDATE tenant_events SET lease_token = ?, lease_until = ? WHERE seq = ?')
      return rows.map((row) => {
        const leaseToken = randomUUID()
        lease.run(leaseToken, now + leaseMs, row.seq)
        return { event: tenantEventFromRow(row), attempts: row.attempts, leaseToken }
      })
    })
  }

  async delivered (seq: string, leaseToken: string): Promise<void> {
    await this.write(() => {
      this.sql(`UPDATE tenant_events SET delivery = 'delivered', delivered_at = ?, attempts = attempts + 1, lease_token = NULL, lease_until = NULL
        WHERE seq = ? AND lease_token = ?`).run(Date.now(), Number(seq), leaseToken)
    })
  }

  async deliveryFailed (seq: string, leaseToken: string, error: string, nextAt: number | undefined): Promise<void> {
    await this.write(() => {
      this.sql(`UPDATE tenant_events SET attempts = attempts + 1, last_error = ?, lease_token = NULL, lease_until = NULL,
          delivery = CASE WHEN ? IS NULL THEN 'abandoned' ELSE delivery END, next_attempt_at = COALESCE(?, next_attempt_at)
        WHERE seq = ? AND lease_token = ?`).run(error.slice(0, 500), nextAt ?? null, nextAt ?? null, Number(seq), leaseToken)
    })
  }

  async purgeFinal (cutoff: number): Promise<number> {
    return await this.write(() =>
      this.sql('DELETE FROM lean_events WHERE received_at < ?').run(cutoff).changes +
      this.sql('DELETE FROM early_payment_events WHERE received_at < ?').run(cutoff).changes +
      this.sql(`DELETE FROM tenant_events WHERE delivery <> 'pending' AND ${TENANT_EVENT_FINAL_AT} < ?`).run(cutoff).changes)
  }

  async backlog (now = Date.now()): Promise<{ pending: number; oldestMs: number }> {
    const row = this.sql("SELECT count(*) AS n, min(created_at) AS oldest FROM tenant_events WHERE delivery = 'pending'").get() as { n: number; oldest: number | null }
    return { pending: row.n, oldestMs: row.oldest === null ? 0 : now - row.oldest }
  }
}
