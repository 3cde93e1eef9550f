import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Statement } from 'better-sqlite3'
import t from 'tap'
import { SqliteStore } from '../../src/store/sqlite.js'

/** The store's own write queue, as its methods use it. */
interface Internals { write: <T>(work: () => T) => Promise<T>; sql: (text: string) => Statement }

t.test('group commit (SQLite): writes of one turn share a transaction, and one that fails takes back only its own rows', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-group-'))
  const store = new SqliteStore(dir)
  t.teardown(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }) })
  await store.migrate()
  const inner = store as unknown as Internals
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
