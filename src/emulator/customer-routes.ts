import type { FastifyInstance, FastifyRequest } from 'fastify'
import { leanError } from './lean-routes.js'
import type { EmulatorState } from './state.js'
import { clientOf } from './client-of.js'

type Req = FastifyRequest<{ Params: Record<string, string>; Body: { app_user_id?: unknown } | undefined }>

/** Lean's customers (the same on both wires): one per app_user_id, each with the entities it connected. */
export function registerCustomerRoutes (app: FastifyInstance, state: EmulatorState): void {
  const client = clientOf

  app.post('/customers/v1/', async (request: Req, reply) => {
    const appUserId = request.body?.app_user_id
    if (typeof appUserId !== 'string' || appUserId === '' || appUserId.length > 256) {
      return leanError(reply, 400, 'INVALID_PARAMETERS', 'app_user_id is required')
    }
    const { customer, created } = state.createCustomer(client(request), appUserId)
    if (!created) return leanError(reply, 409, 'CUSTOMER_ALREADY_EXISTS', `A customer with app_user_id ${appUserId} already exists`)
    return { customer_id: customer.customer_id, app_user_id: customer.app_user_id }
  })

  app.get('/customers/v1/app-user-id/:app_user_id', async (request: Req, reply) => {
    const customer = [...client(request).customers.values()].find((c) => c.app_user_id === request.params.app_user_id)
    return customer === undefined
      ? leanError(reply, 404, 'CUSTOMER_NOT_FOUND', 'No customer with this app_user_id')
      : { customer_id: customer.customer_id, app_user_id: customer.app_user_id }
  })

  app.get('/customers/v1/:customer_id', async (request: Req, reply) => {
    const customer = client(request).customers.get(request.params.customer_id!)
    return customer === undefined ? leanError(reply, 404, 'CUSTOMER_NOT_FOUND', 'No such customer') : { customer_id: customer.customer_id, app_user_id: customer.app_user_id }
  })

  app.get('/customers/v1/:customer_id/entities', async (request: Req, reply) => {
    const customer = client(request).customers.get(request.params.customer_id!)
    // As Lean's reference shows an entity: its bank, and what the customer consented to.
    return customer === undefined
      ? leanError(reply, 404, 'CUSTOMER_NOT_FOUND', 'No such customer')
      : customer.entities.map((id) => ({ id, customer_id: customer.customer_id, bank_identifier: 'LEAN_MB1', permissions: { identity: true, accounts: true, balance: true, transactions: true } }))
  })

  // Disconnecting: Lean marks the entity deleted; its data can no longer be read.
  app.delete('/customers/v1/:customer_id/entities/:entity_id', async (request: Req, reply) => {
    const data = client(request)
    const customer = data.customers.get(request.params.customer_id!)
    const entityId = request.params.entity_id!.toLowerCase()
    if (customer === undefined || !customer.entities.some((e) => e.toLowerCase() === entityId)) return leanError(reply, 404, 'ENTITY_NOT_FOUND', 'No such entity for this customer')
    customer.entities = customer.entities.filter((e) => e.toLowerCase() !== entityId)
    data.client = { ...data.client, entities: data.client.entities.filter((e) => e.toLowerCase() !== entityId) }
    data.entities.delete(entityId)
    return { entity_id: entityId, status: 'DELETED' }
  })
}
