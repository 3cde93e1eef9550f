import { join } from 'node:path'
import t from 'tap'
import Database from 'better-sqlite3'
import pg from 'pg'
import { engines } from '../helpers/store.js'
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../../src/store/sqlite.js'
import { MIGRATIONS as POSTGRES_MIGRATIONS } from '../../src/store/postgres.js'
import type { ClaimRequest } from '../../src/store/types.js'

/** Version 2: keys per tenant only, no entity column; what a gateway before this change wrote. */
const OLD_VERSION = 2
const now = Date.now()
const OLD_ROWS = [
  // tenant, key, fingerprint, state, status, body
  ['acme', 'old-done', 'fp-old', 'completed', 201, '{"id":"p-old"}'],
  ['acme', 'old-released', 'fp-old', 'released', null, null]
] as const
const claim = (key: string, over: Partial<ClaimRequest> = {}): ClaimRequest =>
  ({ tenantId: 'acme', key, fingerprint: 'fp-old', operation: 'createPayoutPayment', leaseMs: 60_000, ttlMs: 3_600_000, ...over })

const INSERT = `INSERT INTO idempotency_keys (tenant_id, idem_key, fingerprint, operation, state, attempts, status, content_type, body,
  created_at, updated_at, expires_at, last_outcome) VALUES `

for (const engine of engines(t)) {
  t.test(`${engine.name}: records written before keys were per user keep working after the migration`, async (t) => {
    if (engine.name === 'sqlite') {
      const db = new Database(join(engine.options.dataDir, 'gateway.db'))
      db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)')
      SQLITE_MIGRATIONS.slice(0, OLD_VERSION).forEach((sql, i) => {
        db.exec(sql)
        db.prepare('INSERT INTO schema_migrations VALUES (?, ?)').run(i + 1, now)
      })
      const insert = db.prepare(`${INSERT} (?, ?, ?, 'createPayoutPayment', ?, 1, ?, 'application/json', ?, ?, ?, ?, ?)`)
      for (const [tenant, key, fp, state, status, body] of OLD_ROWS) {
        insert.run(tenant, key, fp, state, status, body === null ? null : Buffer.from(body), now, now, now + 3_600_000, state === 'released' ? 'unknown:timeout' : null)
      }
      db.close()
    } else {
      const client = new pg.Client({ connectionString: engine.options.databaseUrl })
      await client.connect()
      const schema = `"${engine.options.schema!}"`
      await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema};
        CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`)
      for (const [i, sql] of POSTGRES_MIGRATIONS.slice(0, OLD_VERSION).entries()) {
        await client.query(sql)
        await client.query('INSERT INTO schema_migrations VALUES ($1, $2)', [i + 1, now])
      }
      for (const [tenant, key, fp, state, status, body] of OLD_ROWS) {
        await client.query(`${INSERT} ($1, $2, $3, 'createPayoutPayment', $4, 1, $5, 'application/json', $6, $7, $7, $8, $9)`,
          [tenant, key, fp, state, status, body === null ? null : Buffer.from(body), now, now + 3_600_000, state === 'released' ? 'unknown:timeout' : null])
      }
      await client.end()
    }

    const store = await engine.open()
    t.teardown(() => store.close())
    t.equal(await store.migrate(), 0, 'open() applied every later migration')

    const replay = await store.claim(claim('old-done', { entity: 'e-any' }))
    t.equal(replay.outcome, 'replay', 'an API-key caller\'s old record still replays (its entity was never recorded)')
    if (replay.outcome === 'replay') t.equal(replay.response.body.toString(), '{"id":"p-old"}')
    t.same(await store.claim(claim('old-done', { fingerprint: 'fp-other' })), { outcome: 'mismatch' }, 'and still refuses another request')
    t.match(await store.claim(claim('old-released')), { outcome: 'claimed', attempt: 2, previous: 'unknown:timeout' },
      'an old unsettled record is taken over and knows what its last attempt left')
    t.match(await store.claim(claim('old-done', { principal: 'jwt:someone' })), { outcome: 'claimed', attempt: 1 },
      'an app user\'s key space starts empty')
  })
}

// A followed payout without a payout id yet has nothing to be found by in that index: leaving it
// out saves a page write per payout. The lookup by payout id must still use the index.
for (const engine of engines(t)) {
  t.test(`${engine.name}: the payout-id index holds only payouts Lean named an id for, and still serves the lookup`, async (t) => {
    const store = await engine.open()
    t.teardown(() => store.close())
    const draft = { clientKey: 'c1', tenantId: 'acme', requestedBy: 'key-1', pollAfterMs: 60_000 }
    await store.record([], [], [{ ...draft, ref: 'p-1' }, { ...draft, ref: 'p-2' }])
    await store.events.applyStatus({ clientKey: 'c1', refs: ['p-1'], status: 'SUBMITTED', final: false, payoutId: 'pay-1' }, () => ({ audit: [], events: [] }))
    t.match(await store.events.trackedPayout('c1', ['pay-1']), { ref: 'p-1' }, 'found by the id Lean named')
    t.match(await store.events.trackedPayout('c1', ['p-2']), { ref: 'p-2' }, 'and one without an id, by its ref')
    if (engine.name === 'sqlite') {
      const db = new Database(join(engine.options.dataDir, 'gateway.db'), { readonly: true })
      t.teardown(() => db.close())
      const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'tracked_payouts_payout'").get() as { sql: string }
      t.match(sql, /WHERE payout_id IS NOT NULL$/, 'partial')
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT ref FROM tracked_payouts INDEXED BY tracked_payouts_payout WHERE client_key = ? AND payout_id = ?').all('c1', 'x') as Array<{ detail: string }>
      t.match(plan[0]?.detail, /USING (COVERING )?INDEX tracked_payouts_payout \(client_key=\? AND payout_id=\?\)/, 'the lookup by payout id (sqlite-events.ts) can use it')
      t.equal((db.prepare("SELECT count(*) AS n FROM tracked_payouts INDEXED BY tracked_payouts_payout WHERE client_key = 'c1' AND payout_id IS NOT NULL").get() as { n: number }).n, 1, 'one entry: the payout Lean named an id for')
    } else {
      const client = new pg.Client({ connectionString: engine.options.databaseUrl })
      await client.connect()
      t.teardown(() => client.end())
      const { rows } = await client.query<{ indexdef: string }>("SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'tracked_payouts_payout'", [engine.options.schema])
      t.match(rows[0]?.indexdef, /WHERE \(payout_id IS NOT NULL\)$/, 'partial')
    }
  })
}
