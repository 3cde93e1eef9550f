import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { closeSync, constants, mkdtempSync, openSync, readSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { request } from 'undici'
import { addFault, ENTITY_A, startEmulator } from './helpers/emulator.js'
import { KEYS, tenantsFile, TEST_ENV } from './helpers/gateway.js'
import { outputMatching, spawnServer, startServer } from './helpers/process.js'
import { DEMO_API_KEY, DEMO_ENTITY_ID } from '../src/demo.js'

const dir = mkdtempSync(join(tmpdir(), 'gw-server-'))
// Each case has its own processes, files and data directory, and mostly waits on them: side by side.
t.jobs = 3

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
  await outputMatching(server, /App user:[^\n]*\n\s+\S+\n/)
  t.match(server.output(), `API key:    ${DEMO_API_KEY}`)
  t.match(server.output(), `Entity id:  ${DEMO_ENTITY_ID}`)
  t.match(server.output(), /Docs:\s+http:\/\/127\.0\.0\.1:\d+\/docs/)
  t.match(server.output(), "Wire:       the seed specs' (LEAN_WIRE=lean for Lean's current one)", 'the banner names the wire')
  t.match(server.output(), /Emulator:\s+http:\/\/127\.0\.0\.1:\d+ /, 'and where the emulator is (4010 unless taken)')
  t.match(server.output(), /"wire":"seeds".*"msg":"speaking the seed specs' wire to Lean"/, 'so does a log line, with or without the demo')
  const res = await request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': DEMO_API_KEY, entity_id: DEMO_ENTITY_ID } })
  t.equal(res.statusCode, 200)
  t.ok((await res.body.json() as unknown[]).length >= 2)
  t.notMatch(server.output(), /"apiKey"/, 'the key is in the banner, not in a log line')
  t.ok(server.output().indexOf('Server listening') < server.output().indexOf('Demo mode'), 'the banner follows the log lines batched before it')
  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0)
  t.match(server.output(), /"msg":"closed"/, 'the last batch of log lines is written at exit')
})

t.test('a port in use is one line naming what to change, not a stack', async (t) => {
  const { createServer } = await import('node:net')
  const holder = createServer()
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve))
  t.teardown(() => { holder.close() })
  const port = (holder.address() as { port: number }).port
  const proc = spawnServer({ DATA_DIR: join(dir, 'port-data'), PORT: String(port), DEMO_EMULATOR_PORT: '0' })
  t.equal(await proc.exited, 1)
  const lines = proc.output().split('\n').filter((l) => l !== '' && !l.startsWith('{'))
  t.same(lines, [`cannot listen on 127.0.0.1:${port}: the port is in use; set PORT to a free port (PORT=3001 npm start)`])
  t.notMatch(proc.output(), /\n\s+at /, 'no stack trace')
})

t.test('the demo cannot become production by accident', async (t) => {
  // Four independent processes, started together: each only waits on its own start-up.
  const refused = spawnServer({ NODE_ENV: 'production', DATA_DIR: join(dir, 'prod-data') })
  const everywhere = spawnServer({ NODE_ENV: 'prod', HOST: '0.0.0.0', DATA_DIR: join(dir, 'everywhere-data') })
  const [deliberate, plain] = await Promise.all([
    startServer({ NODE_ENV: 'production', DEMO: '1', HOST: undefined, DATA_DIR: join(dir, 'prod-demo-data') }),
    startServer({ HOST: undefined, DATA_DIR: join(dir, 'plain-demo-data') })
  ])
  t.teardown(() => { deliberate.child.kill('SIGKILL'); plain.child.kill('SIGKILL') })

  t.equal(await refused.exited, 1, 'NODE_ENV=production without GATEWAY_CONFIG: exit 1')
  t.match(refused.output(), /GATEWAY_CONFIG: is not set while NODE_ENV is production\. Set GATEWAY_CONFIG to your tenants file, or set DEMO=1/,
    'the message names both ways out')
  t.notMatch(refused.output(), 'Server listening', 'never listened')
  t.notMatch(refused.output(), DEMO_API_KEY, 'never printed the demo key')

  t.equal(await everywhere.exited, 1, 'NODE_ENV=prod HOST=0.0.0.0 without GATEWAY_CONFIG: exit 1 (issue 21, finding 10)')
  t.match(everywhere.output(), /HOST: 0\.0\.0\.0 is not a loopback address/, 'naming HOST')
  t.notMatch(everywhere.output(), DEMO_API_KEY, 'never printed the demo key')

  await outputMatching(deliberate, /App user:[^\n]*\n\s+\S+\n/)
  // The log line and the banner are two writers on one pipe: wait for the line (bounded) too.
  await outputMatching(deliberate, /"host":"127\.0\.0\.1"/)
  t.match(deliberate.output(), /"host":"127\.0\.0\.1"/, 'a demo with no HOST listens on loopback only')
  t.match(deliberate.output(), `API key:    ${DEMO_API_KEY}`, 'DEMO=1 runs it on purpose')

  await outputMatching(plain, /"host":"127\.0\.0\.1"/)
  t.match(plain.output(), /"host":"127\.0\.0\.1"/, 'npm start with nothing set: the demo, on loopback')
  deliberate.child.kill('SIGTERM')
  plain.child.kill('SIGTERM')
  t.equal(await deliberate.exited, 0)
  t.equal(await plain.exited, 0)
})

t.test('one process per embedded store: a second gateway on the same DATA_DIR refuses to start', async (t) => {
  const emulator = await startEmulator(t)
  const path = join(dir, 'tenants-lock.json')
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const env = { GATEWAY_CONFIG: path, DATA_DIR: join(dir, 'shared-data'), ...TEST_ENV }
  const first = await startServer(env)
  t.teardown(() => { first.child.kill('SIGKILL') })

  const second = spawnServer(env)
  t.equal(await second.exited, 1, 'the second process exits 1')
  t.match(second.output(), /DATA_DIR .*shared-data is in use by another gateway process/)
  t.match(second.output(), /shared PostgreSQL \(DATABASE_URL\)/, 'and says what to use for several replicas')
  t.notMatch(second.output(), /\n\s+at /, 'a message, not a stack trace')
  t.equal((await request(`${first.url}/readyz`)).statusCode, 200, 'the first keeps serving')

  first.child.kill('SIGKILL')
  await first.exited
  const third = await startServer(env)
  t.teardown(() => { third.child.kill('SIGKILL') })
  t.equal((await request(`${third.url}/readyz`)).statusCode, 200, 'the lock died with its process: the next one starts')
  third.child.kill('SIGTERM')
  t.equal(await third.exited, 0)
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

/**
 * The gateway with stdout and stderr on a real pipe (a FIFO, as a shell's `| head` or a log shipper
 * gives it; Node's own child pipes are socket pairs, which fail differently), whose reader reads
 * until the gateway listens and then goes away.
 */
async function gatewayOnPipe (t: { teardown: (fn: () => unknown) => void }, env: Record<string, string>): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null>; dropReader: () => void }> {
  const fifo = join(mkdtempSync(join(tmpdir(), 'gw-fifo-')), 'stdout')
  execFileSync('mkfifo', [fifo])
  const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK)
  const writer = openSync(fifo, 'w')
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env }, stdio: ['ignore', writer, writer] })
  closeSync(writer)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  t.teardown(() => { child.kill('SIGKILL') })
  let text = ''
  const chunk = Buffer.alloc(65536)
  const deadline = Date.now() + 20_000
  while (!/Server listening at (http:\/\/127\.0\.0\.1:\d+)/.test(text) && Date.now() < deadline) {
    try {
      const n = readSync(reader, chunk)
      text += chunk.subarray(0, n).toString()
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(text)?.[1]
  if (url === undefined) throw new Error(`server did not start:\n${text}`)
  return { child, url, exited, dropReader: () => { closeSync(reader) } }
}

for (const busy of [false, true]) {
  t.test(`SIGTERM with the log reader gone${busy ? ', after serving' : ', idle'}: exit 0 within its grace (issue 22, item 10)`, async (t) => {
    const emulator = await startEmulator(t)
    const path = join(dir, `tenants-no-reader-${String(busy)}.json`)
    writeFileSync(path, JSON.stringify(tenantsFile(emulator, { timeoutMs: 1000 })))
    const server = await gatewayOnPipe(t, { GATEWAY_CONFIG: path, ...TEST_ENV, DATA_DIR: join(dir, `no-reader-data-${String(busy)}`) })
    // Everything logged so far is in the pipe; now the log shipper crashes, and the gateway does not know yet.
    await new Promise((resolve) => setTimeout(resolve, 400))
    server.dropReader()
    if (busy) {
      for (let i = 0; i < 3; i++) {
        t.equal((await request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 200, 'it keeps serving')
      }
    }
    const grace = 1000 + 5000
    const started = Date.now()
    server.child.kill('SIGTERM')
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => { resolve('still running') }, grace + 2000))])
    t.equal(code, 0, 'exit 0')
    t.ok(Date.now() - started < grace, `within its grace of ${grace} ms (${Date.now() - started} ms)`)
  })
}

t.test('a gateway killed mid-payout and restarted on the same DATA_DIR: the retry resolves at once, one payout', async (t) => {
  const emulator = await startEmulator(t)
  const path = join(dir, 'tenants-crash.json')
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const env = { GATEWAY_CONFIG: path, DATA_DIR: join(dir, 'crash-data'), ...TEST_ENV }
  const first = await startServer(env)
  t.teardown(() => { first.child.kill('SIGKILL') })
  const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }
  const dest = await (await request(`${first.url}/payouts/v1/payment/destinations`, { method: 'POST', headers: json, body: JSON.stringify({ beneficiary_name: 'Crash test' }) })).body.json() as { id: string }
  const body = JSON.stringify({ amount: 64, currency: 'AED', destination_id: dest.id })
  await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 600, times: 1 })
  const doomed = request(`${first.url}/payouts/v1/payment`, { method: 'POST', headers: { ...json, 'idempotency-key': 'crash-1' }, body }).catch((err: Error) => err)
  await new Promise((resolve) => setTimeout(resolve, 250))
  first.child.kill('SIGKILL')
  t.type(await doomed, Error, 'the caller lost its connection')
  await first.exited

  await new Promise((resolve) => setTimeout(resolve, 500))
  const second = await startServer(env)
  t.teardown(() => { second.child.kill('SIGKILL') })
  const started = Date.now()
  const retry = await request(`${second.url}/payouts/v1/payment`, { method: 'POST', headers: { ...json, 'idempotency-key': 'crash-1' }, body })
  t.equal(retry.statusCode, 201, 'no 409: the dead run\'s lease was freed at start')
  t.ok(Date.now() - started < 5000, 'answered without waiting out the lease')
  await retry.body.dump()
  t.equal(emulator.state.payoutsCreated, 1, 'Lean created one payout for the key')
  const audit = await (await request(`${second.url}/audit/v1/events`, { headers: { 'x-api-key': KEYS.all } })).body.json() as { events: Array<{ event: string; outcome: string; idempotencyKey?: string }> }
  t.same(audit.events.filter((e) => e.idempotencyKey === 'crash-1').map((e) => `${e.event}:${e.outcome}`).slice(1),
    ['payout.requested:pending', 'payout.failed:unknown:lease_expired', 'payout.requested:pending'], 'the crash is in the audit trail')
})
