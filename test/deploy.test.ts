import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { resolveConfig } from '../src/config/load.js'
import { readEnvironment } from '../src/config/env.js'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

interface Service {
  build?: string
  image?: string
  environment?: Record<string, string>
  volumes?: string[]
  depends_on?: Record<string, { condition: string }> | string[]
  stop_grace_period?: string
  command?: string[]
}
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> }
const gateway = compose.services['gateway-1']!
const env = gateway.environment!

t.test('the example tenants file configures what the README says it does', async (t) => {
  const config = resolveConfig(JSON.parse(read('deploy/tenants.example.json')), { ACME_LEAN_SECRET: 'from-the-environment' })
  t.equal(config.tenants.length, 1)
  const acme = config.tenants[0]!
  t.equal(acme.id, 'acme')
  t.match(acme.lean, {
    apiUrl: 'https://sandbox.sa.leantech.me',
    authUrl: 'https://auth.sandbox.sa.leantech.me/oauth2/token',
    clientSecret: 'from-the-environment',
    scope: 'api',
    timeoutMs: 60_000,
    maxConcurrent: 32
  }, "Lean's KSA sandbox, the secret read from ACME_LEAN_SECRET")
  t.same(acme.apiKeys.map((k) => [k.id, [...k.scopes].sort()]), [
    ['acme-backoffice', ['audit:read', 'destinations:read', 'destinations:write', 'payouts:read', 'payouts:write']]
  ], 'one back-office key that moves money and reads the audit trail, and no data scope')
  t.same(acme.rateLimit, { max: 600, timeWindowMs: 60_000, scopes: { 'payouts:write': { max: 60, timeWindowMs: 60_000 } } })
  t.equal(config.idempotency.ttlHours, 24)
  t.same(config.trustProxy, ['172.16.0.0/12'], "Docker's default bridge networks: the nginx in front")
  t.throws(() => resolveConfig(JSON.parse(read('deploy/tenants.example.json')), {}), /tenants\[0\]\.lean\.clientSecret: environment variable ACME_LEAN_SECRET is not set/,
    'without the secret in the environment it does not start')
})

t.test('docker-compose: two identical replicas, wired to the services it defines', async (t) => {
  const known = new Set(['GATEWAY_CONFIG', 'DATABASE_URL', 'DATABASE_SCHEMA', 'REDIS_URL', 'REDIS_KEY_PREFIX', 'SHUTDOWN_DELAY_MS', 'LOG_LEVEL', 'PORT', 'HOST', 'DATA_DIR'])
  for (const name of Object.keys(env)) {
    if (name === 'ACME_LEAN_SECRET') continue
    t.ok(known.has(name), `${name} is a gateway setting`)
  }
  t.notOk('DEMO' in env, 'a replica never runs the demo')
  t.same(compose.services['gateway-2'], gateway, 'both replicas run the same configuration')
  t.equal(gateway.build, '.', 'built from this repository\'s Dockerfile')

  const parsed = readEnvironment(Object.fromEntries(Object.entries(env).filter(([k]) => known.has(k))))
  t.equal(parsed.configPath, '/config/tenants.json')
  t.ok(gateway.volumes!.includes('./deploy/tenants.json:/config/tenants.json:ro'), 'GATEWAY_CONFIG is the mounted tenants file, read-only')
  t.equal(parsed.shutdownDelayMs, 5000)
  t.equal(parsed.databaseSchema, 'public')

  const postgres = compose.services.postgres!.environment!
  const db = new URL(parsed.databaseUrl!)
  t.equal(db.hostname, 'postgres', 'DATABASE_URL points at the postgres service')
  t.equal(db.username, postgres.POSTGRES_USER)
  t.equal(db.password, postgres.POSTGRES_PASSWORD)
  t.equal(db.pathname, `/${postgres.POSTGRES_DB}`)
  t.equal(new URL(parsed.redisUrl!).hostname, 'redis', 'REDIS_URL points at the redis service')
  t.same(gateway.depends_on, { postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } })

  const example = JSON.parse(read('deploy/tenants.example.json')) as { tenants: Array<{ lean: { clientSecret: { env: string }; timeoutMs: number } }> }
  // eslint-disable-next-line no-template-curly-in-string -- compose's own ${VAR:?} syntax, as text
  t.equal(env[example.tenants[0]!.lean.clientSecret.env], '${ACME_LEAN_SECRET:?set ACME_LEAN_SECRET}', 'the secret the tenants file names is passed in, and required')
  const grace = Number(/^(\d+)s$/.exec(gateway.stop_grace_period!)![1]) * 1000
  t.ok(grace >= example.tenants[0]!.lean.timeoutMs + parsed.shutdownDelayMs, 'SIGTERM can drain a Lean call of timeoutMs before SIGKILL')
})

t.test('nginx balances over exactly the replicas compose runs, on the port they listen on', async (t) => {
  const nginx = read('deploy/nginx.conf')
  const upstream = /upstream gateway \{([^}]*)\}/.exec(nginx)![1]!
  const servers = [...upstream.matchAll(/server ([\w-]+):(\d+)/g)].map((m) => `${m[1]}:${m[2]}`)
  const replicas = Object.keys(compose.services).filter((name) => name.startsWith('gateway-'))
  t.same(servers, replicas.map((name) => `${name}:${readEnvironment(compose.services[name]!.environment!).port}`))
  t.match(nginx, /underscores_in_headers on;/, 'the entity_id header reaches the gateway')
  t.match(nginx, /client_max_body_size 1m;/, 'the same body limit as the gateway\'s default')
  // Metrics name Lean client ids and tenants (issue 21, finding 9): the proxy never serves them.
  t.match(nginx, /location = \/metrics \{\s*return 404;\s*\}/, '/metrics is 404 from outside')
  t.match(nginx, /location \^~ \/metrics\/ \{\s*return 404;\s*\}/, 'and so is anything under it')
  t.ok(nginx.indexOf('location = /metrics') < nginx.indexOf('location / {'), 'declared beside the catch-all (exact match wins in nginx)')
  const published = Object.entries(compose.services).filter(([, s]) => (s as { ports?: unknown[] }).ports !== undefined).map(([name]) => name)
  t.same(published, ['lb'], 'only the proxy (lb) publishes a port: no replica is reachable from outside')
})

t.test('the Docker image is production: it refuses to run the demo unless told to', async (t) => {
  const dockerfile = read('Dockerfile')
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
  const settings = [...runtime.matchAll(/^ENV (.*)$/gm)].flatMap((m) => m[1]!.split(/\s+/)).map((pair) => pair.split('=')[0])
  t.match(runtime, /\nENV [^\n]*NODE_ENV=production/)
  t.notOk(settings.includes('DEMO'), 'the image never enables the demo by itself')
  t.notOk(settings.includes('HOST'), 'HOST is left to the gateway: 0.0.0.0 with a tenants file, 127.0.0.1 for a demo unless set')
  t.notOk(settings.includes('GATEWAY_CONFIG'), 'the operator names the tenants file')
  t.match(runtime, /\nUSER node\n/)
  const startScript = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start
  t.equal(/^CMD (.*)$/m.exec(runtime)?.[1], JSON.stringify(startScript.split(' ')).replaceAll(',', ', '), 'the image runs the gateway as npm start does, Node flags included')
})
