import { createHmac, randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import t from 'tap'
import { ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { engines } from '../helpers/store.js'
import { SEEDS } from '../helpers/wire.js'

const SECRET = 'lean-webhook-secret-0123456789'
// Lean's sample webhook events, copied from shared/lean-wire so a clone needs nothing beside it.
const SAMPLE_DIR = new URL('../fixtures/lean-wire/webhooks/', import.meta.url)
const sign = (body: string, encoding: 'hex' | 'base64' = 'hex') => `sha512=${createHmac('sha512', SECRET).update(body).digest(encoding)}`
const INITECH_KEY = 'initech-events-key-9876'
const ALL = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read', 'events:read']

for (const engine of engines(t)) {
  t.test(`${engine.name}: Lean's webhooks in`, async (t) => {
    const emulator = await startEmulator(t)
    const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
    file.tenants[0]!.lean.webhookSecret = SECRET
    file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
    file.tenants[0]!.apiKeys[0].scopes = ALL
    // initech shares acme's Lean application: events must reach the right one of the two.
    file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean, appUserIdPrefix: 'initech-' }, apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ALL }] })
    const { app } = await startGateway(t, emulator, { file, store: engine.options, events: { background: false } })
    // `null`: no signature header at all.
    const post = (body: string, signature: string | null = sign(body), clientId = 'client-a') =>
      app.inject({ method: 'POST', url: `/webhooks/lean/${clientId}`, headers: { 'content-type': 'application/json', ...(signature !== null && { 'lean-signature': signature }) }, payload: body })
    const feed = async (key = KEYS.all) => (await app.inject({ url: '/events/v1', headers: { 'x-api-key': key } })).json().events as Array<{ type: string; data: Record<string, unknown> }>
    const event = (type: string, payload: Record<string, unknown>) => JSON.stringify({ type, payload, event_id: randomUUID(), timestamp: new Date().toISOString() })

    t.test('a wrong or missing signature is 401 and nothing is stored', async (t) => {
      const body = event('entity.created', { id: ENTITY_A, app_user_id: 'acme-u1' })
      const cases: Array<[string, string | null, string?]> = [
        ['no signature', null],
        ['another secret', `sha512=${createHmac('sha512', 'not-the-secret').update(body).digest('hex')}`],
        ['a signature of another body', sign(body.replace('acme-u1', 'acme-u2'))],
        ['sha256 instead of sha512', `sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`],
        ['garbage', 'sha512=zz'],
        ['a client with no webhook secret', sign(body), 'client-b'],
        ['an unknown client', sign(body), 'client-zz']
      ]
      for (const [name, signature, client] of cases) {
        const res = await post(body, signature, client)
        t.equal(res.statusCode, 401, name)
        t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
      }
      const tampered = await post(body.replace('acme-u1', 'acme-u9'), sign(body))
      t.equal(tampered.statusCode, 401, 'a tampered body')
      t.same(await feed(), [], 'nothing stored, nothing bound')
    })

    t.test('a body that is not an event is 400; base64 signatures are accepted too', async (t) => {
      for (const body of ['{"type":"x"}', '[]', 'not json', '{"event_id":"e","type":"x","payload":[]}']) {
        t.equal((await post(body)).statusCode, 400, body)
      }
      const body = event('payment_intent.created', { intent_id: randomUUID() })
      t.equal((await post(body, sign(body, 'base64'))).statusCode, 200)
    })

    t.test('entity.created binds by app_user_id prefix; the entity is then the tenant\'s alone', async (t) => {
      const body = JSON.parse(readFileSync(new URL('entity.created.json', SAMPLE_DIR), 'utf8')) as { payload: Record<string, unknown>; event_id: string }
      body.payload.id = ENTITY_A
      body.payload.app_user_id = 'acme-user-17'
      const raw = JSON.stringify(body)
      const first = await post(raw)
      t.equal(first.statusCode, 200)
      t.same(first.json(), { received: true, duplicate: false })
      const again = await post(raw)
      t.same(again.json(), { received: true, duplicate: true }, "Lean's redelivery is 200 and changes nothing")
      const events = await feed()
      t.same(events.map((e) => e.type), ['entity.created'], 'one tenant event, not two')
      t.match(events[0]!.data, { entity_id: ENTITY_A, customer_id: body.payload.customer_id })
      t.same(await feed(INITECH_KEY), [], 'the other tenant on the same Lean application sees nothing of it')

      const mine = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
      t.equal(mine.statusCode, 200, 'acme reads its bound entity')
      const before = (await upstreamRequests(emulator)).length
      const theirs = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': INITECH_KEY, entity_id: ENTITY_A } })
      t.equal(theirs.statusCode, 404, "initech, on the same Lean client, cannot read acme's entity")
      const unbound = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': INITECH_KEY, entity_id: '99999999-9999-4999-8999-999999999999' } })
      t.equal(unbound.statusCode, 404, 'nor one bound to no tenant')
      t.equal((await upstreamRequests(emulator)).length, before, 'neither reached Lean')
    })

    t.test('payment events move the followed payout, once, audited, into the feed; unknown ones are kept and counted', async (t) => {
      const dest = await SEEDS.destination(app)
      const payout = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'hook-1' }, payload: SEEDS.payout(dest, 25) })).json()
      const updated = (status: string) => event('payment.updated', { id: payout.id, intent_id: payout.payment_intent_id, status, amount: 25, currency: 'AED' })
      t.equal((await post(updated('SUBMITTED'))).statusCode, 200)
      t.equal((await post(updated('SUBMITTED'))).statusCode, 200, 'a second event with the same status')
      t.equal((await post(updated('COMPLETED'))).statusCode, 200)
      t.equal((await post(updated('SUBMITTED'))).statusCode, 200, 'a late event after the final one')
      const changes = (await feed()).filter((e) => e.type === 'payout.status_changed')
      t.same(changes.map((e) => [e.data.previous_status, e.data.status]), [['PENDING', 'SUBMITTED'], ['SUBMITTED', 'COMPLETED']], 'each change once, the final one kept')
      t.match(changes[1]!.data, { payout_id: payout.id, destination_id: dest, amount: 25, currency: 'AED' })
      t.equal(changes[1]!.data.payment_intent_id, payout.payment_intent_id, 'with the intent the payout answer named (issue 22, item 9)')
      t.ok(payout.payment_intent_id, 'which it did')
      const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, unknown>>
      t.same(audit.filter((e) => e.event === 'payout.status_changed').map((e) => e.outcome), ['COMPLETED', 'SUBMITTED'])
      t.same((await feed(INITECH_KEY)).filter((e) => e.type === 'payout.status_changed'), [], "not in the other tenant's feed")

      const orphan = await post(event('payment.updated', { id: randomUUID(), status: 'FAILED' }))
      t.equal(orphan.statusCode, 200, 'an event of no known tenant is accepted')
      const metrics = (await app.inject({ url: '/metrics' })).body
      t.equal(metricValue(metrics, 'gateway_lean_events_total', { type: 'payment.updated', verdict: 'unmatched' }), 1, 'kept and counted')
      t.equal(metricValue(metrics, 'gateway_lean_events_total', { type: 'payment.updated', verdict: 'accepted' }), 4)
      t.ok(metricValue(metrics, 'gateway_lean_events_total', { type: 'unknown', verdict: 'bad_signature' }) >= 8)
    })

    t.test('beneficiary events reach the destination\'s owner with Lean\'s status; destination.ready only when payable', async (t) => {
      const dest = await SEEDS.destination(app, INITECH_KEY)
      const raw = JSON.parse(readFileSync(new URL('payment_source.beneficiary.created.json', SAMPLE_DIR), 'utf8')) as { payload: Record<string, unknown> }
      raw.payload.payment_destination_id = dest
      t.equal((await post(JSON.stringify(raw))).statusCode, 200)
      t.match((await feed(INITECH_KEY)).slice(-2), [
        { type: 'destination.status_changed', data: { destination_id: dest, status: 'ACTIVE' } },
        { type: 'destination.ready', data: { destination_id: dest, status: 'ACTIVE' } }
      ], 'ACTIVE: its status, and ready')
      // A destination in its cool-off period cannot be paid yet (issue 22, item 5).
      const before = (await feed(INITECH_KEY)).length
      const coolOff = { ...raw, event_id: randomUUID(), type: 'payment_source.beneficiary.updated', payload: { ...raw.payload, status: 'AWAITING_BENEFICIARY_COOL_OFF' } }
      t.equal((await post(JSON.stringify(coolOff))).statusCode, 200)
      const after = (await feed(INITECH_KEY)).slice(before)
      t.same(after.map((e) => [e.type, e.data.status]), [['destination.status_changed', 'AWAITING_BENEFICIARY_COOL_OFF']], 'in cool-off: its status only, not ready')
    })

    t.test('the feed pages with a cursor and refuses forged ones', async (t) => {
      const first = (await app.inject({ url: '/events/v1?limit=1', headers: { 'x-api-key': KEYS.all } })).json()
      t.equal(first.events.length, 1)
      const rest = (await app.inject({ url: `/events/v1?after=${first.next_cursor as string}`, headers: { 'x-api-key': KEYS.all } })).json()
      t.same([...first.events, ...rest.events].map((e: { id: string }) => e.id), (await feed()).map((e) => (e as unknown as { id: string }).id))
      const empty = (await app.inject({ url: `/events/v1?after=${rest.next_cursor as string}`, headers: { 'x-api-key': KEYS.all } })).json()
      t.same(empty, { events: [], next_cursor: rest.next_cursor }, 'nothing new: the cursor stays put')
      t.equal((await app.inject({ url: '/events/v1?after=bm9wZQ', headers: { 'x-api-key': KEYS.all } })).statusCode, 400)
      t.equal((await app.inject({ url: '/events/v1?limit=500', headers: { 'x-api-key': KEYS.all } })).statusCode, 400)
      t.equal((await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.dataOnly } })).statusCode, 403, 'events:read needed')
    })
  })
}

t.test("an app user's feed holds its own entity's events and its own payouts' only", async (t) => {
  const { startIssuer } = await import('../helpers/jwt.js')
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = tenantsFile(emulator, { jwks: issuer.jwksUrl }) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.webhookSecret = SECRET
  file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
  file.tenants[0]!.jwt.scopes = ['data:read', 'payouts:write', 'destinations:write', 'events:read']
  const { app } = await startGateway(t, emulator, { file, events: { background: false } })
  const post = (body: string) => app.inject({ method: 'POST', url: '/webhooks/lean/client-a', headers: { 'content-type': 'application/json', 'lean-signature': sign(body) }, payload: body })
  const other = '55555555-5555-4555-8555-555555555555'
  for (const [entity, user] of [[ENTITY_A, 'acme-u1'], [other, 'acme-u2']]) {
    await post(JSON.stringify({ type: 'entity.created', event_id: randomUUID(), payload: { id: entity, app_user_id: user } }))
  }
  const token = (sub: string, entity: string) => issuer.sign({ sub, lean_entity_id: entity })
  const dest = await SEEDS.destination(app)
  // An app user pays only to destinations it created itself.
  const u1 = { authorization: `Bearer ${await token('u1', ENTITY_A)}`, 'content-type': 'application/json' }
  const ownDest = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: u1, payload: { beneficiary_name: 'U1 savings' } })).json().id
  const mine = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...u1, 'idempotency-key': 'u1-pay' }, payload: SEEDS.payout(ownDest, 5) })).json()
  const theirs = (await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'svc-pay' }, payload: SEEDS.payout(dest, 6) })).json()
  for (const p of [mine, theirs]) await post(JSON.stringify({ type: 'payment.updated', event_id: randomUUID(), payload: { id: p.id, status: 'SUBMITTED' } }))

  const feed = (await app.inject({ url: '/events/v1', headers: { authorization: `Bearer ${await token('u1', ENTITY_A)}` } })).json().events as Array<{ type: string; data: Record<string, unknown> }>
  t.same(feed.map((e) => [e.type, e.data.entity_id ?? e.data.payout_id]), [['entity.created', ENTITY_A], ['payout.status_changed', mine.id]],
    'its entity and the payout it requested; not the other user\'s entity nor the service\'s payout')
  const service = (await app.inject({ url: '/events/v1', headers: { 'x-api-key': KEYS.all } })).json().events as unknown[]
  t.equal(service.length, 4, 'a service sees the whole tenant')
})
