import t from 'tap'
import type { FastifyInstance } from 'fastify'
import { clearRequests, ENTITY_A, ENTITY_B, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { forwardedIdempotencyKey } from '../../src/idempotency/key.js'

const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

async function destinations (app: FastifyInstance, n = 1, headers: Record<string, string> = json): Promise<string[]> {
  const res = await app.inject({
    method: 'POST',
    url: '/payouts/v1/payment/destinations',
    headers,
    payload: Array.from({ length: n }, (_, i) => ({ name: `Beneficiary ${i}`, iban: 'AE070331234567890123456', bank_identifier: 'LEAN_SME_MB1_UAE', display_name: 'ABC CORP' }))
  })
  if (res.statusCode !== 200) throw new Error(`destinations: ${res.statusCode} ${res.body}`)
  return (res.json() as Array<{ destination_id: string }>).map((d) => d.destination_id)
}

const payoutBody = (lines: Array<[string, number]>, currency = 'AED') => ({
  payment_details: [{
    account_id: '2652e3ac-3f34-48c2-b1ae-ed81e30c6601',
    currency,
    destination_details: lines.map(([id, amount]) => ({ payment_destination_id: id, amount, description: 'test payment', authorize_payment: true }))
  }]
})

t.test("Lean's wire: the 20 operations reach Lean in Lean's own format", async (t) => {
  const emulator = await startEmulator(t, { wire: 'lean' })
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const { app } = await startGateway(t, emulator, { wire: 'lean', jwks: issuer.jwksUrl })
  const call = async (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) => {
    await clearRequests(emulator)
    const res = await app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as Record<string, unknown> }) })
    const sent = await upstreamRequests(emulator)
    return { res, sent, json: res.json() }
  }

  t.test('Data reads: the entity goes as the entity_id query parameter; envelopes come back unchanged', async (t) => {
    const accounts = await call('GET', '/data/v2/accounts?page=0&size=50', { 'x-api-key': KEYS.all, entity_id: ENTITY_A })
    t.equal(accounts.res.statusCode, 200)
    t.equal(accounts.sent.length, 1)
    t.equal(accounts.sent[0]!.url, `/data/v2/accounts?page=0&size=50&entity_id=${ENTITY_A}`, 'header → query, the caller\'s parameters first, in order')
    t.notOk(accounts.sent[0]!.headers.entity_id, 'no entity header on Lean\'s wire')
    t.match(accounts.json, { status: 'OK', results_id: UUID, type: 'accounts', data: { type: 'accounts', page: { number: 0, size: 50 } } })
    const accountId = accounts.json.data.accounts[0].account_id as string

    const query = await call('GET', `/data/v2/accounts/${accountId}/transactions?entity_id=${ENTITY_A}&page=0&size=5&start_date=2020-01-01`, { 'x-api-key': KEYS.all })
    t.equal(query.res.statusCode, 200, 'the entity as a query parameter, as Lean\'s own clients send it')
    t.equal(query.sent[0]!.url, `/data/v2/accounts/${accountId}/transactions?entity_id=${ENTITY_A}&page=0&size=5&start_date=2020-01-01`)
    t.equal(query.json.data.transactions.length, 5, 'paged')
    t.equal(query.res.body, JSON.stringify(query.json), 'Lean\'s bytes')

    for (const segment of ['balances', 'beneficiaries', 'direct-debits', 'scheduled-payments', 'standing-orders', 'identities']) {
      const r = await call('GET', `/data/v2/accounts/${accountId}/${segment}?entity_id=${ENTITY_A}`, { 'x-api-key': KEYS.all })
      t.equal(r.res.statusCode, 200, segment)
      t.equal(r.json.status, 'OK')
    }
    const identity = await call('GET', `/data/v2/identity?entity_id=${ENTITY_A}&insights=true&meta=abc`, { 'x-api-key': KEYS.all })
    t.equal(identity.res.statusCode, 200)
    t.equal(identity.json.meta, 'abc')

    const pending = await call('GET', `/data/v2/accounts?entity_id=${ENTITY_A}&async=true`, { 'x-api-key': KEYS.all })
    t.match(pending.json, { status: 'PENDING', results_id: UUID })
    const results = await call('GET', `/data/v2/results/${pending.json.results_id as string}?entity_id=${ENTITY_A}`, { 'x-api-key': KEYS.all })
    t.equal(results.res.statusCode, 200, 'a PENDING answer is fetched from /data/v2/results')
    t.match(results.json, { status: 'OK', results_id: pending.json.results_id, type: 'accounts' })
  })

  t.test('refreshes: the entity goes in the body; JWT callers are bound by their claim', async (t) => {
    const user = { authorization: `Bearer ${await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })}`, 'content-type': 'application/json' }
    const own = await call('POST', '/data/v2/refreshes', user, { entity_id: ENTITY_A })
    t.equal(own.res.statusCode, 200)
    t.same(own.sent[0]!.body, { entity_id: ENTITY_A }, 'Lean reads the entity from the body')
    const none = await call('POST', '/data/v2/refreshes', { authorization: user.authorization })
    t.equal(none.res.statusCode, 200, 'no body: the claim\'s entity is put in it')
    t.same(none.sent[0]!.body, { entity_id: ENTITY_A })
    for (const [name, headers, url, payload] of [
      ['body', user, '/data/v2/refreshes', { entity_id: ENTITY_B }],
      ['header', { ...user, entity_id: ENTITY_B }, '/data/v2/refreshes', { entity_id: ENTITY_A }],
      ['query of a read', { authorization: user.authorization }, `/data/v2/accounts?entity_id=${ENTITY_B}`, undefined]
    ] as const) {
      const other = await call(payload === undefined ? 'GET' : 'POST', url, headers as Record<string, string>, payload)
      t.equal(other.res.statusCode, 403, `another user's entity in the ${name} is 403`)
      t.equal(other.sent.length, 0, 'and nothing reaches Lean')
    }
    const refreshes = await call('GET', `/data/v2/refreshes?entity_id=${ENTITY_A}`, { 'x-api-key': KEYS.all })
    t.equal(refreshes.json.content.length, 2)
    const status = await call('GET', `/data/v2/refreshes/${own.json.refresh_id as string}?entity_id=${ENTITY_A}`, { 'x-api-key': KEYS.all })
    t.equal(status.res.statusCode, 200)
  })

  t.test('payouts: payment_details to Lean unchanged, the derived key as the Idempotency-Key header', async (t) => {
    const [d1, d2] = await destinations(app, 2)
    t.match(d1, UUID)
    const body = payoutBody([[d1!, 16], [d2!, 4.5]])
    const first = await call('POST', '/payouts/v1/payment', { ...json, 'idempotency-key': 'lean-pay-1' }, body)
    t.equal(first.res.statusCode, 200)
    t.same(first.sent[0]!.body, body, 'the body as the caller sent it')
    t.equal(first.sent[0]!.headers['idempotency-key'], forwardedIdempotencyKey('acme', 'lean-pay-1'))
    t.equal(first.json.payouts_payment_details.length, 2)
    const replay = await call('POST', '/payouts/v1/payment', { ...json, 'idempotency-key': 'lean-pay-1' }, body)
    t.equal(replay.res.headers['idempotent-replayed'], 'true')
    t.equal(replay.sent.length, 0)
    t.equal(replay.res.body, first.res.body)
    const changed = await call('POST', '/payouts/v1/payment', { ...json, 'idempotency-key': 'lean-pay-1' }, payoutBody([[d1!, 17]]))
    t.equal(changed.res.statusCode, 422)

    const intent = first.json.payouts_payment_details[0].payment_intent_id as string
    const intentRes = await call('GET', `/payouts/v1/intents/${intent}`, { 'x-api-key': KEYS.all })
    t.equal(intentRes.res.statusCode, 200)
    const paymentId = intentRes.json.payment.id as string
    const payout = await call('GET', `/payouts/v1/${paymentId}`, { 'x-api-key': KEYS.all })
    t.match(payout.json, { id: paymentId, payment_intent_id: intent, status: 'CREATED', amount: 16 })
    t.equal((await call('GET', `/payouts/v1/payments/${paymentId}/history`, { 'x-api-key': KEYS.all })).json.content[0].payment_id, paymentId)
    const list = await call('GET', '/payouts/v1/payments?page_number=0&page_size=1', { 'x-api-key': KEYS.all })
    t.equal(list.sent[0]!.url, '/payouts/v1/payments?page_number=0&page_size=1')
    t.match(list.json, { content: [{ payment_intent_id: UUID }], page: { size: 1, total_elements: 2 } })
    t.equal((await call('GET', '/payouts/v1/payment/destinations', { 'x-api-key': KEYS.all })).json.length, 2)
    t.equal((await call('GET', `/payouts/v1/payment/destinations/${d1!}`, { 'x-api-key': KEYS.all })).res.statusCode, 200)

    const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, unknown>>
    const created = audit.filter((e) => e.event === 'payout.created' && e.idempotencyKey === 'lean-pay-1')
    t.same(created.map((e) => [e.destinationId, e.amount, e.currency, e.leanId, e.outcome]).sort(), [
      [d1, 16, 'AED', intent, 'CREATED'],
      [d2, 4.5, 'AED', first.json.payouts_payment_details[1].payment_intent_id, 'CREATED']
    ].sort(), 'one audit event per destination, with amount, currency and Lean\'s intent id')
    t.equal(audit.filter((e) => e.event === 'destination.created').length, 2, 'each destination audited')
  })

  t.test('bad input on Lean\'s wire is a 4xx problem+json, and nothing reaches Lean', async (t) => {
    const [dest] = await destinations(app)
    const cases: Array<[string, string, string, unknown, number]> = [
      ['payment_details with no destinations', 'POST', '/payouts/v1/payment', { payment_details: [{ account_id: ENTITY_A, currency: 'AED', destination_details: [] }] }, 400],
      ['no payment_details', 'POST', '/payouts/v1/payment', { payment_details: [] }, 400],
      ['a destination id that is not a UUID', 'POST', '/payouts/v1/payment', payoutBody([['not-a-uuid', 5]]), 400],
      ['an amount finer than the currency', 'POST', '/payouts/v1/payment', payoutBody([[dest!, 5.555]]), 400],
      ['a seeds-style flat body', 'POST', '/payouts/v1/payment', { amount: 5, currency: 'AED', destination_id: dest }, 400],
      ['size=1000', 'GET', `/data/v2/accounts?entity_id=${ENTITY_A}&size=1000`, undefined, 400],
      ['an unknown query parameter', 'GET', `/data/v2/accounts?entity_id=${ENTITY_A}&limit=5`, undefined, 400],
      ['page=-1', 'GET', '/payouts/v1/payments?page_number=-1', undefined, 400],
      ['a destination without iban or account_number', 'POST', '/payouts/v1/payment/destinations', [{ name: 'X' }], 400],
      ['a destination object instead of an array', 'POST', '/payouts/v1/payment/destinations', { name: 'X', iban: 'AE070331234567890123456' }, 400],
      ['two entities from one service', 'GET', `/data/v2/accounts?entity_id=${ENTITY_B}`, undefined, 403]
    ]
    for (const [name, method, url, payload, status] of cases) {
      const headers = { ...json, 'idempotency-key': `bad-${name.replace(/\W+/g, '-')}`, entity_id: ENTITY_A }
      const r = await call(method as 'GET' | 'POST', url, payload === undefined ? { 'x-api-key': KEYS.all, entity_id: ENTITY_A } : headers, payload)
      t.equal(r.res.statusCode, status, name)
      t.equal(r.res.headers['content-type'], 'application/problem+json; charset=utf-8', `${name}: problem+json`)
      t.equal(r.sent.length, 0, `${name}: nothing reached Lean`)
    }
    const missing = await call('POST', '/payouts/v1/payment', json, payoutBody([[dest!, 5]]))
    t.equal(missing.res.statusCode, 400, 'a payout without an Idempotency-Key is refused')
  })
})

t.test("Lean's wire, tenants sharing one Lean client: each sees and pays only its own", async (t) => {
  const emulator = await startEmulator(t, { wire: 'lean' })
  const file = tenantsFile(emulator, { wire: 'lean' }) as { tenants: Array<{ lean: Record<string, unknown> }> }
  // globex on acme's Lean application.
  file.tenants[1]!.lean = { ...file.tenants[0]!.lean }
  const { app } = await startGateway(t, emulator, { file })
  const globex = { 'x-api-key': KEYS.tenantB, 'content-type': 'application/json' }
  const [mine] = await destinations(app)
  const [theirs] = await destinations(app, 1, globex)
  await clearRequests(emulator)

  const pay = (headers: Record<string, string>, key: string, lines: Array<[string, number]>) =>
    app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...headers, 'idempotency-key': key }, payload: payoutBody(lines) })
  const refused = await pay(json, 'mixed', [[mine!, 5], [theirs!, 5]])
  t.equal(refused.statusCode, 404, 'a payout naming another tenant\'s destination among its lines is 404')
  t.equal((await upstreamRequests(emulator)).length, 0, 'before anything reached Lean')
  const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<Record<string, unknown>>
  t.same(audit.filter((e) => e.idempotencyKey === 'mixed').map((e) => e.outcome), ['destination_not_owned', 'destination_not_owned'], 'audited, per line')

  const ok = await pay(json, 'mine', [[mine!, 5]])
  t.equal(ok.statusCode, 200)
  const intent = ok.json().payouts_payment_details[0].payment_intent_id as string
  await pay(globex, 'theirs', [[theirs!, 7]])

  const list = await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.all } })
  t.same((list.json().content as Array<{ payment_intent_id: string }>).map((p) => p.payment_intent_id), [intent], 'Lean\'s content list without the other tenant\'s payouts')
  t.equal((await app.inject({ url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': KEYS.all } })).json().length, 1)
  t.equal((await app.inject({ url: `/payouts/v1/payment/destinations/${theirs!}`, headers: { 'x-api-key': KEYS.all } })).statusCode, 404)
  t.equal((await app.inject({ url: `/payouts/v1/intents/${intent}`, headers: { 'x-api-key': KEYS.tenantB } })).statusCode, 404, 'nor another tenant\'s intent')

  // Lean's payout answer names intents only; the payout id is learned when the owner reads the intent or the payout.
  const second = await pay(json, 'second', [[mine!, 6]])
  const secondIntent = second.json().payouts_payment_details[0].payment_intent_id as string
  const secondId = [...emulator.state.payoutsOf('client-a')].find((p) => p.payment_intent_id === secondIntent)!.id
  const history = (key: string, id: string) => app.inject({ url: `/payouts/v1/payments/${id}/history`, headers: { 'x-api-key': key } })
  t.equal((await history(KEYS.all, secondId)).statusCode, 404, 'history of a payout whose id was never seen: 404 (deny by default)')
  t.equal((await app.inject({ url: `/payouts/v1/${secondId}`, headers: { 'x-api-key': KEYS.tenantB } })).statusCode, 404, 'a payout is judged by its intent')
  t.equal((await app.inject({ url: `/payouts/v1/${secondId}`, headers: { 'x-api-key': KEYS.all } })).statusCode, 200, 'the owner reads it')
  t.equal((await history(KEYS.all, secondId)).statusCode, 200, 'and from then on its id is known to be the owner\'s')
  t.equal((await history(KEYS.tenantB, secondId)).statusCode, 404)

  const intentRes = await app.inject({ url: `/payouts/v1/intents/${intent}`, headers: { 'x-api-key': KEYS.all } })
  const paymentId = intentRes.json().payment.id as string
  t.equal((await history(KEYS.all, paymentId)).statusCode, 200, 'reading the intent reveals its payout id too')
  t.equal((await history(KEYS.tenantB, paymentId)).statusCode, 404)
})

t.test("Lean's wire: every destination field Lean sends is accepted, validated and passed on; others are 400 (issue 22, item 4)", async (t) => {
  const emulator = await startEmulator(t, { wire: 'lean' })
  const { app } = await startGateway(t, emulator, { wire: 'lean' })
  const full = {
    name: 'Santiago Keebler',
    iban: 'SA2380000000123456789012',
    bank_identifier: 'LEAN_SME_MB1_KSA',
    display_name: 'ABC CORP',
    account_number: '0303030',
    swift_code: 'RJHISARI',
    address: '802 Washington Street',
    branch_address: '59966 E 4th Avenue',
    country: 'SAU',
    city: 'Riyadh',
    customer_id: 'ec4783e4-b92c-41f3-95c1-18d6f3acb0ae',
    currency_iso_code: 'SAR',
    postal_code: '90710',
    routing_number: '021000021',
    email: 'santiago@example.com',
    phone_number: '+966 55 123 4567',
    transfer_reference: 'INV-2026-0042'
  }
  const post = (body: unknown) => app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: json, payload: body as object })
  await clearRequests(emulator)
  const created = await post([full])
  t.equal(created.statusCode, 200, created.body)
  const sent = (await upstreamRequests(emulator)).filter((r) => r.url === '/payouts/v1/payment/destinations')
  t.same(sent.map((r) => r.body), [[full]], 'Lean received every field, unchanged')

  await clearRequests(emulator)
  for (const [why, change] of [
    ['a field Lean names nowhere', { favourite_colour: 'teal' }],
    ['an e-mail that is not one', { email: 'not-an-address' }],
    ['a phone number of letters', { phone_number: 'call me' }],
    ['a routing number with symbols', { routing_number: '0210;DROP' }],
    ['an empty transfer reference', { transfer_reference: '' }]
  ] as const) {
    const res = await post([{ ...full, ...change }])
    t.equal(res.statusCode, 400, `${why}: 400`)
    t.equal(res.json().code, 'invalid-request')
  }
  t.same(await upstreamRequests(emulator), [], 'and none of them reached Lean')
})
