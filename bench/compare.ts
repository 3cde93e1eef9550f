import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { API_KEY, benchJwt, ENTITY, LOAD_CORE, gatewayArgs, pin, measure, median, startGatewayProc, startPeer, startUpstream, writeTenantsFile, type Load, type Proc } from './lib.js'

/**
 * `npm run bench:compare -- <other checkout>`: this build's gateway against another build's (a
 * checkout of another commit, built with `npx tsc -p tsconfig.build.json`), on the same upstream,
 * interleaved round by round with the strict peer (bench/bare-proxy.ts, logger off) so the machine's
 * drift hits all three alike. Written to bench/COMPARE.md.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 50
const baseline = process.argv[2]
if (baseline === undefined) {
  process.stderr.write('usage: npm run bench:compare -- <path of a built checkout to compare with>\n')
  process.exit(2)
}
/** The commit a checkout is at, to name it in the results. */
const commitOf = (dir: string): string => {
  try {
    return execFileSync('git', ['-C', dir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim()
  } catch {
    return 'not a git checkout'
  }
}
const work = mkdtempSync(join(os.tmpdir(), 'gw-compare-'))
const procs: Proc[] = []

async function gateway (root: string, upstream: string): Promise<Proc> {
  const proc = await startGatewayProc(gatewayArgs(join(root, 'dist/server.js'), root), {
    GATEWAY_CONFIG: writeTenantsFile(work, upstream),
    DATA_DIR: join(work, `data-${procs.length}`)
  })
  procs.push(proc)
  return proc
}

async function main (): Promise<void> {
  process.chdir(ROOT)
  // autocannon runs in this process: it shares the upstream's core, away from the fronts'.
  pin(process.pid, LOAD_CORE)
  const { jwks, jwt } = await benchJwt()
  const upstream = await startUpstream(jwks)
  procs.push(upstream)
  const strict = await startPeer(upstream.url, { BARE_LOGGER: 'off' })
  procs.push(strict)
  const builds = [
    { name: 'this build', proc: await gateway(ROOT, upstream.url) },
    { name: `baseline (${baseline!})`, proc: await gateway(resolve(baseline!), upstream.url) },
    { name: 'strict peer', proc: strict }
  ]
  const scenarios: Array<{ name: string; load: (url: string) => Load }> = [
    { name: 'GET accounts, API key', load: (url) => ({ url: `${url}/data/v2/accounts`, method: 'GET', headers: { 'x-api-key': API_KEY, entity_id: ENTITY } }) },
    { name: 'GET accounts, end-user JWT', load: (url) => ({ url: `${url}/data/v2/accounts`, method: 'GET', headers: { authorization: `Bearer ${jwt}` } }) }
  ]
  const rps = new Map<string, number[]>()
  const cpu = new Map<string, number[]>()
  for (const build of builds) for (const s of scenarios) await measure(s.load(build.proc.url), CONNECTIONS, 2)
  for (let round = 1; round <= ROUNDS; round++) {
    for (const s of scenarios) {
      // Alternate which build goes first, so neither always runs on a warmer machine.
      for (const build of round % 2 === 0 ? [...builds].reverse() : builds) {
        const sample = await measure(s.load(build.proc.url), CONNECTIONS, SECONDS, build.proc.child.pid)
        const id = `${s.name}|${build.name}`
        rps.set(id, [...(rps.get(id) ?? []), sample.rps])
        cpu.set(id, [...(cpu.get(id) ?? []), sample.cpuUs ?? 0])
        process.stdout.write(`round ${round}  ${s.name.padEnd(28)} ${build.name.padEnd(24)} ${sample.rps.toFixed(0).padStart(7)} req/s  ${(sample.cpuUs ?? 0).toFixed(0)} µs/req  errors ${sample.errors + sample.non2xx}\n`)
      }
    }
  }
  const lines = [
    '# This build against a baseline',
    '',
    `Written by \`npm run bench:compare\` on ${new Date().toISOString()}; ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections, interleaved. Medians; the ratio is taken round by round, then its median.`,
    '',
    `This build: ${commitOf(ROOT)} (with its working tree); baseline: ${commitOf(resolve(baseline!))}.`,
    '',
    '| scenario | front | req/s | CPU µs/req | this build / it, req/s | this build / it, CPU |',
    '|---|---|---|---|---|---|',
    ...scenarios.flatMap((s) => builds.map((build) => {
      const mine = rps.get(`${s.name}|${builds[0]!.name}`)!
      const theirs = rps.get(`${s.name}|${build.name}`)!
      const myCpu = cpu.get(`${s.name}|${builds[0]!.name}`)!
      const theirCpu = cpu.get(`${s.name}|${build.name}`)!
      const ratios = build === builds[0] ? '– | –' : `${median(mine.map((m, i) => m / theirs[i]!)).toFixed(3)}× | ${median(myCpu.map((c, i) => c / theirCpu[i]!)).toFixed(3)}×`
      return `| ${s.name} | ${build.name} | ${median(theirs).toFixed(0)} | ${median(theirCpu).toFixed(0)} | ${ratios} |`
    })),
    ''
  ]
  writeFileSync(join(ROOT, 'bench', 'COMPARE.md'), lines.join('\n'))
  process.stdout.write(lines.join('\n'))
}

main().catch((err: unknown) => { process.stderr.write(`${String(err)}\n`); process.exitCode = 1 }).finally(() => {
  for (const p of procs) p.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
})
