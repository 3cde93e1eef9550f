import t from 'tap'
import { startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { until } from '../helpers/receiver.js'
import { WIRES } from '../helpers/wire.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

const SECRET = 'emulator-webhook-secret-42'

for (const wire of WIRES) {
  t.test(`${wire.name} wire: the emulator announces a payout's life by webhook, and the gateway follows it`, async (t) => {
    const emulator = await startEmulator(t, { wire: wire.name, payoutStepMs: 80 })
    const file = tenantsFile(emulator, { wire: wire.name }) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.webhookSecret = SECRET
    const { app } = await startGateway(t, emulator, { file, wire: wire.name, events: { background: false } })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET, duplicate: true })
    const feed = async () => ((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>)
      .filter((e) => e.type === 'payout.status_changed').map((e) => `${String(e.data.previous_status)}→${String(e.data.status)}`)

    const dest = await wire.destination(app)
    const res = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'hooked-1' }, payload: wire.payout(dest, 12) })
    t.equal(res.statusCode, wire.created)
    t.ok(await until(async () => (await feed()).length === 2, async () => {}, 50, 40), 'both steps arrived by webhook (each sent twice)')
    const [submitted, last] = await feed()
    const pending = wire.name === 'lean' ? 'CREATED' : 'PENDING'
    const inFlight = wire.name === 'lean' ? 'PENDING_WITH_BANK' : 'SUBMITTED'
    t.equal(submitted, `${pending}→${inFlight}`)
    t.match(last, new RegExp(`^${inFlight}→(COMPLETED|FAILED|ACCEPTED_BY_BANK)$`), 'then a final status, once')
    t.ok(await until(() => emulator.webhooks.sent >= 6, async () => {}, 50, 20), 'created + two updates, each twice')
    t.equal((await feed()).length, 2, 'and the duplicates changed nothing')
  })
}

t.test('a dropped webhook is made good by polling', async (t) => {
  const emulator = await startEmulator(t, { payoutStepMs: 50 })
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.webhookSecret = SECRET
  file.tenants[0]!.lean.payoutPollMs = 1_000
  const { app } = await startGateway(t, emulator, { file, events: { background: false } })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  // Lean misses every webhook of this payout.
  emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET, drop: 3 })
  const dest = await WIRES[0]!.destination(app)
  await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'dropped-1' }, payload: WIRES[0]!.payout(dest, 3) })
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal(emulator.webhooks.dropped, 3, 'all three dropped')
  const changes = async () => ((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as unknown[]).length
  t.equal(await changes(), 0, 'nothing known yet')
  t.ok(await until(async () => (await changes()) === 1, () => app.events.poller.tick(), 40, 50), 'the poll found the final status')
})

t.test('a bank connected in the emulator binds its entity; a refresh is announced when done', async (t) => {
  const emulator = await startEmulator(t, { refreshMs: 50 })
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.webhookSecret = SECRET
  file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
  const { app } = await startGateway(t, emulator, { file, events: { background: false } })
  const base = await app.listen({ port: 0, host: '127.0.0.1' })
  emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
  const connected = await fetch(`${emulator.url}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', appUserId: 'acme-user-5' }) })
  const { entity_id: entity } = await connected.json() as { entity_id: string }
  const feed = async () => ((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>)
  t.match(await feed(), [{ type: 'entity.created', data: { entity_id: entity, app_user_id: 'acme-user-5' } }], 'entity.created reached the tenant')
  t.match(await app.store.events.entity(clientKeyOf(app.directory.config.tenants[0]!), entity), { tenantId: 'acme' }, 'bound by its app_user_id prefix')
  const accounts = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: entity } })
  t.equal(accounts.statusCode, 200, 'the new entity has data at Lean')

  await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { 'x-api-key': KEYS.all, entity_id: entity } })
  t.ok(await until(async () => (await feed()).some((e) => e.type === 'data.refresh.updated'), async () => {}, 40, 25), 'the finished refresh is announced')
  t.equal((await fetch(`${emulator.url}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'nobody', appUserId: 'x' }) })).status, 404)
})
