import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isValidIban } from './fixtures.js'
import { leanError, payoutOf } from './lean-routes.js'
import * as shape from './lean-shapes.js'
import type { EmulatorState, PayoutRecord } from './state.js'
import { isUuid } from '../ids.js'
import { clientOf } from './client-of.js'

type Req = FastifyRequest<{ Params: Record<string, string>; Querystring: Record<string, string>; Body: unknown }>

const invalid = (reply: FastifyReply, field: string, value: unknown): FastifyReply =>
  leanError(reply, 400, 'INVALID_PARAMETERS', `The request is badly formatted or a parameter of the wrong type has been provided, field: ${field}, value: ${String(value)}.`)

/** The 20 operations as Lean's servers answer them today (shared/lean-wire/). */
export function registerLeanWireRoutes (app: FastifyInstance, state: EmulatorState): void {
  const client = clientOf
  // PENDING answers, completed later: Lean keeps them under their results_id.
  const results = new Map<string, unknown>()

  const entityOf = (request: Req, reply: FastifyReply, sent: unknown) => {
    if (typeof sent !== 'string' || !isUuid(sent)) { invalid(reply, 'entity_id', sent); return undefined }
    const entity = state.entity(client(request), sent)
    if (entity === undefined) leanError(reply, 404, 'UNKNOWN_ENTITY', 'The entity_id provided did not match an account in our records.')
    return entity
  }

  /** A Data read: entity from the query, paged, wrapped; with async=true, PENDING and kept for /results. */
  function data (path: string, type: string, key: string, read: (request: Req, reply: FastifyReply, entity: NonNullable<ReturnType<typeof entityOf>>) => unknown[] | undefined, extra?: (request: Req) => Record<string, unknown>): void {
    app.get(path, async (request: Req, reply) => {
      const q = request.query
      if (q.size !== undefined && !(/^\d+$/.test(q.size) && Number(q.size) >= 1 && Number(q.size) <= 100)) return invalid(reply, 'size', q.size)
      if (q.page !== undefined && !/^\d+$/.test(q.page)) return invalid(reply, 'page', q.page)
      const entity = entityOf(request, reply, q.entity_id)
      if (entity === undefined) return reply
      const items = read(request, reply, entity)
      if (items === undefined) return reply
      const answer = shape.envelope(type, key, items, q, extra?.(request) ?? {})
      if (q.async !== 'true') return answer
      results.set(answer.results_id as string, answer)
      state.onResultsPending?.(answer.results_id as string)
      return { status: 'PENDING', results_id: answer.results_id, message: 'Data is being fetched; it will be available under results_id', meta: q.meta ?? null, timestamp: new Date().toISOString(), status_detail: null }
    })
  }

  const accountOf = (request: Req, reply: FastifyReply, entity: NonNullable<ReturnType<typeof entityOf>>) => {
    const account = entity.accounts.find((a) => a.account_id === request.params.account_id)
    if (account === undefined) leanError(reply, 404, 'UNKNOWN_ACCOUNT', 'The account_id provided does not match an account with the entity_id provided.')
    return account
  }
  const holderOf = (entity: NonNullable<ReturnType<typeof entityOf>>) => String(entity.identity.full_name)

  data('/data/v2/accounts', 'accounts', 'accounts', (_r, _p, entity) => shape.accounts(entity, holderOf(entity)))
  data('/data/v2/accounts/:account_id/transactions', 'transactions', 'transactions', (request, reply, entity) =>
    accountOf(request, reply, entity) === undefined ? undefined : shape.transactions(entity, request.params.account_id!, request.query.start_date, request.query.end_date))
  data('/data/v2/accounts/:account_id/balances', 'balances', 'balances', (request, reply, entity) =>
    accountOf(request, reply, entity) === undefined ? undefined : shape.balances(entity, request.params.account_id!))
  for (const [segment, key] of [['beneficiaries', 'beneficiaries'], ['direct-debits', 'direct_debits'], ['scheduled-payments', 'scheduled_payments'], ['standing-orders', 'standing_orders']] as const) {
    data(`/data/v2/accounts/:account_id/${segment}`, segment, key, (request, reply, entity) =>
      accountOf(request, reply, entity) === undefined ? undefined : entity.extras.get(request.params.account_id!)![segment]!.map((item) => ({ account_id: request.params.account_id, ...(item as object), regional_data: null })))
  }
  data('/data/v2/accounts/:account_id/identities', 'identities', 'identities', (request, reply, entity) =>
    accountOf(request, reply, entity) === undefined ? undefined : shape.identities(entity), (request) => ({ account_id: request.params.account_id }))
  data('/data/v2/identity', 'identities', 'identities', (_r, _p, entity) => shape.identities(entity), () => ({ account_id: null }))

  app.get('/data/v2/results/:results_id', async (request: Req, reply) => {
    const entity = entityOf(request, reply, request.query.entity_id)
    if (entity === undefined) return reply
    const id = request.params.results_id!
    // A sandbox sample (the demo's): the entity's identity, as if fetched with async=true a while ago.
    const sample = client(request).client.samples?.results?.find((r) => r.id === id && r.entityId === entity.entityId)
    const answer = results.get(id) ?? (sample === undefined ? undefined : { ...shape.envelope('identities', 'identities', shape.identities(entity), {}, { account_id: null }), results_id: id })
    return answer ?? leanError(reply, 404, 'UNKNOWN_RESULTS_ID', 'The results_id provided has not been recognized by Lean or has not been processed yet')
  })

  const refreshView = (refresh: { id: string; entityId: string; createdAt: number }) => {
    const done = Date.now() - refresh.createdAt >= state.timing.refreshMs
    return { refresh_id: refresh.id, entity_id: refresh.entityId, customer_id: null, status: done ? 'FINISHED' : 'IN_PROGRESS', created_at: new Date(refresh.createdAt).toISOString(), updated_at: new Date().toISOString() }
  }
  app.post('/data/v2/refreshes', async (request: Req, reply) => {
    const entity = entityOf(request, reply, (request.body as { entity_id?: unknown } | undefined)?.entity_id)
    if (entity === undefined) return reply
    const refresh = state.createRefresh(client(request), entity.entityId)
    return { refresh_id: refresh.id, status: 'OK', message: 'Data refresh triggered successfully', timestamp: new Date().toISOString() }
  })
  app.get('/data/v2/refreshes', async (request: Req, reply) => {
    const entity = entityOf(request, reply, request.query.entity_id)
    if (entity === undefined) return reply
    const { items, page } = shape.paged([...client(request).refreshes.values()].filter((r) => r.entityId === entity.entityId).map(refreshView), request.query, { page: 'page', size: 'size' })
    return { content: items, page }
  })
  app.get('/data/v2/refreshes/:refresh_id', async (request: Req, reply) => {
    const entity = entityOf(request, reply, request.query.entity_id)
    if (entity === undefined) return reply
    const refresh = client(request).refreshes.get(request.params.refresh_id!)
    if (refresh === undefined || refresh.entityId !== entity.entityId) return leanError(reply, 404, 'UNKNOWN_REFRESH', 'The refresh_id provided was not found')
    return { ...refreshView(refresh), data_status: { accounts: 'OK', identity: 'OK' } }
  })

  app.post('/payouts/v1/payment/destinations', async (request: Req, reply) => {
    const items = request.body
    if (!Array.isArray(items) || items.length === 0) return invalid(reply, 'body', 'not a list of destinations')
    for (const item of items as Array<Record<string, unknown>>) {
      if (typeof item.name !== 'string' || item.name === '') return invalid(reply, 'name', item.name)
      if (item.iban === undefined && item.account_number === undefined) return invalid(reply, 'iban', undefined)
      if (item.iban !== undefined && (typeof item.iban !== 'string' || !isValidIban(item.iban))) return leanError(reply, 400, 'INVALID_IBAN', 'iban is not a valid IBAN')
    }
    return (items as Array<Record<string, unknown>>).map((item) => {
      const destination = state.createDestination(client(request), item)
      return { add_beneficiary_task_id: randomUUID(), destination_id: destination.id, bank_identifier: item.bank_identifier ?? null, iban: item.iban ?? null, account_number: item.account_number ?? null, display_name: item.display_name ?? item.name, status: 'CONFIRMED' }
    })
  })
  app.get('/payouts/v1/payment/destinations', async (request) => [...client(request).destinations.values()])
  app.get('/payouts/v1/payment/destinations/:destination_id', async (request: Req, reply) =>
    client(request).destinations.get(request.params.destination_id!) ?? leanError(reply, 404, 'DESTINATION_NOT_FOUND', 'Destination not found'))

  app.post('/payouts/v1/payment', async (request: Req, reply) => {
    const data = client(request)
    const key = request.headers['idempotency-key']
    // Lean deduplicates on the Idempotency-Key header: the same key answers the first answer again.
    if (typeof key === 'string' && data.answersByKey.has(key)) return data.answersByKey.get(key)
    const details = (request.body as { payment_details?: unknown } | undefined)?.payment_details
    if (!Array.isArray(details) || details.length === 0) return invalid(reply, 'payment_details', details)
    for (const pd of details as Array<{ currency?: unknown; destination_details?: unknown }>) {
      if (typeof pd.currency !== 'string' || !/^[A-Z]{3}$/.test(pd.currency)) return invalid(reply, 'currency', pd.currency)
      if (!Array.isArray(pd.destination_details) || pd.destination_details.length === 0) return invalid(reply, 'destination_details', pd.destination_details)
      for (const dd of pd.destination_details as Array<Record<string, unknown>>) {
        if (typeof dd.amount !== 'number' || !(dd.amount > 0)) return invalid(reply, 'amount', dd.amount)
        if (!data.destinations.has(String(dd.payment_destination_id))) return leanError(reply, 404, 'DESTINATION_NOT_FOUND', 'Destination not found')
      }
    }
    const answer = {
      end_user_id: randomUUID(),
      payouts_payment_details: (details as Array<{ account_id?: string; currency: string; destination_details: Array<Record<string, unknown>> }>).flatMap((pd) =>
        pd.destination_details.map((dd) => {
          const destination = data.destinations.get(String(dd.payment_destination_id))!
          const { payout } = state.createPayout(data, {
            amount: dd.amount as number,
            currency: pd.currency,
            destination_id: destination.id,
            ...(typeof dd.description === 'string' && { description: dd.description }),
            ...(pd.account_id !== undefined && { source_id: pd.account_id })
          })
          return {
            payment_intent_id: payout.payment_intent_id,
            initiate_payment_task_id: randomUUID(),
            account_number: '5591673153157838',
            iban: 'AE360355591673153157838',
            destination_details: { destination_id: destination.id, amount: dd.amount, currency: pd.currency, payment_status: 'CREATED', error_message: null, recipient_details: { account_number: destination.account_number ?? null, iban: destination.iban ?? null, name: destination.name ?? null } },
            bank_identifier: 'LEAN_DC_MB_SAU'
          }
        }))
    }
    if (typeof key === 'string') data.answersByKey.set(key, answer)
    return answer
  })

  const statusOf = (payout: PayoutRecord) => state.history(payout).at(-1)!.status

  app.get('/payouts/v1/payments', async (request: Req) => {
    const data = client(request)
    const list = [...data.payouts.values()].map((p) => {
      const view = shape.payment(p, statusOf(p), data.destinations.get(p.destination_id), state.postInitiation(p))
      return { recipient_name: (view.recipient_details as { name: unknown }).name, description: view.description, currency: p.currency, amount: p.amount, created_at: view.submission_timestamp, updated_at: new Date().toISOString(), payment_intent_id: p.payment_intent_id, auto_authorized: true, pending_manual_authorization: false, status: view.status, post_initiation_status: view.post_initiation_status, bank_transaction_reference: view.bank_transaction_reference }
    })
    const { items, page } = shape.paged(list, request.query, { page: 'page_number', size: 'page_size' })
    return { content: items, page }
  })

  app.get('/payouts/v1/payments/:payment_id/history', async (request: Req, reply) => {
    const payout = payoutOf(request, reply)
    if (payout === undefined) return reply
    const events = state.history(payout).map((h, i) => ({ event: i === 0 ? 'payment.created' : 'payment.updated', status: shape.LEAN_STATUS[h.status], post_initiation_status: null as string | null, published_at: h.timestamp }))
    const after = state.postInitiation(payout)
    if (after !== null) events.push({ event: 'payment.updated', status: 'ACCEPTED_BY_BANK', post_initiation_status: after, published_at: new Date(payout.createdAt + 3 * state.timing.payoutStepMs).toISOString() })
    return { content: [{ payment_id: payout.id, events }], page: { number: 0, size: 10, total_elements: 1, total_pages: 1, sort: null } }
  })
  app.get('/payouts/v1/:payment_id', async (request: Req, reply) => {
    const payout = payoutOf(request, reply)
    return payout === undefined ? reply : shape.payment(payout, statusOf(payout), client(request).destinations.get(payout.destination_id), state.postInitiation(payout))
  })
  app.get('/payouts/v1/intents/:payment_intent_id', async (request: Req, reply) => {
    const data = client(request)
    const payout = [...data.payouts.values()].find((p) => p.payment_intent_id === request.params.payment_intent_id)
    if (payout === undefined) return leanError(reply, 404, 'PAYMENT_INTENT_NOT_FOUND', 'Payment intent not found')
    const destination = data.destinations.get(payout.destination_id)
    return {
      payment_intent_id: payout.payment_intent_id,
      customer_id: null,
      amount: payout.amount,
      currency: payout.currency,
      description: payout.description ?? null,
      external_reference: null,
      payment: shape.payment(payout, statusOf(payout), destination, state.postInitiation(payout)),
      payment_destination: destination === undefined ? null : { ...destination, status: 'ACTIVE' }
    }
  })
}
