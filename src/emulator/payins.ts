import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { clientOf } from './client-of.js'
import { leanError } from './lean-routes.js'
import type { EmulatorClient } from './state.js'
import type { EmulatorWebhooks } from './webhooks.js'

/**
 * Lean's payment intents (pay-ins), as Lean's reference describes them: created for a customer,
 * deduplicated on the Idempotency-Key header, read back with the payment made against them. The
 * admin switch plays LinkSDK's `pay()`: the customer pays, and Lean announces the payment with
 * `payment.created` and `payment.updated` carrying the intent's id.
 */
interface Intent {
  payment_intent_id: string
  customer_id: string
  amount: number
  currency: string
  description: string
  payments: Array<Record<string, unknown>>
  payment_destination: Record<string, unknown>
}

type CreateRequest = FastifyRequest<{ Body: Record<string, unknown> | undefined }>

/** A new intent as Lean shows it: no payment yet; the intent id (without hyphens) as the bank's reference unless one is given. */
function newIntent (id: string, customerId: string, amount: number, currency: string, description?: string, destinationId?: string): Intent {
  return {
    payment_intent_id: id,
    customer_id: customerId,
    amount,
    currency,
    description: description ?? id.replaceAll('-', ''),
    payments: [],
    payment_destination: destinationId === undefined ? DEFAULT_DESTINATION : { ...DEFAULT_DESTINATION, id: destinationId, default: false }
  }
}

const DEFAULT_DESTINATION = { id: 'c1a2b3d4-0000-4000-8000-00000000d001', bank_identifier: 'LEANMB1', name: 'Company account', iban: 'AE070331234567890123456', status: 'CONFIRMED', default: true }

export class EmulatorPayins {
  /** Intents by Lean application, then id; and each application's answers by idempotency key. */
  private intents = new Map<string, Map<string, Intent>>()
  private byKey = new Map<string, Intent>()

  constructor (private readonly stepMs: () => number, private readonly clients: readonly EmulatorClient[]) {
    this.reset()
  }

  reset (): void {
    this.intents.clear()
    this.byKey.clear()
    for (const client of this.clients) {
      for (const p of client.samples?.payins ?? []) {
        this.of(client.clientId).set(p.id, newIntent(p.id, p.customerId, p.amount, p.currency))
      }
    }
  }

  private of (clientId: string): Map<string, Intent> {
    let mine = this.intents.get(clientId)
    if (mine === undefined) this.intents.set(clientId, mine = new Map())
    return mine
  }

  registerLean (lean: FastifyInstance): void {
    lean.post('/payments/v1/intents', async (request: CreateRequest, reply) => {
      const data = clientOf(request)
      const body = request.body ?? {}
      const customer = typeof body.customer_id === 'string' ? data.customers.get(body.customer_id) : undefined
      if (customer === undefined) return leanError(reply, 400, 'INVALID_PARAMETERS', 'customer_id must name a customer of this application')
      if (typeof body.amount !== 'number' || body.amount <= 0 || typeof body.currency !== 'string' || !/^[A-Z]{3}$/.test(body.currency)) {
        return leanError(reply, 400, 'INVALID_PARAMETERS', 'amount (> 0) and currency (3 letters) are required')
      }
      const key = request.headers['idempotency-key']
      const keyed = typeof key === 'string' ? this.byKey.get(`${data.client.clientId}\n${key}`) : undefined
      if (keyed !== undefined) return await reply.code(201).send(keyed)
      const id = randomUUID()
      const intent = newIntent(id, customer.customer_id, body.amount, body.currency,
        typeof body.description === 'string' ? body.description : undefined, typeof body.payment_destination_id === 'string' ? body.payment_destination_id : undefined)
      this.of(data.client.clientId).set(id, intent)
      if (typeof key === 'string') this.byKey.set(`${data.client.clientId}\n${key}`, intent)
      return await reply.code(201).send(intent)
    })
    lean.get('/payments/v1/intents/:id', async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
      const intent = this.of(clientOf(request).client.clientId).get(request.params.id.toLowerCase())
      return intent ?? leanError(reply, 404, 'PAYMENT_INTENT_NOT_FOUND', 'No such payment intent')
    })
  }

  /** LinkSDK's pay(), played: the customer pays the intent; the bank accepts, then the money arrives (or not). */
  registerAdmin (admin: FastifyInstance, webhooks: EmulatorWebhooks): void {
    admin.post('/payments', async (request: FastifyRequest<{ Body: { clientId: string; intentId: string; outcome?: 'PROCESSED' | 'REJECTED' | 'FAILED' } }>, reply) => {
      const { clientId, intentId, outcome = 'PROCESSED' } = request.body
      const intent = this.of(clientId).get(intentId)
      if (intent === undefined) return await reply.code(404).send({ error: 'unknown intent' })
      const payment = { id: randomUUID(), payment_intent_id: intentId, amount: intent.amount, currency: intent.currency, status: 'ACCEPTED_BY_BANK', post_initiation_status: null as string | null, initiation_timestamp: new Date().toISOString() }
      intent.payments = [payment]
      const announce = async (type: string): Promise<void> => {
        await webhooks.send(type, { id: payment.id, customer_id: intent.customer_id, intent_id: intentId, status: payment.status, post_initiation_status: payment.post_initiation_status, amount: intent.amount, currency: intent.currency })
      }
      if (outcome === 'FAILED') payment.status = 'FAILED'
      await announce('payment.created')
      if (outcome !== 'FAILED') {
        setTimeout(() => {
          payment.post_initiation_status = outcome
          void announce('payment.updated')
        }, this.stepMs()).unref()
      }
      return await reply.code(201).send(payment)
    })
  }
}
