import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { addFault, ENTITY_A, startEmulator } from './helpers/emulator.js'
import { KEYS, tenantsFile, TEST_ENV } from './helpers/gateway.js'
import { spawnServer, startServer } from './helpers/process.js'
import { DEMO_API_KEY, DEMO_ENTITY_ID } from '../src/demo.js'

const dir = mkdtempSync(join(tmpdir(), 'gw-server-'))

t.test('a bad tenants file stops the start, naming the field', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as any
  file.tenants[0].lean.bogus = 1
  const path = join(dir, 'bad.json')
  writeFileSync(path, JSON.stringify(file))
  const proc = spawnServer({ GATEWAY_CONFIG: path, ...TEST_ENV })
  t.equal(await proc.exited, 1, 'exit code 1')
  t.match(proc.output(), 'tenants[0].lean.bogus: unknown key')
  t.notMatch(proc.output(), 'Server listening', 'never listened')

  const missingEnv = join(dir, 'env.json')
  writeFileSync(missingEnv, JSON.stringify(tenantsFile(emulator)))
  const proc2 = spawnServer({ GATEWAY_CONFIG: missingEnv })
  t.equal(await proc2.exited, 1)
  t.match(proc2.output(), 'tenants[0].lean.clientSecret: environment variable TEST_LEAN_SECRET_A is not set')
})

t.test('demo mode prints the docs URL, key and entity, and serves the demo', async (t) => {
  const server = await startServer({ DATA_DIR: join(dir, 'demo-data') })
  t.teardown(() => { server.child.kill('SIGKILL') })
  t.match(server.output(), `API key:    ${DEMO_API_KEY}`)
  t.match(server.output(), `Entity id:  ${DEMO_ENTITY_ID}`)
  t.match(server.output(), /Docs:\s+http:\/\/127\.0\.0\.1:\d+\/docs/)
  const res = await request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': DEMO_API_KEY, entity_id: DEMO_ENTITY_ID } })
  t.equal(res.statusCode, 200)
  t.ok((await res.body.json() as unknown[]).length >= 2)
  t.notMatch(server.output(), /"apiKey"/, 'the key is in the banner, not in a log line')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
})

t.test('SIGTERM: in-flight requests finish, the port closes, exit 0', async (t) => {
  const emulator = await startEmulator(t)
  const path = join(dir, 'tenants.json')
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const server = await startServer({ GATEWAY_CONFIG: path, ...TEST_ENV })
  t.teardown(() => { server.child.kill('SIGKILL') })
  t.equal((await request(`${server.url}/readyz`)).statusCode, 200)
  await addFault(emulator, { path: '/data/v2/accounts', latencyMs: 800, times: 1 })
  const inflight = request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await new Promise((resolve) => setTimeout(resolve, 300))
  server.child.kill('SIGTERM')
  const res = await inflight
  t.equal(res.statusCode, 200, 'the in-flight request completed')
  t.ok((await res.body.json() as unknown[]).length >= 2)
  t.equal(await server.exited, 0, 'exit 0')
  t.match(server.output(), /"signal":"SIGTERM"/)
  await t.rejects(request(`${server.url}/healthz`), 'no longer listening')
})
