import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { EmulatorAccounts } from './accounts.js'
import type { EmulatorBanks } from './banks.js'
import type { EmulatorPayins } from './payins.js'
import type { Faults, FaultRule } from './faults.js'
import type { EmulatorOptions, RecordedRequest } from './index.js'
import type { EmulatorClient, EmulatorState } from './state.js'
import type { EmulatorWebhooks, WebhookTarget } from './webhooks.js'

export interface AdminContext {
  options: EmulatorOptions
  state: EmulatorState
  faults: Faults
  webhooks: EmulatorWebhooks
  requests: RecordedRequest[]
  banks: EmulatorBanks
  payins: EmulatorPayins
  accounts: EmulatorAccounts
}

/**
 * The emulator's own switches under /__emulator (docs/emulator.md): what reached it, faults to
 * inject, webhooks to send, banks to connect, tokens to revoke, clients to add, a reset.
 */
export function registerAdminRoutes (admin: FastifyInstance, { options, state, faults, webhooks, requests, banks, payins, accounts }: AdminContext): void {
  if (options.jwks !== undefined) admin.get('/jwks.json', async () => options.jwks)
  admin.get('/requests', async () => requests)
  admin.delete('/requests', async () => { requests.length = 0; return { cleared: true } })
  admin.get('/faults', async () => faults.list())
  admin.post('/faults', async (request, reply) => {
    faults.add(request.body as FaultRule)
    return reply.code(201).send(faults.list())
  })
  admin.delete('/faults', async () => { faults.clear(); return { cleared: true } })
  admin.post('/webhooks', async (request, reply) => {
    webhooks.configure(request.body as WebhookTarget)
    return reply.code(201).send({ configured: true })
  })
  admin.delete('/webhooks', async () => { webhooks.configure(undefined); return { cleared: true } })
  // "Connect a bank" for an app user, as LinkSDK would: a new entity of the client, announced by webhook.
  admin.post('/entities', async (request, reply) => {
    const body = request.body as { clientId: string; appUserId?: string; customerId?: string; entityId?: string }
    const entityId = body.entityId ?? randomUUID()
    // By customer (what LinkSDK's connect() is given), or by app user id.
    const customer = body.customerId !== undefined ? state.customerById(body.clientId, body.customerId) : state.customer(body.clientId, body.appUserId ?? '')
    if (!state.addEntity(body.clientId, entityId)) return await reply.code(404).send({ error: 'unknown client' })
    customer?.entities.push(entityId)
    await webhooks.entityCreated({ id: entityId, appUserId: customer?.app_user_id ?? body.appUserId ?? '', customerId: customer?.customer_id ?? body.customerId ?? randomUUID() })
    return reply.code(201).send({ entity_id: entityId })
  })
  admin.post('/tokens/revoke', async () => ({ revoked: state.revokeTokens() }))
  admin.post('/clients', async (request, reply) => {
    state.addClient(request.body as EmulatorClient)
    return reply.code(201).send({ ok: true })
  })
  admin.get('/stats', async () => ({
    tokensIssued: state.tokensIssued,
    payoutsCreated: state.payoutsCreated,
    webhooksSent: webhooks.sent,
    webhooksDropped: webhooks.dropped,
    requests: requests.length
  }))
  banks.registerAdmin(admin, webhooks)
  payins.registerAdmin(admin, webhooks)
  accounts.registerAdmin(admin)
  admin.post('/reset', async () => {
    state.reset(options.clients)
    faults.clear()
    banks.reset()
    payins.reset()
    accounts.reset()
    requests.length = 0
    return { reset: true }
  })
}
