import { Webhook } from 'standardwebhooks'
import { Agent, request } from 'undici'
import type { TenantConfig } from '../config/types.js'
import type { DueDelivery, EventStore, TenantEvent } from '../store/types.js'

export interface DeliveryOptions {
  /** How often due deliveries are looked for. */
  intervalMs: number
  /** Waits before each retry (jittered ±20 %); the last repeats until `giveUpAfterMs`. */
  retryDelaysMs: number[]
  /** An event still undelivered this long after it was created is abandoned (at least 24 h). */
  giveUpAfterMs: number
  /** A receiver must answer within this; anything but 2xx in time is a failure. */
  timeoutMs: number
  /** Deliveries in flight at once to one tenant, so a slow receiver holds only its own. */
  perTenant: number
}

export const DEFAULT_DELIVERY: DeliveryOptions = {
  intervalMs: 1_000,
  retryDelaysMs: [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 21_600_000],
  giveUpAfterMs: 25 * 3_600_000,
  timeoutMs: 10_000,
  perTenant: 4
}

export interface DeliveryObserver {
  outcome: (outcome: 'delivered' | 'failed' | 'abandoned', lagSeconds: number) => void
  error: (err: unknown) => void
}

/** The body a tenant receives: Standard Webhooks' `{ id, type, created_at, data }`. */
export const deliveryBody = (event: TenantEvent): string =>
  JSON.stringify({ id: event.id, type: event.type, created_at: event.createdAt, data: event.data })

/** When to try again after `attempts` failures, or undefined once the event is too old to keep trying. */
export function nextAttemptAt (options: DeliveryOptions, attempts: number, createdAt: number, now: number): number | undefined {
  const delay = options.retryDelaysMs[Math.min(attempts - 1, options.retryDelaysMs.length - 1)]!
  const at = now + Math.round(delay * (0.8 + Math.random() * 0.4))
  return at - createdAt > options.giveUpAfterMs ? undefined : at
}

/**
 * Posts tenants' events to their webhook URLs, signed per Standard Webhooks, at least once: a 2xx
 * ends an event; anything else is retried with growing, jittered delays. The store hands out each
 * event to one worker at a time, and an object's events in order. A receiver that is slow or down
 * fills only its own tenant's slots; the request path never waits on any of it.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined
  private ticking = false
  private readonly inFlight = new Map<string, number>()
  private readonly queued = new Map<string, DueDelivery[]>()
  private readonly agent: Agent
  private running = new Set<Promise<void>>()

  constructor (
    private readonly store: EventStore,
    private readonly tenants: () => ReadonlyMap<string, TenantConfig>,
    private readonly options: DeliveryOptions,
    private readonly observer: DeliveryObserver
  ) {
    this.agent = new Agent({ connect: { timeout: options.timeoutMs }, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs, connections: 16 })
  }

  start (): void {
    this.timer = setInterval(() => { void this.tick() }, this.options.intervalMs)
    this.timer.unref()
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    await Promise.allSettled([...this.running])
    await this.agent.close()
  }

  /** One look for due deliveries; public so tests and shutdown can drive it. */
  async tick (): Promise<void> {
    if (this.ticking) return
    this.ticking = true
    try {
      const busy = [...this.queued.values()].reduce((n, q) => n + q.length, 0)
      if (busy > 100) return
      // Leased long enough for a tenant's queue to drain at its slots' pace.
      const due = await this.store.claimDeliveries(25, this.options.timeoutMs * 6)
      for (const d of due) this.enqueue(d)
    } catch (err) {
      this.observer.error(err)
    } finally {
      this.ticking = false
    }
  }

  private enqueue (d: DueDelivery): void {
    const tenantId = d.event.tenantId
    const queue = this.queued.get(tenantId) ?? []
    queue.push(d)
    this.queued.set(tenantId, queue)
    this.drain(tenantId)
  }

  private drain (tenantId: string): void {
    const queue = this.queued.get(tenantId) ?? []
    while (queue.length > 0 && (this.inFlight.get(tenantId) ?? 0) < this.options.perTenant) {
      const next = queue.shift()!
      this.inFlight.set(tenantId, (this.inFlight.get(tenantId) ?? 0) + 1)
      const run = this.deliver(next).catch((err: unknown) => this.observer.error(err)).finally(() => {
        this.running.delete(run)
        this.inFlight.set(tenantId, this.inFlight.get(tenantId)! - 1)
        this.drain(tenantId)
      })
      this.running.add(run)
    }
  }

  private async deliver (d: DueDelivery): Promise<void> {
    const { event } = d
    const createdAt = Date.parse(event.createdAt)
    const hooks = this.tenants().get(event.tenantId)?.webhooks
    if (hooks === undefined) {
      await this.store.deliveryFailed(event.seq, d.leaseToken, 'the tenant has no webhook URL any more', undefined)
      this.observer.outcome('abandoned', (Date.now() - createdAt) / 1000)
      return
    }
    let failure: string
    try {
      const body = deliveryBody(event)
      const at = new Date()
      const signature = new Webhook(hooks.secret).sign(event.id, at, body)
      const res = await request(hooks.url, {
        method: 'POST',
        dispatcher: this.agent,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'lean-gateway-webhooks',
          'webhook-id': event.id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs)
      })
      await res.body.dump()
      if (res.statusCode >= 200 && res.statusCode < 300) {
        await this.store.delivered(event.seq, d.leaseToken)
        this.observer.outcome('delivered', (Date.now() - createdAt) / 1000)
        return
      }
      failure = `HTTP ${res.statusCode}`
    } catch (err) {
      failure = (err as { code?: string }).code ?? (err as Error).name
    }
    const nextAt = nextAttemptAt(this.options, d.attempts + 1, createdAt, Date.now())
    await this.store.deliveryFailed(event.seq, d.leaseToken, failure, nextAt)
    this.observer.outcome(nextAt === undefined ? 'abandoned' : 'failed', (Date.now() - createdAt) / 1000)
  }
}
