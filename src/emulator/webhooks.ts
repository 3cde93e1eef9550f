import { createHmac, randomUUID } from 'node:crypto'
import type { WireName } from '../wire/types.js'
import { LEAN_STATUS } from './lean-shapes.js'
import type { PayoutRecord, PayoutStatus } from './state.js'

export interface WebhookTarget {
  url: string
  secret: string
  /** The next this many events are dropped, as Lean sometimes misses one. */
  drop?: number
  /** Every event is sent twice, as Lean sometimes redelivers. */
  duplicate?: boolean
  /** A payout's payment.created and first payment.updated are posted, and answered, before the payout's own answer leaves. */
  early?: boolean
}

/**
 * The emulator's webhooks: Lean's envelope (`type`, `message`, `payload`, `event_id`, `timestamp`),
 * signed `lean-signature: sha512=<hex HMAC-SHA512 of the body>`, posted to one target, with
 * switches to drop or duplicate. Timers are the emulator's own and stop with it.
 */
export class EmulatorWebhooks {
  private target: WebhookTarget | undefined
  private readonly timers = new Set<NodeJS.Timeout>()
  sent = 0
  dropped = 0
  private early: Array<Promise<void>> = []

  constructor (private readonly wire: WireName, private readonly stepMs: number, private readonly refreshMs: number) {}

  private later (ms: number, send: () => Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void send()
    }, ms)
    timer.unref()
    this.timers.add(timer)
  }

  /** Waits for the webhooks that must arrive before the answer being sent (see `early`). */
  async flushEarly (): Promise<void> {
    const pending = this.early
    this.early = []
    await Promise.all(pending)
  }

  configure (target: WebhookTarget | undefined): void {
    this.target = target === undefined ? undefined : { ...target }
  }

  async send (type: string, payload: Record<string, unknown>): Promise<void> {
    const target = this.target
    if (target === undefined) return
    if ((target.drop ?? 0) > 0) {
      target.drop!--
      this.dropped++
      return
    }
    const body = JSON.stringify({ type, message: `A ${type.split('.')[0]!} event.`, payload, event_id: randomUUID(), timestamp: new Date().toISOString() })
    const signature = `sha512=${createHmac('sha512', target.secret).update(body).digest('hex')}`
    for (let i = 0; i < (target.duplicate === true ? 2 : 1); i++) {
      try {
        const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', 'lean-signature': signature }, body, signal: AbortSignal.timeout(10_000) })
        await res.arrayBuffer()
        this.sent++
      } catch {
        // Lean would retry later; the emulator's receiver being away is the gateway's polling's business.
      }
    }
  }

  private status (status: PayoutStatus): string {
    return this.wire === 'lean' ? LEAN_STATUS[status] : status
  }

  private payload (payout: PayoutRecord, status: PayoutStatus): Record<string, unknown> {
    return {
      id: payout.id,
      amount: payout.amount,
      status: this.status(status),
      currency: payout.currency,
      intent_id: payout.payment_intent_id,
      customer_id: null,
      payment_destination_id: payout.destination_id
    }
  }

  /** A payout's life as webhooks: created now, then each step of its progress. */
  payoutCreated (payout: PayoutRecord): void {
    if (this.target?.early === true) {
      // So fast that the bank's acknowledgement too is announced before the caller has its answer.
      this.early.push(this.send('payment.created', this.payload(payout, 'PENDING')).then(async () => { await this.send('payment.updated', this.payload(payout, 'SUBMITTED')) }))
    } else {
      void this.send('payment.created', this.payload(payout, 'PENDING'))
    }
    // As Lean's samples, payout webhooks carry the status alone: whether money moved after the bank
    // accepted it (post-initiation) shows in reads, and a last payment.updated says it changed.
    const steps: PayoutStatus[] = ['SUBMITTED', payout.fails ? 'FAILED' : payout.rejects ? 'REJECTED' : 'COMPLETED']
    if (!payout.fails && this.wire === 'lean') steps.push(steps[1]!)
    steps.forEach((status, i) => {
      this.later((i + 1) * this.stepMs + 20, async () => { await this.send('payment.updated', this.payload(payout, status)) })
    })
  }

  /** A refresh is announced when it is done, as Lean's entity.data.refresh.updated. */
  refreshCreated (refresh: { id: string; entityId: string }): void {
    this.later(this.refreshMs + 20, async () => {
      await this.send('entity.data.refresh.updated', { status: 'OK', entity_id: refresh.entityId, refresh_id: refresh.id, app_user_id: null, customer_id: null, data_status: { accounts: 'OK', identity: 'OK' } })
    })
  }

  /** Lean's "Handling asynchronous requests": the results of a PENDING answer are ready. */
  resultsReady (resultsId: string): void {
    this.later(this.refreshMs + 20, async () => { await this.send('results.ready', { id: resultsId }) })
  }

  /** LinkSDK's part, played by the emulator: a customer connected a bank, and Lean says so. */
  async entityCreated (entity: { id: string; appUserId: string; customerId: string }): Promise<void> {
    await this.send('entity.created', {
      id: entity.id,
      app_user_id: entity.appUserId,
      customer_id: entity.customerId,
      permissions: ['identity', 'accounts', 'balance', 'transactions'],
      bank_details: { name: 'Lean Mockbank', identifier: 'LEAN_MB1', bank_type: 'RETAIL', account_type: 'PERSONAL' }
    })
  }

  close (): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}
