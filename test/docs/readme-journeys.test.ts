import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t, { type Test } from 'tap'
import { outputMatching, startServer } from '../helpers/process.js'

/**
 * The README's three journeys, pasted into bash as a newcomer would (issue 23), against a fresh
 * demo process. Only the addresses and the clock change: the test's demo listens where the machine
 * lets it, and runs its Lean TIME_SCALE times faster, with every sleep in the README shortened as much.
 */
const TIME_SCALE = 5
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!)
const journey = (title: string): string => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const at = readme.indexOf(`## ${title}`)
  return blocks.find((b) => readme.indexOf(b) > at)!
}
const has = (tool: string): boolean => { try { execFileSync('sh', ['-c', `command -v ${tool}`]); return true } catch { return false } }
const skip = has('bash') && has('curl') ? false : 'the journeys need bash and curl'

// Each journey has its own demo and mostly waits (the README's sleeps): run side by side.
t.jobs = 4

const faster = (script: string): string => script.replace(/\bsleep (\d+)\b/g, (_, seconds: string) => `sleep ${Number(seconds) / TIME_SCALE}`)

async function paste (script: string, env: Record<string, string>): Promise<string> {
  return await new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d) => { out += String(d) })
    child.stderr.on('data', (d) => { out += String(d) })
    child.on('close', () => { resolve(out) })
  })
}

async function demo (t: Test, wire: 'seeds' | 'lean'): Promise<{ run: (script: string) => Promise<string> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-journey-'))
  const server = await startServer({ DATA_DIR: dataDir, DEMO_EMULATOR_PORT: '0', DEMO_TIME_SCALE: String(TIME_SCALE), ...(wire === 'lean' && { LEAN_WIRE: 'lean' }) }, 30_000)
  t.teardown(async () => { server.child.kill('SIGTERM'); await server.exited; rmSync(dataDir, { recursive: true, force: true }) })
  const emulator = /Emulator:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(await outputMatching(server, /Emulator:\s+http/))![1]!
  return {
    run: async (script) => await paste(faster(script).replaceAll('http://localhost:3000', server.url).replaceAll('http://127.0.0.1:4010', emulator), { DATA_DIR: dataDir })
  }
}

t.test('journey 1: data and a payout, as the comments say', { skip }, async (t) => {
  const out = await (await demo(t, 'seeds')).run(journey('Journey 1'))
  t.match(out, '"account_id":"053ef2f8-8bf2-4839-afe3-165b5e24f287","name":"Current Account"')
  t.match(out, /"credit_debit_indicator":"(CREDIT|DEBIT)"/, 'transactions')
  t.match(out, /\n?[0-9a-f]{8}-[0-9a-f-]{27}\n/, 'the destination id echoed')
  t.match(out, /"status":"PENDING","amount":250\.75,"currency":"AED"/, 'the payout')
  t.match(out, /HTTP\/1\.1 201 Created\r?\nidempotent-replayed: true/i, 'the replay')
  t.match(out, '"type":"urn:lean-gateway:problem:idempotency-key-reused"')
  t.match(out, '"detail":"Idempotency-Key header is required"')
  t.match(out, /"caller":"demo-key",[^}]*"event":"payout\.created","outcome":"PENDING","idempotencyKey":"order-\d+"/, 'the audit trail')
  t.match(out, /"type":"payout\.status_changed".*"status":"SUBMITTED","previous_status":"PENDING"/, 'the tenant is told')
})

t.test("journey 2: Lean's wire, and a payout rejected after acceptance", { skip }, async (t) => {
  const out = await (await demo(t, 'lean')).run(journey('Journey 2'))
  t.match(out, '"type":"accounts","data":{"type":"accounts","accounts":[{"entity_id":"6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c"')
  t.match(out, /"type":"identities","data":\{[^]*"full_legal_name":"/, 'the PENDING read, fetched by its results_id')
  t.match(out, '"payment_status":"CREATED"')
  t.match(out, /\n?"post_initiation_status":"REJECTED"\n?$/, 'the last line: the rejection after acceptance reached the tenant')
})

t.test('journey 3: an app user connects a bank; another cannot read it', { skip }, async (t) => {
  const out = await (await demo(t, 'seeds')).run(journey('Journey 3'))
  t.match(out, /\{"customer_id":"[0-9a-f-]{36}","app_token":"demo-client","access_token":"[^"]+","token_type":"Bearer","expires_in":\d+\}/)
  t.match(out, /\{"entity_id":"[0-9a-f-]{36}"\}/)
  t.match(out, /\[\{"entity_id":"[0-9a-f-]{36}","bank_identifier":"[^"]+","created_at":"[^"]+"\}\]/)
  t.match(out, '[{"account_id":"')
  t.match(out, /\n404\n?$/, "bob gets 404 for alice's bank")
})

t.test('journey 4: a customer pays the company, and only she sees it', { skip }, async (t) => {
  const out = await (await demo(t, 'seeds')).run(journey('Journey 4'))
  t.match(out, /^[0-9a-f]{8}-[0-9a-f-]{27}\n/, 'the intent id echoed')
  t.match(out, /\{"id":"[0-9a-f-]{36}","payment_intent/, 'the payment LinkSDK made')
  t.match(out, /\n\s*2\n/, "two payment.status_changed in alice's events")
  t.match(out, '"post_initiation_status":"PROCESSED"', 'the money arrived')
  t.match(out, /\n404\n?$/, "bob gets 404 for alice's pay-in")
})
