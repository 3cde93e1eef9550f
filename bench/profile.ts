import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_KEY, benchJwt, ENTITY, LOAD_CORE, pin, measure, rssMb, startProc, writeTenantsFile, type Proc } from './lib.js'

/**
 * `npm run bench:profile`: the gateway under the benchmark's GET-accounts load with `--cpu-prof`,
 * its busy time grouped by package (or by gateway file), written to bench/PROFILE.md. The grouping
 * is by self time: where the CPU was, not who called it.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const work = mkdtempSync(join(os.tmpdir(), 'gw-profile-'))
const procs: Proc[] = []

interface ProfileNode { callFrame: { functionName: string; url: string }; hitCount: number }

function groupOf ({ url, functionName }: ProfileNode['callFrame']): string {
  if (functionName === '(program)' || functionName === '(garbage collector)' || functionName === '(idle)') return functionName
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg !== null) return pkg[1]!
  if (url.includes('/dist/')) return `gateway: ${url.split('/dist/')[1]!}`
  if (url.startsWith('wasm://')) return 'wasm (undici\'s llhttp)'
  return url === '' ? `native: ${functionName}` : url
}

async function main (): Promise<void> {
  process.chdir(ROOT)
  // autocannon runs in this process: it shares the upstream's core, away from the fronts'.
  pin(process.pid, LOAD_CORE)
  const { jwks } = await benchJwt()
  const upstream = await startProc(['--import', 'tsx', 'bench/upstream.ts'], { PORT: '0', BENCH_JWKS: jwks }, /listening (\d+)/, '', LOAD_CORE)
  procs.push(upstream)
  const gateway = await startProc(['--cpu-prof', `--cpu-prof-dir=${work}`, 'dist/server.js'], {
    GATEWAY_CONFIG: writeTenantsFile(work, upstream.url), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: join(work, 'data')
  }, /Server listening at http:\/\/127\.0\.0\.1:(\d+)/, '/readyz')
  procs.push(gateway)
  const load = { url: `${gateway.url}/data/v2/accounts`, method: 'GET' as const, headers: { 'x-api-key': API_KEY, entity_id: ENTITY } }
  await measure(load, 50, 2)
  const sample = await measure(load, 50, SECONDS, gateway.child.pid)
  const rss = rssMb(gateway.child.pid!)
  gateway.child.kill('SIGTERM')
  await new Promise((resolve) => gateway.child.once('exit', resolve))

  const file = readdirSync(work).find((f) => f.endsWith('.cpuprofile'))
  if (file === undefined) throw new Error('no profile written')
  const nodes = (JSON.parse(readFileSync(join(work, file), 'utf8')) as { nodes: ProfileNode[] }).nodes
  const groups = new Map<string, number>()
  for (const node of nodes) groups.set(groupOf(node.callFrame), (groups.get(groupOf(node.callFrame)) ?? 0) + node.hitCount)
  const busy = [...groups].filter(([g]) => g !== '(idle)').reduce((a, [, n]) => a + n, 0)
  const lines = [
    '# Where the gateway spends its CPU',
    '',
    `Written by \`npm run bench:profile\` on ${new Date().toISOString()}: GET /data/v2/accounts with an API key, 50 connections, ${SECONDS} s,`,
    `${sample.rps.toFixed(0)} req/s at ${(sample.cpuUs ?? 0).toFixed(0)} µs of CPU per request, RSS ${rss.rss.toFixed(0)} MB (peak ${rss.peak.toFixed(0)} MB).`,
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}. Shares of the busy samples, by self time.`,
    '',
    '| share | where |',
    '|---|---|',
    ...[...groups].filter(([g]) => g !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 30).map(([g, n]) => `| ${(100 * n / busy).toFixed(1)} % | ${g} |`),
    ''
  ]
  writeFileSync(join(ROOT, 'bench', 'PROFILE.md'), lines.join('\n'))
  process.stdout.write(lines.join('\n'))
}

main().catch((err: unknown) => { process.stderr.write(`${String(err)}\n`); process.exitCode = 1 }).finally(() => {
  for (const p of procs) p.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})
