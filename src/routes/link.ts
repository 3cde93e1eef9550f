import type { FastifyInstance, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { TenantConfig } from '../config/types.js'
import { GatewayError, invalidRequest, notFound } from '../errors.js'
import { isAlreadyExists } from '../lean/outcome.js'
import { clientKeyOf } from '../ownership/guard.js'
import { requesterOf } from '../tenants/caller.js'
import { SECURITY } from '../plugins/swagger.js'
import { BODY_OPTIONAL } from '../docs/document.js'
import { AUTH_PROBLEMS, BODY_PROBLEMS, HTTP_PROBLEMS, LEAN_PROBLEMS, problem } from '../docs/responses.js'
import { Uuid } from '../schemas/common.js'
import type { LeanCustomer } from '../store/types.js'

const USER = '^[A-Za-z0-9._:@-]{1,128}$'

const Session = Type.Object({
  customer_id: Type.String({ description: "The user's Lean customer" }),
  app_token: Type.String({ description: "Lean's application id (the tenant's lean.clientId), as LinkSDK's connect() takes it" }),
  access_token: Type.String({ description: 'Customer-scoped Lean token for LinkSDK only; it opens no Lean API' }),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Seconds of life left: at least 600' })
}, {
  examples: [{ customer_id: '3f6b1c2e-8a4d-4e7f-9b1a-2c5d8e0f7a31', app_token: 'demo-client', access_token: 'eyJhbGciOi…', token_type: 'Bearer', expires_in: 3599 }]
})

const Entity = Type.Object({ entity_id: Type.String(), bank_identifier: Type.Union([Type.String(), Type.Null()]), created_at: Type.String() },
  { examples: [{ entity_id: '6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c', bank_identifier: 'LEAN_MB1', created_at: '2026-12-01T10:15:00.000Z' }] })

/** Who the app user is: the JWT's `sub`, or the user an API-key caller names. */
function appUser (request: FastifyRequest): string {
  const caller = request.caller!
  if (caller.kind === 'jwt') return caller.id
  const user = (request.body as { user?: unknown } | undefined)?.user
  if (typeof user !== 'string' || !new RegExp(USER).test(user)) throw invalidRequest('body/user must name the app user: 1–128 letters, digits, ".", "_", ":", "@" or "-"')
  return user
}

/**
 * Bank connections for app users (LinkSDK): the gateway finds or creates the user's Lean customer
 * once, hands the app a customer-scoped token, and afterwards knows which entities are the user's.
 */
export default async function linkRoutes (app: FastifyInstance): Promise<void> {
  // Concurrent first sessions of one user make one Lean customer; across replicas Lean's 409 does.
  const creating = new Map<string, Promise<LeanCustomer>>()

  async function findOrCreate (tenant: TenantConfig, user: string): Promise<LeanCustomer> {
    const key = `${tenant.id}\n${user}`
    let pending = creating.get(key)
    if (pending === undefined) {
      // The store is asked inside the single flight, so no caller can look, miss, and create after another created.
      pending = (async () => await app.store.events.customerOf(tenant.id, user) ?? await createCustomer(tenant, user))()
        .finally(() => creating.delete(key))
      creating.set(key, pending)
    }
    return await pending
  }

  async function createCustomer (tenant: TenantConfig, user: string): Promise<LeanCustomer> {
    const appUserId = `${tenant.lean.appUserIdPrefix!}${user}`
    const client = app.lean.client(tenant)
    let answer: { customer_id?: unknown }
    try {
      const res = await client.request({ operation: 'createCustomer', method: 'POST', path: '/customers/v1/', body: JSON.stringify({ app_user_id: appUserId }) })
      answer = JSON.parse(res.body.toString('utf8')) as typeof answer
    } catch (err) {
      if (!isAlreadyExists(err, 'CUSTOMER_ALREADY_EXISTS')) throw err
      // Created before (another replica, or before this gateway kept it): look it up.
      const res = await client.request({ operation: 'getCustomerByAppUserId', method: 'GET', path: `/customers/v1/app-user-id/${encodeURIComponent(appUserId)}` })
      answer = JSON.parse(res.body.toString('utf8')) as typeof answer
    }
    if (typeof answer.customer_id !== 'string' || answer.customer_id === '') throw new GatewayError(502, 'upstream-unavailable', 'Lean answered without a customer_id')
    const stored = await app.store.events.saveCustomer({ tenantId: tenant.id, userId: user, clientKey: clientKeyOf(tenant), customerId: answer.customer_id })
    // Lean knows the customer by app_user_id alone: one the store holds for another tenant or user is not this user's.
    if (stored.tenantId !== tenant.id || stored.userId !== user) {
      throw new GatewayError(409, 'conflict', 'The Lean customer for this app user is held by another tenant or user of this Lean application')
    }
    return stored
  }

  const tenantWithPrefix = (request: FastifyRequest): TenantConfig => {
    const tenant = request.caller!.tenant
    if (tenant.lean.appUserIdPrefix === undefined) {
      throw new GatewayError(409, 'not-configured', 'This tenant has no lean.appUserIdPrefix: bank connections for app users are not set up')
    }
    if (tenant.lean.clientSecret === undefined) {
      throw new GatewayError(409, 'not-configured', "LinkSDK needs a customer token from Lean's OAuth: this tenant signs in with lean.appToken only (set lean.authUrl and lean.clientSecret)")
    }
    return tenant
  }

  // Besides the caller's own limit: a stolen app token cannot mint customer tokens in a loop.
  const perUser = app.limitFixed('link-session', { max: 30, timeWindowMs: 60_000 }, (request) => `${request.caller!.tenant.id}:${requesterOf(request.caller!)}`)

  app.post('/link/v1/session', {
    onRequest: [app.requireScope('link:connect'), app.limitCaller('link:connect'), perUser],
    schema: {
      operationId: 'createLinkSession',
      tags: ['Link'],
      summary: 'Open a LinkSDK session for an app user',
      description: "Finds or creates the user's Lean customer and returns what LinkSDK's `connect()` takes. The app user is the JWT's `sub`; " +
        'an API-key caller names one in `user`. Scope: `link:connect`. Never cached.',
      security: SECURITY,
      'x-required-scopes': ['link:connect'],
      body: { content: { 'application/json': { schema: Type.Object({ user: Type.Optional(Type.String({ pattern: USER })) }, { additionalProperties: false }) } } },
      [BODY_OPTIONAL]: true,
      response: { 200: { ...Session, description: "What LinkSDK's connect() takes" }, ...HTTP_PROBLEMS, ...AUTH_PROBLEMS, ...LEAN_PROBLEMS, ...BODY_PROBLEMS, 409: problem('The tenant has no lean.appUserIdPrefix or no OAuth credentials (`not-configured`), or the Lean customer is held by another tenant or user (`conflict`)') }
    }
  }, async (request, reply) => {
    const tenant = tenantWithPrefix(request)
    const customer = await findOrCreate(tenant, appUser(request))
    const token = await app.lean.customerToken(tenant, customer.customerId)
    return await reply.header('cache-control', 'no-store').send({
      customer_id: customer.customerId,
      app_token: tenant.lean.clientId,
      access_token: token.value,
      token_type: 'Bearer',
      expires_in: Math.floor((token.expiresAt - Date.now()) / 1000)
    })
  })

  app.get('/link/v1/entities', {
    onRequest: [app.requireScope('link:connect'), app.limitCaller('link:connect')],
    schema: {
      operationId: 'listLinkEntities',
      tags: ['Link'],
      summary: "The app user's connected banks",
      description: 'The entities bound to the caller\'s user (by `entity.created` for its customer), newest first. API-key callers name the user with `?user=`. Scope: `link:connect`.',
      security: SECURITY,
      'x-required-scopes': ['link:connect'],
      querystring: Type.Object({ user: Type.Optional(Type.String({ pattern: USER })) }, { additionalProperties: false }),
      response: { 200: Type.Array(Entity, { description: "The user's connected banks, newest first" }), ...HTTP_PROBLEMS, ...AUTH_PROBLEMS }
    }
  }, async (request) => {
    const caller = request.caller!
    const user = caller.kind === 'jwt' ? caller.id : (request.query as { user?: string }).user
    if (user === undefined) throw invalidRequest('querystring/user names the app user with an API key')
    const entities = await app.store.events.userEntities(clientKeyOf(caller.tenant), caller.tenant.id, user)
    return entities.map((e) => ({ entity_id: e.entityId, bank_identifier: e.bankIdentifier ?? null, created_at: e.createdAt }))
  })

  app.delete('/link/v1/entities/:entity_id', {
    onRequest: [app.requireScope('link:connect'), app.limitCaller('link:connect')],
    schema: {
      operationId: 'disconnectLinkEntity',
      tags: ['Link'],
      summary: 'Disconnect a bank',
      description: "Disconnects one of the caller user's entities at Lean and forgets it; another user's is 404. Audited. Scope: `link:connect`.",
      security: SECURITY,
      'x-required-scopes': ['link:connect'],
      params: Type.Object({ entity_id: Uuid('The entity to disconnect') }),
      querystring: Type.Object({ user: Type.Optional(Type.String({ pattern: USER })) }, { additionalProperties: false }),
      response: { 200: Type.Object({ entity_id: Type.String(), disconnected: Type.Boolean() }, { description: 'Disconnected at Lean and forgotten' }), ...HTTP_PROBLEMS, ...AUTH_PROBLEMS, ...LEAN_PROBLEMS }
    }
  }, async (request) => {
    const caller = request.caller!
    const tenant = caller.tenant
    const user = caller.kind === 'jwt' ? caller.id : (request.query as { user?: string }).user
    const entityId = (request.params as { entity_id: string }).entity_id.toLowerCase()
    const bound = await app.store.events.entity(clientKeyOf(tenant), entityId)
    if (user === undefined || bound === undefined || bound.tenantId !== tenant.id || bound.userId !== user || bound.customerId === undefined) {
      throw notFound('No such entity for this user')
    }
    await app.lean.client(tenant).request({
      operation: 'disconnectEntity',
      method: 'DELETE',
      path: `/customers/v1/${encodeURIComponent(bound.customerId)}/entities/${encodeURIComponent(entityId)}`
    })
    await app.store.events.unbind(clientKeyOf(tenant), entityId)
    await app.store.record([], [{ tenantId: tenant.id, caller: caller.id, requestId: request.id, operation: 'disconnectLinkEntity', event: 'entity.disconnected', leanId: entityId, outcome: 'disconnected' }])
    return { entity_id: entityId, disconnected: true }
  })
}
