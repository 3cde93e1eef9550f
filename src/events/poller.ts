import { slowestLeanMs } from '../config/load.js'
import type { TenantConfig } from '../config/types.js'
import type { LeanClient } from '../lean/client.js'
import { isFinalPayoutStatus } from '../lean/payout-status.js'
import type { PayoutTracking } from '../wire/types.js'
import { clientKeyOf } from '../ownership/guard.js'
import { pollBackoffMs, pollIntervalMs } from '../store/event-rows.js'
import type { EventStore, TrackedPayout } from '../store/types.js'
import { statusChangeEffects, trackingStoppedEffects } from './lean-events.js'

export interface PollerObserver {
  poll: (outcome: 'unchanged' | 'changed' | 'error' | 'stopped') => void
  error: (err: unknown) => void
}

/**
 * Lean warns that payout webhooks are sometimes missed: every followed payout that is not final is
 * polled from `lean.payoutPollMs` on, the wait growing to at most an hour (and backing off while Lean
 * fails), until it is final or `lean.payoutPollDays` have passed. A status found this
 * way has the same effects as a webhook's. The store leases each payout to one poller at a time.
 */
export class PayoutPoller {
  private timer: NodeJS.Timeout | undefined
  private ticking: Promise<void> | undefined

  constructor (
    private readonly deps: {
      store: EventStore
      tenants: () => ReadonlyMap<string, TenantConfig>
      client: (tenant: TenantConfig) => LeanClient
      tracking: PayoutTracking
    },
    private readonly intervalMs: number,
    private readonly observer: PollerObserver
  ) {}

  start (): void {
    this.timer = setInterval(() => { void this.tick() }, this.intervalMs)
    this.timer.unref()
  }

  async stop (): Promise<void> {
    clearInterval(this.timer)
    await this.ticking
  }

  /** One round of due polls; public so tests can drive it. */
  async tick (): Promise<void> {
    if (this.ticking !== undefined) return await this.ticking
    this.ticking = this.round().finally(() => { this.ticking = undefined })
    return await this.ticking
  }

  private async round (): Promise<void> {
    try {
      const tenants = this.deps.tenants()
      const slowest = slowestLeanMs(tenants.values())
      const due = await this.deps.store.claimPolls(20, slowest + 10_000)
      await Promise.all(due.map(async (payout) => { await this.poll(payout, tenants) }))
    } catch (err) {
      this.observer.error(err)
    }
  }

  private async poll (payout: TrackedPayout, tenants: ReadonlyMap<string, TenantConfig>): Promise<void> {
    const tenant = tenants.get(payout.tenantId)
    // A tenant removed from the file: its payouts are no longer followed (a day later, try again).
    if (tenant === undefined || clientKeyOf(tenant) !== payout.clientKey) {
      await this.deps.store.schedulePoll(payout.clientKey, payout.ref, Date.now() + 86_400_000, false)
      return
    }
    const intervalMs = tenant.lean.payoutPollMs
    // Not final after payoutPollDays (a manual authorization that never came, say): given up, and said so.
    if (payout.trackedAt !== undefined && Date.now() - payout.trackedAt >= tenant.lean.payoutPollDays * 86_400_000) {
      const { audit, events } = trackingStoppedEffects(tenants, this.deps.tracking.kind, payout, tenant.lean.payoutPollDays)
      await this.deps.store.stopTracking(payout, audit, events)
      this.observer.poll('stopped')
      return
    }
    try {
      const read = this.deps.tracking.poll(payout.ref)
      const res = await this.deps.client(tenant).request({ operation: read.operation, method: 'GET', path: read.path })
      const found = this.deps.tracking.readPoll(JSON.parse(res.body.toString('utf8')) as unknown)
      if (found.status !== undefined) {
        const change = await this.deps.store.applyStatus(
          {
            clientKey: payout.clientKey,
            refs: [payout.ref],
            status: found.status,
            ...(found.postInitiation !== undefined && { postInitiation: found.postInitiation }),
            final: isFinalPayoutStatus(found.status, found.postInitiation),
            payoutId: found.payoutId
          },
          statusChangeEffects(tenants, this.deps.tracking.kind, `poll:${payout.ref}`)
        )
        this.observer.poll(change === undefined ? 'unchanged' : 'changed')
        if (change?.payout.final === true) return
      } else {
        this.observer.poll('unchanged')
      }
      await this.deps.store.schedulePoll(payout.clientKey, payout.ref, Date.now() + pollIntervalMs(intervalMs, payout.polls + 1), false)
    } catch (err) {
      this.observer.poll('error')
      await this.deps.store.schedulePoll(payout.clientKey, payout.ref, Date.now() + pollBackoffMs(intervalMs, payout.pollFailures + 1), true)
        .catch((storeErr: unknown) => this.observer.error(storeErr))
    }
  }
}
