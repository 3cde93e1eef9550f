import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { ENTITY_A, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { checkClaims } from '../../src/plugins/auth.js'

// Issue 21, findings 5 and 6: tokens of any shape, their lifetime, and a failing JWKS.

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')
const unsigned = (claims: Record<string, unknown>): string => `${b64({ alg: 'RS256', kid: 'k1' })}.${b64(claims)}.c2lnbmF0dXJl`

t.test('claims of any type or shape are 401 and counted, never a 5xx (finding 5)', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = { ...tenantsFile(emulator, { jwks: issuer.jwksUrl }), authFailureLimit: { max: 6, timeWindowMs: 60_000 } }
  const { app, logs } = await startGateway(t, emulator, { file })
  const exp = Math.floor(Date.now() / 1000) + 300
  const shapes = [
    { iss: { toString: null }, aud: 'acme-mobile', exp, sub: 'u1' },
    { iss: 'https://idp.acme.test/', aud: [{ toString: 1 }], exp, sub: 'u1' },
    { iss: ['https://idp.acme.test/'], aud: 'acme-mobile', exp, sub: 'u1' },
    { iss: 'https://idp.acme.test/', aud: [], exp, sub: 'u1' },
    { iss: 7, aud: null, exp, sub: 'u1' },
    { iss: 'https://idp.acme.test/', aud: 'acme-mobile', exp: 'soon', sub: { id: 1 } }
  ]
  for (const claims of shapes) {
    const res = await app.inject({ url: '/data/v2/accounts', remoteAddress: '198.51.100.20', headers: { authorization: `Bearer ${unsigned(claims)}` } })
    t.equal(res.statusCode, 401, `${JSON.stringify(claims).slice(0, 60)}: 401`)
    t.equal(res.json().code, 'unauthenticated')
  }
  const over = await app.inject({ url: '/data/v2/accounts', remoteAddress: '198.51.100.20', headers: { authorization: `Bearer ${unsigned(shapes[0]!)}` } })
  t.equal(over.statusCode, 429, 'each was counted as a wrong credential')
  t.notMatch(logs(), /TypeError|"stack"|at .*\.ts:\d+/, 'no error or stack in the log')
  t.same(await upstreamRequests(emulator), [], 'nothing went to Lean')
})

t.test('sub, iat and the lifetime a signed token claims (finding 5)', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = tenantsFile(emulator, { jwks: issuer.jwksUrl }) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.jwt.maxLifetimeS = 3600
  const { app } = await startGateway(t, emulator, { file })
  const now = Math.floor(Date.now() / 1000)
  const ask = async (claims: Record<string, unknown>, options: Parameters<typeof issuer.sign>[1]) =>
    app.inject({ url: '/data/v2/accounts', headers: { authorization: `Bearer ${await issuer.sign({ lean_entity_id: ENTITY_A, ...claims }, options)}` } })

  const refused: Array<[string, Record<string, unknown>, Parameters<typeof issuer.sign>[1]]> = [
    ['an empty sub', { sub: '' }, {}],
    ['a numeric sub', { sub: 123 }, {}],
    ['an object sub', { sub: { id: 'u1' } }, {}],
    ['a token expiring in the year 2200', { sub: 'u1' }, { exp: 7_258_118_400 }],
    ['one issued an hour in the future', { sub: 'u1' }, { iat: now + 3600, exp: now + 3700 }],
    ['a lifetime over maxLifetimeS after iat', { sub: 'u1' }, { iat: now - 10, exp: now + 3600 }],
    ['a lifetime over maxLifetimeS from now, without iat', { sub: 'u1' }, { iat: null, exp: now + 3700 }]
  ]
  for (const [why, claims, options] of refused) {
    const res = await ask(claims, options)
    t.equal(res.statusCode, 401, `${why}: 401`)
    t.equal(res.json().code, 'unauthenticated')
  }
  t.equal((await ask({ sub: 'u1' }, { iat: now + 20, exp: now + 600 })).statusCode, 200, 'an iat within the 30 s clock skew is accepted')
  t.equal((await ask({ sub: 'u1' }, { iat: now, exp: now + 3600 })).statusCode, 200, 'exactly maxLifetimeS is accepted')
  t.equal((await ask({ sub: 'u1' }, { iat: null, exp: now + 600 })).statusCode, 200, 'no iat, a short life: accepted')
})

t.test('checkClaims: the default lifetime is a day', async (t) => {
  const now = 1_800_000_000
  t.doesNotThrow(() => { checkClaims({ sub: 'u', iat: now, exp: now + 86_400 }, 86_400, now) })
  t.throws(() => { checkClaims({ sub: 'u', iat: now, exp: now + 86_401 }, 86_400, now) }, /longer than the tenant allows/)
  t.throws(() => { checkClaims({ sub: 'u', iat: now + 31, exp: now + 100 }, 86_400, now) }, /future/)
  t.throws(() => { checkClaims({ sub: 'u', iat: 'yesterday' as never, exp: now + 100 }, 86_400, now) }, /iat/)
})

t.test('a failing JWKS is fetched at most once every 5 s; requests meanwhile are 503 at once (finding 6)', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  let fetches = 0
  let failing = true
  // The IdP's JWKS: failing, then (once switched) the issuer's keys.
  const idp = createServer((_req, res) => {
    fetches++
    if (failing) { res.statusCode = 500; res.end('down'); return }
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ keys: [issuer.publicJwk] }))
  })
  await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { idp.closeAllConnections(); idp.close(() => resolve()) }))
  const { app } = await startGateway(t, emulator, { jwks: `http://127.0.0.1:${(idp.address() as AddressInfo).port}/jwks` })
  const ask = async () => app.inject({ url: '/data/v2/accounts', headers: { authorization: `Bearer ${await issuer.sign({ sub: `u${Math.random()}`, lean_entity_id: ENTITY_A })}` } })

  const started = Date.now()
  const answers = []
  for (let i = 0; i < 20; i++) answers.push(await ask())
  t.same(answers.map((a) => a.statusCode), Array(20).fill(503), '20 requests, all 503')
  t.ok(answers.every((a) => Number(a.headers['retry-after']) >= 1 && Number(a.headers['retry-after']) <= 5), 'each with Retry-After')
  t.ok(Date.now() - started < 4000, 'answered at once, not after a fetch each')
  t.equal(fetches, 1, 'the JWKS was fetched once for 20 requests')

  failing = false
  await new Promise((resolve) => setTimeout(resolve, 5100))
  t.equal((await ask()).statusCode, 200, 'after 5 s it is asked again, and tokens verify')
  t.equal(fetches, 2)
})
