import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import pino from 'pino'
import { buildApp } from '../../src/app.js'
import { resolveConfig } from '../../src/config/load.js'
import type { LeanEmulator } from '../../src/emulator/index.js'
import { REDACTION } from '../../src/logger.js'
import type { Store, StoreOptions } from '../../src/store/index.js'
import type { HttpLimits } from '../../src/http/limits.js'
import type { EventsOptions } from '../../src/plugins/events.js'
import type { RateLimitOptions } from '../../src/plugins/rate-limit.js'
import { watchContract } from './contract.js'

export const KEYS = {
  all: 'key-a-all-scopes-7d3f9a1c',
  dataOnly: 'key-a-data-only-2b8e4f6d',
  payoutsOnly: 'key-a-payouts-5c1a9e3b',
  tenantB: 'key-b-all-scopes-8f2d6c4a'
}
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex')

const ALL = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read', 'events:read']

/** A tenants file as an operator would write it, pointing at the emulator. */
export function tenantsFile (emulator: LeanEmulator, overrides: { jwks?: string; timeoutMs?: number; wire?: 'seeds' | 'lean' } = {}): Record<string, unknown> {
  const lean = (client: 'a' | 'b') => ({
    apiUrl: emulator.url,
    authUrl: `${emulator.url}/oauth2/token`,
    clientId: `client-${client}`,
    clientSecret: client === 'a' ? { env: 'TEST_LEAN_SECRET_A' } : 'secret-b-0123456789',
    ...(overrides.timeoutMs !== undefined && { timeoutMs: overrides.timeoutMs })
  })
  return {
    ...(overrides.wire !== undefined && { leanWire: overrides.wire }),
    tenants: [
      {
        id: 'acme',
        lean: lean('a'),
        apiKeys: [
          { id: 'acme-all', sha256: sha256(KEYS.all), scopes: ALL },
          { id: 'acme-data', sha256: sha256(KEYS.dataOnly), scopes: ['data:read'] },
          { id: 'acme-payouts', sha256: sha256(KEYS.payoutsOnly), scopes: ['payouts:write', 'payouts:read'] }
        ],
        ...(overrides.jwks !== undefined && {
          jwt: {
            issuer: 'https://idp.acme.test/',
            audience: 'acme-mobile',
            jwksUrl: overrides.jwks,
            entityClaim: 'lean_entity_id',
            scopes: ['data:read', 'data:refresh']
          }
        })
      },
      {
        id: 'globex',
        lean: lean('b'),
        apiKeys: [{ id: 'globex-all', sha256: sha256(KEYS.tenantB), scopes: ALL }]
      }
    ],
    // The auth tests fail on purpose many times from one address; the brute-force test sets its own.
    authFailureLimit: { max: 1000, timeWindowMs: 60_000 }
  }
}

export const TEST_ENV = { TEST_LEAN_SECRET_A: 'secret-a-0123456789' }

export interface TestGateway {
  app: FastifyInstance
  /** Everything the gateway logged, as text. */
  logs: () => string
}

interface Teardown { teardown: (fn: () => unknown) => void }

/** The real app, as server.ts builds it, with its logs captured at `level`. */
export async function startGateway (
  t: Teardown,
  emulator: LeanEmulator,
  options: { file?: Record<string, unknown>; level?: string; jwks?: string; timeoutMs?: number; wire?: 'seeds' | 'lean'; store?: StoreOptions | Store; rateLimit?: RateLimitOptions; http?: Partial<HttpLimits>; events?: EventsOptions } = {}
): Promise<TestGateway> {
  let store = options.store
  if (store === undefined) {
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-data-'))
    t.teardown(() => rmSync(dataDir, { recursive: true, force: true }))
    store = { dataDir }
  }
  const chunks: string[] = []
  const stream = new Writable({ write (chunk, _enc, done) { chunks.push(String(chunk)); done() } })
  const loggerInstance = pino({ level: options.level ?? 'info', redact: REDACTION }, stream)
  const file = options.file ?? tenantsFile(emulator, options)
  const app = await buildApp({ config: resolveConfig(file, TEST_ENV), loggerInstance, store, ...(options.rateLimit !== undefined && { rateLimit: options.rateLimit }), ...(options.http !== undefined && { http: options.http }), ...(options.events !== undefined && { events: options.events }) })
  // Every answer of the test against the served document (see helpers/contract.ts).
  watchContract(app)
  await app.ready()
  t.teardown(() => app.close())
  return { app, logs: () => chunks.join('') }
}
