import { createHmac, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { startEmulator } from '../helpers/emulator.js'
import { tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { startServer } from '../helpers/process.js'
import { startReceiver, until } from '../helpers/receiver.js'

const SECRET = 'lean-webhook-secret-crash'
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.test('kill -9 loses no event, and a delivery the receiver accepted is not repeated', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-crash-events-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  const emulator = await startEmulator(t)
  const receiver = await startReceiver(t)
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.webhookSecret = SECRET
  file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
  file.tenants[0]!.webhooks = { url: receiver.url, secret: receiver.secret }
  const path = join(dir, 'tenants.json')
  writeFileSync(path, JSON.stringify(file))
  const env = { GATEWAY_CONFIG: path, DATA_DIR: join(dir, 'data'), ...TEST_ENV }
  const connect = async (url: string, appUserId: string) => {
    const body = JSON.stringify({ type: 'entity.created', event_id: randomUUID(), payload: { id: randomUUID(), app_user_id: appUserId } })
    const res = await request(`${url}/webhooks/lean/client-a`, { method: 'POST', headers: { 'content-type': 'application/json', 'lean-signature': `sha512=${createHmac('sha512', SECRET).update(body).digest('hex')}` }, body })
    await res.body.dump()
    return res.statusCode
  }

  receiver.behave(503)
  const first = await startServer(env)
  t.teardown(() => { first.child.kill('SIGKILL') })
  t.equal(await connect(first.url, 'acme-crash-1'), 200, "Lean's event accepted: it is in the store")
  t.ok(await until(() => receiver.attempts() >= 1, async () => {}, 500, 20), 'a first attempt failed')
  // Let the failure be recorded (a crash before that leaves the event leased, and retried once its lease ends).
  await sleep(300)
  first.child.kill('SIGKILL')
  await first.exited

  receiver.behave(200)
  const second = await startServer(env)
  t.teardown(() => { second.child.kill('SIGKILL') })
  t.ok(await until(() => receiver.received.length === 1, async () => {}, 400, 50), 'delivered by the next process, after its retry delay')
  t.match(receiver.received[0], { type: 'entity.created', verified: true, data: { app_user_id: 'acme-crash-1' } })

  t.equal(await connect(second.url, 'acme-crash-2'), 200)
  t.ok(await until(() => receiver.received.length === 2, async () => {}, 500, 20), 'the second event delivered')
  await sleep(300)
  second.child.kill('SIGKILL')
  await second.exited
  const third = await startServer(env)
  t.teardown(() => { third.child.kill('SIGKILL') })
  await sleep(2_000)
  t.equal(receiver.received.length, 2, 'after another kill -9 and restart, nothing the receiver accepted came again')
  t.equal(new Set(receiver.received.map((d) => d.id)).size, 2)
  third.child.kill('SIGTERM')
  t.equal(await third.exited, 0)
})
