import { join } from 'node:path'
import { API_KEY, ENTITY, gatewayArgs, measure, median, startGatewayProc, writeTenantsFile, type Proc, type Sample } from './lib.js'

/**
 * The ablation table: the gateway serving GET accounts (API key) with one stage switched off at a
 * time (bench/ablated-server.ts), against the same entry point with everything on, interleaved
 * round by round. A stage's cost is the CPU per request it adds, taken round by round.
 */
const STAGES = ['access-log', 'metrics', 'rate-limit', 'schemas', 'auth'] as const
const DESCRIBED: Record<string, string> = {
  'access-log': 'the access line (one per request, to the log destination)',
  metrics: 'per-request metrics (HTTP and Lean latency histograms, request counter)',
  'rate-limit': 'the caller\'s rate limit (@fastify/rate-limit, in-process counters)',
  schemas: 'schema validation of headers, query, params',
  auth: 'API-key authentication (SHA-256, lookup, failure counter) and the scope check'
}

export async function ablationTable (options: { work: string; upstream: string; rounds: number; seconds: number; warmup: number; connections: number; procs: Proc[]; log: (line: string) => void }): Promise<string[]> {
  const { work, upstream, rounds, seconds, warmup, connections, procs, log } = options
  const variants = [{ name: 'everything on', off: [] as string[] }, ...STAGES.map((stage) => ({ name: `without ${stage}`, off: [stage] })), { name: 'all five off', off: [...STAGES] }]
  const started: Array<{ name: string; off: string[]; proc: Proc }> = []
  for (const v of variants) {
    const proc = await startGatewayProc(gatewayArgs(['--import', 'tsx', 'bench/ablated-server.ts']), {
      GATEWAY_CONFIG: writeTenantsFile(work, upstream), DATA_DIR: join(work, `ablation-${started.length}`), BENCH_ABLATE: v.off.join(',')
    })
    procs.push(proc)
    started.push({ ...v, proc })
  }
  const samples = new Map<string, Sample[]>()
  for (let round = 1; round <= rounds; round++) {
    for (const v of round % 2 === 0 ? [...started].reverse() : started) {
      const load = { url: `${v.proc.url}/data/v2/accounts`, method: 'GET' as const, headers: { 'x-api-key': API_KEY, entity_id: ENTITY } }
      await measure(load, connections, warmup)
      const s = await measure(load, connections, seconds, v.proc.child.pid)
      samples.set(v.name, [...(samples.get(v.name) ?? []), s])
      log(`ablation round ${round}  ${v.name.padEnd(22)} ${s.rps.toFixed(0).padStart(7)} req/s  ${(s.cpuUs ?? 0).toFixed(0)} µs/req  errors ${s.errors + s.non2xx}`)
    }
  }
  for (const v of started) v.proc.child.kill('SIGTERM')
  const all = samples.get('everything on')!
  const cpu = (s: Sample): number => s.cpuUs ?? 0
  return [
    '## Ablation: what each stage costs (GET accounts, API key)',
    '',
    `The same entry point (bench/ablated-server.ts, built like \`npm start\`) with one stage off at a time; ${rounds} rounds × ${seconds} s,`,
    `${connections} connections, interleaved. "Cost" is the CPU per request the stage adds (everything on minus this row), round by round, then the median.`,
    '',
    '| configuration | req/s | CPU µs/req | cost of the stage, µs/req | share of the request\'s CPU | what is off |',
    '|---|---|---|---|---|---|',
    ...started.map((v) => {
      const s = samples.get(v.name)!
      const cost = v.off.length === 0 ? undefined : median(s.map((x, i) => cpu(all[i]!) - cpu(x)))
      const share = v.off.length === 0 ? undefined : median(s.map((x, i) => (cpu(all[i]!) - cpu(x)) / cpu(all[i]!)))
      return `| ${v.name} | ${median(s.map((x) => x.rps)).toFixed(0)} | ${median(s.map(cpu)).toFixed(0)} | ${cost === undefined ? '–' : cost.toFixed(0)} | ` +
        `${share === undefined ? '–' : `${(100 * share).toFixed(0)} %`} | ${v.off.length === 0 ? 'nothing' : v.off.length === 1 ? DESCRIBED[v.off[0]!] : 'all of the above'} |`
    }),
    ''
  ]
}
