import t from 'tap'
import { addFault, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { until } from '../helpers/receiver.js'
import { WIRES } from '../helpers/wire.js'

const SECRET = 'banks-webhook-secret-0123'
const NO_DATA_KEY = 'key-a-no-data-scope-1f2e3d'

for (const wire of WIRES) {
  t.test(`${wire.name} wire: the banks list, one Lean call per application however many screens ask`, async (t) => {
    const emulator = await startEmulator(t, { wire: wire.name })
    const issuer = await startIssuer()
    t.teardown(() => issuer.close())
    const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.webhookSecret = SECRET
    file.tenants[0]!.apiKeys.push({ id: 'acme-no-data', sha256: sha256(NO_DATA_KEY), scopes: ['payouts:read'] })
    // A third tenant on acme's Lean application: the banks list is the application's, not a tenant's.
    file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean }, apiKeys: [{ id: 'initech-all', sha256: sha256('key-c-initech-0a9b8c7d'), scopes: ['data:read'] }] })
    const { app } = await startGateway(t, emulator, { file, wire: wire.name })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET })
    const banks = async (headers: Record<string, string>, query = '') => await app.inject({ url: `/banks/v1${query}`, headers })
    const bankCalls = async () => (await upstreamRequests(emulator)).filter((r) => r.url.startsWith('/banks/v1')).map((r) => r.url)

    t.test("Lean's list, unchanged, then the kept copy", async (t) => {
      const first = await banks({ 'x-api-key': KEYS.all })
      t.equal(first.statusCode, 200)
      const list = first.json() as Array<{ identifier: string; supported_account_types: string[] }>
      t.ok(list.length >= 3, `${list.length} banks`)
      t.match(list[0], { identifier: 'LEANMB1', name: 'Lean Mock Bank', availability: { active: { payments: true, data: true } } })
      t.match(first.headers['cache-control'], /^private, max-age=(29\d|300)$/)
      const again = await banks({ 'x-api-key': KEYS.all })
      t.equal(again.body, first.body, 'the same bytes')
      t.match(again.headers.age, /^\d+$/)
      const jwt = await banks({ authorization: `Bearer ${await issuer.sign({ sub: 'u1', lean_entity_id: '11111111-1111-4111-8111-111111111111' })}` })
      t.equal(jwt.statusCode, 200, 'an app user with data:read')
      t.equal((await banks({ 'x-api-key': 'key-c-initech-0a9b8c7d' })).body, first.body, 'another tenant of the same Lean application: the same list')
      t.same(await bankCalls(), ['/banks/v1'], 'one Lean call for all of them')
      t.equal(emulator.banks.reads, 1)
      await banks({ 'x-api-key': KEYS.tenantB })
      t.same(await bankCalls(), ['/banks/v1', '/banks/v1'], 'a tenant of another Lean application: a call of its own')
    })

    t.test('narrowed by account type, validated before Lean', async (t) => {
      const savings = await banks({ 'x-api-key': KEYS.all }, '?account_types=SAVINGS,CURRENT')
      t.equal(savings.statusCode, 200)
      t.ok((savings.json() as Array<{ supported_account_types: string[] }>).every((b) => b.supported_account_types.some((x) => ['SAVINGS', 'CURRENT'].includes(x))))
      t.equal((await banks({ 'x-api-key': KEYS.all }, '?account_types=CURRENT,SAVINGS')).body, savings.body, 'the same types in another order: the kept list')
      t.equal((await bankCalls()).filter((u) => u.includes('account_types')).length, 1)
      t.same((await bankCalls()).at(-1), '/banks/v1?account_types=CURRENT%2CSAVINGS')
      const before = (await bankCalls()).length
      for (const bad of ['?account_types=DEBIT', '?account_types=current', '?account_types=', '?country=ARE']) {
        const refused = await banks({ 'x-api-key': KEYS.all }, bad)
        t.equal(refused.statusCode, 400, bad)
        t.match(refused.headers['content-type'], /^application\/problem\+json/)
      }
      t.equal((await bankCalls()).length, before, 'none reached Lean')
    })

    t.test('scope data:read, and a caller without it changes nothing', async (t) => {
      const before = (await bankCalls()).length
      t.equal((await banks({ 'x-api-key': NO_DATA_KEY })).statusCode, 403)
      t.equal((await banks({})).statusCode, 401)
      t.equal((await bankCalls()).length, before)
    })

    t.test("Lean's news of a bank's availability drops the kept list", async (t) => {
      const before = (await bankCalls()).length
      const off = await fetch(`${emulator.url}/__emulator/banks/LEANMB2/availability`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ payments: false }) })
      t.equal(off.status, 200)
      t.ok(await until(async () => (await app.inject({ url: '/metrics' })).body.includes('type="bank.availability.updated"'), async () => {}, 50, 20), 'the webhook arrived')
      const fresh = (await banks({ 'x-api-key': KEYS.all })).json() as Array<{ identifier: string; availability: { active: { payments: boolean } } }>
      t.equal(fresh.find((b) => b.identifier === 'LEANMB2')!.availability.active.payments, false, "Lean's current list")
      t.equal((await bankCalls()).length, before + 1)
    })

    t.test('Lean failing: its problem, and nothing kept', async (t) => {
      const other = { 'x-api-key': KEYS.tenantB }
      await addFault(emulator, { method: 'GET', path: '/banks/v1', status: 500, times: 50 })
      const failed = await banks(other, '?account_types=CREDIT')
      t.equal(failed.statusCode, 502)
      t.match(failed.headers['content-type'], /^application\/problem\+json/)
      const calls = (await bankCalls()).length
      t.equal((await banks(other, '?account_types=CREDIT')).statusCode, 502, 'asked again…')
      t.ok((await bankCalls()).length > calls, '…Lean is asked again: a failure is not kept')
      t.equal((await banks(other)).statusCode, 200, 'a list kept before the failure is still served')
    })
  })
}
