import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { outputMatching, runNode, startServer } from './helpers/process.js'
import { until } from './helpers/receiver.js'

/** The README's app-user journey, against a real demo process, as a new user would follow it. */
t.test('demo: an app user opens a session, connects a bank, reads their accounts, and no one else\'s', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-demo-link-'))
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
  const demo = await startServer({ DATA_DIR: dataDir })
  t.teardown(() => { demo.child.kill('SIGKILL') })
  // The banner follows the listen line: wait for its last part.
  const banner = await outputMatching(demo, /App user:[^\n]*\n\s+\S+\n/)
  const emulator = /Emulator:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!
  const bannerToken = /App user:[^\n]*\n\s+(\S+)/.exec(banner)![1]!
  const tokenFor = async (user: string): Promise<string> => (await runNode(['--import', 'tsx', 'scripts/demo-token.mts', user], { DATA_DIR: dataDir })).out.trim()
  const alice = await tokenFor('alice')
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await request(`${demo.url}${path}`, { method: method as 'GET', headers: { authorization: `Bearer ${token}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) })
    return { status: res.statusCode, json: await res.body.json() as any }
  }

  const session = await call('POST', '/link/v1/session', alice)
  t.equal(session.status, 200, 'npm run demo-token\'s token opens a session')
  t.match(session.json, { app_token: 'demo-client', token_type: 'Bearer' })
  t.equal((await call('POST', '/link/v1/session', bannerToken)).status, 200, 'so does the banner\'s')
  const connected = await request(`${emulator}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'demo-client', customerId: session.json.customer_id }) })
  const { entity_id: entity } = await connected.body.json() as { entity_id: string }
  t.ok(await until(async () => (await call('GET', '/link/v1/entities', alice)).json.length === 1, async () => {}, 100, 50), 'the bank shows among alice\'s connections')
  const accounts = await call('GET', '/data/v2/accounts', alice)
  t.equal(accounts.status, 200, 'alice reads her accounts without naming an entity')
  t.ok(accounts.json.length >= 2)
  const bob = await tokenFor('bob')
  t.equal((await call('GET', '/data/v2/accounts', bob)).status, 404, 'bob has connected nothing')
  const stolen = await request(`${demo.url}/data/v2/accounts`, { headers: { authorization: `Bearer ${bob}`, entity_id: entity } })
  t.equal(stolen.statusCode, 404, "bob cannot read alice's entity")
  await stolen.body.dump()
  demo.child.kill('SIGTERM')
  t.equal(await demo.exited, 0)
})
