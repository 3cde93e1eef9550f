import fp from 'fastify-plugin'
import { Gauge } from 'prom-client'
import { DEFAULT_DELIVERY, DeliveryWorker, type DeliveryOptions } from '../events/delivery.js'
import { PayoutPoller } from '../events/poller.js'
import { wireFor } from '../wire/index.js'

export interface EventsOptions {
  /** Off in tests that drive `tick()` themselves. */
  background?: boolean
  pollIntervalMs?: number
  delivery?: Partial<DeliveryOptions>
}

declare module 'fastify' {
  interface FastifyInstance {
    events: { poller: PayoutPoller; delivery: DeliveryWorker }
  }
}

/** The background side of events: polling payouts that are not final, delivering tenants' events. */
export default fp<EventsOptions>(
  async function eventsPlugin (app, options) {
    // Each round reads the directory of the moment: a reload applies from the next round.
    const tenants = () => app.directory.tenants
    const poller = new PayoutPoller(
      { store: app.store.events, tenants, client: (tenant) => app.lean.client(tenant), tracking: wireFor(app.directory.config.leanWire).payouts },
      options.pollIntervalMs ?? 1_000,
      { poll: app.metrics.polls, error: (err) => app.log.warn({ err }, 'payout poll round failed') }
    )
    const delivery = new DeliveryWorker(app.store.events, tenants, { ...DEFAULT_DELIVERY, ...options.delivery },
      { outcome: app.metrics.deliveries, error: (err) => app.log.warn({ err }, 'webhook delivery round failed') })
    app.decorate('events', { poller, delivery })

    const backlog = async () => await app.store.events.backlog()
    // Read from the store when scraped, so every replica reports the shared outbox.
    app.metrics.registry.registerMetric(new Gauge({ name: 'gateway_webhook_outbox_pending', help: "Tenants' events waiting to be delivered", registers: [], async collect () { this.set((await backlog()).pending) } }))
    app.metrics.registry.registerMetric(new Gauge({ name: 'gateway_webhook_outbox_oldest_seconds', help: 'Age of the oldest event waiting to be delivered', registers: [], async collect () { this.set((await backlog()).oldestMs / 1000) } }))

    if (options.background !== false) {
      app.addHook('onReady', async () => { poller.start(); delivery.start() })
    }
    // Before the store closes: rounds in flight finish, then nothing new starts.
    app.addHook('preClose', async () => { await poller.stop(); await delivery.stop() })
  },
  { name: 'events', fastify: '5.x', dependencies: ['store', 'lean', 'metrics', 'tenants'] }
)
