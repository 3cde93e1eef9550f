import { readFileSync } from 'node:fs'
import t from 'tap'
import { parse } from 'yaml'
import { resolveConfig } from '../src/config/load.js'
import { readEnvironment } from '../src/config/env.js'

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

t.test('the example tenants file is valid', async (t) => {
  const config = resolveConfig(JSON.parse(read('deploy/tenants.example.json')), { ACME_LEAN_SECRET: 'x' })
  t.equal(config.tenants[0]!.id, 'acme')
})

t.test('docker-compose sets only variables the gateway reads, with valid values', async (t) => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, { environment?: Record<string, string> }> }
  const env = compose.services['gateway-1']!.environment!
  const known = new Set(['GATEWAY_CONFIG', 'DATABASE_URL', 'DATABASE_SCHEMA', 'REDIS_URL', 'REDIS_KEY_PREFIX', 'SHUTDOWN_DELAY_MS', 'LOG_LEVEL', 'PORT', 'HOST', 'DATA_DIR'])
  for (const name of Object.keys(env)) {
    if (name.endsWith('_LEAN_SECRET')) continue
    t.ok(known.has(name), `${name} is a gateway setting`)
  }
  const parsed = readEnvironment(Object.fromEntries(Object.entries(env).filter(([k]) => known.has(k))))
  t.equal(parsed.shutdownDelayMs, 5000)
  t.equal(parsed.databaseSchema, 'public')
  t.ok(parsed.redisUrl)
  t.same(compose.services['gateway-2'], compose.services['gateway-1'], 'both replicas run the same configuration')
})
