import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_KEY, benchJwt, ENTITY, LOAD_CORE, gatewayArgs, pin, measure, rssMb, startGatewayProc, startUpstream, writeTenantsFile, type Proc } from './lib.js'

/**
 * `npm run bench:profile`: the gateway under the benchmark's GET-accounts load with `--cpu-prof`,
 * its busy time while the load was measured, grouped by package (or by gateway file) and by function,
 * written to bench/PROFILE.md. By self time: where the CPU was, not who called it.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const work = mkdtempSync(join(os.tmpdir(), 'gw-profile-'))
const procs: Proc[] = []

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }

/** A function as the table names it: its name, then its file (shortened) and line. */
function frameOf ({ functionName, url, lineNumber }: ProfileNode['callFrame']): string {
  const file = url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'gateway: ').replace(/^file:\/\//, '')
  return `${functionName === '' ? '(anonymous)' : functionName}${file === '' ? '' : ` ${file}:${lineNumber + 1}`}`
}

function groupOf ({ url, functionName }: ProfileNode['callFrame']): string {
  if (functionName === '(program)' || functionName === '(garbage collector)' || functionName === '(idle)') return functionName
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg !== null) return pkg[1]!
  if (url.includes('/dist/')) return `gateway: ${url.split('/dist/')[1]!}`
  if (url.startsWith('wasm://')) return 'wasm (undici\'s llhttp)'
  return url === '' ? `native: ${functionName}` : url
}

/**
 * Only the samples taken while the load was measured: start-up (module loading, schema compilation)
 * and shut-down are not the hot path. The profile's clock is its own, so times are placed by
 * counting back from its last sample, taken as the moment the process exited (ms, negative).
 */
function samplesBetween (profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, fromMs: number, toMs: number): ProfileNode[] {
  const times: number[] = []
  let t = 0
  for (const delta of profile.timeDeltas) times.push(t += delta)
  const hits = new Map<number, number>()
  profile.samples.forEach((id, i) => {
    const ms = (times[i]! - t) / 1000
    if (ms >= fromMs && ms <= toMs) hits.set(id, (hits.get(id) ?? 0) + 1)
  })
  return profile.nodes.map((node) => ({ ...node, hitCount: hits.get(node.id) ?? 0 }))
}

async function main (): Promise<void> {
  process.chdir(ROOT)
  // autocannon runs in this process: it shares the upstream's core, away from the fronts'.
  pin(process.pid, LOAD_CORE)
  const { jwks, jwt } = await benchJwt()
  // BENCH_PROFILE_AUTH=jwt: an app user's token instead of the API key.
  const byJwt = process.env.BENCH_PROFILE_AUTH === 'jwt'
  const upstream = await startUpstream(jwks)
  procs.push(upstream)
  const gateway = await startGatewayProc(['--cpu-prof', `--cpu-prof-dir=${work}`, ...gatewayArgs('dist/server.js')], {
    GATEWAY_CONFIG: writeTenantsFile(work, upstream.url), DATA_DIR: join(work, 'data')
  })
  procs.push(gateway)
  const load = { url: `${gateway.url}/data/v2/accounts`, method: 'GET' as const, headers: (byJwt ? { authorization: `Bearer ${jwt}` } : { 'x-api-key': API_KEY, entity_id: ENTITY }) as Record<string, string> }
  await measure(load, 50, 2)
  const measuredFrom = Date.now()
  const sample = await measure(load, 50, SECONDS, gateway.child.pid)
  const measuredTo = Date.now()
  const rss = rssMb(gateway.child.pid!)
  gateway.child.kill('SIGTERM')
  await new Promise((resolve) => gateway.child.once('exit', resolve))
  const exitedAt = Date.now()

  const file = readdirSync(work).find((f) => f.endsWith('.cpuprofile'))
  if (file === undefined) throw new Error('no profile written')
  const profile = JSON.parse(readFileSync(join(work, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }
  const nodes = samplesBetween(profile, measuredFrom - exitedAt, measuredTo - exitedAt)
  const groups = new Map<string, number>()
  const frames = new Map<string, number>()
  for (const node of nodes) {
    groups.set(groupOf(node.callFrame), (groups.get(groupOf(node.callFrame)) ?? 0) + node.hitCount)
    if (node.callFrame.functionName !== '(idle)') frames.set(frameOf(node.callFrame), (frames.get(frameOf(node.callFrame)) ?? 0) + node.hitCount)
  }
  // Kept for a closer look (Chrome DevTools, speedscope) when asked for.
  if (process.env.BENCH_PROFILE_OUT !== undefined) writeFileSync(process.env.BENCH_PROFILE_OUT, readFileSync(join(work, file)))
  const busy = [...groups].filter(([g]) => g !== '(idle)').reduce((a, [, n]) => a + n, 0)
  const lines = [
    '# Where the gateway spends its CPU',
    '',
    `Written by \`npm run bench:profile\` on ${new Date().toISOString()}: GET /data/v2/accounts with ${byJwt ? 'an end-user JWT' : 'an API key'}, 50 connections, ${SECONDS} s,`,
    `${sample.rps.toFixed(0)} req/s at ${(sample.cpuUs ?? 0).toFixed(0)} µs of CPU per request, RSS ${rss.rss.toFixed(0)} MB (peak ${rss.peak.toFixed(0)} MB).`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Shares of the busy samples, by self time.`,
    '',
    '| share | where |',
    '|---|---|',
    ...[...groups].filter(([g]) => g !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 30).map(([g, n]) => `| ${(100 * n / busy).toFixed(1)} % | ${g} |`),
    '',
    'The top functions, by self time:',
    '',
    '| share | function |',
    '|---|---|',
    ...[...frames].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([f, n]) => `| ${(100 * n / busy).toFixed(1)} % | ${f.replaceAll('|', '\\|')} |`),
    ''
  ]
  writeFileSync(join(ROOT, 'bench', 'PROFILE.md'), lines.join('\n'))
  process.stdout.write(lines.join('\n'))
}

main().catch((err: unknown) => { process.stderr.write(`${String(err)}\n`); process.exitCode = 1 }).finally(() => {
  for (const p of procs) p.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})
