import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

let built = false
/**
 * Process tests run `dist/`, as `npm start` and the image do (and at half tsx's start-up cost);
 * `npm test` builds first. Run alone, a test says so instead of testing yesterday's build.
 */
function assertBuilt (): void {
  if (built) return
  const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) =>
    e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs))
  let dist: number
  try {
    dist = statSync(join(ROOT, 'dist/server.js')).mtimeMs
  } catch {
    throw new Error('dist/ is missing: run npm run build (npm test does) before the process tests')
  }
  if (newest(join(ROOT, 'src')) > dist) throw new Error('src/ changed after the last build: run npm run build (npm test does) before the process tests')
  built = true
}

export interface GatewayProcess {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<number | null>
}

/**
 * The server as its own Node process: the built `dist/server.js`, exactly as `npm start` and the
 * Docker image run it. `env` is the whole environment (PATH aside); a variable given as undefined is left unset.
 */
export function spawnServer (env: Record<string, string | undefined>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  assertBuilt()
  const args = ['dist/server.js']
  const merged = { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env }
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let text = ''
  child.stdout!.on('data', (d) => { text += String(d) })
  child.stderr!.on('data', (d) => { text += String(d) })
  // 'close', not 'exit': a process can be gone before its last lines were read from the pipe.
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  return { child, output: () => text, exited }
}

/** `node <args>` from the project root, run to its end: exit code, stdout, stderr. `env` is the whole environment (PATH aside). */
export function runNode (args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  if (args[0]?.startsWith('dist/') === true) assertBuilt()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    child.stdout!.on('data', (d) => { out += String(d) })
    child.stderr!.on('data', (d) => { err += String(d) })
    child.on('close', (code) => resolve({ code, out, err }))
  })
}

/** Waits until the server logs where it listens; fails after `ms`. */
export async function startServer (env: Record<string, string | undefined>, ms = 20_000): Promise<GatewayProcess> {
  const proc = spawnServer(env)
  const deadline = Date.now() + ms
  for (;;) {
    const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(proc.output())
    if (match !== null) return { ...proc, url: match[1]! }
    if (proc.child.exitCode !== null || Date.now() > deadline) {
      proc.child.kill('SIGKILL')
      throw new Error(`server did not start:\n${proc.output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Waits (bounded) until the process has printed `pattern`; the output so far either way. */
export async function outputMatching (proc: { output: () => string }, pattern: RegExp, ms = 10_000): Promise<string> {
  const deadline = Date.now() + ms
  while (!pattern.test(proc.output()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
  return proc.output()
}
