import t from 'tap'
import { addFault, clearRequests, ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { forwardedIdempotencyKey } from '../../src/idempotency/key.js'

t.test('all 20 operations reach Lean on the same path, with the Lean token and entity injected', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const seen: string[] = []
  const call = async (method: 'GET' | 'POST', url: string, body?: unknown, extra: Record<string, string> = {}) => {
    await clearRequests(emulator)
    const res = await app.inject({
      method,
      url,
      headers: {
        'x-api-key': KEYS.all,
        entity_id: ENTITY_A,
        cookie: 'session=caller-cookie',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...extra
      },
      ...(body !== undefined && { payload: JSON.stringify(body) })
    })
    const upstream = await upstreamRequests(emulator)
    t.equal(upstream.length, 1, `${method} ${url} reached Lean once`)
    const sent = upstream[0]!
    t.equal(sent.method, method)
    t.equal(sent.url, url, `${method} ${url} went to the same path`)
    t.match(sent.headers.authorization, /^Bearer [A-Za-z0-9_-]+$/, 'Lean token injected')
    t.not(sent.headers.authorization, `Bearer ${KEYS.all}`)
    t.notOk(sent.headers['x-api-key'], 'caller API key not forwarded')
    t.notOk(sent.headers.cookie, 'caller cookies not forwarded')
    seen.push(`${method} ${url.split('?')[0]}`)
    return { res, sent, json: res.json() }
  }

  const accounts = await call('GET', '/data/v2/accounts')
  t.equal(accounts.res.statusCode, 200)
  t.equal(accounts.sent.headers.entity_id, ENTITY_A, 'entity injected as the entity_id header')
  const accountId = accounts.json[0].account_id as string
  t.match(accounts.json[0].iban, /^(AE|SA)\d{2}/)

  const tx = await call('GET', `/data/v2/accounts/${accountId}/transactions?start_date=2020-01-01&end_date=2099-12-31`)
  t.equal(tx.res.statusCode, 200)
  t.ok(tx.json.length > 0, 'transactions in range')
  for (const segment of ['balances', 'beneficiaries', 'direct-debits', 'scheduled-payments', 'standing-orders', 'identities']) {
    const r = await call('GET', `/data/v2/accounts/${accountId}/${segment}`)
    t.equal(r.res.statusCode, 200, segment)
    t.equal(r.sent.headers.entity_id, ENTITY_A)
  }
  t.equal((await call('GET', '/data/v2/identity')).res.statusCode, 200)
  const refresh = await call('POST', '/data/v2/refreshes')
  t.equal(refresh.res.statusCode, 202)
  t.equal((await call('GET', '/data/v2/refreshes')).res.statusCode, 200)
  t.equal((await call('GET', `/data/v2/refreshes/${refresh.json.refresh_id}`)).res.statusCode, 200)

  const destinationBody = { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456', country: 'AE', currency: 'AED', bank_code: 'EBIL' }
  const destination = await call('POST', '/payouts/v1/payment/destinations', destinationBody)
  t.equal(destination.res.statusCode, 201)
  t.same(destination.sent.body, destinationBody, 'destination body forwarded unchanged')
  t.equal((await call('GET', '/payouts/v1/payment/destinations')).res.statusCode, 200)
  t.equal((await call('GET', `/payouts/v1/payment/destinations/${destination.json.id}`)).res.statusCode, 200)

  const payoutBody = { amount: 250.75, currency: 'AED', destination_id: destination.json.id, reference: 'INV-1', description: 'Refund' }
  const payout = await call('POST', '/payouts/v1/payment', payoutBody, { 'idempotency-key': 'order-42' })
  t.equal(payout.res.statusCode, 201)
  t.same(payout.sent.body, { ...payoutBody, idempotency_key: forwardedIdempotencyKey('acme', 'order-42') },
    'payout body forwarded with the derived idempotency key')
  t.notOk(payout.sent.headers.entity_id, 'no entity on payouts')
  t.equal((await call('GET', '/payouts/v1/payments')).res.statusCode, 200)
  t.equal((await call('GET', `/payouts/v1/payments/${payout.json.id}/history`)).res.statusCode, 200)
  t.equal((await call('GET', `/payouts/v1/${payout.json.id}`)).res.statusCode, 200)
  t.equal((await call('GET', `/payouts/v1/intents/${payout.json.payment_intent_id}`)).res.statusCode, 200)

  t.equal(new Set(seen).size, 20, 'twenty distinct operations exercised')
})

t.test("Lean's success bytes pass through unchanged", async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const raw = '{ "z": 1,\n  "a": 12345678901234567890123, "price": 0.10, "nested": {"k": [1,2 ,3]} }'
  await addFault(emulator, { path: '/data/v2/identity', status: 200, body: raw, headers: { 'content-type': 'application/json', 'lean-correlation-id': 'corr-1' } })
  const res = await app.inject({ url: '/data/v2/identity', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  t.equal(res.statusCode, 200)
  t.equal(res.body, raw, 'byte for byte')
  t.equal(res.headers['lean-correlation-id'], 'corr-1')
  t.match(res.headers['content-type'], /^application\/json/)
})

t.test('path and query values can never change the upstream path', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const attempts = [
    '/data/v2/accounts/..%2F..%2Fpayouts%2Fv1%2Fpayments/transactions',
    '/data/v2/accounts/%2e%2e/balances',
    '/data/v2/accounts/%2E%2E%2F%2E%2E/balances',
    '/data/v2/accounts/..%252Fpayouts/balances',
    '/data/v2/accounts/a%2Fb/balances',
    '/data/v2/accounts/a%3Fx%3D1/balances',
    '/data/v2/accounts/a%23frag/balances',
    '/data/v2/accounts/./balances',
    '/data/v2/accounts/%2e/balances',
    '/payouts/v1/..%2Fpayments',
    '/payouts/v1/payments/..%2F..%2Fdata%2Fv2%2Faccounts/history',
    '/payouts/v1/intents/%2e%2e%2f%2e%2e',
    '/data/v2/refreshes/..%2Faccounts',
    '/data/v2/accounts/acc/transactions?start_date=2024-01-01%2F..%2F',
    '/data/v2/accounts/acc/transactions?start_date=2024-02-30',
    '/data/v2/accounts/acc/transactions?end_date=yesterday',
    '/data/v2/accounts/acc/transactions?foo=bar',
    `/data/v2/accounts/${'x'.repeat(129)}/balances`
  ]
  for (const url of attempts) {
    const res = await app.inject({ url, headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
    t.ok(res.statusCode === 400 || res.statusCode === 404, `${url} refused (${res.statusCode})`)
    t.match(res.headers['content-type'], /^application\/problem\+json/)
  }
  t.same(await upstreamRequests(emulator), [], 'nothing reached Lean')

  const ok = await app.inject({ url: '/data/v2/accounts/acc-1.2_x/balances', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  t.equal(ok.statusCode, 404, 'a legal but unknown account id goes upstream and Lean says 404')
  const sent = await upstreamRequests(emulator)
  t.equal(sent.length, 1)
  t.equal(sent[0]!.url, '/data/v2/accounts/acc-1.2_x/balances')
})

t.test('payout bodies are validated before anything goes upstream', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const destination = '3b2c9a1e-8f7d-4c6b-9a5e-1d2f3c4b5a69'
  const post = (payload: unknown, headers: Record<string, string> = { 'idempotency-key': 'k-1' }) =>
    app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', ...headers }, payload: JSON.stringify(payload) })
  const bad: Array<[unknown, string]> = [
    [{ amount: 0, currency: 'AED', destination_id: destination }, 'zero amount'],
    [{ amount: -5, currency: 'AED', destination_id: destination }, 'negative amount'],
    [{ amount: '10', currency: 'AED', destination_id: destination }, 'amount as a string is not coerced'],
    [{ amount: 10, currency: 'aed', destination_id: destination }, 'lower-case currency'],
    [{ amount: 10, currency: 'AEDX', destination_id: destination }, 'four-letter currency'],
    [{ amount: 10, currency: 'AED', destination_id: 'not-a-uuid' }, 'destination not a UUID'],
    [{ amount: 10, currency: 'AED' }, 'no destination'],
    [[1, 2], 'an array body']
  ]
  for (const [payload, why] of bad) {
    const res = await post(payload)
    t.equal(res.statusCode, 400, why)
    t.equal(res.json().code, 'invalid-request')
  }
  t.equal((await post({ amount: 10, currency: 'AED', destination_id: destination }, {})).statusCode, 400, 'no idempotency key')
  t.equal((await post({ amount: 10, currency: 'AED', destination_id: destination, idempotency_key: 'a' }, { 'idempotency-key': 'b' })).statusCode, 400, 'header and body keys differ')
  t.equal((await post({ amount: 10, currency: 'AED', destination_id: destination }, { 'idempotency-key': 'has space' })).statusCode, 400, 'key with a space')
  t.equal((await post({ amount: 10, currency: 'AED', destination_id: destination }, { 'idempotency-key': 'k'.repeat(256) })).statusCode, 400, 'key too long')
  t.equal((await post({ amount: 10, currency: 'AED', destination_id: destination, idempotency_key: 7 }, {})).statusCode, 400, 'body key not a string')
  const dest = await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: '{"iban":"AE070331234567890123456"}' })
  t.equal(dest.statusCode, 400, 'destination without beneficiary_name')
  t.same(await upstreamRequests(emulator), [], 'nothing reached Lean')

  const viaBody = await post({ amount: 10, currency: 'AED', destination_id: destination, idempotency_key: 'body-key' }, {})
  t.equal(viaBody.statusCode, 404, 'a body key is accepted; Lean does not know the destination')
  const sent = await upstreamRequests(emulator)
  t.equal((sent[0]!.body as { idempotency_key: string }).idempotency_key, forwardedIdempotencyKey('acme', 'body-key'))
})

t.test('forwarded idempotency keys are stable per tenant and differ between tenants', async (t) => {
  t.equal(forwardedIdempotencyKey('acme', 'k'), forwardedIdempotencyKey('acme', 'k'))
  t.not(forwardedIdempotencyKey('acme', 'k'), forwardedIdempotencyKey('globex', 'k'))
  t.not(forwardedIdempotencyKey('acme', 'k1'), forwardedIdempotencyKey('acme', 'k2'))
  t.match(forwardedIdempotencyKey('acme', 'k'), /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
})
