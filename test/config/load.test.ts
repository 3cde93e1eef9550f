import t, { type Test } from 'tap'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, loadConfigFile, resolveConfig } from '../../src/config/load.js'
import { readEnvironment } from '../../src/config/env.js'

const HASH = 'a'.repeat(64)
const valid = () => ({
  leanWire: 'lean',
  tenants: [
    {
      id: 'acme',
      lean: {
        apiUrl: 'https://sandbox.sa.leantech.me/',
        authUrl: 'https://auth.sandbox.sa.leantech.me/oauth2/token',
        clientId: 'client-1',
        clientSecret: { env: 'ACME_LEAN_SECRET' }
      },
      apiKeys: [{ id: 'acme-backoffice', sha256: HASH.toUpperCase(), scopes: ['payouts:write', 'payouts:read'] }],
      jwt: {
        issuer: 'https://idp.acme.example/',
        audience: 'acme-mobile',
        jwksUrl: 'https://idp.acme.example/.well-known/jwks.json',
        entityClaim: 'lean_entity_id',
        scopes: ['data:read']
      },
      rateLimit: { max: 600, timeWindowMs: 60000 }
    }
  ],
  idempotency: { ttlHours: 24 }
})
const ENV = { ACME_LEAN_SECRET: 'the-real-secret-value' }

/** Asserts the file is refused, naming `field`, and never echoing the secret. */
function refuses (t: Test, mutate: (file: any) => void, field: string, env: NodeJS.ProcessEnv = ENV): void {
  const file = valid()
  mutate(file)
  try {
    resolveConfig(file, env)
    t.fail(`expected ${field} to be refused`)
  } catch (err) {
    t.type(err, ConfigError)
    t.equal((err as ConfigError).field, field, `names ${field}`)
    t.match((err as Error).message, field)
    t.notMatch((err as Error).message, 'the-real-secret-value')
  }
}

function fieldOf (fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (err) {
    if (err instanceof ConfigError) return err.field
    throw err
  }
  return undefined
}

t.test('a valid file resolves with defaults and secrets', async (t) => {
  const config = resolveConfig(valid(), ENV)
  const tenant = config.tenants[0]!
  t.equal(tenant.lean.clientSecret, 'the-real-secret-value')
  t.equal(tenant.lean.scope, 'api')
  t.equal(tenant.lean.timeoutMs, 60000)
  t.equal(tenant.lean.apiUrl, 'https://sandbox.sa.leantech.me', 'trailing slash dropped')
  t.equal(tenant.apiKeys[0]!.sha256, HASH, 'hash normalised to lower case')
  t.equal(config.bodyLimitBytes, 1024 * 1024)
  t.equal(config.idempotency.ttlHours, 24)
  t.equal(tenant.lean.maxConcurrent, 64)
  t.equal(config.trustProxy, false)
  t.same(config.authFailureLimit, { max: 20, timeWindowMs: 60000 })
  t.same(config.circuitBreaker, { failures: 5, coolDownMs: 30000 }, 'the circuit breaker defaults')
  t.equal(tenant.jwt!.maxLifetimeS, 86_400, 'tokens live at most a day by default')
  t.same(config.events, { retentionDays: 30 }, 'final events are kept 30 days by default')
  const scoped = valid() as any
  scoped.tenants[0].rateLimit.scopes = { 'payouts:write': { max: 5, timeWindowMs: 60000 } }
  scoped.trustProxy = ['10.0.0.0/8']
  const resolved = resolveConfig(scoped, ENV)
  t.same(resolved.tenants[0]!.rateLimit!.scopes, { 'payouts:write': { max: 5, timeWindowMs: 60000 } })
  t.same(resolved.trustProxy, ['10.0.0.0/8'])
})

t.test('each kind of bad file names the exact field', async (t) => {
  refuses(t, (f) => { f.tenants[0].lean.timeout = 5 }, 'tenants[0].lean.timeout')
  refuses(t, (f) => { f.extra = true }, 'extra')
  // Lean's servers speak Lean's wire (issue 22, item 8).
  refuses(t, (f) => { delete f.leanWire }, 'tenants[0].lean.apiUrl')
  refuses(t, (f) => { f.leanWire = 'seeds'; f.tenants[0].lean.apiUrl = 'https://lean.example.test' }, 'tenants[0].lean.authUrl')
  t.doesNotThrow(() => resolveConfig({ ...valid(), leanWire: 'seeds', tenants: [{ ...valid().tenants[0], lean: { ...valid().tenants[0]!.lean, apiUrl: 'https://lean.example.test', authUrl: 'https://lean.example.test/token' } }] }, ENV), 'the seeds\' wire elsewhere is fine')
  refuses(t, (f) => { f.tenants[0].jwt.scopes = ['data:read', 'audit:read'] }, 'tenants[0].jwt.scopes[1]')
  refuses(t, (f) => { f.tenants[0].jwt.maxLifetimeS = 10 }, 'tenants[0].jwt.maxLifetimeS')
  refuses(t, (f) => { f.events = { retentionDays: 0 } }, 'events.retentionDays')
  // One Lean client, prefixes where one begins the other (issue 21, finding 11): both tenants named.
  const overlapping = (prefixes: [string, string], clientId = 'client-1') => (f: any) => {
    f.tenants[0].lean.appUserIdPrefix = prefixes[0]
    f.tenants.push({ id: 'acme-uae', lean: { ...f.tenants[0].lean, clientId, appUserIdPrefix: prefixes[1] }, apiKeys: [{ id: 'uae', sha256: 'b'.repeat(64), scopes: ['link:connect'] }] })
  }
  refuses(t, overlapping(['acme-', 'acme-uae-']), 'tenants[1].lean.appUserIdPrefix')
  refuses(t, overlapping(['acme-uae-', 'acme-']), 'tenants[1].lean.appUserIdPrefix')
  refuses(t, overlapping(['acme-', 'acme-']), 'tenants[1].lean.appUserIdPrefix')
  const clash = valid() as any
  overlapping(['acme-', 'acme-uae-'])(clash)
  t.throws(() => resolveConfig(clash, ENV), /"acme-uae-" \(tenant acme-uae\) and "acme-" \(tenant acme\)/, 'the message names both tenants')
  for (const ok of [overlapping(['acme-', 'uae-']), overlapping(['acme-', 'acme-uae-'], 'client-2')]) {
    const file = valid() as any
    ok(file)
    t.doesNotThrow(() => resolveConfig(file, ENV), 'distinct prefixes, or another Lean client: fine')
  }
  refuses(t, (f) => { f.tenants[0].lean.timeoutMs = '60000' }, 'tenants[0].lean.timeoutMs')
  refuses(t, (f) => { delete f.tenants[0].lean.clientId }, 'tenants[0].lean.clientId')
  refuses(t, (f) => { f.tenants[0].apiKeys[0].scopes = ['payouts:delete'] }, 'tenants[0].apiKeys[0].scopes[0]')
  refuses(t, (f) => { f.tenants[0].apiKeys[0].sha256 = 'not-hex' }, 'tenants[0].apiKeys[0].sha256')
  refuses(t, (f) => { f.tenants[0].lean.clientSecret = { env: 'NOPE_MISSING' } }, 'tenants[0].lean.clientSecret')
  refuses(t, (f) => { f.tenants[0].lean.clientSecret = 42 }, 'tenants[0].lean.clientSecret')
  refuses(t, (f) => { f.tenants[0].lean.apiUrl = 'not a url' }, 'tenants[0].lean.apiUrl')
  refuses(t, (f) => { f.tenants[0].lean.authUrl = 'ftp://auth.example/token' }, 'tenants[0].lean.authUrl')
  refuses(t, (f) => { f.tenants[0].jwt.jwksUrl = 'https://u:p@idp.example/jwks' }, 'tenants[0].jwt.jwksUrl')
  refuses(t, (f) => { f.tenants.push({ ...structuredClone(f.tenants[0]), jwt: undefined, apiKeys: [{ id: 'x', sha256: 'b'.repeat(64), scopes: ['data:read'] }] }) }, 'tenants[1].id')
  refuses(t, (f) => {
    f.tenants.push({ ...structuredClone(f.tenants[0]), id: 'other', jwt: undefined })
  }, 'tenants[1].apiKeys[0].sha256')
  refuses(t, (f) => {
    f.tenants.push({ ...structuredClone(f.tenants[0]), id: 'other', apiKeys: [] })
  }, 'tenants[1].jwt')
  refuses(t, (f) => { f.tenants[0].apiKeys.push({ id: 'acme-backoffice', sha256: 'c'.repeat(64), scopes: ['data:read'] }) }, 'tenants[0].apiKeys[1].id')
  refuses(t, (f) => { f.tenants[0].apiKeys = []; delete f.tenants[0].jwt }, 'tenants[0]')
  refuses(t, (f) => { f.tenants = [] }, 'tenants')
  refuses(t, (f) => { f.idempotency.ttlHours = 0 }, 'idempotency.ttlHours')
  refuses(t, (f) => { f.bodyLimitBytes = 10 }, 'bodyLimitBytes')
  refuses(t, (f) => { f.tenants[0].rateLimit.scopes = { 'payouts:send': { max: 1, timeWindowMs: 1000 } } }, 'tenants[0].rateLimit.scopes.payouts:send')
  refuses(t, (f) => { f.tenants[0].rateLimit.scopes = { 'payouts:write': { max: 0, timeWindowMs: 60000 } } }, 'tenants[0].rateLimit.scopes.payouts:write.max')
  refuses(t, (f) => { f.tenants[0].rateLimit.timeWindowMs = 10 }, 'tenants[0].rateLimit.timeWindowMs')
  refuses(t, (f) => { f.tenants[0].lean.maxConcurrent = 0 }, 'tenants[0].lean.maxConcurrent')
  refuses(t, (f) => { f.trustProxy = 'yes' }, 'trustProxy')
  refuses(t, (f) => { f.authFailureLimit = { max: 5 } }, 'authFailureLimit.timeWindowMs')
  refuses(t, (f) => { f.circuitBreaker = { coolDownMs: 10 } }, 'circuitBreaker.coolDownMs')
  refuses(t, (f) => { f.circuitBreaker = { failures: 0 } }, 'circuitBreaker.failures')
  refuses(t, (f) => { f.circuitBreaker = { threshold: 3 } }, 'circuitBreaker.threshold')
  refuses(t, (f) => {
    f.tenants.push({ ...structuredClone(f.tenants[0]), id: 'other', jwt: undefined, apiKeys: [{ id: 'x', sha256: 'd'.repeat(64), scopes: ['data:read'] }] })
    f.tenants[1].lean.clientSecret = 'a-different-secret'
  }, 'tenants[1].lean.clientSecret')
})

t.test('files are read from disk; unreadable or non-JSON files name GATEWAY_CONFIG', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-config-'))
  const good = join(dir, 'tenants.json')
  writeFileSync(good, JSON.stringify(valid()))
  t.equal(loadConfigFile(good, ENV).tenants[0]!.id, 'acme')
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, '{ "tenants": [')
  t.equal(fieldOf(() => loadConfigFile(bad, ENV)), 'GATEWAY_CONFIG')
  t.equal(fieldOf(() => loadConfigFile(join(dir, 'missing.json'), ENV)), 'GATEWAY_CONFIG')
})

t.test('environment variables are validated by name', async (t) => {
  t.same(readEnvironment({}).port, 3000)
  t.match(readEnvironment({}), { demo: true, host: '127.0.0.1' }, 'the demo listens on loopback unless HOST is set')
  // The demo serves a published key: another interface only on purpose (issue 21, finding 10).
  t.equal(fieldOf(() => readEnvironment({ HOST: '0.0.0.0' })), 'HOST', 'the demo refuses a non-loopback HOST')
  t.equal(fieldOf(() => readEnvironment({ NODE_ENV: 'prod', HOST: '0.0.0.0' })), 'HOST', 'whatever NODE_ENV says')
  for (const host of ['192.168.1.5', '::', 'gateway.example', '128.0.0.1']) t.equal(fieldOf(() => readEnvironment({ HOST: host })), 'HOST', `${host} refused`)
  for (const host of ['127.0.0.1', '127.8.9.10', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) t.match(readEnvironment({ HOST: host }), { demo: true, host }, `${host} is loopback`)
  t.match(readEnvironment({ HOST: '0.0.0.0', DEMO: '1' }), { demo: true, host: '0.0.0.0' }, 'DEMO=1 serves it there on purpose')
  t.match(readEnvironment({ HOST: '0.0.0.0', GATEWAY_CONFIG: '/t.json' }), { demo: false, host: '0.0.0.0' }, 'a real config listens anywhere')
  t.match(readEnvironment({ GATEWAY_CONFIG: '/t.json' }), { demo: false, host: '0.0.0.0' })
  t.equal(fieldOf(() => readEnvironment({ NODE_ENV: 'production' })), 'GATEWAY_CONFIG', 'no demo in production by accident')
  t.match(readEnvironment({ NODE_ENV: 'production', DEMO: '1' }), { demo: true, host: '127.0.0.1' })
  t.equal(fieldOf(() => readEnvironment({ DEMO: 'yes' })), 'DEMO')
  t.equal(fieldOf(() => readEnvironment({ DEMO: '1', GATEWAY_CONFIG: '/t.json' })), 'DEMO')
  t.equal(fieldOf(() => readEnvironment({ PORT: 'http' })), 'PORT')
  t.equal(fieldOf(() => readEnvironment({ LOG_LEVEL: 'loud' })), 'LOG_LEVEL')
  t.equal(fieldOf(() => readEnvironment({ DATABASE_URL: 'mysql://x' })), 'DATABASE_URL')
  t.equal(fieldOf(() => readEnvironment({ REDIS_URL: 'nope' })), 'REDIS_URL')
  t.equal(readEnvironment({ REDIS_URL: 'redis://127.0.0.1:6379' }).redisUrl, 'redis://127.0.0.1:6379')
  t.equal(readEnvironment({}).demoTimeScale, 1, "the demo's Lean keeps Lean's pace unless asked")
  t.equal(readEnvironment({ DEMO_TIME_SCALE: '5' }).demoTimeScale, 5)
  for (const scale of ['0', '21', '2.5', 'fast']) t.equal(fieldOf(() => readEnvironment({ DEMO_TIME_SCALE: scale })), 'DEMO_TIME_SCALE', `${scale} refused`)
})
