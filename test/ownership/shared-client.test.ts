import t from 'tap'
import { startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { engines } from '../helpers/store.js'

const ACME = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }
const INITECH_KEY = 'initech-all-scopes-key-1234'
const INITECH = { 'x-api-key': INITECH_KEY, 'content-type': 'application/json' }
const ALL = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read']

for (const engine of engines(t)) {
  t.test(`${engine.name}: tenants sharing one Lean client see and pay only their own`, async (t) => {
    const emulator = await startEmulator(t)
    const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
    // initech uses acme's Lean client: Lean cannot tell them apart, the gateway must.
    file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean }, apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ALL }] })
    const { app } = await startGateway(t, emulator, { file, store: engine.options })
    const post = (headers: Record<string, string>, url: string, payload: unknown, key?: string) =>
      app.inject({ method: 'POST', url, headers: { ...headers, ...(key !== undefined && { 'idempotency-key': key }) }, payload: payload as object })
    const get = (headers: Record<string, string>, url: string) => app.inject({ url, headers })

    const acmeDest = (await post(ACME, '/payouts/v1/payment/destinations', { beneficiary_name: 'Acme supplier' })).json()
    const initechDest = (await post(INITECH, '/payouts/v1/payment/destinations', { beneficiary_name: 'Initech supplier' })).json()
    const acmePayout = (await post(ACME, '/payouts/v1/payment', { amount: 10, currency: 'AED', destination_id: acmeDest.id }, 'a-1')).json()
    const initechPayout = (await post(INITECH, '/payouts/v1/payment', { amount: 20, currency: 'AED', destination_id: initechDest.id }, 'i-1')).json()
    t.ok(acmePayout.id && initechPayout.id)

    t.equal((await get(ACME, `/payouts/v1/${acmePayout.id}`)).statusCode, 200, 'own payout')
    for (const url of [
      `/payouts/v1/${acmePayout.id}`,
      `/payouts/v1/payments/${acmePayout.id}/history`,
      `/payouts/v1/intents/${acmePayout.payment_intent_id}`,
      `/payouts/v1/payment/destinations/${acmeDest.id}`
    ]) {
      const res = await get(INITECH, url)
      t.equal(res.statusCode, 404, `initech cannot read ${url.split('/').slice(0, 4).join('/')}…`)
      t.equal(res.json().code, 'not-found')
    }
    const unknown = await get(INITECH, '/payouts/v1/0b7c1f9e-2d3a-4b5c-8d6e-7f8091a2b3c4')
    t.equal(unknown.statusCode, 404, 'an object no tenant recorded is not shown either')

    const payouts = (await get(INITECH, '/payouts/v1/payments')).json() as Array<{ id: string }>
    t.same(payouts.map((p) => p.id), [initechPayout.id], "initech's list holds only its payout")
    const dests = (await get(ACME, '/payouts/v1/payment/destinations')).json() as Array<{ id: string }>
    t.same(dests.map((d) => d.id), [acmeDest.id], "acme's list holds only its destination")

    const before = (await upstreamRequests(emulator)).length
    const stolen = await post(INITECH, '/payouts/v1/payment', { amount: 99, currency: 'AED', destination_id: acmeDest.id }, 'i-steal')
    t.equal(stolen.statusCode, 404, "paying to another tenant's destination is 404")
    t.equal((await upstreamRequests(emulator)).length, before, 'before anything goes upstream')
    const audit = (await get(INITECH, '/audit/v1/events')).json()
    t.match(audit.events[0], { event: 'payout.refused', outcome: 'destination_not_owned', destinationId: acmeDest.id, idempotencyKey: 'i-steal' })

    const globex = (await get({ 'x-api-key': KEYS.tenantB }, '/payouts/v1/payments'))
    t.equal(globex.statusCode, 200, 'a tenant with its own Lean client sees Lean unfiltered')
  })
}
