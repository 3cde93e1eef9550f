import t from 'tap'
import { addFault, ENTITY_A, ENTITY_B, startEmulator } from '../helpers/emulator.js'
import { ibanCheckDigits, isValidIban } from '../../src/emulator/fixtures.js'

async function token (url: string, clientId = 'client-a', clientSecret = 'secret-a-0123456789'): Promise<Response> {
  return await fetch(`${url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret, grant_type: 'client_credentials', scope: 'api' })
  })
}

async function lean (url: string, bearer: string, path: string, init: { method?: string; entity?: string; body?: unknown } = {}) {
  const res = await fetch(url + path, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(init.entity !== undefined && { entity_id: init.entity }),
      ...(init.body !== undefined && { 'content-type': 'application/json' })
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) })
  })
  return { status: res.status, body: await res.json() as any }
}

t.test('IBAN check digits follow ISO 13616', async (t) => {
  t.ok(isValidIban('AE070331234567890123456'), 'a known valid UAE IBAN')
  t.ok(isValidIban('SA0380000000608010167519'), 'a known valid KSA IBAN')
  t.notOk(isValidIban('AE080331234567890123456'), 'one digit off')
  t.equal(ibanCheckDigits('GB', 'WEST12345698765432'), '82')
})

t.test('tokens: issued to known clients, refused otherwise, and they expire', async (t) => {
  const emulator = await startEmulator(t, { tokenTtlSeconds: 1 })
  t.equal((await token(emulator.url, 'client-a', 'wrong')).status, 401)
  const res = await token(emulator.url)
  t.equal(res.status, 200)
  const body = await res.json() as { access_token: string; expires_in: number; token_type: string }
  t.match(body, { token_type: /^bearer$/i, expires_in: 1 })
  t.equal((await lean(emulator.url, body.access_token, '/data/v2/accounts', { entity: ENTITY_A })).status, 200)
  t.equal((await lean(emulator.url, 'made-up', '/data/v2/accounts', { entity: ENTITY_A })).status, 401)
  await new Promise((resolve) => setTimeout(resolve, 1100))
  t.equal((await lean(emulator.url, body.access_token, '/data/v2/accounts', { entity: ENTITY_A })).status, 401, 'expired')
})

t.test('data per client: realistic accounts, own entities only, dates filter', async (t) => {
  const emulator = await startEmulator(t)
  const { access_token: a } = await (await token(emulator.url)).json() as { access_token: string }
  t.equal((await lean(emulator.url, a, '/data/v2/accounts')).body.status, 'INVALID_PARAMETERS', 'entity required')
  const foreign = await lean(emulator.url, a, '/data/v2/accounts', { entity: ENTITY_B })
  t.equal(foreign.status, 404)
  t.equal(foreign.body.status, 'ENTITY_NOT_FOUND')
  const accounts = (await lean(emulator.url, a, '/data/v2/accounts', { entity: ENTITY_A })).body as any[]
  t.ok(accounts.length >= 2)
  for (const account of accounts) {
    t.ok(isValidIban(account.iban), `${account.iban} is a valid IBAN`)
    t.equal(account.iban.slice(0, 2) === 'AE' ? 'AED' : 'SAR', account.currency, 'currency matches the country')
  }
  const again = (await lean(emulator.url, a, '/data/v2/accounts', { entity: ENTITY_A })).body
  t.same(again, accounts, 'deterministic')
  const all = (await lean(emulator.url, a, `/data/v2/accounts/${accounts[0].account_id}/transactions`, { entity: ENTITY_A })).body as any[]
  const mid = all[Math.floor(all.length / 2)].timestamp.slice(0, 10)
  const recent = (await lean(emulator.url, a, `/data/v2/accounts/${accounts[0].account_id}/transactions?start_date=${mid}`, { entity: ENTITY_A })).body as any[]
  t.ok(recent.length > 0 && recent.length < all.length, 'start_date filters')
  t.ok(recent.every((tx) => tx.timestamp.slice(0, 10) >= mid))
})

t.test('payouts: need a destination, dedupe on idempotency_key, progress through their statuses', async (t) => {
  const emulator = await startEmulator(t, { payoutStepMs: 150 })
  const { access_token: a } = await (await token(emulator.url)).json() as { access_token: string }
  const { access_token: b } = await (await token(emulator.url, 'client-b', 'secret-b-0123456789')).json() as { access_token: string }
  t.equal((await lean(emulator.url, a, '/payouts/v1/payment/destinations', { method: 'POST', body: { beneficiary_name: 'X', iban: 'AE080331234567890123456' } })).status, 400, 'bad IBAN refused')
  const dest = (await lean(emulator.url, a, '/payouts/v1/payment/destinations', { method: 'POST', body: { beneficiary_name: 'Omar', iban: 'AE070331234567890123456' } })).body
  t.equal((await lean(emulator.url, b, `/payouts/v1/payment/destinations/${dest.id}`)).status, 404, 'another client cannot see it')
  const pay = (body: unknown, bearer = a) => lean(emulator.url, bearer, '/payouts/v1/payment', { method: 'POST', body })
  t.equal((await pay({ amount: 10, currency: 'AED', destination_id: dest.id }, b)).status, 404, 'another client cannot pay to it')
  const first = await pay({ amount: 10, currency: 'AED', destination_id: dest.id, idempotency_key: 'k1' })
  t.equal(first.status, 201)
  t.equal(first.body.status, 'PENDING')
  const again = await pay({ amount: 10, currency: 'AED', destination_id: dest.id, idempotency_key: 'k1' })
  t.equal(again.body.id, first.body.id, 'same key, same payout')
  const failing = (await pay({ amount: 10, currency: 'AED', destination_id: dest.id, reference: 'FAIL-me' })).body
  t.equal(emulator.state.payoutsCreated, 2)
  await new Promise((resolve) => setTimeout(resolve, 350))
  const done = (await lean(emulator.url, a, `/payouts/v1/${first.body.id}`)).body
  t.ok(['COMPLETED', 'FAILED'].includes(done.status), `finished as ${done.status}`)
  const history = (await lean(emulator.url, a, `/payouts/v1/payments/${failing.id}/history`)).body as any[]
  t.same(history.map((h) => h.status), ['PENDING', 'SUBMITTED', 'FAILED'])
  const intent = (await lean(emulator.url, a, `/payouts/v1/intents/${first.body.payment_intent_id}`)).body
  t.same(intent.payment_ids, [first.body.id])
  t.equal(((await lean(emulator.url, a, '/payouts/v1/payments')).body as any[]).length, 2)
})

t.test('fault switches: status, latency, resets, counted and cleared', async (t) => {
  const emulator = await startEmulator(t)
  const { access_token: a } = await (await token(emulator.url)).json() as { access_token: string }
  await addFault(emulator, { path: '/data/v2/identity', status: 503, times: 1 })
  t.equal((await lean(emulator.url, a, '/data/v2/identity', { entity: ENTITY_A })).status, 503)
  t.equal((await lean(emulator.url, a, '/data/v2/identity', { entity: ENTITY_A })).status, 200, 'used up after `times`')
  await addFault(emulator, { path: '/data/v2/identity', latencyMs: 300, times: 1 })
  const started = Date.now()
  await lean(emulator.url, a, '/data/v2/identity', { entity: ENTITY_A })
  t.ok(Date.now() - started >= 290, 'latency injected')
  await addFault(emulator, { path: '/data/v2/identity', action: 'reset', times: 1 })
  await t.rejects(fetch(`${emulator.url}/data/v2/identity`, { headers: { authorization: `Bearer ${a}`, entity_id: ENTITY_A } }), 'connection reset')
  await fetch(`${emulator.url}/__emulator/reset`, { method: 'POST' })
  t.equal((await lean(emulator.url, a, '/data/v2/identity', { entity: ENTITY_A })).status, 401, 'reset forgets tokens')
})
