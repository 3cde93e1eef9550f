import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { AUTH_PROBLEMS, LEAN_PASSTHROUGH, LEAN_PROBLEMS } from '../docs/responses.js'
import { ACCOUNT_TYPES, BANKS_TTL_MS, normalAccountTypes } from '../lean/banks.js'
import { clientKeyOf } from '../ownership/guard.js'
import { SECURITY } from '../plugins/swagger.js'

const Bank = Type.Object({
  identifier: Type.String({ description: "Lean's identifier of the bank, as LinkSDK's `bank_identifier` takes it" }),
  name: Type.String(),
  logo: Type.Optional(Type.String()),
  logo_alt: Type.Optional(Type.String()),
  main_color: Type.Optional(Type.String()),
  background_color: Type.Optional(Type.String()),
  theme: Type.Optional(Type.String({ description: '`dark` or `light`: the text colour over `main_color`' })),
  country_code: Type.Optional(Type.String()),
  availability: Type.Optional(Type.Object({}, { additionalProperties: true, description: 'Whether Lean (`active`) and the application (`enabled`) have the bank on, for payments and data' })),
  supported_account_types: Type.Optional(Type.Array(Type.String())),
  traits: Type.Optional(Type.Array(Type.String())),
  transfer_limits: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true })))
}, { additionalProperties: true })

const TYPE = ACCOUNT_TYPES.join('|')

const BANKS_SCHEMA = {
  operationId: 'listBanks',
  tags: ['Banks'],
  summary: 'The banks a customer can connect or pay from',
  description: "Lean's banks list, unchanged. The gateway keeps each Lean application's answer for 5 minutes (and drops it when Lean " +
    'reports a change of availability), so every screen may ask. Scope: `data:read`.',
  security: SECURITY,
  'x-required-scopes': ['data:read'],
  querystring: Type.Object({
    account_types: Type.Optional(Type.String({
      pattern: `^(${TYPE})(,(${TYPE}))*$`,
      description: `Only banks supporting these account types, comma-separated: ${ACCOUNT_TYPES.join(', ')}`
    }))
  }, { additionalProperties: false }),
  response: {
    200: Type.Array(Bank, { description: "Lean's banks list (kept up to 5 minutes: see Age and Cache-Control)" }),
    ...AUTH_PROBLEMS,
    ...LEAN_PROBLEMS,
    ...LEAN_PASSTHROUGH
  }
}

/** Lean's banks list for the caller's Lean application: one Lean call per application and 5 minutes however many screens ask. */
async function listBanks (app: FastifyInstance, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const tenant = request.caller!.tenant
  const accountTypes = normalAccountTypes((request.query as { account_types?: string }).account_types)
  const path = `/banks/v1${accountTypes === undefined ? '' : `?${new URLSearchParams({ account_types: accountTypes }).toString()}`}`
  const { list } = await app.lean.banks.get(clientKeyOf(tenant), accountTypes, async () =>
    await app.lean.client(tenant).request({ operation: 'listBanks', method: 'GET', path }))
  if (list.correlationId !== undefined) reply.header('lean-correlation-id', list.correlationId)
  const secondsLeft = Math.max(0, Math.floor((list.expiresAt - Date.now()) / 1000))
  // The same for every caller of the application: the app may keep it as long as the gateway does.
  return await reply.code(list.status)
    .header('cache-control', `private, max-age=${secondsLeft}`)
    .header('age', String(Math.floor(BANKS_TTL_MS / 1000) - secondsLeft))
    .type(list.contentType ?? 'application/json')
    .send(list.body)
}

export default async function bankRoutes (app: FastifyInstance): Promise<void> {
  app.get('/banks/v1', {
    onRequest: [app.requireScope('data:read'), app.limitCaller('data:read')],
    schema: BANKS_SCHEMA
  }, async (request, reply) => await listBanks(app, request, reply))
}
