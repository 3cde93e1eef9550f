import { createHmac, randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { Redis } from 'ioredis'
import { API_KEY, benchJwt, dropSchema, ENTITY, FRESH_KEY_REQUESTS, gatewayArgs, LOAD_CORE, measure, pin, rssMb, startGatewayProc, startUpstream, WEBHOOK_SECRET, writeTenantsFile, type Proc } from './lib.js'

/**
 * `npm run soak`: the gateway on PostgreSQL + Redis under a steady mix (reads, payouts with fresh and
 * replayed keys, Lean's webhooks) at about half the mix's measured capacity, for SOAK_MINUTES (10),
 * sampled every 10 s into bench/SOAK.md. The question is the slope: resident memory, heap and p99
 * must stay flat after warm-up, with no errors. Bounded: a fixed number of windows, then it stops.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10)
const WINDOW_S = 10
const WARMUP_SHARE = 0.2
const DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL
const REDIS_URL = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL
const DESTINATION = '3b2c9a1e-8f7d-4c6b-9a5e-1d2f3c4b5a69'
const work = mkdtempSync(join(os.tmpdir(), 'gw-soak-'))
const procs: Proc[] = []
const log = (line: string): void => { process.stdout.write(`${line}\n`) }

interface Mix { name: string; share: number; writes?: boolean; request: (gateway: string) => autocannon.Options }

const payoutBody = JSON.stringify({ amount: 125.5, currency: 'AED', destination_id: DESTINATION, reference: 'soak' })
const json = { 'content-type': 'application/json' }
const webhookBody = (): string => JSON.stringify({
  event_id: randomUUID(),
  type: 'entity.data.refresh.updated',
  message: 'An entity data refresh state has been updated.',
  timestamp: new Date().toISOString(),
  payload: { status: 'OK', entity_id: ENTITY, refresh_id: randomUUID(), customer_id: randomUUID() }
})
const signed = (body: string): string => `sha512=${createHmac('sha512', WEBHOOK_SECRET).update(body).digest('hex')}`

const MIX: Mix[] = [
  { name: 'GET accounts (API key)', share: 0.45, request: (g) => ({ url: `${g}/data/v2/accounts`, headers: { 'x-api-key': API_KEY, entity_id: ENTITY } }) },
  { name: 'GET accounts (JWT)', share: 0.2, request: (g) => ({ url: `${g}/data/v2/accounts` }) },
  {
    name: 'POST payout, fresh key',
    share: 0.15,
    writes: true,
    request: (g) => ({
      url: `${g}/payouts/v1/payment`,
      method: 'POST',
      body: payoutBody,
      headers: { 'x-api-key': API_KEY, ...json },
      requests: FRESH_KEY_REQUESTS
    })
  },
  { name: 'POST payout, replayed key', share: 0.15, request: (g) => ({ url: `${g}/payouts/v1/payment`, method: 'POST', body: payoutBody, headers: { 'x-api-key': API_KEY, ...json, 'idempotency-key': 'soak-replay' } }) },
  {
    // Lean's intake is limited per address (1,200 a minute): kept under it.
    name: 'POST Lean webhook',
    share: 0.05,
    writes: true,
    request: (g) => ({
      url: `${g}/webhooks/lean/client-0`,
      method: 'POST',
      headers: json,
      requests: [{ setupRequest: (req: any) => { const body = webhookBody(); return { ...req, body, headers: { ...req.headers, 'lean-signature': signed(body) } } } }]
    })
  }
]
const WEBHOOK_MAX_PER_S = 15

interface Window { at: number; requests: number; errors: number; p99: number; rss: number; heapMb: number; loopP99Ms: number; loopMaxMs: number }

/** Least-squares slope of y over x (per minute when x is in minutes). */
function slope (points: Array<[number, number]>): number {
  const n = points.length
  const mx = points.reduce((a, [x]) => a + x, 0) / n
  const my = points.reduce((a, [, y]) => a + y, 0) / n
  const num = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0)
  const den = points.reduce((a, [x]) => a + (x - mx) ** 2, 0)
  return den === 0 ? 0 : num / den
}

/** A gauge from one scrape: the event-loop histogram is reset by every scrape, so one per window. */
function gaugeOf (text: string, name: string): number {
  return Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? NaN)
}

async function main (): Promise<void> {
  if (DATABASE_URL === undefined || REDIS_URL === undefined) {
    process.stderr.write('npm run soak needs PostgreSQL and Redis: set TEST_DATABASE_URL and TEST_REDIS_URL (or DATABASE_URL and REDIS_URL)\n')
    process.exitCode = 2
    return
  }
  process.chdir(ROOT)
  pin(process.pid, LOAD_CORE)
  const { jwks, jwt } = await benchJwt()
  const schema = `gw_soak_${randomBytes(4).toString('hex')}`
  const prefix = `gw-soak-${randomBytes(4).toString('hex')}:`
  const upstream = await startUpstream(jwks)
  procs.push(upstream)
  const gateway = await startGatewayProc(gatewayArgs('dist/server.js'), {
    GATEWAY_CONFIG: writeTenantsFile(work, upstream.url),
    DATA_DIR: join(work, 'data'),
    DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL,
    REDIS_KEY_PREFIX: prefix
  })
  procs.push(gateway)
  try {
    // The mix's capacity from its two kinds of work: reads (replays cost about as much) and writes
    // to the store (fresh payouts; webhooks are of that kind too). Half of it is offered.
    const read = { url: `${gateway.url}/data/v2/accounts`, method: 'GET' as const, headers: { 'x-api-key': API_KEY, entity_id: ENTITY } }
    const write = { url: `${gateway.url}/payouts/v1/payment`, method: 'POST' as const, headers: { 'x-api-key': API_KEY, ...json }, body: payoutBody, freshKey: true }
    await measure(read, 50, 3)
    const reads = (await measure(read, 50, 5)).rps
    const writes = (await measure(write, 50, 5)).rps
    const writeShare = MIX.filter((m) => m.writes).reduce((a, m) => a + m.share, 0)
    const capacity = 1 / ((1 - writeShare) / reads + writeShare / writes)
    const target = capacity / 2
    log(`capacity: reads ${reads.toFixed(0)}/s, payouts ${writes.toFixed(0)}/s, the mix ${capacity.toFixed(0)}/s; soaking at ${target.toFixed(0)} req/s for ${MINUTES} min`)

    // The replayed key's first answer stored before the mix starts: otherwise its first concurrent
    // sends are rightly 409 (the same key still in flight), which is not what the soak measures.
    const primed = await fetch(write.url, { method: 'POST', headers: { ...write.headers, 'idempotency-key': 'soak-replay' }, body: payoutBody })
    if (primed.status !== 201) throw new Error(`priming the replayed key: ${primed.status} ${await primed.text()}`)

    const windows: Window[] = []
    const count = Math.max(1, Math.round(MINUTES * 60 / WINDOW_S))
    const started = Date.now()
    for (let w = 0; w < count; w++) {
      const runs = await Promise.all(MIX.map(async (mix) => {
        const rate = mix.name.includes('webhook') ? Math.min(WEBHOOK_MAX_PER_S, target * mix.share) : target * mix.share
        const options = mix.request(gateway.url)
        if (mix.name.includes('JWT')) options.headers = { authorization: `Bearer ${jwt}` }
        return await autocannon({ connections: 10, duration: WINDOW_S, overallRate: Math.max(1, Math.round(rate)), ...options })
      }))
      const errors = runs.reduce((a, r) => a + r.errors + r.timeouts + r.non2xx, 0)
      const failing = runs.map((r, i) => ({ name: MIX[i]!.name, n: r.errors + r.timeouts + r.non2xx })).filter((f) => f.n > 0)
      const scrape = await (await fetch(`${gateway.url}/metrics`)).text()
      const window: Window = {
        at: (Date.now() - started) / 60_000,
        requests: runs.reduce((a, r) => a + r.requests.total, 0),
        errors,
        p99: Math.max(...runs.map((r) => r.latency.p99)),
        rss: rssMb(gateway.child.pid!).rss,
        heapMb: gaugeOf(scrape, 'nodejs_heap_size_used_bytes') / 2 ** 20,
        loopP99Ms: gaugeOf(scrape, 'nodejs_eventloop_lag_p99_seconds') * 1000,
        loopMaxMs: gaugeOf(scrape, 'nodejs_eventloop_lag_max_seconds') * 1000
      }
      windows.push(window)
      log(`${window.at.toFixed(1).padStart(5)} min  ${(window.requests / WINDOW_S).toFixed(0).padStart(6)} req/s  errors ${errors}${failing.length > 0 ? ` (${failing.map((f) => `${f.name}: ${f.n}`).join(', ')})` : ''}  p99 ${window.p99} ms  RSS ${window.rss.toFixed(0)} MB  heap ${window.heapMb.toFixed(0)} MB  loop p99 ${window.loopP99Ms.toFixed(2)} ms, max ${window.loopMaxMs.toFixed(1)} ms`)
    }
    writeReport({ reads, writes, capacity }, target, windows)
  } finally {
    for (const p of procs) p.child.kill('SIGTERM')
    await cleanUp(schema, prefix)
  }
}

function writeReport (measured: { reads: number; writes: number; capacity: number }, target: number, windows: Window[]): void {
  const settled = windows.slice(Math.floor(windows.length * WARMUP_SHARE))
  const trend = (f: (w: Window) => number): string => `${slope(settled.map((w) => [w.at, f(w)])).toFixed(2)}`
  const errors = windows.reduce((a, w) => a + w.errors, 0)
  const lines = [
    '# Soak',
    '',
    `Written by \`npm run soak\` on ${new Date().toISOString()}: the gateway (\`npm start\`'s flags) on PostgreSQL and Redis, ` +
      `${MINUTES} min at about half the mix's capacity (reads ${measured.reads.toFixed(0)}/s and fresh payouts ${measured.writes.toFixed(0)}/s measured alone, ` +
      `the mix ${measured.capacity.toFixed(0)}/s; ${target.toFixed(0)} req/s offered), ` +
      `windows of ${WINDOW_S} s. Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}.`,
    '',
    `Mix: ${MIX.map((m) => `${m.name} ${(100 * m.share).toFixed(0)} %`).join(', ')} (webhooks at most ${WEBHOOK_MAX_PER_S}/s, under the intake's per-address limit).`,
    '',
    `**Errors: ${errors}** (transport errors, timeouts and non-2xx answers, all windows).`,
    '',
    `After warm-up (the first ${(100 * WARMUP_SHARE).toFixed(0)} % of windows left out), least-squares slopes per minute: ` +
      `RSS ${trend((w) => w.rss)} MB/min, heap ${trend((w) => w.heapMb)} MB/min, p99 ${trend((w) => w.p99)} ms/min, event-loop delay p99 ${trend((w) => w.loopP99Ms)} ms/min.`,
    '',
    '| minute | req/s | errors | p99 ms (worst of the mix) | RSS MB | heap used MB | event-loop delay p99 ms (its 10 ms timer included) | event-loop delay max ms |',
    '|---|---|---|---|---|---|---|---|',
    ...windows.map((w) => `| ${w.at.toFixed(1)} | ${(w.requests / WINDOW_S).toFixed(0)} | ${w.errors} | ${w.p99} | ${w.rss.toFixed(0)} | ${w.heapMb.toFixed(0)} | ${w.loopP99Ms.toFixed(2)} | ${w.loopMaxMs.toFixed(1)} |`),
    ''
  ]
  writeFileSync(join(ROOT, 'bench', 'SOAK.md'), lines.join('\n'))
  log(`\n${lines.join('\n')}`)
}

async function cleanUp (schema: string, prefix: string): Promise<void> {
  await dropSchema(DATABASE_URL!, schema)
  const redis = new Redis(REDIS_URL!)
  let cursor = '0'
  // SCAN is bounded by the keys under this run's prefix.
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
    if (keys.length > 0) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
  redis.disconnect()
  rmSync(work, { recursive: true, force: true })
}

main().catch((err: unknown) => { process.stderr.write(`soak failed: ${(err as Error).stack ?? String(err)}\n`); process.exitCode = 1 })
