import fp from 'fastify-plugin'
import { Counter } from 'prom-client'
import { ConfigError, slowestLeanMs } from '../config/load.js'
import type { GatewayConfig } from '../config/types.js'
import { reloadable, TenantDirectory, type RemoteKeySet } from '../tenants/directory.js'
import { guardedKeySet } from '../tenants/key-sets.js'

export type ReloadOutcome = 'applied' | 'invalid'

export interface ReloadResult {
  outcome: ReloadOutcome
  /** Restart-only settings the new file changed; they keep their running value. */
  ignored: string[]
  /** Why an invalid file was refused (the exact field for a ConfigError). */
  error?: string
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The tenant directory new requests get; replaced whole by a reload. */
    readonly directory: TenantDirectory
    /**
     * Builds a directory from `load()` and swaps it in; if `load` throws, nothing changes. Listeners
     * run after the swap (the Lean plugin drops what the new config no longer names).
     */
    reloadConfig: (load: () => GatewayConfig) => ReloadResult
    onConfigReload: (listener: (directory: TenantDirectory) => void) => void
  }
  interface FastifyRequest {
    /** The directory this request began with, read once, kept to its end. */
    directory: TenantDirectory
  }
}

export default fp<{ config: GatewayConfig }>(
  async function tenantsPlugin (app, options) {
    const reloads = new Counter({
      name: 'gateway_config_reloads_total',
      help: 'Reloads of the tenants file, by outcome',
      labelNames: ['outcome'] as const,
      registers: [app.metrics.registry]
    })
    for (const outcome of ['applied', 'invalid'] as const) reloads.inc({ outcome }, 0)

    // One remote key set per JWKS URL for the life of the process: a reload does not refetch keys.
    const keySets = new Map<string, RemoteKeySet>()
    const keySet = (url: string): RemoteKeySet => {
      let set = keySets.get(url)
      if (set === undefined) {
        // Unknown `kid`s refetch the JWKS at most once per cooldown, and a failing URL at most every
        // 5 s, so neither forged tokens nor an IdP outage can hammer the IdP.
        set = guardedKeySet(url)
        keySets.set(url, set)
      }
      return set
    }

    let current = new TenantDirectory(options.config, 1, app.store, keySet)
    const startSlowestLean = slowestLeanMs(options.config.tenants)
    const listeners: Array<(directory: TenantDirectory) => void> = []

    app.decorate('directory', { getter: () => current })
    app.decorateRequest('directory', null as unknown as TenantDirectory)
    // First of all hooks: everything after it in the request reads this one snapshot.
    app.addHook('onRequest', (request, _reply, done) => {
      request.directory = current
      done()
    })
    app.decorate('onConfigReload', (listener: (directory: TenantDirectory) => void) => { listeners.push(listener) })

    app.decorate('reloadConfig', (load: () => GatewayConfig): ReloadResult => {
      let next: TenantDirectory
      let ignored: string[]
      try {
        const applied = reloadable(current.config, load())
        ignored = applied.ignored
        next = new TenantDirectory(applied.config, current.generation + 1, app.store, keySet)
      } catch (err) {
        reloads.inc({ outcome: 'invalid' })
        const error = err instanceof ConfigError ? err.message : `reload failed: ${(err as Error).message}`
        app.log.error({ field: err instanceof ConfigError ? err.field : undefined }, `${error}; still serving the previous config`)
        return { outcome: 'invalid', ignored: [], error }
      }
      current = next
      for (const url of keySets.keys()) {
        if (!next.config.tenants.some((t) => t.jwt?.jwksUrl === url)) keySets.delete(url)
      }
      for (const listener of listeners) listener(next)
      reloads.inc({ outcome: 'applied' })
      for (const name of ignored) app.log.warn({ setting: name }, `${name} changed in the file; it needs a restart and keeps its running value`)
      const slowest = slowestLeanMs(next.config.tenants)
      if (slowest > startSlowestLean) {
        app.log.warn({ timeoutMs: slowest, startedWith: startSlowestLean }, 'a lean.timeoutMs above the start-up maximum needs a restart to lengthen socket and shutdown timeouts')
      }
      app.log.info({ generation: next.generation, tenants: next.tenants.size, ignored }, 'tenants file reloaded')
      return { outcome: 'applied', ignored }
    })
  },
  { name: 'tenants', fastify: '5.x', dependencies: ['metrics', 'store'] }
)
