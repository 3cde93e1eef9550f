import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Statement } from 'better-sqlite3'
import t, { type Test } from 'tap'
import { SqliteStore } from '../../src/store/sqlite.js'

/** The store's own write queue, as its methods use it. */
interface Internals { write: <T>(work: () => T) => Promise<T>; sql: (text: string) => Statement }

/** A migrated store in a directory of its own, closed and removed when the test ends. */
async function migratedStore (t: Test): Promise<Internals> {
  const dir = mkdtempSync(join(tmpdir(), 'gw-group-'))
  const store = new SqliteStore(dir)
  t.teardown(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })
  await store.migrate()
  return store as unknown as Internals
}

t.test('group commit (SQLite): writes of one turn share a transaction, and one that fails takes back only its own rows', async (t) => {
  const inner = await migratedStore(t)
  await inner.write(() => inner.sql('CREATE TABLE probe (x INTEGER NOT NULL)').run())
  const insert = (x: number): void => { inner.sql('INSERT INTO probe (x) VALUES (?)').run(x) }

  const outcomes = await Promise.allSettled([
    inner.write(() => { insert(1); return 'one' }),
    inner.write(() => { insert(2); insert(20); throw new Error('second fails after writing') }),
    inner.write(() => { insert(3); return 'three' })
  ])
  t.match(outcomes, [{ status: 'fulfilled', value: 'one' }, { status: 'rejected', reason: { message: 'second fails after writing' } }, { status: 'fulfilled', value: 'three' }])
  const rows = (): number[] => (inner.sql('SELECT x FROM probe ORDER BY x').all() as Array<{ x: number }>).map((r) => r.x)
  t.same(rows(), [1, 3], 'the failed write left nothing; the others are committed')

  // A later turn is a batch of its own, and a batch of one that fails writes nothing either.
  await t.rejects(inner.write(() => { insert(4); throw new Error('alone') }), { message: 'alone' })
  t.equal(await inner.write(() => { insert(5); return 5 }), 5)
  t.same(rows(), [1, 3, 5])
})

t.test('group commit (SQLite): a write that changes more than a sub-journal holds in 64 KB still takes back only its own rows, from memory', async (t) => {
  const inner = await migratedStore(t)
  // 2 = MEMORY: the savepoints' sub-journals never become temporary files (a pwrite per page, and an open and unlink per batch).
  t.equal(inner.sql('PRAGMA temp_store').pluck().get(), 2)
  await inner.write(() => inner.sql('CREATE TABLE wide (k INTEGER PRIMARY KEY, v BLOB NOT NULL)').run())
  const fill = (from: number): void => {
    const insert = inner.sql('INSERT INTO wide (k, v) VALUES (?, ?)')
    for (let k = from; k < from + 100; k++) insert.run(k, Buffer.alloc(4_000, (k % 255) + 1))
  }
  await inner.write(() => { fill(0) })
  const outcomes = await Promise.allSettled([
    inner.write(() => { inner.sql('UPDATE wide SET v = zeroblob(4000)').run(); fill(1_000); throw new Error('fails after ~800 KB of changes') }),
    inner.write(() => { fill(2_000); return 'kept' })
  ])
  t.match(outcomes, [{ status: 'rejected', reason: { message: 'fails after ~800 KB of changes' } }, { status: 'fulfilled', value: 'kept' }])
  t.equal(inner.sql('SELECT count(*) FROM wide').pluck().get(), 200, 'the first hundred rows and the kept write\'s')
  t.equal(inner.sql('SELECT count(*) FROM wide WHERE k < 100 AND v = zeroblob(4000)').pluck().get(), 0, 'the failed update is undone')
  t.equal(inner.sql('SELECT count(*) FROM wide WHERE k >= 1000 AND k < 2000').pluck().get(), 0, 'the failed inserts are undone')
})
