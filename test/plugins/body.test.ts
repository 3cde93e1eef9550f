import t from 'tap'
import { ENTITY_A, ENTITY_B, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { metricValue } from '../helpers/metrics.js'
import { MAX_ARRAY_ITEMS, MAX_JSON_DEPTH, shapeProblem } from '../../src/plugins/body.js'

const json = { 'x-api-key': KEYS.all, 'content-type': 'application/json' }

t.test('the shape check counts depth and list items outside strings only', async (t) => {
  t.equal(shapeProblem('{"a":[1,2,{"b":"[[[[,,,,"}]}'), undefined)
  t.equal(shapeProblem(`${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}`), undefined, `${MAX_JSON_DEPTH} levels pass`)
  t.match(shapeProblem(`${'['.repeat(MAX_JSON_DEPTH + 1)}${']'.repeat(MAX_JSON_DEPTH + 1)}`), /deeper than 32/)
  t.equal(shapeProblem(`[${Array(MAX_ARRAY_ITEMS).fill(0).join(',')}]`), undefined, `${MAX_ARRAY_ITEMS} items pass`)
  t.match(shapeProblem(`[${Array(MAX_ARRAY_ITEMS + 1).fill(0).join(',')}]`), /longer than 1000/)
  t.match(shapeProblem(`{"a":[${Array(MAX_ARRAY_ITEMS + 1).fill('"x"').join(',')}]}`), /longer than/, 'nested lists too')
  t.equal(shapeProblem(`{${Array(2000).fill(0).map((_, i) => `"k${i}":1`).join(',')}}`), undefined, 'object members are not list items')
  t.equal(shapeProblem('["a\\"]]]]", "b"]'), undefined, 'escaped quotes do not end a string')
})

t.test('bodies are bounded and checked before anything else touches them', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator)
  const dest = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: json, payload: { beneficiary_name: 'Omar Haddad' } })).json().id as string
  const before = (await upstreamRequests(emulator)).length
  const pay = (payload: string | Record<string, unknown>, key = `k-${Math.random()}`) =>
    app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': key }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) })

  t.test('hostile bodies on a keyed payout: 400, nothing stored, audited, counted or sent', async (t) => {
    const deep = `{"amount":1,"currency":"AED","destination_id":"${dest}","description":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['5,000 levels deep', deep, /deeper than 32/],
      ['100,000-element list', `{"amount":1,"currency":"AED","destination_id":"${dest}","reference":[${Array(100_000).fill(1).join(',')}]}`, /longer than 1000/],
      ['__proto__ key', `{"amount":1,"currency":"AED","destination_id":"${dest}","__proto__":{"admin":true}}`, /forbidden __proto__ or constructor/],
      ['constructor.prototype', `{"amount":1,"currency":"AED","destination_id":"${dest}","constructor":{"prototype":{"x":1}}}`, /forbidden/],
      ['invalid UTF-8', Buffer.concat([Buffer.from(`{"amount":1,"currency":"AED","destination_id":"${dest}","description":"`), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]), /not valid UTF-8/],
      ['truncated JSON', '{"amount":1,', /not valid JSON/],
      ['an empty body', '', /Body is empty/]
    ]
    for (const [i, [name, payload, detail]] of cases.entries()) {
      const res = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': `hostile-${i}` }, payload })
      t.equal(res.statusCode, 400, name)
      t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', `${name}: problem+json`)
      t.match(res.json(), { code: 'invalid-request', detail }, name)
    }
    const audit = (await app.inject({ url: '/audit/v1/events', headers: { 'x-api-key': KEYS.all } })).json().events as Array<{ idempotencyKey?: string }>
    t.same(audit.filter((e) => e.idempotencyKey?.startsWith('hostile-')), [], 'no audit event for any of them')
    const metrics = (await app.inject({ url: '/metrics' })).body
    t.equal(metricValue(metrics, 'gateway_payout_unknown_outcomes_total', { stage: 'recorded' }), 0, 'no false "money may have moved" alarm')
    t.equal((await upstreamRequests(emulator)).length, before, 'nothing reached Lean')
    // The same keys are free: nothing was stored for them.
    const retry = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { ...json, 'idempotency-key': 'hostile-0' }, payload: { amount: 1, currency: 'AED', destination_id: dest } })
    t.equal(retry.statusCode, 201, 'a refused body left no record behind its key')
  })

  t.test('payout amounts: a sane range, and no finer than the currency\'s minor unit', async (t) => {
    const base = { currency: 'AED', destination_id: dest }
    const sentBefore = (await upstreamRequests(emulator)).length
    const refused: Array<[string, Record<string, unknown>, RegExp]> = [
      ['5e-324', { ...base, amount: 5e-324 }, /more decimals than AED allows \(2\)/],
      ['1e308', { ...base, amount: 1e308 }, /must be <= 1000000000000|at most/],
      ['0', { ...base, amount: 0 }, /must be > 0/],
      ['negative', { ...base, amount: -5 }, /must be > 0/],
      ['10.001 AED', { ...base, amount: 10.001 }, /more decimals than AED allows \(2\)/],
      ['0.1 + 0.2', { ...base, amount: 0.1 + 0.2 }, /more decimals/],
      ['5.5 JPY', { ...base, currency: 'JPY', amount: 5.5 }, /more decimals than JPY allows \(0\)/],
      ['an unknown currency', { ...base, currency: 'XYZ', amount: 5 }, /XYZ is not an ISO 4217 code/],
      ['an amount as a string', { ...base, amount: '10' }, /amount must be number/],
      ['an unknown field', { ...base, amount: 10, beneficiary: 'someone else' }, /must NOT have additional properties/]
    ]
    for (const [name, body, detail] of refused) {
      const res = await pay(body)
      t.equal(res.statusCode, 400, name)
      t.match(res.json().detail, detail, name)
    }
    t.equal((await upstreamRequests(emulator)).length, sentBefore, 'none reached Lean')
    for (const [amount, currency] of [[10.25, 'AED'], [7, 'SAR'], [1.125, 'KWD'], [1500, 'JPY'], [999_999_999_999.99, 'AED']] as const) {
      t.equal((await pay({ ...base, amount, currency })).statusCode, 201, `${amount} ${currency} is paid`)
    }
  })

  t.test('destination bodies: only the fields Lean takes', async (t) => {
    const res = await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: json, payload: { beneficiary_name: 'X', routing: '../../admin' } })
    t.equal(res.statusCode, 400)
    t.match(res.json().detail, /must NOT have additional properties/)
    const long = await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: json, payload: { beneficiary_name: 'X', iban: 'A'.repeat(65) } })
    t.equal(long.statusCode, 400)
  })
})

t.test('an entity_id in a body is the entity the call acts on, or 403', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const { app } = await startGateway(t, emulator, { jwks: issuer.jwksUrl })
  const refreshes = async () => (await upstreamRequests(emulator)).filter((r) => r.url === '/data/v2/refreshes')
  const user = { authorization: `Bearer ${await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })}`, 'content-type': 'application/json' }

  const other = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: user, payload: { entity_id: ENTITY_B } })
  t.equal(other.statusCode, 403, 'an app user cannot refresh another user\'s entity through the body')
  t.match(other.json(), { code: 'forbidden', detail: /entity_id does not match the token/ })
  const service = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { ...json, entity_id: ENTITY_A }, payload: { entity_id: ENTITY_B } })
  t.equal(service.statusCode, 403, 'nor can a service name one entity in the header and another in the body')
  t.same(await refreshes(), [], 'neither reached Lean')

  const own = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: user, payload: { entity_id: ENTITY_A.toUpperCase() } })
  t.equal(own.statusCode, 202, 'the caller\'s own entity is fine, in any case')
  const none = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  t.equal(none.statusCode, 202, 'and the seeds\' refresh still takes no body at all')
  const sent = await refreshes()
  t.equal(sent.length, 2)
  t.same(sent[0]!.body, { entity_id: ENTITY_A.toUpperCase() }, 'a body that passes goes to Lean unchanged')
  t.equal(sent[0]!.headers.entity_id, ENTITY_A, 'with the resolved entity in the header')
  t.equal((await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: user, payload: { entity_id: ENTITY_A, force: true } })).statusCode, 400, 'unknown refresh fields are refused')
})
