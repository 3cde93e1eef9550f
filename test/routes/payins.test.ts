import t from 'tap'
import { startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

const DESTINATION = 'd0d0d0d0-1111-4222-8333-444455556666'
const INITECH_KEY = 'key-c-initech-payins-5e6f7a'

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: pay-ins, as the app user whose they are`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name })
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<Record<string, any>> }
      const acme = file.tenants[0]!
      acme.lean.appUserIdPrefix = 'acme-'
      acme.lean.payinDestinations = [DESTINATION]
      delete acme.jwt.entityClaim
      acme.jwt.scopes = ['payments:write', 'payments:read']
      acme.apiKeys[0].scopes = [...acme.apiKeys[0].scopes, 'payments:write', 'payments:read']
      // Another tenant on acme's Lean application: Lean would answer it, the gateway must not.
      file.tenants.push({ id: 'initech', lean: { ...acme.lean, appUserIdPrefix: 'initech-' }, apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ['payments:read', 'payments:write'] }] })
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: wire.name })
      const as = async (sub: string) => ({ authorization: `Bearer ${await issuer.sign({ sub })}` })
      const create = async (headers: Record<string, string>, payload: Record<string, unknown>, key?: string) => await app.inject({
        method: 'POST', url: '/payments/v1/intents', payload, headers: { ...headers, 'content-type': 'application/json', ...(key !== undefined && { 'idempotency-key': key }) }
      })
      const intentCalls = async () => (await upstreamRequests(emulator)).filter((r) => r.method === 'POST' && r.url === '/payments/v1/intents')
      const customerOfUser = (user: string) => emulator.state.customer('client-a', `acme-${user}`)?.customer_id
      let intentOfU1 = ''

      t.test("an app user's intent carries its own customer; a replayed key makes one intent", async (t) => {
        const first = await create(await as('u1'), { amount: 120.5, currency: 'AED', description: 'Order 1001' }, 'order-1001')
        t.equal(first.statusCode, 201)
        const intent = first.json()
        intentOfU1 = intent.payment_intent_id
        t.equal(intent.customer_id, customerOfUser('u1'), "u1's Lean customer, made for it at Lean")
        const [sent] = await intentCalls()
        t.same(sent!.body, { amount: 120.5, currency: 'AED', description: 'Order 1001', customer_id: customerOfUser('u1') }, "Lean's body: the caller's, with the customer the gateway resolved")
        t.match(sent!.headers['idempotency-key'], /^\S+$/)
        t.not(sent!.headers['idempotency-key'], 'order-1001', "a key derived per tenant and user, not the caller's own")
        const again = await create(await as('u1'), { amount: 120.5, currency: 'AED', description: 'Order 1001' }, 'order-1001')
        t.equal(again.statusCode, 201)
        t.equal(again.headers['idempotent-replayed'], 'true')
        t.equal(again.json().payment_intent_id, intent.payment_intent_id)
        t.equal((await intentCalls()).length, 1, 'one intent at Lean')
        t.equal((await create(await as('u1'), { amount: 99, currency: 'AED' }, 'order-1001')).statusCode, 422, 'the same key for another body')
        const other = await create(await as('u2'), { amount: 120.5, currency: 'AED', description: 'Order 1001' }, 'order-1001')
        t.equal(other.json().customer_id, customerOfUser('u2'), "the same key from another user is that user's own intent")
        const audit = ((await app.inject({ url: '/audit/v1/events?limit=20', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, unknown>>)
          .filter((e) => String(e.event).startsWith('payin.'))
        t.match(audit.map((e) => `${String(e.event)}:${String(e.caller)}`), ['payin.created:u2', 'payin.requested:u2', 'payin.created:u1', 'payin.requested:u1'], 'money actions, audited')
        t.match(audit[2], { amount: 120.5, currency: 'AED', leanId: intent.payment_intent_id, idempotencyKey: 'order-1001' })
      })

      t.test('whom a pay-in is for is never the phone\'s to say', async (t) => {
        const before = (await intentCalls()).length
        const u1Customer = customerOfUser('u1')!
        for (const [why, body] of [['customer_id', { customer_id: u1Customer }], ['user', { user: 'u2' }]] as const) {
          const refused = await create(await as('u3'), { amount: 5, currency: 'AED', ...body }, `k-${why}`)
          t.equal(refused.statusCode, 403, `an app user naming a ${why}`)
          t.match(refused.json(), { type: /forbidden$/ })
        }
        t.equal((await create(await as('u3'), { amount: 5, currency: 'AED', payment_destination_id: 'eeeeeeee-1111-4222-8333-444455556666' }, 'k-dest')).statusCode, 403, "a destination not in the tenant's payinDestinations")
        for (const [why, body] of [['zero', { amount: 0, currency: 'AED' }], ['lower-case currency', { amount: 5, currency: 'aed' }], ['three decimals', { amount: 5.123, currency: 'AED' }], ['an unknown field', { amount: 5, currency: 'AED', tip: 1 }], ['a long description', { amount: 5, currency: 'AED', description: 'x'.repeat(141) }]] as const) {
          t.equal((await create(await as('u3'), body, `k-${why}`)).statusCode, 400, why)
        }
        t.equal((await create(await as('u3'), { amount: 5, currency: 'AED' })).statusCode, 400, 'no Idempotency-Key')
        t.equal((await intentCalls()).length, before, 'none reached Lean')
        t.equal(customerOfUser('u3'), undefined, 'and no Lean customer was made for them')
        const paid = await create(await as('u3'), { amount: 5, currency: 'AED', payment_destination_id: DESTINATION.toUpperCase() }, 'k-ok')
        t.equal(paid.statusCode, 201, 'one of its payinDestinations, however written')
      })

      t.test('a service names the user, or a customer the gateway holds for the tenant', async (t) => {
        const key = { 'x-api-key': KEYS.all }
        const byUser = await create(key, { amount: 10, currency: 'AED', user: 'u1' }, 'svc-1')
        t.equal(byUser.statusCode, 201)
        t.equal(byUser.json().customer_id, customerOfUser('u1'))
        t.equal((await app.inject({ url: `/payments/v1/intents/${byUser.json().payment_intent_id as string}`, headers: await as('u1') })).statusCode, 200, 'the user reads the intent made for it')
        const byCustomer = await create(key, { amount: 10, currency: 'AED', customer_id: customerOfUser('u2') }, 'svc-2')
        t.equal(byCustomer.statusCode, 201)
        t.equal(byCustomer.json().customer_id, customerOfUser('u2'))
        t.equal((await create(key, { amount: 10, currency: 'AED', customer_id: '99999999-1111-4222-8333-444455556666' }, 'svc-3')).statusCode, 403, 'a customer the tenant does not hold')
        t.equal((await create(key, { amount: 10, currency: 'AED' }, 'svc-4')).statusCode, 400, 'neither')
        t.equal((await create(key, { amount: 10, currency: 'AED', user: 'u1', customer_id: customerOfUser('u1') }, 'svc-5')).statusCode, 400, 'both')
        t.equal((await create({ 'x-api-key': INITECH_KEY }, { amount: 10, currency: 'AED', customer_id: customerOfUser('u1') }, 'svc-6')).statusCode, 403, "another tenant cannot pay as acme's customer")
        t.equal((await create({ 'x-api-key': KEYS.dataOnly }, { amount: 10, currency: 'AED', user: 'u1' }, 'svc-7')).statusCode, 403, 'scope payments:write')
      })

      t.test("another user's or another tenant's intent is 404, before Lean", async (t) => {
        const path = `/payments/v1/intents/${intentOfU1}`
        const mine = await app.inject({ url: path, headers: await as('u1') })
        t.equal(mine.statusCode, 200)
        t.match(mine.json(), { payment_intent_id: intentOfU1, amount: 120.5, payments: [] })
        t.equal((await app.inject({ url: path, headers: { 'x-api-key': KEYS.all } })).statusCode, 200, 'the tenant')
        const reads = async () => (await upstreamRequests(emulator)).filter((r) => r.url === path).length
        const before = await reads()
        t.equal((await app.inject({ url: path, headers: await as('u2') })).statusCode, 404, 'another app user')
        t.equal((await app.inject({ url: path, headers: { 'x-api-key': INITECH_KEY } })).statusCode, 404, 'another tenant on the same Lean application')
        t.equal(await reads(), before, 'neither reached Lean')
      })
    })
  }
}
