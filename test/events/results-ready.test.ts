import t from 'tap'
import { ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { until } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

// Issue 22, item 3: results.ready reaches the tenant that got the PENDING answer; results and refreshes are their owner's.

const SECRET = 'results-ready-webhook-secret'
const INITECH_KEY = 'initech-results-key-0077'
const INITECH_ENTITY = '33333333-3333-4333-8333-333333333333'

for (const engine of engines(t)) {
  t.test(`${engine.name}: a PENDING answer's results and its results.ready are its tenant's alone, as are refreshes`, async (t) => {
    const emulator = await startEmulator(t, {
      wire: 'lean',
      refreshMs: 100,
      clients: [
        { clientId: 'client-a', clientSecret: 'secret-a-0123456789', entities: [ENTITY_A, INITECH_ENTITY] },
        { clientId: 'client-b', clientSecret: 'secret-b-0123456789', entities: [] }
      ]
    })
    const file = tenantsFile(emulator, { wire: 'lean' }) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.webhookSecret = SECRET
    file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean }, apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ['data:read', 'data:refresh', 'events:read'] }] })
    const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: 'lean', events: { background: false } })
    const clientKey = clientKeyOf(app.directory.tenants.get('acme')!)
    const createdAt = new Date().toISOString()
    await app.store.events.bind([{ clientKey, entityId: ENTITY_A, tenantId: 'acme', createdAt }, { clientKey, entityId: INITECH_ENTITY, tenantId: 'initech', createdAt }])
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
    const acme = { 'x-api-key': KEYS.all }
    const initech = { 'x-api-key': INITECH_KEY }
    const feed = async (headers: Record<string, string>) => ((await app.inject({ url: '/events/v1', headers })).json().events as Array<{ type: string; data: Record<string, unknown> }>)

    const pending = await app.inject({ url: `/data/v2/identity?entity_id=${ENTITY_A}&async=true`, headers: acme })
    t.match(pending.json(), { status: 'PENDING', results_id: /^[0-9a-f-]{36}$/ })
    const resultsId = pending.json().results_id as string
    t.ok(await until(async () => (await feed(acme)).some((e) => e.type === 'data.results_ready'), async () => {}, 60, 50), 'results.ready reached acme')
    t.match((await feed(acme)).find((e) => e.type === 'data.results_ready')!.data, { results_id: resultsId, entity_id: ENTITY_A })
    t.notOk((await feed(initech)).some((e) => e.type === 'data.results_ready'), 'and not initech')

    t.equal((await app.inject({ url: `/data/v2/results/${resultsId}?entity_id=${ENTITY_A}`, headers: acme })).statusCode, 200, 'acme reads its results')
    const before = (await upstreamRequests(emulator)).length
    const stolen = await app.inject({ url: `/data/v2/results/${resultsId}?entity_id=${INITECH_ENTITY}`, headers: initech })
    t.equal(stolen.statusCode, 404, "another tenant's results_id is 404")
    const refresh = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { ...acme, 'content-type': 'application/json' }, payload: { entity_id: ENTITY_A } })
    t.equal(refresh.statusCode, 200)
    const refreshId = refresh.json().refresh_id as string
    t.equal((await app.inject({ url: `/data/v2/refreshes/${refreshId}?entity_id=${INITECH_ENTITY}`, headers: initech })).statusCode, 404, "another tenant's refresh is 404")
    t.equal((await upstreamRequests(emulator)).filter((r) => r.method === 'GET').length - (await upstreamRequests(emulator)).slice(0, before).filter((r) => r.method === 'GET').length, 0, 'neither reached Lean')
    t.equal((await app.inject({ url: `/data/v2/refreshes/${refreshId}?entity_id=${ENTITY_A}`, headers: acme })).statusCode, 200, 'acme reads its refresh')
  })
}
