import { randomBytes, randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Redis } from 'ioredis'
import pg from 'pg'
import { Agent, request } from 'undici'
import { addFault, ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, TEST_ENV, tenantsFile } from '../helpers/gateway.js'
import { startServer, type GatewayProcess } from '../helpers/process.js'

const DATABASE_URL = process.env.TEST_DATABASE_URL
const REDIS_URL = process.env.TEST_REDIS_URL
const LIMITED_KEY = 'cluster-limited-key-0001'

if (DATABASE_URL === undefined || REDIS_URL === undefined) {
  t.test('three replicas on one PostgreSQL and one Redis', { skip: 'needs TEST_DATABASE_URL and TEST_REDIS_URL (.ci/run sets both)' }, async () => {})
} else if (!existsSync(new URL('../../dist/server.js', import.meta.url))) {
  t.fail('dist/server.js is missing: run `npm run build` (npm test does)')
} else {
  const schema = `gw_cluster_${randomBytes(5).toString('hex')}`
  const prefix = `gw-test-cluster-${randomBytes(5).toString('hex')}:`
  const dir = mkdtempSync(join(tmpdir(), 'gw-cluster-'))
  const agent = new Agent({ keepAliveTimeout: 10_000, connections: 16 })
  const replicas: GatewayProcess[] = []

  t.teardown(async () => {
    for (const r of replicas) r.child.kill('SIGKILL')
    await agent.close()
    const db = new pg.Client({ connectionString: DATABASE_URL })
    await db.connect()
    await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await db.end()
    const redis = new Redis(REDIS_URL)
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
    rmSync(dir, { recursive: true, force: true })
  })

  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator, { timeoutMs: 1500 }) as Record<string, any>
  file.tenants[0].rateLimit = { max: 100_000, timeWindowMs: 60_000 }
  file.tenants[1].apiKeys.push({ id: 'limited', sha256: sha256(LIMITED_KEY), scopes: ['payouts:read'] })
  file.tenants[1].rateLimit = { max: 6, timeWindowMs: 60_000 }
  const configPath = join(dir, 'tenants.json')
  writeFileSync(configPath, JSON.stringify(file))
  const env = {
    GATEWAY_CONFIG: configPath,
    DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    SHUTDOWN_DELAY_MS: '1000',
    ...TEST_ENV
  }
  const launch = async (): Promise<GatewayProcess> => {
    const replica = await startServer(env, 30_000)
    replicas.push(replica)
    return replica
  }
  await Promise.all([launch(), launch(), launch()])

  const call = async (base: string, method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await request(`${base}${path}`, {
      method,
      dispatcher: agent,
      headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) })
    })
    const text = await res.body.text()
    return { status: res.statusCode, headers: res.headers, json: text === '' ? undefined : JSON.parse(text) }
  }
  const apiKey = { 'x-api-key': KEYS.all }
  const dest = (await call(replicas[0]!.url, 'POST', '/payouts/v1/payment/destinations', apiKey, { beneficiary_name: 'Cluster payee' })).json.id as string
  const payoutsFor = async (forwardedKeyOf: (r: { body?: unknown }) => boolean) =>
    (await upstreamRequests(emulator)).filter((r) => r.method === 'POST' && r.url === '/payouts/v1/payment' && forwardedKeyOf(r))

  t.test('one key sent concurrently to all three replicas: one payout at Lean', async (t) => {
    await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 400, times: 1 })
    const body = { amount: 500, currency: 'AED', destination_id: dest, reference: 'cluster-race' }
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      call(replicas[i % 3]!.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': 'cluster-race' }, body)))
    const ok = answers.filter((a) => a.status === 201)
    t.equal(ok.length + answers.filter((a) => a.status === 409).length, 30, 'every caller got the payout or a 409')
    t.equal(new Set(ok.map((a) => a.json.id)).size, 1, 'one payout id')
    t.equal((await payoutsFor((r) => (r.body as { reference?: string }).reference === 'cluster-race')).length, 1, 'one payout request reached Lean')
  })

  t.test('a replica killed mid-payout, the retry on another: one payout, record complete', async (t) => {
    const [victim, survivor] = [replicas[0]!, replicas[1]!]
    const key = 'cluster-kill-1'
    const body = { amount: 250, currency: 'AED', destination_id: dest, reference: key }
    await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 1000, times: 1 })
    const doomed = call(victim.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': key }, body).catch((err: Error) => err)
    await new Promise((resolve) => setTimeout(resolve, 300))
    victim.child.kill('SIGKILL')
    t.type(await doomed, Error, 'the caller lost its connection')
    replicas.splice(replicas.indexOf(victim), 1)

    // The dead replica's lease holds the key until timeoutMs + margin; the retry waits it out.
    let answer = await call(survivor.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': key }, body)
    const deadline = Date.now() + 20_000
    let conflicts = 0
    while (answer.status === 409 && Date.now() < deadline) {
      conflicts++
      t.match(answer.headers['retry-after'], /^\d+$/)
      await new Promise((resolve) => setTimeout(resolve, 1000))
      answer = await call(survivor.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': key }, body)
    }
    t.ok(conflicts > 0, `409 while the dead replica's lease lasted (${conflicts} times)`)
    t.equal(answer.status, 201, 'the retry completes the payout')
    const sent = await payoutsFor((r) => (r.body as { reference?: string }).reference === key)
    t.equal(sent.length, 2, 'the killed attempt and the retry both reached Lean…')
    t.equal(new Set(sent.map((r) => (r.body as { idempotency_key: string }).idempotency_key)).size, 1, '…with one forwarded key')
    const mine = (await call(survivor.url, 'GET', '/payouts/v1/payments', apiKey)).json as Array<{ reference?: string }>
    t.equal(mine.filter((p) => p.reference === key).length, 1, 'Lean holds exactly one payout for the key')

    const db = new pg.Client({ connectionString: DATABASE_URL, options: `-c search_path=${schema}` })
    await db.connect()
    const { rows } = await db.query('SELECT state, attempts, status FROM idempotency_keys WHERE tenant_id = $1 AND idem_key = $2', ['acme', key])
    await db.end()
    t.same(rows, [{ state: 'completed', attempts: 2, status: 201 }], 'the key record is complete')
    const audit = (await call(survivor.url, 'GET', '/audit/v1/events?limit=10', apiKey)).json.events as Array<Record<string, string>>
    const trail = audit.filter((e) => e.idempotencyKey === key).map((e) => `${e.event}:${e.outcome}`)
    // The retry answers with Lean's status at that time; the payout may have moved on meanwhile.
    t.match(trail, [/^payout\.created:(PENDING|SUBMITTED|COMPLETED|FAILED)$/, 'payout.requested:pending', 'payout.failed:unknown:lease_expired', 'payout.requested:pending'])
    t.equal(trail.length, 4)
    await launch()
  })

  t.test('a slow Lean on one replica, the retry on another: one payout', async (t) => {
    const key = 'cluster-timeout-1'
    const body = { amount: 80, currency: 'AED', destination_id: dest, reference: key }
    await addFault(emulator, { method: 'POST', path: '/payouts/v1/payment', latencyMs: 2500, times: 1 })
    const slow = await call(replicas[0]!.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': key }, body)
    t.equal(slow.status, 504)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    const retry = await call(replicas[1]!.url, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': key }, body)
    t.equal(retry.status, 201)
    const mine = (await call(replicas[2]!.url, 'GET', '/payouts/v1/payments', apiKey)).json as Array<{ reference?: string }>
    t.equal(mine.filter((p) => p.reference === key).length, 1, 'one payout at Lean')
  })

  t.test('one per-caller limit across the three replicas', async (t) => {
    const codes: number[] = []
    for (let i = 0; i < 9; i++) codes.push((await call(replicas[i % 3]!.url, 'GET', '/payouts/v1/payments', { 'x-api-key': LIMITED_KEY })).status)
    t.same(codes, [200, 200, 200, 200, 200, 200, 429, 429, 429])
  })

  t.test('rolling restart under steady load: no failed request', async (t) => {
    const ready = new Set<string>(replicas.map((r) => r.url))
    let polling = true
    const poller = (async () => {
      // eslint-disable-next-line no-unmodified-loop-condition -- the test's end clears it
      while (polling) {
        for (const r of [...replicas]) {
          const ok = await request(`${r.url}/readyz`, { dispatcher: agent }).then(async (res) => { await res.body.dump(); return res.statusCode === 200 }, () => false)
          if (ok) ready.add(r.url)
          else ready.delete(r.url)
        }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    })()
    const failures: string[] = []
    let served = 0
    let loading = true
    const worker = async (n: number) => {
      // eslint-disable-next-line no-unmodified-loop-condition -- the test's end clears it
      for (let i = 0; loading; i++) {
        const urls = [...ready]
        if (urls.length === 0) { await new Promise((resolve) => setTimeout(resolve, 20)); continue }
        const base = urls[(n + i) % urls.length]!
        const payout = i % 4 === 0
        try {
          const res = payout
            ? await call(base, 'POST', '/payouts/v1/payment', { ...apiKey, 'idempotency-key': randomUUID() }, { amount: 1, currency: 'AED', destination_id: dest })
            : await call(base, 'GET', '/data/v2/accounts', { ...apiKey, entity_id: ENTITY_A })
          if (res.status !== (payout ? 201 : 200)) failures.push(`${res.status} from ${base}`)
          else served++
        } catch (err) {
          failures.push(`${(err as Error).message} from ${base}`)
        }
      }
    }
    const workers = Promise.all([0, 1, 2, 3].map(worker))
    // One at a time, the replacement starting while the old one drains (a surge of one).
    for (const old of [...replicas]) {
      old.child.kill('SIGTERM')
      const [code] = await Promise.all([old.exited, launch()])
      t.equal(code, 0, 'the stopping replica exits 0')
      t.match(old.output(), 'shutting down: not ready, draining')
      replicas.splice(replicas.indexOf(old), 1)
    }
    loading = false
    await workers
    polling = false
    await poller
    t.same(failures, [], 'no request failed')
    t.ok(served > 100, `${served} requests served during the restarts`)
  })
}
