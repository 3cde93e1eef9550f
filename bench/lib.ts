import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

export interface Proc { child: ChildProcess; url: string; readyMs: number; output: () => string }

/** Spawns a server and waits for `pattern` in its output (group 1: the port), then for `readyPath`. */
export async function startProc (args: string[], env: Record<string, string>, pattern: RegExp, readyPath = ''): Promise<Proc> {
  const started = Date.now()
  const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
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

export interface Sample { rps: number; p50: number; p99: number; p999: number; errors: number; non2xx: number; total: number }

export async function measure (load: Load, connections: number, seconds: number): Promise<Sample> {
  const result = await autocannon({
    url: load.url,
    connections,
    duration: seconds,
    method: load.method,
    headers: load.headers,
    ...(load.body !== undefined && { body: load.body }),
    ...(load.freshKey === true && {
      requests: [{ setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'idempotency-key': crypto.randomUUID() } }) }]
    })
  })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    p999: (result.latency as unknown as Record<string, number>).p99_9 ?? result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total
  }
}

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
