import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { addFault, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { engines } from '../helpers/store.js'
import { runCli } from '../../src/cli/program.js'

const SECRET = 'reconcile-webhook-secret-01'

for (const engine of engines(t)) {
  t.test(`${engine.name}: a bank connected while its entity.created was missed is found, by refresh=true and by entities sync`, async (t) => {
    const emulator = await startEmulator(t)
    const issuer = await startIssuer()
    t.teardown(() => issuer.close())
    const file = tenantsFile(emulator, { jwks: issuer.jwksUrl }) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
    file.tenants[0]!.lean.webhookSecret = SECRET
    delete file.tenants[0]!.jwt.entityClaim
    file.tenants[0]!.jwt.scopes = ['data:read', 'link:connect']
    file.tenants[0]!.apiKeys[0].scopes = [...file.tenants[0]!.apiKeys[0].scopes, 'link:connect']
    const { app } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    const as = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub })}` })
    const customerOf = async (sub: string) => (await app.inject({ method: 'POST', url: '/link/v1/session', headers: await as(sub) })).json().customer_id as string
    // LinkSDK connects a bank; Lean's entity.created is lost on the way.
    const connectMissed = async (customerId: string) => {
      emulator.webhooks.configure({ url: `${base}/webhooks/lean/client-a`, secret: SECRET, drop: 1 })
      const res = await fetch(`${emulator.url}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', customerId }) })
      return (await res.json() as { entity_id: string }).entity_id
    }
    const banks = async (sub: string, query = '') => await app.inject({ url: `/link/v1/entities${query}`, headers: await as(sub) })
    const entityCalls = async () => (await upstreamRequests(emulator)).filter((r) => /^\/customers\/v1\/[^/]+\/entities$/.test(r.url))
    const reconciled = async () => ((await app.inject({ url: '/audit/v1/events?limit=100', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ event: string; leanId?: string; caller: string; detail?: string }>)
      .filter((e) => e.event === 'entity.reconciled')

    t.test('refresh=true: Lean asked, the missing entity bound to the user, audited once', async (t) => {
      const customer = await customerOf('u1')
      const entity = await connectMissed(customer)
      t.equal(emulator.webhooks.dropped, 1, 'the webhook was lost')
      t.same((await banks('u1')).json(), [], 'unknown to the gateway')
      t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u1'), entity_id: entity } })).statusCode, 404, 'so its data cannot be read yet')
      t.same(await entityCalls(), [], 'a plain list does not ask Lean')

      const found = await banks('u1', '?refresh=true')
      t.equal(found.statusCode, 200)
      t.match(found.json(), [{ entity_id: entity, bank_identifier: 'LEAN_MB1' }])
      t.same((await entityCalls()).map((r) => r.url), [`/customers/v1/${customer}/entities`], "one call to Lean's list of the customer's entities")
      t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u1'), entity_id: entity } })).statusCode, 200, 'the user reads it now')
      t.match(await reconciled(), [{ leanId: entity, caller: 'u1', detail: 'user u1' }])
      const told = ((await app.inject({ url: '/events/v1?limit=100', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string; data: Record<string, unknown> }>)
        .filter((e) => e.type === 'entity.created' && e.data.entity_id === entity)
      t.match(told, [{ data: { customer_id: customer, bank_identifier: 'LEAN_MB1', reconciled: true } }], "the tenant is told, as Lean's entity.created would have")

      t.match((await banks('u1', '?refresh=true')).json(), [{ entity_id: entity }], 'again: the same')
      t.equal((await reconciled()).length, 1, 'nothing bound twice, audited once')
      t.equal(((await app.inject({ url: '/events/v1?limit=100', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ type: string }>).filter((e) => e.type === 'entity.created').length, 1, 'and told once')
      t.same((await banks('u2', '?refresh=true')).json(), [], 'another user sees none of it')
      t.equal((await entityCalls()).length, 2, 'a user without a Lean customer costs no Lean call')
      t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...await as('u2'), entity_id: entity } })).statusCode, 404, "and cannot read u1's bank")
    })

    t.test("Lean failing or answering nonsense: the caller's 502, and nothing bound", async (t) => {
      const customer = await customerOf('u4')
      await connectMissed(customer)
      await addFault(emulator, { method: 'GET', path: `/customers/v1/${customer}/entities`, status: 500, times: 10 })
      const failed = await banks('u4', '?refresh=true')
      t.equal(failed.statusCode, 502)
      t.match(failed.headers['content-type'], /^application\/problem\+json/)
      await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' })
      await addFault(emulator, { method: 'GET', path: `/customers/v1/${customer}/entities`, status: 200, body: { entities: 'not a list' }, times: 10 })
      t.match((await banks('u4', '?refresh=true')).json(), { status: 502, type: /upstream-invalid$/ })
      await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' })
      t.same((await banks('u4')).json(), [], 'nothing bound')
      t.equal((await banks('u4', '?refresh=yes')).statusCode, 400, 'refresh is a boolean')
    })

    t.test('refresh=true is limited per user, as sessions are; the plain list is not', async (t) => {
      const codes = []
      for (let i = 0; i < 31; i++) codes.push((await banks('u9', '?refresh=true')).statusCode)
      t.same([...new Set(codes.slice(0, 30))], [200], 'thirty a minute')
      t.equal(codes[30], 429, 'the thirty-first is refused')
      t.equal((await banks('u9')).statusCode, 200, 'the list without refresh is still served')
      t.equal((await banks('u8', '?refresh=true')).statusCode, 200, 'another user has a limit of its own')
    })

    t.test("entities sync: every customer of the tenant, from the operator's tool", async (t) => {
      const dir = mkdtempSync(join(tmpdir(), 'gw-sync-'))
      t.teardown(() => rmSync(dir, { recursive: true, force: true }))
      const configPath = join(dir, 'tenants.json')
      writeFileSync(configPath, JSON.stringify(file))
      const u1 = await connectMissed(await customerOf('u1'))
      const u5 = await connectMissed(await customerOf('u5'))
      await customerOf('u6')
      let out = ''
      let err = ''
      const env = {
        ...TEST_ENV,
        GATEWAY_CONFIG: configPath,
        DATA_DIR: engine.options.dataDir,
        ...(engine.options.databaseUrl !== undefined && { DATABASE_URL: engine.options.databaseUrl, DATABASE_SCHEMA: engine.options.schema! })
      }
      const code = await runCli(['entities', 'sync', '--tenant', 'acme'], { out: (s) => { out += s }, err: (s) => { err += s }, env })
      t.equal(code, 0, err)
      t.match(out, `u1: bound ${u1}`)
      t.match(out, `u5: bound ${u5}`)
      t.match(out, /u4: bound [0-9a-f-]{36}\n/, "u4's bank, which Lean failed to list before")
      t.match(out, /u6: nothing missing\n/, 'a user with no bank connected')
      t.match(out, /\n3 newly bound\n$/)
      t.match((await banks('u5')).json(), [{ entity_id: u5 }], 'the user has it')
      t.match((await reconciled()).filter((e) => e.caller === 'cli').map((e) => e.leanId), [u5, /./, u1], 'audited as the tool, newest first')
      const again = await runCli(['entities', 'sync', '--tenant', 'acme'], { out: () => {}, err: () => {}, env })
      t.equal(again, 0, 'run again: nothing to do')
      t.equal((await reconciled()).length, 4)
    })
  })
}
