import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isValidIban } from './fixtures.js'
import type { EmulatorState, PayoutRecord } from './state.js'
import { isUuid } from '../ids.js'
import { clientOf } from './client-of.js'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/** Lean's error body shape: `{ timestamp, status, message, metadata }`. */
function leanError (reply: FastifyReply, http: number, status: string, message: string): FastifyReply {
  return reply.code(http).send({ timestamp: new Date().toISOString(), status, message, metadata: null })
}

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string>; Body: Record<string, unknown> | undefined }>

/** The 20 operations of the two seeds, answering as Lean's sandbox would. */
export function registerLeanRoutes (app: FastifyInstance, state: EmulatorState): void {
  const client = clientOf

  const entityOf = (request: Req, reply: FastifyReply) => {
    const sent = request.headers.entity_id
    if (typeof sent !== 'string' || !isUuid(sent)) {
      leanError(reply, 400, 'INVALID_PARAMETERS', 'entity_id header is required and must be a UUID')
      return undefined
    }
    const entity = state.entity(client(request), sent)
    if (entity === undefined) leanError(reply, 404, 'ENTITY_NOT_FOUND', `Entity ${sent} not found for this application`)
    return entity
  }

  const accountOf = (request: Req, reply: FastifyReply) => {
    const entity = entityOf(request, reply)
    if (entity === undefined) return undefined
    const account = entity.accounts.find((a) => a.account_id === request.params.account_id)
    if (account === undefined) {
      leanError(reply, 404, 'ACCOUNT_NOT_FOUND', `Account ${request.params.account_id} not found`)
      return undefined
    }
    return { entity, account }
  }

  app.get('/data/v2/accounts', async (request: Req, reply) => {
    const entity = entityOf(request, reply)
    return entity === undefined ? reply : entity.accounts
  })

  app.get('/data/v2/accounts/:account_id/transactions', async (request: Req, reply) => {
    const { start_date: start, end_date: end } = request.query
    if ((start !== undefined && !DATE.test(start)) || (end !== undefined && !DATE.test(end))) {
      return leanError(reply, 400, 'INVALID_PARAMETERS', 'Dates must be YYYY-MM-DD')
    }
    const found = accountOf(request, reply)
    if (found === undefined) return reply
    return found.entity.transactions.get(found.account.account_id)!.filter((t) => {
      const day = t.timestamp.slice(0, 10)
      return (start === undefined || day >= start) && (end === undefined || day <= end)
    })
  })

  app.get('/data/v2/accounts/:account_id/balances', async (request: Req, reply) => {
    const found = accountOf(request, reply)
    return found === undefined ? reply : found.entity.balances.get(found.account.account_id)
  })

  for (const kind of ['beneficiaries', 'direct-debits', 'scheduled-payments', 'standing-orders', 'identities']) {
    app.get(`/data/v2/accounts/:account_id/${kind}`, async (request: Req, reply) => {
      const found = accountOf(request, reply)
      return found === undefined ? reply : found.entity.extras.get(found.account.account_id)![kind]
    })
  }

  app.get('/data/v2/identity', async (request: Req, reply) => {
    const entity = entityOf(request, reply)
    return entity === undefined ? reply : entity.identity
  })

  app.post('/data/v2/refreshes', async (request: Req, reply) => {
    const entity = entityOf(request, reply)
    if (entity === undefined) return reply
    return reply.code(202).send(state.refreshView(state.createRefresh(client(request), entity.entityId)))
  })

  app.get('/data/v2/refreshes', async (request: Req, reply) => {
    const entity = entityOf(request, reply)
    if (entity === undefined) return reply
    return [...client(request).refreshes.values()].filter((r) => r.entityId === entity.entityId).map((r) => state.refreshView(r))
  })

  app.get('/data/v2/refreshes/:refresh_id', async (request: Req, reply) => {
    const entity = entityOf(request, reply)
    if (entity === undefined) return reply
    const refresh = client(request).refreshes.get(request.params.refresh_id!)
    if (refresh === undefined || refresh.entityId !== entity.entityId) return leanError(reply, 404, 'REFRESH_NOT_FOUND', 'Refresh not found')
    return state.refreshView(refresh)
  })

  app.post('/payouts/v1/payment/destinations', async (request: Req, reply) => {
    const body = request.body ?? {}
    if (typeof body.beneficiary_name !== 'string' || body.beneficiary_name === '') {
      return leanError(reply, 400, 'INVALID_PARAMETERS', 'beneficiary_name is required')
    }
    if (body.iban !== undefined && (typeof body.iban !== 'string' || !isValidIban(body.iban))) {
      return leanError(reply, 400, 'INVALID_IBAN', 'iban is not a valid IBAN')
    }
    return reply.code(201).send(state.createDestination(client(request), body))
  })

  app.get('/payouts/v1/payment/destinations', async (request) => [...client(request).destinations.values()])

  app.get('/payouts/v1/payment/destinations/:destination_id', async (request: Req, reply) => {
    const destination = client(request).destinations.get(request.params.destination_id!)
    return destination ?? leanError(reply, 404, 'DESTINATION_NOT_FOUND', 'Destination not found')
  })

  app.post('/payouts/v1/payment', async (request: Req, reply) => {
    const body = request.body ?? {}
    const { amount, currency, destination_id: destinationId } = body
    if (typeof amount !== 'number' || !(amount > 0) || typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
      return leanError(reply, 400, 'INVALID_PARAMETERS', 'amount must be > 0 and currency an ISO 4217 code')
    }
    if (typeof destinationId !== 'string' || !client(request).destinations.has(destinationId)) {
      return leanError(reply, 404, 'DESTINATION_NOT_FOUND', 'Destination not found')
    }
    const { payout } = state.createPayout(client(request), {
      amount,
      currency,
      destination_id: destinationId,
      ...(typeof body.description === 'string' && { description: body.description }),
      ...(typeof body.reference === 'string' && { reference: body.reference }),
      ...(typeof body.idempotency_key === 'string' && { idempotency_key: body.idempotency_key })
    })
    return reply.code(201).send(state.payoutView(payout))
  })

  app.get('/payouts/v1/payments', async (request) => [...client(request).payouts.values()].map((p) => state.payoutView(p)))

  app.get('/payouts/v1/payments/:payment_id/history', async (request: Req, reply) => {
    const payout = payoutOf(request, reply)
    return payout === undefined ? reply : state.history(payout)
  })

  app.get('/payouts/v1/:payment_id', async (request: Req, reply) => {
    const payout = payoutOf(request, reply)
    return payout === undefined ? reply : state.payoutView(payout)
  })

  app.get('/payouts/v1/intents/:payment_intent_id', async (request: Req, reply) => {
    const payout = [...client(request).payouts.values()].find((p) => p.payment_intent_id === request.params.payment_intent_id)
    if (payout === undefined) return leanError(reply, 404, 'PAYMENT_INTENT_NOT_FOUND', 'Payment intent not found')
    const view = state.payoutView(payout)
    return {
      id: payout.payment_intent_id,
      payment_ids: [payout.id],
      amount: payout.amount,
      currency: payout.currency,
      destination_id: payout.destination_id,
      status: view.status,
      created_at: view.created_at
    }
  })
}

/** The payout a `:payment_id` route names, of the calling client; Lean's 404 answered when there is none. Both wires say it the same way. */
function payoutOf (request: FastifyRequest, reply: FastifyReply): PayoutRecord | undefined {
  const payout = clientOf(request).payouts.get((request.params as Record<string, string>).payment_id!)
  if (payout === undefined) leanError(reply, 404, 'PAYMENT_NOT_FOUND', 'Payment not found')
  return payout
}

export { leanError, payoutOf }
