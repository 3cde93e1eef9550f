import type { AblatedStage } from '../src/app.js'

// The built gateway (npm run build), as `node dist/server.js` runs it; typed by its sources.
const built = async (module: string): Promise<unknown> => await import(new URL(`../dist/${module}`, import.meta.url).href)
const { buildApp } = await built('app.js') as typeof import('../src/app.js')
const { readEnvironment } = await built('config/env.js') as typeof import('../src/config/env.js')
const { loadConfigFile } = await built('config/load.js') as typeof import('../src/config/load.js')
const { processLogger } = await built('logger.js') as typeof import('../src/logger.js')

/**
 * The gateway as server.ts builds it (same logger, store and rate-limit options), with the stages
 * named in BENCH_ABLATE (comma-separated) switched off, so the ablation table can price each one.
 * A benchmark's entry point only: the gateway's own server has no way to switch anything off.
 */
const ablate = (process.env.BENCH_ABLATE ?? '').split(',').filter((s) => s !== '') as AblatedStage[]
const env = readEnvironment()
const logger = await processLogger(env.logLevel)
const app = await buildApp({
  config: loadConfigFile(env.configPath!),
  loggerInstance: logger,
  store: { dataDir: env.dataDir, databaseUrl: env.databaseUrl, schema: env.databaseSchema, poolSize: env.databasePoolSize, sqliteSync: env.sqliteSynchronous },
  rateLimit: { redisUrl: env.redisUrl, namespace: env.redisKeyPrefix },
  http: env.http,
  ablate
})
logger.info({ ablate }, 'ablated gateway (benchmark only)')
await app.listen({ port: env.port, host: env.host })
