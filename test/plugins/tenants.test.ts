import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import { Client } from 'undici'
import t from 'tap'
import { resolveConfig } from '../../src/config/load.js'
import { ENTITY_A, ENTITY_B, addFault, startEmulator, tokenRequests } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { metricValue } from '../helpers/metrics.js'

type File = ReturnType<typeof tenantsFile> & { tenants: Array<Record<string, any>> }
const NEW_KEY = 'key-a-new-after-reload-91c3e7'
const metrics = async (app: FastifyInstance): Promise<string> => (await app.inject({ url: '/metrics' })).body
const copy = (file: Record<string, unknown>): File => structuredClone(file) as File

t.test('a reload applies added, removed and narrowed keys to the next request', async (t) => {
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator))
  const { app } = await startGateway(t, emulator, { file })
  const accounts = (key: string, entity = ENTITY_A) => app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': key, entity_id: entity } })
  t.equal((await accounts(NEW_KEY)).statusCode, 401, 'unknown before the reload')
  // Both used before the reload, so the directory has seen them (keys seen are not hashed again).
  t.equal((await accounts(KEYS.dataOnly)).statusCode, 200)
  t.equal((await accounts(KEYS.all)).statusCode, 200)

  const next = copy(file)
  next.tenants[0]!.apiKeys.push({ id: 'acme-new', sha256: sha256(NEW_KEY), scopes: ['data:read'] })
  next.tenants[0]!.apiKeys = next.tenants[0]!.apiKeys.filter((k: { id: string }) => k.id !== 'acme-data')
  next.tenants[0]!.apiKeys.find((k: { id: string }) => k.id === 'acme-all').scopes = ['payouts:read']
  const result = app.reloadConfig(() => resolveConfig(next, TEST_ENV))
  t.same(result, { outcome: 'applied', ignored: [] })

  t.equal((await accounts(NEW_KEY)).statusCode, 200, 'the added key works at once')
  t.equal((await accounts(KEYS.dataOnly)).statusCode, 401, 'the removed key is refused')
  const narrowed = await accounts(KEYS.all)
  t.equal(narrowed.statusCode, 403, 'a removed scope stops working')
  t.match(narrowed.json().detail, /data:read/)
  t.equal((await accounts(KEYS.tenantB, ENTITY_B)).statusCode, 200, 'the untouched tenant carries on')
  t.equal(metricValue(await metrics(app), 'gateway_config_reloads_total', { outcome: 'applied' }), 1)
})

t.test('a bad file changes nothing and names the field', async (t) => {
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator))
  const { app, logs } = await startGateway(t, emulator, { file })
  const next = copy(file)
  next.tenants[0]!.apiKeys.push({ id: 'acme-new', sha256: sha256(NEW_KEY), scopes: ['data:read'] })
  next.tenants[1]!.lean.apiUrl = 'ftp://nowhere'
  const result = app.reloadConfig(() => resolveConfig(next, TEST_ENV))
  t.equal(result.outcome, 'invalid')
  t.match(result.error, 'tenants[1].lean.apiUrl')
  t.match(logs(), /tenants\[1\]\.lean\.apiUrl.*still serving the previous config/)
  const res = await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': NEW_KEY, entity_id: ENTITY_A } })
  t.equal(res.statusCode, 401, 'the valid half of a bad file was not applied')
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 200, 'old keys still work')
  t.equal(app.directory.generation, 1)
  t.equal(metricValue(await metrics(app), 'gateway_config_reloads_total', { outcome: 'invalid' }), 1)
  t.equal(metricValue(await metrics(app), 'gateway_config_reloads_total', { outcome: 'applied' }), 0)
})

t.test('JWT settings reload, and the verified-token cache does not outlive them', async (t) => {
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator, { jwks: issuer.jwksUrl }))
  const { app } = await startGateway(t, emulator, { file })
  const token = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A })
  const call = () => app.inject({ url: '/data/v2/accounts', headers: { authorization: `Bearer ${token}` } })
  t.equal((await call()).statusCode, 200, 'verified and cached')

  const noData = copy(file)
  noData.tenants[0]!.jwt.scopes = ['data:refresh']
  app.reloadConfig(() => resolveConfig(noData, TEST_ENV))
  t.equal((await call()).statusCode, 403, 'the cached token has the scopes of the new file')

  const otherAudience = copy(file)
  otherAudience.tenants[0]!.jwt.audience = 'acme-web'
  app.reloadConfig(() => resolveConfig(otherAudience, TEST_ENV))
  t.equal((await call()).statusCode, 401, 'a token for the old audience is refused')
  t.equal(issuer.fetches(), 1, 'the key set was not fetched again for an unchanged jwksUrl')
})

t.test('over one keep-alive connection, a reload still decides the next call of a token the connection sent before', async (t) => {
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator, { jwks: issuer.jwksUrl }))
  const { app, logs } = await startGateway(t, emulator, { file })
  await app.listen({ port: 0, host: '127.0.0.1' })
  // One connection, so every call after the first is found by the connection's last header.
  const client = new Client(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, { pipelining: 1, connections: 1 } as Client.Options)
  t.teardown(() => client.close())
  const token = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A })
  const other = await issuer.sign({ sub: 'user-2', lean_entity_id: ENTITY_A })
  const call = async (jwt: string): Promise<number> => {
    const res = await client.request({ method: 'GET', path: '/data/v2/accounts', headers: { authorization: `Bearer ${jwt}` } })
    await res.body.dump()
    return res.statusCode
  }
  t.same([await call(token), await call(token), await call(other), await call(token)], [200, 200, 200, 200], 'the same connection, two users')
  const callers = logs().split('\n').filter((l) => l.includes('"request completed"')).map((l) => (JSON.parse(l) as { caller: string }).caller)
  t.same(callers, ['user-1', 'user-1', 'user-2', 'user-1'], 'each call was its own token\'s user')
  const noData = copy(file)
  noData.tenants[0]!.jwt.scopes = ['data:refresh']
  app.reloadConfig(() => resolveConfig(noData, TEST_ENV))
  t.equal(await call(token), 403, 'the token the connection sent last has the scopes of the new file')
  app.reloadConfig(() => resolveConfig(file, TEST_ENV))
  t.equal(await call(token), 200)
  const tampered = `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`
  t.equal(await call(tampered), 401, 'a different signature on the same connection is read in full, and refused')
  t.equal(await call(token), 200)
})

t.test('a changed Lean secret drops the cached token; an unchanged one keeps it', async (t) => {
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator))
  const { app } = await startGateway(t, emulator, { file })
  const accounts = () => app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.tenantB, entity_id: ENTITY_B } })
  t.equal((await accounts()).statusCode, 200)
  const fetchesOf = async () => (await tokenRequests(emulator)).filter((r) => JSON.stringify(r.body).includes('client-b')).length
  t.equal(await fetchesOf(), 1)

  const limitsOnly = copy(file)
  limitsOnly.tenants[1]!.rateLimit = { max: 1000, timeWindowMs: 60_000 }
  app.reloadConfig(() => resolveConfig(limitsOnly, TEST_ENV))
  t.equal((await accounts()).statusCode, 200)
  t.equal(await fetchesOf(), 1, 'an unrelated change keeps the token')

  // Lean rotates the secret: the old token stays valid at Lean, so only the reload can cause a fetch.
  await fetch(`${emulator.url}/__emulator/clients`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-b', clientSecret: 'secret-b-rotated-42', entities: [] }) })
  const rotated = copy(limitsOnly)
  rotated.tenants[1]!.lean.clientSecret = 'secret-b-rotated-42'
  app.reloadConfig(() => resolveConfig(rotated, TEST_ENV))
  t.equal((await accounts()).statusCode, 200, 'served with a token from the new secret')
  t.equal(await fetchesOf(), 2, 'the new secret fetched its own token')
  const last = (await tokenRequests(emulator)).at(-1)!
  t.match(JSON.stringify(last.body), 'secret-b-rotated-42')
})

t.test('limits reload; restart-only settings keep their value and say so', async (t) => {
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator))
  file.tenants[0]!.rateLimit = { max: 2, timeWindowMs: 60_000 }
  const { app, logs } = await startGateway(t, emulator, { file })
  const accounts = () => app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await accounts()
  await accounts()
  t.equal((await accounts()).statusCode, 429, 'limited at 2')

  const raised = copy(file)
  raised.tenants[0]!.rateLimit = { max: 100, timeWindowMs: 60_000 }
  raised.bodyLimitBytes = 4096
  raised.leanWire = 'lean'
  const result = app.reloadConfig(() => resolveConfig(raised, TEST_ENV))
  t.same(result.ignored.sort(), ['bodyLimitBytes', 'leanWire'])
  const res = await accounts()
  t.equal(res.statusCode, 200, 'the raised limit applies to the next request')
  t.equal(res.headers['ratelimit-policy'], '"caller";q=100;w=60')
  t.match(logs(), /leanWire changed in the file; it needs a restart and keeps its running value/)
  t.equal(app.directory.config.leanWire, 'seeds')
  t.equal(app.directory.config.bodyLimitBytes, 1024 * 1024)
})

t.test('a request in flight finishes with the directory it began with', async (t) => {
  const emulator = await startEmulator(t)
  const file = copy(tenantsFile(emulator))
  const { app } = await startGateway(t, emulator, { file })
  await addFault(emulator, { method: 'GET', path: '/data/v2/accounts', latencyMs: 300, times: 1 })
  const slow = app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await new Promise((resolve) => setTimeout(resolve, 100))
  const withoutAcme = copy(file)
  withoutAcme.tenants = withoutAcme.tenants.filter((tenant) => tenant.id !== 'acme')
  t.equal(app.reloadConfig(() => resolveConfig(withoutAcme, TEST_ENV)).outcome, 'applied')
  t.equal((await slow).statusCode, 200, 'the in-flight request completed')
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 401, 'the removed tenant is gone for the next one')
})
