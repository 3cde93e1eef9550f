import t from 'tap'
import { ENTITY_A, revokeTokens, startEmulator, tokenRequests, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'

const headers = { 'x-api-key': KEYS.all, entity_id: ENTITY_A }

t.test('20 concurrent first calls share one token request; later calls reuse it', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const answers = await Promise.all(Array.from({ length: 20 }, () => app.inject({ url: '/data/v2/accounts', headers })))
  t.same(answers.map((a) => a.statusCode), Array(20).fill(200))
  t.equal((await tokenRequests(emulator)).length, 1, 'one token request for 20 callers')
  for (let i = 0; i < 5; i++) await app.inject({ url: '/data/v2/identity', headers })
  t.equal((await tokenRequests(emulator)).length, 1, 'cached for later calls')
  const form = new URLSearchParams(Object.entries((await tokenRequests(emulator))[0]!.body as Record<string, string>)).toString()
  t.match(form, /client_id=client-a/)
  t.match(form, /grant_type=client_credentials/)
  t.match(form, /scope=api/)
})

t.test('a token Lean rejects is replaced once and the call succeeds', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  t.equal((await app.inject({ url: '/data/v2/accounts', headers })).statusCode, 200)
  await revokeTokens(emulator)
  const answers = await Promise.all(Array.from({ length: 5 }, () => app.inject({ url: '/data/v2/accounts', headers })))
  t.same(answers.map((a) => a.statusCode), Array(5).fill(200), 'callers never see the 401')
  t.equal((await tokenRequests(emulator)).length, 2, 'one replacement token for five callers')
})

t.test('tokens are renewed before they expire, not after Lean refuses them', async (t) => {
  const emulator = await startEmulator(t, { tokenTtlSeconds: 1 })
  const { app } = await startGateway(t, emulator)
  t.equal((await app.inject({ url: '/data/v2/accounts', headers })).statusCode, 200)
  await new Promise((resolve) => setTimeout(resolve, 1000))
  t.equal((await app.inject({ url: '/data/v2/accounts', headers })).statusCode, 200)
  t.equal((await tokenRequests(emulator)).length, 2, 'a second token after expiry')
  const calls = await upstreamRequests(emulator)
  t.equal(calls.length, 2, 'no call was refused and retried')
})

t.test('tenants sharing one Lean client share its token; other clients get their own', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  file.tenants.push({
    id: 'initech',
    lean: { ...file.tenants[0]!.lean },
    apiKeys: [{ id: 'initech-payouts', sha256: sha256('initech-key'), scopes: ['payouts:read'] }]
  })
  const { app } = await startGateway(t, emulator, { file })
  // Payout lists: on a shared client, entities must be bound to a tenant before its data can be read.
  t.equal((await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.all } })).statusCode, 200)
  t.equal((await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': 'initech-key' } })).statusCode, 200)
  t.equal((await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.tenantB } })).statusCode, 200)
  const clients = (await tokenRequests(emulator)).map((r) => (r.body as Record<string, string>).client_id).sort()
  t.same(clients, ['client-a', 'client-b'], 'one token per Lean client, shared by acme and initech')
})
