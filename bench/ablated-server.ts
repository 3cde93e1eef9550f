import type { FastifyInstance, FastifyPluginAsync } from 'fastify'
import fp from 'fastify-plugin'
import type { Stages } from '../src/app.js'

// The built gateway (npm run build), as `node dist/server.js` runs it; typed by its sources.
const built = async (module: string): Promise<unknown> => await import(new URL(`../dist/${module}`, import.meta.url).href)
const { buildApp } = await built('app.js') as typeof import('../src/app.js')
const { readEnvironment } = await built('config/env.js') as typeof import('../src/config/env.js')
const { loadConfigFile } = await built('config/load.js') as typeof import('../src/config/load.js')
const { processLogger } = await built('logger.js') as typeof import('../src/logger.js')

/**
 * The gateway as server.ts builds it (same logger, store and rate-limit options), composed without
 * the stages named in BENCH_ABLATE (comma-separated), so the ablation table can price each one.
 * What "without" means is said here, in the benchmark, as a plugin in the stage's place: the
 * gateway's own code has no switch to turn anything off.
 */
type Ablated = 'access-log' | 'metrics' | 'rate-limit' | 'schemas' | 'auth'

/** Each stage's stand-in: it keeps what the rest of the app relies on (decorators), and does nothing per request. */
const WITHOUT: Record<Ablated, Partial<Stages>> = {
  'access-log': { accessLog: fp(async (app: FastifyInstance) => { app.decorateRequest('accessFields', null) }, { name: 'access-log' }) },
  // Neither the HTTP series nor Lean's latency histogram.
  metrics: { requestMetrics: fp(async (app: FastifyInstance) => { app.metrics.lean.upstream = () => {} }, { name: 'request-metrics', dependencies: ['metrics'] }) },
  'rate-limit': { callerLimits: fp(async (app: FastifyInstance) => { app.decorate('limitCaller', () => async function unlimited () {}) }, { name: 'caller-limits' }) },
  // Every route's schemas then document, not check.
  schemas: { beforeRoutes: fp(async (app: FastifyInstance) => { app.setValidatorCompiler(() => () => true) }) },
  // Every caller is the directory's first API key.
  auth: {
    auth: fp(async (app: FastifyInstance) => {
      app.decorateRequest('caller', null)
      app.decorate('requireScope', () => async function anyone (request, reply) {
        reply.header('cache-control', 'no-store')
        request.caller = request.directory.apiKeys.values().next().value!.caller
      })
    }, { name: 'auth' }) as FastifyPluginAsync
  }
}

const ablate = (process.env.BENCH_ABLATE ?? '').split(',').filter((s) => s !== '') as Ablated[]
const env = readEnvironment()
const logger = await processLogger(env.logLevel)
const app = await buildApp({
  config: loadConfigFile(env.configPath!),
  loggerInstance: logger,
  store: { dataDir: env.dataDir, databaseUrl: env.databaseUrl, schema: env.databaseSchema, poolSize: env.databasePoolSize, sqliteSync: env.sqliteSynchronous },
  rateLimit: { redisUrl: env.redisUrl, namespace: env.redisKeyPrefix },
  http: env.http,
  stages: Object.assign({}, ...ablate.map((stage) => WITHOUT[stage])) as Partial<Stages>
})
logger.info({ ablate }, 'ablated gateway (benchmark only)')
await app.listen({ port: env.port, host: env.host })
