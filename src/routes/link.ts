import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import type { TenantConfig } from '../config/types.js'
import { reconcileCustomer } from '../entities/reconcile.js'
import { userEntity } from '../entities/resolve.js'
import { GatewayError, invalidRequest, notFound } from '../errors.js'
import { disconnectEntity } from '../lean/customers.js'
import { clientKeyOf } from '../ownership/guard.js'
import { requesterOf } from '../tenants/caller.js'
import { SECURITY } from '../plugins/swagger.js'
import { BODY_OPTIONAL } from '../docs/document.js'
import { AUTH_PROBLEMS, BODY_PROBLEMS, HTTP_PROBLEMS, LEAN_PASSTHROUGH, LEAN_PROBLEMS, problem } from '../docs/responses.js'
import { APP_USER_PATTERN } from '../ids.js'
import { Uuid } from '../schemas/common.js'

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

/** `{ user? }`: the app user an API-key caller names (in the session's body, in the other routes' query). */
const UserOnly = Type.Object({ user: Type.Optional(Type.String({ pattern: APP_USER_PATTERN })) }, { additionalProperties: false })

const SESSION_SCHEMA = {
  operationId: 'createLinkSession',
  tags: ['Link'],
  summary: 'Open a LinkSDK session for an app user',
  description: "Finds or creates the user's Lean customer and returns what LinkSDK's `connect()` takes. The app user is the JWT's `sub`; " +
    'an API-key caller names one in `user`. Scope: `link:connect`. Never cached.',
  security: SECURITY,
  'x-required-scopes': ['link:connect'],
  body: { content: { 'application/json': { schema: UserOnly } } },
  [BODY_OPTIONAL]: true,
  response: { 200: { ...Session, description: "What LinkSDK's connect() takes" }, ...HTTP_PROBLEMS, ...AUTH_PROBLEMS, ...LEAN_PROBLEMS, ...BODY_PROBLEMS, 409: problem('The tenant has no lean.appUserIdPrefix or no OAuth credentials (`not-configured`), or the Lean customer is held by another tenant or user (`conflict`)') }
}

const ENTITIES_SCHEMA = {
  operationId: 'listLinkEntities',
  tags: ['Link'],
  summary: "The app user's connected banks",
  description: 'The entities bound to the caller\'s user (by `entity.created` for its customer), newest first. API-key callers name the user with `?user=`. ' +
    "With `refresh=true` the gateway first asks Lean for the customer's entities and binds those a missed webhook left out (audited `entity.reconciled`). Scope: `link:connect`.",
  security: SECURITY,
  'x-required-scopes': ['link:connect'],
  querystring: Type.Object({
    ...UserOnly.properties,
    refresh: Type.Optional(Type.Boolean({ description: "Reconcile with Lean's list of the customer's entities first (one Lean call)" }))
  }, { additionalProperties: false }),
  // With refresh=true Lean is asked, so its failures and refusals can be the answer.
  response: { 200: Type.Array(Entity, { description: "The user's connected banks, newest first" }), ...LEAN_PASSTHROUGH, ...AUTH_PROBLEMS, ...LEAN_PROBLEMS }
}

const DISCONNECT_SCHEMA = {
  operationId: 'disconnectLinkEntity',
  tags: ['Link'],
  summary: 'Disconnect a bank',
  description: "Disconnects one of the caller user's entities at Lean and forgets it; another user's is 404. Audited. Scope: `link:connect`.",
  security: SECURITY,
  'x-required-scopes': ['link:connect'],
  params: Type.Object({ entity_id: Uuid('The entity to disconnect') }),
  querystring: UserOnly,
  response: { 200: Type.Object({ entity_id: Type.String(), disconnected: Type.Boolean() }, { description: 'Disconnected at Lean and forgotten' }), ...HTTP_PROBLEMS, ...AUTH_PROBLEMS, ...LEAN_PROBLEMS }
}

/** Who the app user is: the JWT's `sub`, or the user an API-key caller names in the body. */
function sessionUser (request: FastifyRequest): string {
  const caller = request.caller!
  if (caller.kind === 'jwt') return caller.id
  const user = (request.body as { user?: unknown } | undefined)?.user
  if (typeof user !== 'string' || !new RegExp(APP_USER_PATTERN).test(user)) throw invalidRequest('body/user must name the app user: 1–128 letters, digits, ".", "_", ":", "@" or "-"')
  return user
}

/** The app user a read or a disconnection is about: the JWT's `sub`, or `?user=` with an API key. */
const queriedUser = (request: FastifyRequest): string | undefined =>
  request.caller!.kind === 'jwt' ? request.caller!.id : (request.query as { user?: string }).user

/** The tenant, when it is set up for LinkSDK (an app_user_id prefix and OAuth's customer tokens). */
function linkTenant (request: FastifyRequest): TenantConfig {
  const tenant = request.caller!.tenant
  if (tenant.lean.appUserIdPrefix === undefined) {
    throw new GatewayError(409, 'not-configured', 'This tenant has no lean.appUserIdPrefix: bank connections for app users are not set up')
  }
  if (tenant.lean.clientSecret === undefined) {
    throw new GatewayError(409, 'not-configured', "LinkSDK needs a customer token from Lean's OAuth: this tenant signs in with lean.appToken only (set lean.authUrl and lean.clientSecret)")
  }
  return tenant
}

/** The user's Lean customer's entities, as Lean lists them, bound where a webhook was missed; a user without a customer has none to find. */
async function reconcileUser (app: FastifyInstance, request: FastifyRequest, user: string): Promise<void> {
  const tenant = request.caller!.tenant
  const customer = await app.store.events.customerOf(tenant.id, user)
  if (customer === undefined) return
  const bound = await reconcileCustomer({ lean: app.lean.client(tenant), store: app.store, caller: request.caller!.id, requestId: request.id, deliver: tenant.webhooks !== undefined }, customer)
  if (bound.length > 0) request.log.info({ tenant: tenant.id, entities: bound }, 'entities a missed webhook left out, bound')
}

async function disconnect (app: FastifyInstance, request: FastifyRequest): Promise<{ entity_id: string; disconnected: true }> {
  const { store } = app
  const caller = request.caller!
  const tenant = caller.tenant
  const bound = await userEntity(store.events, tenant, queriedUser(request), (request.params as { entity_id: string }).entity_id)
  if (bound.customerId === undefined) throw notFound('No such entity for this user')
  await disconnectEntity(app.lean.client(tenant), bound.customerId, bound.entityId)
  await store.events.unbind(clientKeyOf(tenant), bound.entityId)
  await store.record([], [{ tenantId: tenant.id, caller: caller.id, requestId: request.id, operation: 'disconnectLinkEntity', event: 'entity.disconnected', leanId: bound.entityId, outcome: 'disconnected' }])
  return { entity_id: bound.entityId, disconnected: true }
}

/**
 * Bank connections for app users (LinkSDK): the gateway finds or creates the user's Lean customer
 * once, hands the app a customer-scoped token, and afterwards knows which entities are the user's.
 */
export default async function linkRoutes (app: FastifyInstance): Promise<void> {
  const guard = [app.requireScope('link:connect'), app.limitCaller('link:connect')]
  // Besides the caller's own limit: a stolen app token cannot mint customer tokens in a loop.
  const perUser = app.limitFixed('link-session', { max: 30, timeWindowMs: 60_000 }, (request) => `${request.caller!.tenant.id}:${requesterOf(request.caller!)}`)

  app.post('/link/v1/session', { onRequest: [...guard, perUser], schema: SESSION_SCHEMA }, async (request, reply) => {
    const tenant = linkTenant(request)
    const customer = await app.lean.customers.of(tenant, sessionUser(request))
    const token = await app.lean.customerToken(tenant, customer.customerId)
    return await reply.header('cache-control', 'no-store').send({
      customer_id: customer.customerId,
      app_token: tenant.lean.clientId,
      access_token: token.value,
      token_type: 'Bearer',
      expires_in: Math.floor((token.expiresAt - Date.now()) / 1000)
    })
  })

  // refresh=true costs a Lean call: as many a minute per user as sessions, whatever the caller's own limit.
  const perUserRefresh = app.limitFixed('link-refresh', { max: 30, timeWindowMs: 60_000 }, (request) => `${request.caller!.tenant.id}:${queriedUser(request) ?? ''}`)
  async function limitRefresh (request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if ((request.query as { refresh?: unknown }).refresh === 'true') await perUserRefresh.call(app, request, reply)
  }

  app.get('/link/v1/entities', { onRequest: [...guard, limitRefresh], schema: ENTITIES_SCHEMA }, async (request) => {
    const caller = request.caller!
    const user = queriedUser(request)
    if (user === undefined) throw invalidRequest('querystring/user names the app user with an API key')
    if ((request.query as { refresh?: boolean }).refresh === true) await reconcileUser(app, request, user)
    const entities = await app.store.events.userEntities(clientKeyOf(caller.tenant), caller.tenant.id, user)
    return entities.map((e) => ({ entity_id: e.entityId, bank_identifier: e.bankIdentifier ?? null, created_at: e.createdAt }))
  })

  app.delete('/link/v1/entities/:entity_id', { onRequest: guard, schema: DISCONNECT_SCHEMA }, async (request) => await disconnect(app, request))
}
