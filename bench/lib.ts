import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import pg from 'pg'

export const API_KEY = 'bench-key-0123456789abcdef'
export const ENTITY = '6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c'
/** Signs the soak's Lean webhooks (tenant 0's Lean application, client-0). */
export const WEBHOOK_SECRET = 'bench-webhook-secret-0123456789'
const ALL_SCOPES = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read']

/** A tenants file for `tenants` tenants and `keys` keys in all; tenant 0 has API_KEY and app users. */
export function writeTenantsFile (dir: string, upstream: string, tenants = 1, keys = 1): string {
  const perTenant = Math.ceil(keys / tenants)
  const file = {
    tenants: Array.from({ length: tenants }, (_, t) => ({
      id: `bench-${t}`,
      lean: { apiUrl: upstream, authUrl: `${upstream}/oauth2/token`, clientId: `client-${t}`, clientSecret: 'bench-secret', maxConcurrent: 10_000, ...(t === 0 && { webhookSecret: WEBHOOK_SECRET }) },
      apiKeys: Array.from({ length: t === 0 ? Math.max(1, perTenant) : perTenant }, (_, k) => ({
        id: `key-${t}-${k}`,
        sha256: createHash('sha256').update(t === 0 && k === 0 ? API_KEY : `other-${t}-${k}`).digest('hex'),
        scopes: ALL_SCOPES
      })),
      ...(t === 0 && { jwt: { issuer: 'https://idp.bench/', audience: 'bench-app', jwksUrl: `${upstream}/jwks.json`, entityClaim: 'lean_entity_id', scopes: ['data:read'] } }),
      rateLimit: { max: 1_000_000_000, timeWindowMs: 60_000 }
    }))
  }
  const path = join(dir, `tenants-${tenants}-${keys}.json`)
  writeFileSync(path, JSON.stringify(file))
  return path
}

/** The identity provider's key set (for the upstream stand-in to serve) and an app user's token. */
export async function benchJwt (): Promise<{ jwks: string; jwt: string }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'bench', alg: 'RS256' }] })
  const jwt = await new SignJWT({ sub: 'bench-user', lean_entity_id: ENTITY }).setProtectedHeader({ alg: 'RS256', kid: 'bench' })
    .setIssuer('https://idp.bench/').setAudience('bench-app').setExpirationTime('2h').sign(privateKey)
  return { jwks, jwt }
}

export interface Proc { child: ChildProcess; url: string; readyMs: number; output: () => string }

/** How users run the gateway: `npm start`'s Node flags (package.json), then the entry point's arguments. */
export function gatewayArgs (entry: string | string[], root = '.'): string[] {
  const start = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start.split(' ')
  return [...start.slice(1, -1), ...(Array.isArray(entry) ? entry : [entry])]
}

/**
 * Core pinning, where the machine has two cores or more and taskset exists: the load tool and the
 * upstream share the first core (LOAD_CORE), each measured front gets the other one (FRONT_CORE), so
 * a front's figures are not its fight with autocannon for the same core. BENCH_PIN=0 turns it off.
 */
export const PINNED = process.env.BENCH_PIN !== '0' && os.cpus().length >= 2 && hasTaskset()
export const LOAD_CORE = 0
export const FRONT_CORE = 1

function hasTaskset (): boolean {
  try {
    execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Moves a process (all its threads) to one core; a no-op when pinning is off. */
export function pin (pid: number, core: number): void {
  if (PINNED) execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' })
}

/** Spawns a server and waits for `pattern` in its output (group 1: the port), then for `readyPath`. */
export async function startProc (args: string[], env: Record<string, string>, pattern: RegExp, readyPath = '', core = FRONT_CORE): Promise<Proc> {
  const started = Date.now()
  // Started under taskset, so the process and every thread it makes begin on their core.
  const command = PINNED ? ['taskset', '-c', String(core), process.execPath] : [process.execPath]
  const child = spawn(command[0]!, [...command.slice(1), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => { if (out.length < 1_000_000) out += String(d) })
  child.stderr!.on('data', (d) => { out += String(d) })
  for (;;) {
    const m = pattern.exec(out)
    if (m !== null) {
      const url = `http://127.0.0.1:${m[1]}`
      if (readyPath !== '') {
        for (;;) {
          const ok = await fetch(url + readyPath).then((r) => r.ok, () => false)
          if (ok) break
          await new Promise((resolve) => setTimeout(resolve, 5))
        }
      }
      return { child, url, readyMs: Date.now() - started, output: () => out }
    }
    if (child.exitCode !== null) throw new Error(`process exited:\n${out}`)
    if (Date.now() - started > 30_000) throw new Error(`process did not start:\n${out}`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/** What Fastify logs once a server listens on loopback; group 1 is the port. */
export const LISTENING = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/

/** The benchmark's Lean stand-in (bench/upstream.ts), on the load tool's core. */
export async function startUpstream (jwks: string): Promise<Proc> {
  return await startProc(['--import', 'tsx', 'bench/upstream.ts'], { PORT: '0', BENCH_JWKS: jwks }, /listening (\d+)/, '', LOAD_CORE)
}

/** A reply-from peer (bench/bare-proxy.ts) in front of `upstream`; `{ BARE_LOGGER: 'off' }` is the strict one. */
export async function startPeer (upstream: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Proc> {
  return await startProc([...nodeArgs, '--import', 'tsx', 'bench/bare-proxy.ts'], { PORT: '0', UPSTREAM_URL: upstream, ...env }, LISTENING)
}

/**
 * A gateway process: `args` are its Node flags and entry point, `env` at least GATEWAY_CONFIG and
 * DATA_DIR; it listens on a free loopback port at info level, and is returned once /readyz answers.
 */
export async function startGatewayProc (args: string[], env: Record<string, string>): Promise<Proc> {
  return await startProc(args, { PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env }, LISTENING, '/readyz')
}

/** Drops a benchmark's PostgreSQL schema. */
export async function dropSchema (databaseUrl: string, schema: string): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
  await db.end()
}

/** autocannon's requests option for a fresh Idempotency-Key on every request. */
export const FRESH_KEY_REQUESTS = [{ setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'idempotency-key': randomUUID() } }) }]

/** Current and peak resident memory of a process, in MB (Linux /proc). */
export function rssMb (pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string): number => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

export interface Load {
  url: string
  method: 'GET' | 'POST'
  headers: Record<string, string>
  body?: string
  /** A fresh Idempotency-Key per request. */
  freshKey?: boolean
}

export interface Sample {
  rps: number;
  p50: number;
  p99: number;
  p999: number;
  errors: number;
  non2xx: number;
  total: number
  /** CPU the measured server spent per request (user + system, from /proc), when its pid was given. */
  cpuUs?: number
}

/** User + system CPU of a process so far, in microseconds (Linux /proc; clock ticks of 10 ms). */
export function cpuMicros (pid: number): number {
  // Fields after the command name: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10_000
}

export async function measure (load: Load, connections: number, seconds: number, pid?: number): Promise<Sample> {
  const cpuBefore = pid === undefined ? 0 : cpuMicros(pid)
  const result = await autocannon({
    url: load.url,
    connections,
    duration: seconds,
    method: load.method,
    headers: load.headers,
    ...(load.body !== undefined && { body: load.body }),
    ...(load.freshKey === true && {
      requests: FRESH_KEY_REQUESTS
    })
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    p999: (result.latency as unknown as Record<string, number>).p99_9 ?? result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
    ...(pid !== undefined && result.requests.total > 0 && { cpuUs: (cpuMicros(pid) - cpuBefore) / result.requests.total })
  }
}

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
