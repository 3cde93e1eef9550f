import t from 'tap'
import { addFault, clearRequests, ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { engines } from '../helpers/store.js'
import { WIRES, type WireFixture } from '../helpers/wire.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

// Issue 21, findings 1-3: who may see which entity, payout and destination on a shared Lean client.

const INITECH_KEY = 'initech-all-scopes-key-1234'
const INITECH_ENTITY = '33333333-3333-4333-8333-333333333333'
const UNBOUND_ENTITY = '44444444-4444-4444-8444-444444444444'
const ALL = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read']
const APP_SCOPES = ['data:read', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write']

type File = { tenants: Array<Record<string, any>> }

/** acme (API keys, app users) and initech on one Lean client; globex on its own. */
async function sharedClient (t: { teardown: (fn: () => unknown) => void }, wire: WireFixture, storeOptions: object, jwksUrl: string) {
  const emulator = await startEmulator(t, {
    wire: wire.name,
    clients: [
      { clientId: 'client-a', clientSecret: 'secret-a-0123456789', entities: [ENTITY_A, INITECH_ENTITY, UNBOUND_ENTITY] },
      { clientId: 'client-b', clientSecret: 'secret-b-0123456789', entities: [] }
    ]
  })
  const file = tenantsFile(emulator, { jwks: jwksUrl, wire: wire.name }) as File
  file.tenants[0]!.jwt.scopes = APP_SCOPES
  file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean }, apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ALL }] })
  const gateway = await startGateway(t, emulator, { file, store: storeOptions as never })
  const clientKey = clientKeyOf(gateway.app.directory.tenants.get('acme')!)
  const createdAt = new Date().toISOString()
  await gateway.app.store.events.bind([
    { clientKey, entityId: ENTITY_A, tenantId: 'acme', createdAt },
    { clientKey, entityId: INITECH_ENTITY, tenantId: 'initech', createdAt }
  ])
  return { emulator, app: gateway.app }
}

const accountsUrl = (wire: WireFixture, entity?: string): string =>
  wire.name === 'lean' && entity !== undefined ? `/data/v2/accounts?entity_id=${entity}` : '/data/v2/accounts'

for (const engine of engines(t)) {
  for (const wire of WIRES) {
    t.test(`${engine.name}, ${wire.name}: an app user's entity claim reaches only its own tenant's entities (finding 1)`, async (t) => {
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const { emulator, app } = await sharedClient(t, wire, engine.options, issuer.jwksUrl)
      const asUser = async (entity: string) => app.inject({ url: accountsUrl(wire), headers: { authorization: `Bearer ${await issuer.sign({ sub: 'u1', lean_entity_id: entity })}` } })

      t.equal((await asUser(ENTITY_A)).statusCode, 200, 'its tenant\'s entity is served')
      await clearRequests(emulator)
      for (const [entity, whose] of [[INITECH_ENTITY, 'another tenant\'s entity'], [UNBOUND_ENTITY, 'an entity bound to no tenant']]) {
        const res = await asUser(entity!)
        t.equal(res.statusCode, 404, `${whose} is 404, as with an API key`)
        t.equal(res.json().code, 'not-found')
        t.notMatch(res.body, /iban|account_id/i, 'nothing of the account in the answer')
      }
      t.same(await upstreamRequests(emulator), [], 'and nothing went to Lean for them')
      const key = await app.inject({ url: accountsUrl(wire, INITECH_ENTITY), headers: { 'x-api-key': KEYS.all, entity_id: INITECH_ENTITY } })
      t.equal(key.statusCode, 404, 'the same entity with an API key: 404 as before')
    })

    t.test(`${engine.name}, ${wire.name}: app users see only the payouts and destinations their own user created (finding 2)`, async (t) => {
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const emulator = await startEmulator(t, { wire: wire.name })
      const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as File
      file.tenants[0]!.jwt.scopes = APP_SCOPES
      // acme has a Lean client of its own: users are kept apart all the same.
      const { app } = await startGateway(t, emulator, { file, store: engine.options })
      const as = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub, lean_entity_id: ENTITY_A })}`, 'content-type': 'application/json' })
      const u1 = await as('u1')
      const u2 = await as('u2')
      const service = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }

      const destBody = wire.name === 'seeds' ? { beneficiary_name: 'U1 savings', iban: 'AE070331234567890123456' } : [{ name: 'U1 savings', iban: 'AE070331234567890123456' }]
      const created = await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: u1, payload: destBody })
      t.equal(created.statusCode, wire.created)
      const dest = wire.name === 'seeds' ? created.json().id as string : created.json()[0].destination_id as string
      const payout = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...u1, 'idempotency-key': `${wire.name}-u1-pay` }, payload: wire.payout(dest, 12) })
      t.equal(payout.statusCode, wire.created)
      const intent = wire.name === 'seeds' ? payout.json().payment_intent_id as string : wire.payoutLeanId(payout.json())
      const serviceDest = await wire.destination(app)
      const servicePayout = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...service, 'idempotency-key': `${wire.name}-s-pay` }, payload: wire.payout(serviceDest, 13) })
      t.equal(servicePayout.statusCode, wire.created)
      const serviceIntent = wire.name === 'seeds' ? servicePayout.json().payment_intent_id as string : wire.payoutLeanId(servicePayout.json())

      const reads = [`/payouts/v1/payment/destinations/${dest}`, `/payouts/v1/intents/${intent}`]
      if (wire.name === 'seeds') reads.push(`/payouts/v1/${payout.json().id as string}`, `/payouts/v1/payments/${payout.json().id as string}/history`)
      for (const url of reads) {
        t.equal((await app.inject({ url, headers: u1 })).statusCode, 200, `u1 reads its own ${url.split('/')[3]}`)
        const other = await app.inject({ url, headers: u2 })
        t.equal(other.statusCode, 404, `u2 cannot read u1's ${url.split('/')[3]}`)
        t.equal((await app.inject({ url, headers: service })).statusCode, 200, 'the tenant\'s service can')
      }
      const paysToOthers = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...u2, 'idempotency-key': `${wire.name}-u2-steal` }, payload: wire.payout(dest, 5) })
      t.equal(paysToOthers.statusCode, 404, 'u2 cannot pay to u1\'s destination')

      const listed = async (headers: Record<string, string>, url: string): Promise<string> => (await app.inject({ url, headers })).body
      for (const url of ['/payouts/v1/payments', '/payouts/v1/payment/destinations']) {
        const mine = await listed(u1, url)
        t.match(mine, url.endsWith('destinations') ? dest : intent, `u1's ${url} holds its own`)
        const services = url.endsWith('destinations') ? serviceDest : serviceIntent
        t.notMatch(mine, services, 'and not the service\'s')
        const theirs = await listed(u2, url)
        t.notMatch(theirs, dest, `u2's ${url} leaves u1's destination out`)
        t.notMatch(theirs, intent, 'and u1\'s payout')
        t.match(await listed(service, url), services, 'the service lists the tenant\'s')
      }
      if (wire.name === 'seeds') t.same(JSON.parse(await listed(u2, '/payouts/v1/payments')), [], 'u2 has no payouts')
      else t.same(JSON.parse(await listed(u2, '/payouts/v1/payments')).content, [], 'u2 has no payouts: an empty page')
    })

    t.test(`${engine.name}, ${wire.name}: a list in a shape the wire does not document is 502 on a shared client, never passed on (finding 3)`, async (t) => {
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const { emulator, app } = await sharedClient(t, wire, engine.options, issuer.jwksUrl)
      const foreign = { id: '9a0c3b52-6f1e-4d2a-8b7c-1e2f3a4b5c6d', payment_intent_id: 'e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f', destination_id: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e', iban: 'AE460260001015555555555', beneficiary_name: 'Someone else' }
      const shapes: Array<[string, unknown]> = [
        ['/payouts/v1/payments', { warnings: [], payments: [foreign] }],
        ['/payouts/v1/payment/destinations', { data: { destinations: [foreign] } }],
        ['/payouts/v1/payment/destinations', { content: [foreign] }]
      ]
      for (const [path, body] of shapes) {
        for (const headers of [{ 'x-api-key': INITECH_KEY }, { 'x-api-key': KEYS.all }]) {
          await addFault(emulator, { method: 'GET', path, status: 200, body, times: 1 })
          const res = await app.inject({ url: path, headers })
          t.equal(res.statusCode, 502, `${path} answered ${JSON.stringify(body).slice(0, 30)}…: 502`)
          t.equal(res.json().code, 'upstream-invalid')
          t.notMatch(res.body, /AE46|Someone|9a0c3b52|5b6c7d8e|e1d2c3b4/, 'nothing of Lean\'s answer reaches the caller')
        }
      }
    })
  }
}
