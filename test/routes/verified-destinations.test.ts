import t from 'tap'
import { addFault, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'

const IBAN = 'AE070331234567890123456' // held by Omar Haddad in the emulator's sandbox

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: verified destinations, paying the right person`, async (t) => {
      const emulator = await startEmulator(t, { wire: wire.name })
      const file = tenantsFile(emulator, { wire: wire.name }) as { tenants: Array<Record<string, any>> }
      file.tenants[0]!.lean.verifyDestinations = true
      file.tenants[1]!.lean.verifyDestinations = true
      file.tenants[1]!.lean.acceptPartialMatch = true
      const { app } = await startGateway(t, emulator, { file, store: engine.options, wire: wire.name })
      // The destination body as each wire writes it.
      const destination = (name: string, iban = IBAN) => wire.name === 'lean'
        ? [{ name, iban, bank_identifier: 'LEAN_SME_MB1_UAE', display_name: name }]
        : { beneficiary_name: name, iban, country: 'AE', currency: 'AED' }
      const create = async (key: string, name: string, iban?: string) => await app.inject({
        method: 'POST', url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': key, 'content-type': 'application/json' }, payload: destination(name, iban)
      })
      const created = async () => (await upstreamRequests(emulator)).filter((r) => r.method === 'POST' && r.url === '/payouts/v1/payment/destinations').length
      const verifications = async () => (await upstreamRequests(emulator)).filter((r) => r.url === '/verifications/v1/accounts')
      const audit = async (key: string) => ((await app.inject({ url: '/audit/v1/events?limit=20', headers: { 'x-api-key': key } })).json().events as Array<{ event: string; outcome: string; detail?: string }>)

      t.test("the holder's name matches: verified first, then created", async (t) => {
        const res = await create(KEYS.all, 'Omar Haddad')
        t.equal(res.statusCode, wire.name === 'lean' ? 200 : 201)
        t.same((await verifications()).map((r) => r.body), [{ iban: IBAN, name: 'Omar Haddad' }], 'Lean was asked about the IBAN and the name')
        t.equal(await created(), 1)
      })

      t.test('no match: 422, never created at Lean, audited', async (t) => {
        const res = await create(KEYS.all, 'Someone Else')
        t.equal(res.statusCode, 422)
        t.match(res.json(), { type: /destination-unverified$/, detail: /no match/ })
        t.equal(await created(), 1, 'nothing more reached the destinations API')
        t.match((await audit(KEYS.all))[0], { event: 'destination.unverified', outcome: 'no_match' })
      })

      t.test('a partial match: 422 unless the tenant accepts one', async (t) => {
        const partial = await create(KEYS.all, 'Omar H Haddad')
        t.equal(partial.statusCode, 422)
        t.match(partial.json().detail, /partial match.*score 0\.8/)
        t.match((await audit(KEYS.all))[0], { event: 'destination.unverified', outcome: 'partial' })
        const before = await created()
        t.ok([200, 201].includes((await create(KEYS.tenantB, 'Omar H Haddad')).statusCode), 'accepted by a tenant with acceptPartialMatch')
        t.equal(await created(), before + 1)
        t.equal((await create(KEYS.tenantB, 'Khalid Omar')).statusCode, 422, 'but never no match')
      })

      t.test('Lean unable to verify: 502, nothing created; no IBAN: 422 before Lean', async (t) => {
        const before = await created()
        await addFault(emulator, { method: 'POST', path: '/verifications/v1/accounts', status: 500, times: 5 })
        const failed = await create(KEYS.all, 'Omar Haddad')
        t.equal(failed.statusCode, 502)
        await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' })
        await addFault(emulator, { method: 'POST', path: '/verifications/v1/accounts', status: 200, body: { verified: 'maybe' }, times: 5 })
        t.match((await create(KEYS.all, 'Omar Haddad')).json(), { status: 502, type: /upstream-invalid$/ }, 'no verdict in the answer')
        await fetch(`${emulator.url}/__emulator/faults`, { method: 'DELETE' })
        t.equal(await created(), before, 'nothing created')
        if (wire.name === 'seeds') {
          const asked = (await verifications()).length
          const res = await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { beneficiary_name: 'No IBAN' } })
          t.equal(res.statusCode, 422, 'a destination without an IBAN cannot be verified')
          t.equal((await verifications()).length, asked, 'and Lean is not asked')
        }
      })

      t.test('the passthrough for services that check first', async (t) => {
        const res = await app.inject({ method: 'POST', url: '/verifications/v1/accounts', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { iban: IBAN, name: 'Omar Haddad' } })
        t.equal(res.statusCode, 200)
        t.match(res.json(), { account_ownership_verified: true, score: 1, account_holder_name: 'O*** H*****' })
        t.equal((await app.inject({ method: 'POST', url: '/verifications/v1/accounts', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { iban: 'not an iban', name: 'x' } })).statusCode, 400)
        t.equal((await app.inject({ method: 'POST', url: '/verifications/v1/accounts', headers: { 'x-api-key': KEYS.dataOnly, 'content-type': 'application/json' }, payload: { iban: IBAN, name: 'x' } })).statusCode, 403, 'scope destinations:write')
      })
    })
  }
}
