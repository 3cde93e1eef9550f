import t from 'tap'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'

// Issue 21, finding 9: headers that keep answers from being sniffed, framed, fetched from elsewhere or cached.

t.test('nosniff on every answer, no-store on every authenticated one, a CSP of its own origin on /docs', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const file = tenantsFile(emulator, { jwks: issuer.jwksUrl }) as { tenants: Array<Record<string, any>> }
  file.tenants[0]!.lean.appUserIdPrefix = 'acme-'
  file.tenants[0]!.jwt.scopes = ['data:read', 'link:connect', 'events:read']
  const { app } = await startGateway(t, emulator, { file })
  const key = { 'x-api-key': KEYS.all }
  const user = { authorization: `Bearer ${await issuer.sign({ sub: 'u1', lean_entity_id: ENTITY_A })}` }

  const anyAnswer: Array<[string, Record<string, string>]> = [
    ['/healthz', {}], ['/readyz', {}], ['/metrics', {}], ['/openapi.json', {}], ['/docs/', {}], ['/no-such-route', {}],
    ['/data/v2/accounts', { ...key, entity_id: ENTITY_A }], ['/data/v2/accounts', {}]
  ]
  for (const [url, headers] of anyAnswer) {
    const res = await app.inject({ url, headers })
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url} → ${res.statusCode}: nosniff`)
  }

  const authenticated: Array<[string, Record<string, string>]> = [
    ['/audit/v1/events', key], ['/events/v1', key], ['/events/v1', user], ['/link/v1/entities', user],
    ['/audit/v1/events', {}], ['/events/v1', { 'x-api-key': 'wrong' }], ['/audit/v1/events', { 'x-api-key': KEYS.dataOnly }],
    ['/data/v2/accounts', { ...key, entity_id: ENTITY_A }]
  ]
  for (const [url, headers] of authenticated) {
    const res = await app.inject({ url, headers })
    t.equal(res.headers['cache-control'], 'no-store', `${url} → ${res.statusCode}: no-store`)
  }

  const docs = await app.inject({ url: '/docs/' })
  t.equal(docs.statusCode, 200)
  const csp = String(docs.headers['content-security-policy'])
  t.match(csp, /default-src 'self'/)
  t.match(csp, /script-src 'self'/)
  t.match(csp, /object-src 'none'/)
  t.match(csp, /connect-src 'self'/)
  t.notMatch(csp, /https:|http:|validator\.swagger\.io|\*/, 'no other origin: no CDN, no validator, no wildcard')
  const page = await app.inject({ url: '/docs/static/index.html' })
  t.match(String(page.headers['content-security-policy']), /default-src 'self'/, 'the page itself carries it')
})
