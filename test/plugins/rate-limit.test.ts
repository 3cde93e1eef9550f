import { randomBytes } from 'node:crypto'
import t from 'tap'
import { metricValue } from '../helpers/metrics.js'
import { Redis } from 'ioredis'
import { addFault, ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import type { LeanEmulator } from '../../src/emulator/index.js'

const TEST_REDIS_URL = process.env.TEST_REDIS_URL
const data = { 'x-api-key': KEYS.all, entity_id: ENTITY_A }

function limitedFile (emulator: LeanEmulator, rateLimit: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, any> {
  const file = tenantsFile(emulator) as Record<string, any>
  file.tenants[0].rateLimit = rateLimit
  return { ...file, ...extra }
}

t.test('each caller has its own fixed window; the first call over is 429 and goes nowhere', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { file: limitedFile(emulator, { max: 3, timeWindowMs: 60_000 }) })
  const remaining: string[] = []
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ url: '/data/v2/accounts', headers: data })
    t.equal(res.statusCode, 200)
    t.equal(res.headers['x-ratelimit-limit'], '3')
    remaining.push(String(res.headers['x-ratelimit-remaining']))
  }
  t.same(remaining, ['2', '1', '0'], 'rate-limit headers count down')
  const probe = await app.inject({ url: '/data/v2/accounts', headers: { ...data, 'x-api-key': KEYS.dataOnly } })
  t.equal(probe.headers['ratelimit-policy'], '"caller";q=3;w=60', 'the IETF policy field: quota and window')
  t.match(probe.headers.ratelimit, /^"caller";r=2;t=(60|59)$/, 'and the IETF field, from the same counter as x-ratelimit-*')
  t.equal(probe.headers['x-ratelimit-remaining'], '2')
  const before = (await upstreamRequests(emulator)).length
  const over = await app.inject({ url: '/data/v2/accounts', headers: data })
  t.equal(over.statusCode, 429)
  t.match(over.headers['content-type'], /^application\/problem\+json/)
  t.match(over.headers['retry-after'], /^\d+$/)
  t.ok(Number(over.headers['retry-after']) >= 1 && Number(over.headers['retry-after']) <= 60)
  t.equal(over.json().code, 'rate-limited')
  t.equal((await upstreamRequests(emulator)).length, before, 'the refused call reached nothing')
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: { ...data, 'x-api-key': KEYS.dataOnly } })).statusCode, 200, 'another key of the tenant has its own window')
  t.equal((await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.tenantB } })).statusCode, 200, 'another tenant is untouched')
})

t.test('a caller\'s window counts its calls on every route, not per route', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { file: limitedFile(emulator, { max: 2, timeWindowMs: 60_000 }) })
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: data })).statusCode, 200)
  const second = await app.inject({ url: '/data/v2/identity', headers: data })
  t.equal(second.statusCode, 200)
  t.equal(second.headers['x-ratelimit-remaining'], '0', 'the second route counts on from the first')
  t.equal((await app.inject({ url: '/data/v2/refreshes', headers: data })).statusCode, 429, 'a third route is over the caller\'s limit')
  t.equal((await app.inject({ url: '/payouts/v1/payments', headers: data })).statusCode, 429, 'so is another scope without a limit of its own')
})

t.test('refused calls do not extend the window', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { file: limitedFile(emulator, { max: 1, timeWindowMs: 1000 }) })
  // The window opened while the first call ran: after `sent`, before `done`. Only answers known to
  // be inside it are judged, so a slow machine cannot make the check lie.
  const sent = Date.now()
  t.equal((await app.inject({ url: '/data/v2/identity', headers: data })).statusCode, 200)
  const done = Date.now()
  let refused = 0
  while (Date.now() - done < 700) {
    const res = await app.inject({ url: '/data/v2/identity', headers: data })
    if (Date.now() - sent < 1000) { t.equal(res.statusCode, 429); refused++ }
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  t.ok(refused >= 1, `${refused} calls refused inside the window`)
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, done + 1100 - Date.now())))
  t.equal((await app.inject({ url: '/data/v2/identity', headers: data })).statusCode, 200, 'a new window opened on time, however many calls were refused')
})

t.test('a scope can have a tighter limit of its own', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { file: limitedFile(emulator, { max: 100, timeWindowMs: 60_000, scopes: { 'payouts:write': { max: 1, timeWindowMs: 60_000 } } }) })
  const dest = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { beneficiary_name: 'B' } })).json().id
  const pay = (key: string) => app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': key }, payload: { amount: 1, currency: 'AED', destination_id: dest } })
  const first = await pay('s-1')
  t.equal(first.statusCode, 201)
  t.equal(first.headers['ratelimit-policy'], '"payouts:write";q=1;w=60', 'the scope\'s own policy is named')
  t.match(first.headers.ratelimit, /^"payouts:write";r=0;t=\d+$/)
  const over = await pay('s-2')
  t.equal(over.statusCode, 429, 'second payout in the window refused')
  t.equal(over.headers['x-ratelimit-limit'], '1')
  const read = await app.inject({ url: '/data/v2/accounts', headers: data })
  t.equal(read.statusCode, 200, 'reads keep their own, looser limit')
  t.equal(read.headers['ratelimit-policy'], '"caller";q=100;w=60')
})

t.test('JWT callers are limited per sub', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = limitedFile(emulator, { max: 1, timeWindowMs: 60_000 })
  const { app } = await startGateway(t, emulator, { file: { ...file, tenants: [{ ...file.tenants[0], jwt: { issuer: 'https://idp.acme.test/', audience: 'acme-mobile', jwksUrl: issuer.jwksUrl, entityClaim: 'lean_entity_id', scopes: ['data:read'] } }, file.tenants[1]] } })
  const as = async (sub: string) => app.inject({ url: '/data/v2/accounts', headers: { authorization: `Bearer ${await issuer.sign({ sub, lean_entity_id: ENTITY_A })}` } })
  t.equal((await as('alice')).statusCode, 200)
  t.equal((await as('alice')).statusCode, 429, 'a fresh token does not reset alice')
  t.equal((await as('bob')).statusCode, 200)
})

const counters = [{ name: 'in-process counters' }, ...(TEST_REDIS_URL === undefined ? [] : [{ name: 'Redis counters', redisUrl: TEST_REDIS_URL }])]
for (const counter of counters) {
  t.test(`${counter.name}: wrong credentials are limited per client address, and a valid one is always served (issue 21, finding 4)`, async (t) => {
    const emulator = await startEmulator(t)
    const issuer = await startIssuer()
    t.teardown(() => issuer.close())
    const file = { ...tenantsFile(emulator, { jwks: issuer.jwksUrl }), authFailureLimit: { max: 3, timeWindowMs: 60_000 } }
    const rateLimit = counter.redisUrl === undefined ? undefined : { redisUrl: counter.redisUrl, namespace: `gw-test-${randomBytes(6).toString('hex')}:` }
    const { app } = await startGateway(t, emulator, { file, ...(rateLimit !== undefined && { rateLimit }) })
    const from = (address: string, headers: Record<string, string>, forwardedFor?: string) => app.inject({
      url: '/data/v2/accounts', remoteAddress: address, headers: { entity_id: ENTITY_A, ...headers, ...(forwardedFor !== undefined && { 'x-forwarded-for': forwardedFor }) }
    })
    const key = (k: string) => ({ 'x-api-key': k })
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` })

    const expired = await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A }, { expiresIn: -120 })
    for (let i = 0; i < 5; i++) t.equal((await from('203.0.113.7', bearer(expired))).statusCode, 401, 'an expired token is 401')
    t.equal((await from('203.0.113.7', key('guess-0'))).statusCode, 401, 'and is not counted: the first wrong key is still 401')
    for (let i = 1; i < 3; i++) t.equal((await from('203.0.113.7', key(`guess-${i}`))).statusCode, 401)
    const over = await from('203.0.113.7', key('guess-3'))
    t.equal(over.statusCode, 429, 'the address is over its limit for wrong keys')
    t.match(over.headers['retry-after'], /^\d+$/)
    t.equal((await from('203.0.113.7', bearer('not.a.token'))).statusCode, 429, 'and for malformed tokens')
    t.equal((await from('203.0.113.7', key(KEYS.all))).statusCode, 200, 'a valid key from the same address is served')
    t.equal((await from('203.0.113.7', bearer(await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })))).statusCode, 200, 'and a valid token')
    t.equal((await from('203.0.113.7', key(KEYS.all), '198.51.100.1')).statusCode, 200, 'whatever X-Forwarded-For says')
    t.equal((await from('203.0.113.8', key('guess-x'), '203.0.113.7')).statusCode, 401, 'X-Forwarded-For is not trusted without trustProxy')

    // Behind a trusted proxy an attacker can name any address: it must not lock that address's users out.
    const proxied = await startGateway(t, emulator, { file: { ...file, trustProxy: ['127.0.0.1'] }, ...(rateLimit !== undefined && { rateLimit: { ...rateLimit, namespace: `${rateLimit.namespace}p:` } }) })
    const via = (clientIp: string, headers: Record<string, string>) => proxied.app.inject({ url: '/data/v2/accounts', remoteAddress: '127.0.0.1', headers: { entity_id: ENTITY_A, ...headers, 'x-forwarded-for': clientIp } })
    for (let i = 0; i < 3; i++) await via('198.51.100.9', key(`forged-${i}`))
    t.equal((await via('198.51.100.9', key('forged-3'))).statusCode, 429, 'behind a trusted proxy the client address counts')
    t.equal((await via('198.51.100.9', key(KEYS.all))).statusCode, 200, 'and the victim at that address is served')
    t.equal((await via('198.51.100.10', key('other'))).statusCode, 401, 'other addresses are unaffected')
  })
}

t.test('a tenant cannot hold more than maxConcurrent Lean calls; others are unaffected', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as Record<string, any>
  file.tenants[0].lean.maxConcurrent = 2
  const { app } = await startGateway(t, emulator, { file })
  await app.inject({ url: '/data/v2/identity', headers: data })
  await addFault(emulator, { path: '/data/v2/accounts', latencyMs: 300, times: 5 })
  const burst = Promise.all(Array.from({ length: 5 }, () => app.inject({ url: '/data/v2/accounts', headers: data })))
  await new Promise((resolve) => setTimeout(resolve, 50))
  const other = await app.inject({ url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.tenantB } })
  t.equal(other.statusCode, 200, 'another tenant is served during the burst')
  const answers = await burst
  t.same(answers.map((a) => a.statusCode).sort(), [200, 200, 503, 503, 503])
  const refused = answers.find((a) => a.statusCode === 503)!
  t.equal(refused.headers['retry-after'], '1')
  t.equal(refused.json().code, 'overloaded')
  t.equal((await upstreamRequests(emulator)).filter((r) => r.url === '/data/v2/accounts').length, 2, 'only two reached Lean')
})

t.test('Redis unreachable: money routes refuse with 503, reads are served, readiness and metrics say so', async (t) => {
  const emulator = await startEmulator(t)
  const file = limitedFile(emulator, { max: 100, timeWindowMs: 60_000 })
  file.tenants[0].lean.appUserIdPrefix = 'acme-'
  file.tenants[0].apiKeys[0].scopes = [...file.tenants[0].apiKeys[0].scopes, 'link:connect']
  const { app } = await startGateway(t, emulator, { file, rateLimit: { redisUrl: 'redis://127.0.0.1:1', namespace: 'unreachable:' } })
  const before = (await upstreamRequests(emulator)).length
  const payout = await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': 'r-1' }, payload: { amount: 1, currency: 'AED', destination_id: ENTITY_A } })
  t.equal(payout.statusCode, 503)
  t.equal(payout.headers['retry-after'], '5')
  t.equal((await upstreamRequests(emulator)).length, before, 'the payout went nowhere')
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: data })).statusCode, 200, 'reads carry on')
  const session = await app.inject({ method: 'POST', url: '/link/v1/session', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { user: 'u1' } })
  t.equal(session.statusCode, 200, "the gateway's own fixed limits (per app user here) let requests through, as reads do")
  const hook = await app.inject({ method: 'POST', url: '/webhooks/lean/client-a', headers: { 'content-type': 'application/json' }, payload: '{}' })
  t.equal(hook.statusCode, 401, 'webhook intake is answered on its merits (here: unsigned), not with a 500')
  const ready = await app.inject({ url: '/readyz' })
  t.match(ready.json(), { rateLimits: 'redis', rateLimitsUp: false })
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.equal(metricValue(metrics, 'gateway_rate_limit_store_up'), 0)
  t.equal(metricValue(metrics, 'gateway_rate_limited_total', { reason: 'store_down' }), 1)
})

t.test('two gateways on one Redis enforce one combined limit', { skip: TEST_REDIS_URL === undefined ? 'TEST_REDIS_URL not set' : false }, async (t) => {
  const namespace = `gw-test-${randomBytes(6).toString('hex')}:`
  const redis = new Redis(TEST_REDIS_URL!)
  t.teardown(async () => {
    const keys = await redis.keys(`${namespace}*`)
    if (keys.length > 0) await redis.del(...keys)
    await redis.quit()
  })
  const emulator = await startEmulator(t)
  const file = limitedFile(emulator, { max: 4, timeWindowMs: 60_000 })
  const one = await startGateway(t, emulator, { file, rateLimit: { redisUrl: TEST_REDIS_URL, namespace } })
  const two = await startGateway(t, emulator, { file, rateLimit: { redisUrl: TEST_REDIS_URL, namespace } })
  const codes: number[] = []
  for (let i = 0; i < 3; i++) {
    codes.push((await one.app.inject({ url: '/data/v2/identity', headers: data })).statusCode)
    codes.push((await two.app.inject({ url: '/data/v2/identity', headers: data })).statusCode)
  }
  t.same(codes, [200, 200, 200, 200, 429, 429], 'four in all, whichever replica served them')
  t.ok((await redis.keys(`${namespace}*`)).length > 0, 'counters live in Redis under the run prefix')
  t.match((await one.app.inject({ url: '/readyz' })).json(), { rateLimits: 'redis', rateLimitsUp: true })

  // Failed authentications are shared too.
  const fileStrict = { ...file, authFailureLimit: { max: 2, timeWindowMs: 60_000 } }
  const three = await startGateway(t, emulator, { file: fileStrict, rateLimit: { redisUrl: TEST_REDIS_URL, namespace } })
  const four = await startGateway(t, emulator, { file: fileStrict, rateLimit: { redisUrl: TEST_REDIS_URL, namespace } })
  t.equal((await three.app.inject({ url: '/data/v2/identity', remoteAddress: '192.0.2.50', headers: { 'x-api-key': 'nope-1' } })).statusCode, 401)
  t.equal((await four.app.inject({ url: '/data/v2/identity', remoteAddress: '192.0.2.50', headers: { 'x-api-key': 'nope-2' } })).statusCode, 401)
  t.equal((await three.app.inject({ url: '/data/v2/identity', remoteAddress: '192.0.2.50', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 429)
})
