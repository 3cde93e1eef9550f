import { createHmac } from 'node:crypto'
import t from 'tap'
import { exportJWK, generateKeyPair, SignJWT } from 'jose'
import { ENTITY_A, ENTITY_B, startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url')

t.test('authentication and scopes', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const { app } = await startGateway(t, emulator, { jwks: issuer.jwksUrl })
  const get = (url: string, headers: Record<string, string>) => app.inject({ url, headers })
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
  const now = Math.floor(Date.now() / 1000)

  t.test('refused credentials are 401 problem+json with WWW-Authenticate, and go nowhere', async (t) => {
    const { privateKey: otherKey } = await generateKeyPair('RS256')
    const forged = await new SignJWT({ sub: 'u1', lean_entity_id: ENTITY_A })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://idp.acme.test/').setAudience('acme-mobile')
      .setExpirationTime('5m').sign(otherKey)
    // The classic confusion attack: HMAC-sign with the RSA public key as the secret.
    const hsHeader = b64({ alg: 'HS256', kid: 'k1', typ: 'JWT' })
    const hsPayload = b64({ sub: 'u1', iss: 'https://idp.acme.test/', aud: 'acme-mobile', exp: now + 300, lean_entity_id: ENTITY_A })
    const hsSig = createHmac('sha256', JSON.stringify(issuer.publicJwk)).update(`${hsHeader}.${hsPayload}`).digest('base64url')
    const noneToken = `${b64({ alg: 'none', typ: 'JWT' })}.${hsPayload}.`

    const cases: Array<[string, Record<string, string>]> = [
      ['no credentials', {}],
      ['unknown API key', { 'x-api-key': 'not-a-real-key' }],
      ['empty API key', { 'x-api-key': '' }],
      ['API key with a valid prefix', { 'x-api-key': KEYS.all.slice(0, -1) }],
      ['both an API key and a bearer token', { 'x-api-key': KEYS.all, ...bearer(await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })) }],
      ['Basic authorization', { authorization: 'Basic dXNlcjpwYXNz' }],
      ['garbage bearer', bearer('not.a.jwt')],
      ['expired JWT', bearer(await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A }, { expiresIn: now - 3600 }))],
      ['JWT without exp', bearer(await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A }, { noExp: true }))],
      ['JWT without sub', bearer(await issuer.sign({ lean_entity_id: ENTITY_A }))],
      ['JWT from another issuer', bearer(await issuer.sign({ sub: 'u1' }, { issuer: 'https://evil.test/' }))],
      ['JWT for another audience', bearer(await issuer.sign({ sub: 'u1' }, { audience: 'other-app' }))],
      ['JWT signed by another key', bearer(forged)],
      ['alg: none', bearer(noneToken)],
      ['HS256 signed with the public key', bearer(`${hsHeader}.${hsPayload}.${hsSig}`)]
    ]
    for (const [why, headers] of cases) {
      const res = await get('/data/v2/accounts', { ...headers, entity_id: ENTITY_A })
      t.equal(res.statusCode, 401, why)
      t.match(res.headers['www-authenticate'], /Bearer/, `${why}: WWW-Authenticate`)
      t.match(res.headers['content-type'], /^application\/problem\+json/)
      t.equal(res.json().code, 'unauthenticated')
    }
    t.same(await upstreamRequests(emulator), [], 'nothing reached Lean')
  })

  t.test('unknown key ids cannot make the gateway hammer the JWKS endpoint', async (t) => {
    const before = issuer.fetches()
    for (let i = 0; i < 25; i++) {
      const token = await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A }, { kid: `unknown-${i}` })
      t.equal((await get('/data/v2/accounts', bearer(token))).statusCode, 401)
    }
    t.ok(issuer.fetches() - before <= 1, `JWKS fetched ${issuer.fetches() - before} times for 25 unknown kids`)
  })

  t.test('verified tokens are cached by their exact bytes only', async (t) => {
    const token = await issuer.sign({ sub: 'cache-user', lean_entity_id: ENTITY_A })
    t.equal((await get('/data/v2/identity', bearer(token))).statusCode, 200, 'verified once')
    t.equal((await get('/data/v2/identity', bearer(token))).statusCode, 200, 'served from the cache')
    const [header, payload, signature] = token.split('.')
    const forged = `${header}.${payload}.${signature!.slice(0, -4)}${signature!.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`
    t.equal((await get('/data/v2/identity', bearer(forged))).statusCode, 401, 'same claims, another signature: refused')
    const other = b64({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), lean_entity_id: ENTITY_B })
    t.equal((await get('/data/v2/identity', bearer(`${header}.${other}.${signature}`))).statusCode, 401, 'claims changed under a cached signature: refused')
  })

  t.test('scopes follow the contract table', async (t) => {
    const before = (await upstreamRequests(emulator)).length
    t.equal((await get('/payouts/v1/payments', { 'x-api-key': KEYS.dataOnly })).statusCode, 403, 'data key cannot read payouts')
    t.equal((await get('/data/v2/accounts', { 'x-api-key': KEYS.payoutsOnly, entity_id: ENTITY_A })).statusCode, 403, 'payouts key cannot read data')
    t.equal((await get('/payouts/v1/payment/destinations', { 'x-api-key': KEYS.payoutsOnly })).statusCode, 403, 'payouts key cannot read destinations')
    const refresh = await app.inject({ method: 'POST', url: '/data/v2/refreshes', headers: { 'x-api-key': KEYS.dataOnly, entity_id: ENTITY_A } })
    t.equal(refresh.statusCode, 403, 'data:read does not include data:refresh')
    t.equal(refresh.json().code, 'forbidden')
    const jwt = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A })
    t.equal((await get('/payouts/v1/payments', bearer(jwt))).statusCode, 403, 'app users have only the tenant jwt scopes')
    t.equal((await upstreamRequests(emulator)).length, before, 'nothing reached Lean')
    t.equal((await get('/data/v2/accounts', { 'x-api-key': KEYS.dataOnly, entity_id: ENTITY_A })).statusCode, 200)
    t.equal((await get('/payouts/v1/payments', { 'x-api-key': KEYS.payoutsOnly })).statusCode, 200)
  })

  t.test('entity rules: the token decides for app users, services send their own', async (t) => {
    const jwt = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A })
    const mine = await get('/data/v2/accounts', bearer(jwt))
    t.equal(mine.statusCode, 200, 'JWT caller needs no entity_id header')
    const sent = (await upstreamRequests(emulator)).at(-1)!
    t.equal(sent.headers.entity_id, ENTITY_A, 'entity from the claim')
    t.equal((await get('/data/v2/accounts', { ...bearer(jwt), entity_id: ENTITY_A.toUpperCase() })).statusCode, 200, 'same entity sent is fine')

    const before = (await upstreamRequests(emulator)).length
    t.equal((await get('/data/v2/accounts', { ...bearer(jwt), entity_id: ENTITY_B })).statusCode, 403, 'another entity is 403')
    t.equal((await get('/data/v2/accounts', bearer(await issuer.sign({ sub: 'user-2' })))).statusCode, 403, 'no claim is 403')
    t.equal((await get('/data/v2/accounts', bearer(await issuer.sign({ sub: 'u', lean_entity_id: '../accounts' })))).statusCode, 403, 'claim not an entity id')
    t.equal((await get('/data/v2/accounts', bearer(await issuer.sign({ sub: 'u', lean_entity_id: 42 })))).statusCode, 403, 'claim not a string')
    t.equal((await get('/data/v2/accounts', { 'x-api-key': KEYS.all })).statusCode, 400, 'API-key caller without entity_id')
    t.equal((await get('/data/v2/accounts', { 'x-api-key': KEYS.all, entity_id: 'not-a-uuid' })).statusCode, 400, 'entity_id not a UUID')
    t.equal((await upstreamRequests(emulator)).length, before, 'none of those reached Lean')

    const other = await get('/data/v2/accounts', { 'x-api-key': KEYS.all, entity_id: ENTITY_B })
    t.equal(other.statusCode, 404, "Lean refuses another client's entity")
    t.equal(other.json().leanStatus, 'ENTITY_NOT_FOUND')
  })
})

t.test('JWKS holding an EC key verifies ES256 tokens', async (t) => {
  const emulator = await startEmulator(t)
  const { publicKey, privateKey } = await generateKeyPair('ES256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'ec1', alg: 'ES256' }
  const { createServer } = await import('node:http')
  const server = createServer((_req, res) => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify({ keys: [jwk] })) })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  const port = (server.address() as { port: number }).port
  const { app } = await startGateway(t, emulator, { jwks: `http://127.0.0.1:${port}/jwks` })
  const token = await new SignJWT({ sub: 'u-ec', lean_entity_id: ENTITY_A }).setProtectedHeader({ alg: 'ES256', kid: 'ec1' })
    .setIssuer('https://idp.acme.test/').setAudience('acme-mobile').setExpirationTime('5m').sign(privateKey)
  t.equal((await app.inject({ url: '/data/v2/identity', headers: { authorization: `Bearer ${token}` } })).statusCode, 200)
})

t.test('an identity provider that cannot answer is 503, not a 401 that signs users out', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const { createServer } = await import('node:http')
  const broken = createServer((_req, res) => { res.statusCode = 500; res.end('oops') })
  await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { broken.closeAllConnections(); broken.close(() => resolve()) }))
  const port = (broken.address() as { port: number }).port
  const token = await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })
  for (const [why, jwks] of [['JWKS answers 500', `http://127.0.0.1:${port}/jwks`], ['JWKS unreachable', 'http://127.0.0.1:9/jwks']] as const) {
    const { app } = await startGateway(t, emulator, { jwks })
    const res = await app.inject({ url: '/data/v2/accounts', headers: { authorization: `Bearer ${token}` } })
    t.equal(res.statusCode, 503, why)
    t.equal(res.headers['retry-after'], '5')
    t.match(res.headers['content-type'], /^application\/problem\+json/)
  }
})
