import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { createStore } from '../../src/store/index.js'

// Issue 21, finding 8: idempotency records hold destination bodies (names, IBANs) in plain text.

const modeOf = (path: string): number => statSync(path).mode & 0o777

t.test('the embedded store creates DATA_DIR 0700 and every file of it 0600, WAL included', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'gw-modes-'))
  t.teardown(() => rmSync(root, { recursive: true, force: true }))
  const dataDir = join(root, 'nested', 'data')
  const store = await createStore({ dataDir })
  await store.migrate()
  await store.record([{ clientKey: 'c', kind: 'destination', leanId: 'd-1', tenantId: 'acme' }], [])
  t.equal(modeOf(dataDir), 0o700, 'DATA_DIR')
  const files = readdirSync(dataDir)
  t.ok(files.includes('gateway.db') && files.includes('gateway.db-wal') && files.includes('gateway.lock'), files.join(', '))
  for (const name of files) t.equal(modeOf(join(dataDir, name)), 0o600, name)
  await store.close()
})

t.test('files an older version left readable are tightened; an existing directory keeps its mode', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-modes-old-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  chmodSync(dataDir, 0o750)
  mkdirSync(join(dataDir, 'backups'))
  for (const name of ['gateway.db', 'gateway.lock']) {
    writeFileSync(join(dataDir, name), '')
    chmodSync(join(dataDir, name), 0o644)
  }
  const store = await createStore({ dataDir })
  await store.migrate()
  t.equal(modeOf(join(dataDir, 'gateway.db')), 0o600)
  t.equal(modeOf(join(dataDir, 'gateway.lock')), 0o600)
  t.equal(modeOf(dataDir), 0o750, 'the operator\'s directory is left as it was')
  await store.close()
})
