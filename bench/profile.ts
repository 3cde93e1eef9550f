import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_KEY, benchJwt, ENTITY, LOAD_CORE, gatewayArgs, pin, measure, rssMb, startGatewayProc, startPeer, startUpstream, writeTenantsFile, type Proc, type Sample } from './lib.js'

/**
 * `npm run bench:profile`: the gateway and the strict peer (bench/bare-proxy.ts, logger off), one
 * after the other under the benchmark's GET-accounts (or transactions) load with `--cpu-prof`. Their main threads'
 * time while the load was measured, per request, grouped by package (or by gateway file) side by
 * side, and each one's top functions, written to bench/PROFILE.md. By self time: where the CPU
 * was, not who called it. What PROFILE.md holds after its `<!-- before -->` line is kept, so the
 * profile a change started from stays beside the one it ended with.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const OUT = join(ROOT, 'bench', 'PROFILE.md')
const BEFORE = '<!-- before -->'
// BENCH_PROFILE_PATH=transactions: the 25-item transactions read instead of the accounts list.
const PATH = process.env.BENCH_PROFILE_PATH === 'transactions'
  ? '/data/v2/accounts/053ef2f8-8bf2-4839-afe3-165b5e24f287/transactions?start_date=2026-11-01&end_date=2026-11-30'
  : '/data/v2/accounts'
const work = mkdtempSync(join(os.tmpdir(), 'gw-profile-'))
const procs: Proc[] = []

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** A function as the table names it: its name, then its file (shortened) and line. */
function frameOf ({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'gateway: ').replace(/^.*\/bench\//, 'bench/').replace(/^file:\/\//, '')
  return `${functionName === '' ? '(anonymous)' : functionName}${file === '' ? '' : ` ${file}:${lineNumber + 1}`}`
}

function groupOf ({ url, functionName }: CallFrame): string {
  if (functionName === '(program)' || functionName === '(garbage collector)' || functionName === '(idle)') return functionName
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg !== null) return pkg[1]!
  if (url.includes('/dist/')) return `gateway: ${url.split('/dist/')[1]!}`
  if (url.includes('/bench/')) return `bench/${url.split('/bench/')[1]!}`
  if (url.startsWith('wasm://')) return 'wasm (undici\'s llhttp)'
  return url === '' ? `native: ${functionName}` : url
}

/**
 * Main-thread microseconds per node, from the samples taken while the load was measured: start-up
 * and shut-down are not the hot path. The profile's clock is its own, so times are placed by
 * counting back from its last sample, taken as the moment the process exited (ms, negative).
 */
function timeBetween (profile: CpuProfile, fromMs: number, toMs: number): Map<number, number> {
  const times: number[] = []
  let t = 0
  for (const delta of profile.timeDeltas) times.push(t += delta)
  const spent = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    const ms = (times[i]! - t) / 1000
    if (ms >= fromMs && ms <= toMs) spent.set(id, (spent.get(id) ?? 0) + profile.timeDeltas[i]!)
  })
  return spent
}

interface Profiled {
  name: string
  sample: Sample
  rss: { rss: number; peak: number }
  /** Main-thread µs per request, by group and by function; idle left out. */
  groups: Map<string, number>
  frames: Map<string, number>
  busyUs: number
}

const add = (map: Map<string, number>, key: string, value: number): void => { map.set(key, (map.get(key) ?? 0) + value) }

/** One front under load with the profiler on: started by `start` with the profiler's flags, stopped, read. */
async function profiled (name: string, start: (flags: string[]) => Promise<Proc>, headers: Record<string, string>): Promise<Profiled> {
  const dir = join(work, name.replace(/\W+/g, '-'))
  const proc = await start(['--cpu-prof', `--cpu-prof-dir=${dir}`])
  procs.push(proc)
  const load = { url: `${proc.url}${PATH}`, method: 'GET' as const, headers }
  await measure(load, 50, 2)
  const measuredFrom = Date.now()
  const sample = await measure(load, 50, SECONDS, proc.child.pid)
  const measuredTo = Date.now()
  const rss = rssMb(proc.child.pid!)
  proc.child.kill('SIGTERM')
  await new Promise((resolve) => proc.child.once('exit', resolve))
  const exitedAt = Date.now()

  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) : undefined
  if (file === undefined) throw new Error(`${name}: no profile written`)
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile
  // Kept for a closer look (Chrome DevTools, speedscope) when asked for.
  if (process.env.BENCH_PROFILE_OUT !== undefined) writeFileSync(`${process.env.BENCH_PROFILE_OUT}.${name.replace(/\W+/g, '-')}.cpuprofile`, JSON.stringify(profile))
  const spent = timeBetween(profile, measuredFrom - exitedAt, measuredTo - exitedAt)
  const groups = new Map<string, number>()
  const frames = new Map<string, number>()
  let busyUs = 0
  for (const node of profile.nodes) {
    const us = (spent.get(node.id) ?? 0) / sample.total
    if (us === 0 || node.callFrame.functionName === '(idle)') continue
    busyUs += us
    add(groups, groupOf(node.callFrame), us)
    add(frames, frameOf(node.callFrame), us)
  }
  return { name, sample, rss, groups, frames, busyUs }
}

const us = (value: number | undefined): string => (value ?? 0).toFixed(1)
const top = (map: Map<string, number>, n: number): Array<[string, number]> => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)

function report (byJwt: boolean, gateway: Profiled, peer: Profiled): string[] {
  const where = [...new Set([...top(gateway.groups, 30), ...top(peer.groups, 15)].map(([g]) => g))]
    .sort((a, b) => (gateway.groups.get(b) ?? 0) - (gateway.groups.get(a) ?? 0))
  const summary = (p: Profiled): string =>
    `| ${p.name} | ${p.sample.rps.toFixed(0)} | ${(p.sample.cpuUs ?? 0).toFixed(0)} | ${us(p.busyUs)} | ${p.rss.rss.toFixed(0)} (${p.rss.peak.toFixed(0)}) |`
  const functions = (p: Profiled): string[] => [
    `The ${p.name}'s top functions, main-thread µs per request by self time:`,
    '',
    '| µs | function |',
    '|---|---|',
    ...top(p.frames, 30).map(([f, n]) => `| ${us(n)} | ${f.replaceAll('|', '\\|')} |`),
    ''
  ]
  return [
    '# Where the gateway spends its CPU, beside the strict peer',
    '',
    `Written by \`npm run bench:profile\` on ${new Date().toISOString()}: GET ${PATH.split('?')[0]!} with ${byJwt ? 'an end-user JWT' : 'an API key'}, 50 connections, ${SECONDS} s each, the gateway first, then the strict peer (Fastify + reply-from, logger off).`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. CPU per request is the whole process's (all threads, from /proc); the tables are the main thread's, from its profile.`,
    '',
    '| front | req/s | CPU µs per request | main thread µs per request | RSS MB (peak) |',
    '|---|---|---|---|---|',
    summary(gateway),
    summary(peer),
    '',
    'By package, or by gateway file: main-thread µs per request, by self time.',
    '',
    '| where | gateway | strict peer |',
    '|---|---|---|',
    ...where.map((g) => `| ${g} | ${us(gateway.groups.get(g))} | ${us(peer.groups.get(g))} |`),
    '',
    ...functions(gateway),
    ...functions(peer)
  ]
}

async function main (): Promise<void> {
  process.chdir(ROOT)
  // autocannon runs in this process: it shares the upstream's core, away from the fronts'.
  pin(process.pid, LOAD_CORE)
  const { jwks, jwt } = await benchJwt()
  // BENCH_PROFILE_AUTH=jwt: an app user's token instead of the API key.
  const byJwt = process.env.BENCH_PROFILE_AUTH === 'jwt'
  const headers: Record<string, string> = byJwt ? { authorization: `Bearer ${jwt}` } : { 'x-api-key': API_KEY, entity_id: ENTITY }
  const upstream = await startUpstream(jwks)
  procs.push(upstream)
  const gateway = await profiled('gateway', async (flags) => await startGatewayProc([...flags, ...gatewayArgs('dist/server.js')], {
    GATEWAY_CONFIG: writeTenantsFile(work, upstream.url), DATA_DIR: join(work, 'data')
  }), headers)
  const peer = await profiled('strict peer', async (flags) => await startPeer(upstream.url, { BARE_LOGGER: 'off' }, flags), headers)
  const previous = existsSync(OUT) ? readFileSync(OUT, 'utf8') : ''
  const kept = previous.includes(BEFORE) ? previous.slice(previous.indexOf(BEFORE)) : ''
  const lines = [...report(byJwt, gateway, peer), ...(kept === '' ? [] : [kept])]
  writeFileSync(OUT, lines.join('\n'))
  process.stdout.write(lines.join('\n'))
}

main().catch((err: unknown) => { process.stderr.write(`${String(err)}\n`); process.exitCode = 1 }).finally(() => {
  for (const p of procs) p.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})
