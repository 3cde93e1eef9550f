import t from 'tap'
import { ENTITY_B, startEmulator, upstreamRequests, tokenRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { resolveConfig } from '../../src/config/load.js'
import { startIssuer } from '../helpers/jwt.js'
import { until } from '../helpers/receiver.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

const SECRET = 'link-webhook-secret-0123'

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: app users connect banks through the gateway, and read only their own`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name })
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<Record<string, any>> }
      file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
      file.tenants[0]!.lean.webhookSecret = SECRET
      delete file.tenants[0]!.jwt.entityClaim
      file.tenants[0]!.jwt.scopes = ['data:read', 'link:connect', 'events:read']
      for (const tenant of file.tenants) tenant.apiKeys[0].scopes = [...tenant.apiKeys[0].scopes, 'link:connect']
      const { app } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
      const base = await app.listen({ port: 0, host: '127.0.0.1' })
      emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
      const as = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub })}` })
      const session = async (headers: Record<string, string>, payload?: unknown) =>
        app.inject({ method: 'POST', url: '/link/v1/session', headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json' }) }, ...(payload !== undefined && { payload: payload as object }) })
      const customerCalls = async () => (await upstreamRequests(emulator)).filter((r) => r.url.startsWith('/customers/v1/'))
      const connectBank = async (customerId: string) => (await (await fetch(`${emulator.url}/__emulator/entities`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', customerId })
      })).json() as { entity_id: string }).entity_id

      t.test('a session: a Lean customer made once, and what LinkSDK connect() takes', async (t) => {
        const first = await session(await as('u1'))
        t.equal(first.statusCode, 200)
        t.equal(first.headers['cache-control'], 'no-store')
        const s = first.json()
        t.match(s, { customer_id: /^[0-9a-f-]{36}$/, app_token: 'client-a', token_type: 'Bearer' })
        t.ok(s.expires_in >= 600, `at least 10 minutes of life (${String(s.expires_in)} s)`)
        const tokens = (await tokenRequests(emulator)).filter((r) => (r.body as Record<string, string>).scope === `customer.${s.customer_id as string}`)
        t.equal(tokens.length, 1, 'a customer-scoped token from the token endpoint')
        const apiBearer = (await customerCalls())[0]!.headers.authorization
        t.match(apiBearer, /^Bearer \S+$/)
        t.not(`Bearer ${s.access_token as string}`, apiBearer, 'the API token (scope=api) never leaves the gateway')
        const again = await session(await as('u1'))
        t.equal(again.json().customer_id, s.customer_id, 'the same customer')
        t.equal(again.json().access_token, s.access_token, 'the cached token, still long enough')
        t.same((await customerCalls()).map((r) => `${r.method} ${r.url}`), ['POST /customers/v1/'], 'one customer call for the user, ever')
        t.same((await customerCalls())[0]!.body, { app_user_id: 'acme-u1' }, 'app_user_id is the prefix and the user')
      })

      t.test('concurrent first sessions make one customer; a customer Lean already has is found after its 409', async (t) => {
        const before = (await customerCalls()).length
        const all = await Promise.all(Array.from({ length: 8 }, async () => await session(await as('u2'))))
        t.equal(new Set(all.map((r) => r.json().customer_id)).size, 1)
        t.equal((await customerCalls()).length - before, 1, 'one POST /customers/v1/')
        // acme-u3 exists at Lean already (made by an earlier backend, say).
        const api = await fetch(`${emulator.url}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'client_id=client-a&client_secret=secret-a-0123456789&grant_type=client_credentials&scope=api' })
        const token = (await api.json() as { access_token: string }).access_token
        const existing = await (await fetch(`${emulator.url}/customers/v1/`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify({ app_user_id: 'acme-u3' }) })).json() as { customer_id: string }
        const found = await session(await as('u3'))
        t.equal(found.statusCode, 200)
        t.equal(found.json().customer_id, existing.customer_id, 'found by app_user_id after Lean\'s 409')
      })

      t.test('services name the user; bad users and tenants without a prefix are refused', async (t) => {
        const svc = await session({ 'x-api-key': KEYS.all }, { user: 'kiosk-7' })
        t.equal(svc.statusCode, 200)
        t.equal((await session({ 'x-api-key': KEYS.all }, { user: 'bad user!' })).statusCode, 400)
        t.equal((await session({ 'x-api-key': KEYS.all })).statusCode, 400, 'an API key must name the user')
        const globex = await session({ 'x-api-key': KEYS.tenantB }, { user: 'u1' })
        t.equal(globex.statusCode, 409, 'a tenant without lean.appUserIdPrefix cannot open sessions')
        t.match(globex.json(), { code: 'not-configured', detail: /appUserIdPrefix/ })
        t.equal((await session({ 'x-api-key': KEYS.dataOnly }, { user: 'u1' })).statusCode, 403, 'link:connect is needed')
      })

      t.test('banks connected by LinkSDK are the user\'s: the Data API uses them, and refuses others\'', async (t) => {
        const u1 = (await session(await as('u1'))).json().customer_id as string
        const u2 = (await session(await as('u2'))).json().customer_id as string
        const mine = await connectBank(u1)
        const theirs = await connectBank(u2)
        const entities = async (sub: string) => (await app.inject({ url: '/link/v1/entities', headers: await as(sub) })).json() as Array<{ entity_id: string }>
        t.ok(await until(async () => (await entities('u1')).length === 1, async () => {}, 50, 20), 'entity.created bound it to u1')
        t.same((await entities('u1')).map((e) => e.entity_id), [mine])
        await until(async () => (await entities('u2')).length === 1, async () => {}, 50, 20)

        const accounts = await app.inject({ url: '/data/v2/accounts', headers: await as('u1') })
        t.equal(accounts.statusCode, 200, 'no entity named: the one the user connected')
        t.equal(wire.sentEntity((await upstreamRequests(emulator)).at(-1)!), mine, 'sent to Lean where its wire wants it')
        const before = (await upstreamRequests(emulator)).length
        const other = await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u1'), entity_id: theirs } })
        t.equal(other.statusCode, 404, "another user's entity is 404")
        t.equal((await upstreamRequests(emulator)).length, before, 'before anything reached Lean')
        t.equal((await app.inject({ url: '/data/v2/accounts', headers: await as('nobody') })).statusCode, 404, 'a user with no bank')
        const other2 = wire.name === 'lean'
          ? await app.inject({ url: `/data/v2/accounts?entity_id=${theirs}`, headers: await as('u1') })
          : await app.inject({ url: '/data/v2/refreshes', headers: { ...await as('u1'), entity_id: theirs } })
        t.equal(other2.statusCode, 404, "named another way, another user's entity is still 404")
        // An entity of another tenant's user (globex binds by its own prefix on its own Lean client).
        t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u1'), entity_id: ENTITY_B } })).statusCode, 404, "another tenant's entity is 404")
        t.equal((await upstreamRequests(emulator)).length, before, 'none of them reached Lean')

        const second = await connectBank(u1)
        await until(async () => (await entities('u1')).length === 2, async () => {}, 50, 20)
        t.equal((await app.inject({ url: '/data/v2/accounts', headers: await as('u1') })).statusCode, 400, 'two banks: name one')
        t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u1'), entity_id: second } })).statusCode, 200)

        const gone = await app.inject({ method: 'DELETE', url: `/link/v1/entities/${second}`, headers: await as('u1') })
        t.equal(gone.statusCode, 200)
        t.ok((await upstreamRequests(emulator)).some((r) => r.method === 'DELETE' && r.url === `/customers/v1/${u1}/entities/${second}`), 'disconnected at Lean')
        t.same((await entities('u1')).map((e) => e.entity_id), [mine])
        t.equal((await app.inject({ method: 'DELETE', url: `/link/v1/entities/${theirs}`, headers: await as('u1') })).statusCode, 404, "another user's is 404")
        const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, unknown>>
        t.match(audit[0], { event: 'entity.disconnected', caller: 'u1', leanId: second })
      })
    })
  }
}

t.test('a customer token is handed out only with 10 minutes of life left; a shorter one is fetched anew', async (t) => {
  for (const [ttl, expected] of [[700, 1], [500, 2]] as const) {
    const emulator = await startEmulator(t, { tokenTtlSeconds: ttl })
    const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
    file.tenants[0]!.apiKeys[0].scopes = [...file.tenants[0]!.apiKeys[0].scopes, 'link:connect']
    const { app } = await startGateway(t, emulator, { file, events: { background: false } })
    const open = () => app.inject({ method: 'POST', url: '/link/v1/session', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { user: 'ttl-user' } })
    const [a, b] = await Promise.all([open(), open()])
    const c = await open()
    t.equal(a.json().customer_id, c.json().customer_id)
    const fetched = (await tokenRequests(emulator)).filter((r) => String((r.body as Record<string, string>).scope).startsWith('customer.')).length
    t.equal(fetched, expected, `Lean's tokens live ${ttl} s: ${expected} customer token fetch(es) for three sessions (two of them at once)`)
    t.equal(a.json().access_token, b.json().access_token, 'concurrent sessions share one fetch')
  }
})

for (const engine of engines(t)) {
  t.test(`${engine.name}: a Lean customer held by another tenant or user is 409, never a 5xx (issue 21, finding 11)`, async (t) => {
    const emulator = await startEmulator(t)
    const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
    file.tenants[0]!.apiKeys[0].scopes = [...file.tenants[0]!.apiKeys[0].scopes, 'link:connect']
    const { app, logs } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
    const open = (key: string, user: string) => app.inject({ method: 'POST', url: '/link/v1/session', headers: { 'x-api-key': key, 'content-type': 'application/json' }, payload: { user } })
    const first = await open(KEYS.all, 'uae-bob')
    t.equal(first.statusCode, 200, 'acme opens a session for its user uae-bob: Lean customer acme-uae-bob')

    // The operator renames acme's prefix and gives a new tenant on the same Lean client "acme-uae-":
    // its user bob is Lean's app_user_id acme-uae-bob, whose customer the store holds for acme.
    const next = structuredClone(file)
    next.tenants[0]!.lean.appUserIdPrefix = 'a-'
    next.tenants.push({ id: 'acme-uae', lean: { ...next.tenants[0]!.lean, appUserIdPrefix: 'acme-uae-' }, apiKeys: [{ id: 'uae-all', sha256: sha256('uae-link-key-0123'), scopes: ['link:connect'] }] })
    t.equal(app.reloadConfig(() => resolveConfig(next, TEST_ENV)).outcome, 'applied')
    for (let i = 0; i < 2; i++) {
      const res = await open('uae-link-key-0123', 'bob')
      t.equal(res.statusCode, 409, `try ${i + 1}: 409`)
      t.equal(res.json().code, 'conflict')
      t.notMatch(res.body, first.json().customer_id as string, 'and nothing of the customer')
    }
    t.notMatch(logs(), /TypeError|reading 'tenant_id'/, 'no TypeError in the log')
  })
}
