import fp from 'fastify-plugin'
import { createStore, type Store, type StoreOptions } from '../store/index.js'

declare module 'fastify' {
  interface FastifyInstance {
    store: Store
  }
}

const PURGE_EVERY_MS = 10 * 60_000

/** The durable store: migrated before the app takes a request, purged in the background, closed last. */
export default fp<{ store: StoreOptions | Store; wrap?: ((store: Store) => Store) | undefined }>(
  async function storePlugin (app, options) {
    const opened = 'claim' in options.store ? options.store : await createStore(options.store)
    // Tracing, when on, puts a span around each call.
    const store = options.wrap?.(opened) ?? opened
    const applied = await store.migrate()
    app.log.info({ engine: store.engine, migrationsApplied: applied }, 'store ready')
    app.decorate('store', store)

    // Retention: idempotency records after their TTL, events some days after they are final (the
    // directory's setting, read at each round, so a reload applies). Audit rows are never deleted.
    const purge = async (): Promise<void> => {
      try {
        const now = Date.now()
        const purged = await store.purgeExpired(now)
        const events = await store.events.purgeFinal(now - app.directory.config.events.retentionDays * 86_400_000)
        if (purged + events > 0) app.log.info({ purged, events }, 'expired idempotency records and events purged')
      } catch (err) {
        app.log.warn({ err }, 'purge failed; will retry')
      }
    }
    const timer = setInterval(() => { void purge() }, PURGE_EVERY_MS).unref()
    app.addHook('onReady', purge)
    app.addHook('onClose', async () => {
      clearInterval(timer)
      await store.close()
    })
  },
{ name: 'store', fastify: '5.x' }
)
