import t from 'tap'
import { ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { engines } from '../helpers/store.js'
import { WIRES } from '../helpers/wire.js'
import { forwardedIdempotencyKey } from '../../src/idempotency/key.js'

const ENTITY_C = '33333333-3333-4333-8333-333333333333'

for (const wire of WIRES) {
  for (const engine of engines(t)) {
    t.test(`${wire.name} wire, ${engine.name}: idempotency keys are per app user, and the entity is compared`, async (t) => {
      const emulator = await startEmulator(t, {
        wire: wire.name,
        clients: [
          { clientId: 'client-a', clientSecret: 'secret-a-0123456789', entities: [ENTITY_A, ENTITY_C] },
          { clientId: 'client-b', clientSecret: 'secret-b-0123456789', entities: [] }
        ]
      })
      const issuer = await startIssuer()
      t.teardown(() => issuer.close())
      const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<{ jwt?: { scopes: string[] } }> }
      file.tenants[0]!.jwt!.scopes.push('payouts:write', 'destinations:write')
      const { app } = await startGateway(t, emulator, { file, store: engine.options })
      const user = async (sub: string, entity: string) => ({ authorization: `Bearer ${await issuer.sign({ sub, lean_entity_id: entity })}` })
      const refresh = (headers: Record<string, string>, key: string) =>
        app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { ...headers, 'idempotency-key': key } })
      const refreshesAtLean = async () => (await upstreamRequests(emulator)).filter((r) => r.method === 'POST' && r.url === '/data/v2/refreshes')

      t.test('two app users, the same key and body: two upstream calls, each gets its own answer', async (t) => {
        const alice = await refresh(await user('alice', ENTITY_A), 'tap-1')
        const bob = await refresh(await user('bob', ENTITY_C), 'tap-1')
        t.equal(alice.statusCode, wire.name === 'seeds' ? 202 : 200)
        t.equal(bob.statusCode, alice.statusCode)
        t.not(bob.headers['idempotent-replayed'], 'true', 'bob is not served alice\'s stored answer')
        t.not(bob.json().refresh_id, alice.json().refresh_id, 'each got its own refresh')
        const sent = await refreshesAtLean()
        t.same(sent.map(wire.sentEntity), [ENTITY_A, ENTITY_C], 'each refresh reached Lean for its own entity')

        const again = await refresh(await user('alice', ENTITY_A), 'tap-1')
        t.equal(again.headers['idempotent-replayed'], 'true', 'alice\'s retry replays alice\'s answer')
        t.equal(again.body, alice.body)
        t.equal((await refreshesAtLean()).length, 2, 'the replay went nowhere')
      })

      t.test('one user, the same key, another entity: 422 and nothing upstream', async (t) => {
        const before = (await refreshesAtLean()).length
        const other = await refresh(await user('alice', ENTITY_C), 'tap-1')
        t.equal(other.statusCode, 422)
        t.equal(other.json().code, 'idempotency-key-reused')
        t.equal((await refreshesAtLean()).length, before)
      })

      t.test('an API-key caller: the same key for another entity (header) is another request', async (t) => {
        const first = await refresh({ 'x-api-key': KEYS.all, entity_id: ENTITY_A }, 'svc-1')
        t.equal(first.statusCode, wire.name === 'seeds' ? 202 : 200)
        const upper = await refresh({ 'x-api-key': KEYS.all, entity_id: ENTITY_A.toUpperCase() }, 'svc-1')
        t.equal(upper.headers['idempotent-replayed'], 'true', 'the same entity, spelled in capitals, is the same request')
        const other = await refresh({ 'x-api-key': KEYS.all, entity_id: ENTITY_C }, 'svc-1')
        t.equal(other.statusCode, 422)
        t.not(first.headers['idempotent-replayed'], 'true')
      })

      t.test('payouts by two app users with one key: two payouts, each forwarded under its own key', async (t) => {
      // An app user pays only to a destination it created itself.
        const dests = new Map<string, string>()
        for (const sub of ['alice', 'bob']) {
          const headers = { ...(await user(sub, ENTITY_A)), 'content-type': 'application/json' }
          const body = wire.name === 'seeds' ? { beneficiary_name: `${sub} savings` } : [{ name: `${sub} savings`, iban: 'AE070331234567890123456' }]
          const created = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers, payload: body })).json()
          dests.set(sub, wire.name === 'seeds' ? created.id : created[0].destination_id)
        }
        const pay = async (sub: string) => await app.inject({
          method: 'POST',
          url: '/payouts/v1/payment',
          headers: { ...(await user(sub, ENTITY_A)), 'idempotency-key': 'same-tap', 'content-type': 'application/json' },
          payload: wire.payout(dests.get(sub)!, 10)
        })
        const a = await pay('alice')
        const b = await pay('bob')
        t.equal(a.statusCode, wire.created)
        t.equal(b.statusCode, wire.created)
        t.not(wire.payoutLeanId(a.json()), wire.payoutLeanId(b.json()), 'two payouts')
        const keys = (await upstreamRequests(emulator))
          .filter((r) => r.url === '/payouts/v1/payment')
          .map(wire.forwardedKey)
        t.same(keys, [forwardedIdempotencyKey('acme', 'same-tap', 'jwt:alice'), forwardedIdempotencyKey('acme', 'same-tap', 'jwt:bob')])
        t.not(keys[0], forwardedIdempotencyKey('acme', 'same-tap'), 'not the tenant-wide key an API-key caller would forward')
        t.equal((await pay('alice')).headers['idempotent-replayed'], 'true')
        t.equal(emulator.state.payoutsCreated, 2)
      })
    })
  }
}
