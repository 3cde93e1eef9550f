import type { AddressInfo } from 'node:net'
import { setFlagsFromString } from 'node:v8'
import closeWithGrace from 'close-with-grace'
import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import { readEnvironment } from './config/env.js'
import { ConfigError, loadConfigFile, slowestLeanMs } from './config/load.js'
import type { GatewayConfig } from './config/types.js'
import type { Demo } from './demo.js'
import { processLogger, settleLog, silenceLog, writeAfterLog } from './logger.js'
import { DataDirLockedError } from './store/index.js'
import { tracingProtocol } from './tracing/env.js'

/**
 * Resident memory by design rather than by a heap cap: after each full GC, V8 lets the old generation
 * grow to 1.25 x what survived instead of its default of up to 4 x, so a burst's garbage is collected
 * sooner instead of held. ~30 MB of live heap means a full GC every few seconds under load, each a few
 * ms: interleaved against 1.5 x, the same CPU per request or less (0.92-0.95 x) and 6-10 MB less at
 * the peak (bench/NOTES.md). Read at every GC, so it can be set here; a V8 without the flag says so on
 * stderr and carries on.
 */
const HEAP_GROWING_PERCENT = 25

/**
 * undici parses Lean's answers with llhttp compiled to WebAssembly. V8 runs it first with its
 * baseline compiler (Liftoff) and, once it is hot, recompiles its one large function with TurboFan
 * on a helper thread: ~35 MB of compiler memory for a moment, a few dozen requests after start, and
 * the highest resident memory of a gateway's life (146 MB after its first 40 requests, 113 without it).
 * Left on Liftoff, an answer costs ~0.7 µs more to parse (36.5 → 37.2 µs of CPU per request for a
 * bare undici client). Read when the parser is compiled, at the first connection, so it is set here.
 */
const V8_FLAGS = [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, '--liftoff-only']

type Env = ReturnType<typeof readEnvironment>
type Logger = Awaited<ReturnType<typeof processLogger>>
type DemoKit = typeof import('./demo.js')

/** The tenants file, or the demo's emulator and tenant (loaded only for the demo). */
async function configOf (env: Env): Promise<{ config: GatewayConfig; demo?: { kit: DemoKit; running: Demo } }> {
  if (!env.demo) return { config: loadConfigFile(env.configPath!) }
  const kit = await import('./demo.js')
  const running = await kit.startDemo(env.demoWire, env.dataDir, env.demoEmulatorPort, env.demoTimeScale)
  return { config: running.config, demo: { kit, running } }
}

/**
 * In-flight requests may wait on Lean for up to timeoutMs: they get that and a margin. SIGHUP
 * reloads the tenants file, so it is not one of the signals that shut down. Every way out settles
 * the log first: a log reader that has gone must not keep the process alive.
 */
function shutDownGracefully (env: Env, logger: Logger, app: FastifyInstance, slowestLean: number, closeAlso: Array<(() => Promise<void>) | undefined>): void {
  const lastWords = (message: string) => (): void => { logger.error(message); silenceLog(logger) }
  closeWithGrace({
    delay: env.shutdownDelayMs + slowestLean + 5_000,
    logger,
    skip: ['SIGHUP'],
    onTimeout: lastWords('killed by the shutdown timeout'),
    onSecondSignal: lastWords('second signal while shutting down, exiting'),
    onSecondError: lastWords('second error while shutting down, exiting')
  }, async ({ signal, err }) => {
    if (err !== undefined) logger.error({ err }, 'shutting down after an error')
    else logger.info({ signal, delayMs: env.shutdownDelayMs }, 'shutting down: not ready, draining')
    app.readiness.draining = true
    // Keep serving while load balancers see /readyz fail and stop sending; then stop taking requests.
    if (env.shutdownDelayMs > 0 && err === undefined) await new Promise((resolve) => setTimeout(resolve, env.shutdownDelayMs))
    await app.close()
    for (const close of closeAlso) await close?.()
    logger.info('closed')
    await settleLog(logger)
  })
}

/** The demo's emulator learns where the gateway listens; the newcomer gets the banner. */
function announceDemo (env: Env, logger: Logger, app: FastifyInstance, address: string, demo: { kit: DemoKit; running: Demo }, userToken: string): void {
  const { kit, running } = demo
  // The emulator posts to where the gateway listens (loopback when it listens on every address).
  const bound = app.server.address() as AddressInfo
  const host = bound.address === '0.0.0.0' || bound.address === '::' ? '127.0.0.1' : bound.family === 'IPv6' ? `[${bound.address}]` : bound.address
  running.connect(`http://${host}:${bound.port}`)
  const base = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost')
  logger.info({ docs: `${base}/docs`, entityId: kit.DEMO_ENTITY_ID, host: env.host }, 'demo mode: Lean emulator, demo tenant')
  writeAfterLog(logger,
    '\nDemo mode (no GATEWAY_CONFIG): a built-in Lean emulator stands in for Lean.\n' +
    `  Wire:       ${running.config.leanWire === 'lean' ? "Lean's current wire (LEAN_WIRE=lean)" : "the seed specs' (LEAN_WIRE=lean for Lean's current one)"}\n` +
    `  Docs:       ${base}/docs\n  API key:    ${kit.DEMO_API_KEY}\n  Entity id:  ${kit.DEMO_ENTITY_ID}\n` +
    `  Emulator:   ${running.emulator.url} (Lean's stand-in; /__emulator/entities connects a bank)\n` +
    `  App user:   demo-user, token (12 h; more with npm run demo-token -- <user>):\n  ${userToken}\n\n`
  )
}

/** Listens, logs and shuts down gracefully; everything else is built by app.ts. */
async function main (): Promise<void> {
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
  const env = readEnvironment()
  // Installed first, so a SIGHUP while starting (a config sidecar, say) cannot kill the process.
  let reload = (): void => {}
  process.on('SIGHUP', () => { reload() })
  const logger = await processLogger(env.logLevel)
  const { config, demo } = await configOf(env)

  // OpenTelemetry is loaded at all only when an OTLP endpoint is configured.
  const tracing = tracingProtocol(process.env) === undefined ? undefined : (await import('./tracing/index.js')).startTracing(process.env)
  if (tracing !== undefined) logger.info({ protocol: tracing.protocol }, 'tracing on: OTLP over HTTP')

  const app = await buildApp({
    config,
    loggerInstance: logger,
    ...(tracing !== undefined && { tracing }),
    store: { dataDir: env.dataDir, databaseUrl: env.databaseUrl, schema: env.databaseSchema, poolSize: env.databasePoolSize, sqliteSync: env.sqliteSynchronous },
    rateLimit: { redisUrl: env.redisUrl, namespace: env.redisKeyPrefix },
    http: env.http,
    ...(demo !== undefined && { docs: { demoApiKey: demo.kit.DEMO_API_KEY, demoEntityId: demo.kit.DEMO_ENTITY_ID, demoForms: demo.kit.demoFormExamples(env.demoWire) } })
  })
  shutDownGracefully(env, logger, app, slowestLeanMs(config.tenants), [tracing?.shutdown, demo?.running.close])

  reload = () => {
    if (env.configPath === undefined) {
      logger.warn('SIGHUP: demo mode has no tenants file to reload')
      return
    }
    logger.info({ file: env.configPath }, 'SIGHUP: reloading the tenants file')
    app.reloadConfig(() => loadConfigFile(env.configPath!))
  }

  // Ready before listening, so the banner follows the listen line at once.
  const demoUserToken = demo === undefined ? undefined : await demo.running.idp.token('demo-user')
  const address = await app.listen({ port: env.port, host: env.host })
  logger.info({ wire: config.leanWire, tenants: config.tenants.length }, `speaking ${config.leanWire === 'lean' ? "Lean's current wire" : "the seed specs' wire"} to Lean`)
  if (demo !== undefined) announceDemo(env, logger, app, address, demo, demoUserToken!)
}

function isListenError (err: unknown): err is NodeJS.ErrnoException & { address?: string; port?: number } {
  const e = err as NodeJS.ErrnoException & { syscall?: string }
  return (e.code === 'EADDRINUSE' || e.code === 'EACCES') && e.syscall === 'listen'
}

main().catch((err: unknown) => {
  // Operator mistakes get their message alone; anything else its stack, to be reported.
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`)
  } else if (isListenError(err)) {
    process.stderr.write(`cannot listen on ${err.address ?? ''}:${err.port ?? ''}: ${err.code === 'EADDRINUSE' ? 'the port is in use' : 'permission denied'}; set PORT to a free port (PORT=3001 npm start)` +
      `${err.code === 'EACCES' ? ' or HOST to an address this user may bind' : ''}\n`)
  } else {
    process.stderr.write(`failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  }
  process.exit(1)
})
