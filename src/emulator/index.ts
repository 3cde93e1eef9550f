import type { TLSSocket } from 'node:tls'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { registerAdminRoutes } from './admin-routes.js'
import { Faults, resetAfterHandling } from './faults.js'
import { leanError, registerLeanRoutes } from './lean-routes.js'
import { registerLeanWireRoutes } from './lean-wire-routes.js'
import { EmulatorAccounts } from './accounts.js'
import { EmulatorBanks } from './banks.js'
import { EmulatorPayins } from './payins.js'
import { registerCustomerRoutes } from './customer-routes.js'
import type { WireName } from '../wire/types.js'
import { EmulatorWebhooks, type WebhookTarget } from './webhooks.js'
import { EmulatorState, type ClientData, type EmulatorClient, type EmulatorTiming } from './state.js'
import { bindClient } from './client-of.js'

/** The client id an mTLS connection's certificate names (its subject CN). */
function peerClientId (request: FastifyRequest): string | undefined {
  const socket = request.raw.socket as TLSSocket
  if (typeof socket.getPeerCertificate !== 'function') return undefined
  const cn = socket.getPeerCertificate().subject?.CN
  return Array.isArray(cn) ? cn[0] : cn
}

export interface EmulatorOptions extends Partial<EmulatorTiming> {
  clients: EmulatorClient[]
  /** Which wire it speaks: the seeds' (default) or Lean's current one, as the gateway's `leanWire`. */
  wire?: WireName
  /** Where its webhooks go, signed with `secret` (also settable at /__emulator/webhooks). */
  webhooks?: WebhookTarget
  /** Demo mode: the app users' identity provider's keys, served at /__emulator/jwks.json. */
  jwks?: { keys: unknown[] }
  logger?: boolean
  /**
   * Lean's mTLS: serve HTTPS with `cert`/`key` and accept only connections presenting a certificate
   * that `ca` signed, whose subject CN is the client id it acts for (admin calls included).
   */
  tls?: { cert: string; key: string; ca: string }
}

export interface RecordedRequest {
  method: string
  url: string
  headers: Record<string, string | string[] | undefined>
  body?: unknown
  at: string
}

export interface LeanEmulator {
  app: FastifyInstance
  state: EmulatorState
  faults: Faults
  webhooks: EmulatorWebhooks
  banks: EmulatorBanks
  payins: EmulatorPayins
  /** Requests that reached the emulated Lean, token requests included, admin calls excluded. */
  requests: RecordedRequest[]
  listen: (port?: number, host?: string) => Promise<string>
  url: string
  close: () => Promise<void>
}

const ADMIN = '/__emulator'
const MAX_RECORDED = 10_000

/** A bearer token, or over mTLS Lean's app token; with mTLS the certificate must be the client's own. */
function authenticate (state: EmulatorState, request: FastifyRequest, mtls: boolean): ClientData | undefined {
  const appToken = request.headers['lean-app-token']
  const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')
  let client: ClientData | undefined
  if (typeof appToken === 'string' && mtls) client = state.clientByAppToken(appToken)
  else if (match !== null) client = state.clientOf(match[1]!)
  if (client === undefined || (mtls && peerClientId(request) !== client.client.clientId)) return undefined
  return client
}

/** Every request to Lean's side, kept for the tests and the demo (bounded, so a long demo does not grow without end). */
function recorder (requests: RecordedRequest[], recorded: WeakMap<FastifyRequest, RecordedRequest>) {
  return async function record (request: FastifyRequest): Promise<void> {
    if (request.url.startsWith(ADMIN)) return
    const entry: RecordedRequest = { method: request.method, url: request.url, headers: { ...request.headers }, at: new Date().toISOString() }
    if (requests.length >= MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED + 1)
    requests.push(entry)
    recorded.set(request, entry)
  }
}

/** Before Lean's handlers: the body recorded, a fault applied if one matches, the caller authenticated. */
function gate (state: EmulatorState, faults: Faults, recorded: WeakMap<FastifyRequest, RecordedRequest>, mtls: boolean) {
  return async function authenticateOrFault (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const entry = recorded.get(request)
    if (entry === undefined) return
    if (request.body !== undefined) entry.body = request.body
    if (await faults.apply(request, reply)) return reply
    if (request.url.startsWith('/oauth2/')) return
    const client = authenticate(state, request, mtls)
    if (client === undefined) return leanError(reply, 401, 'UNAUTHORIZED', 'Missing, invalid or expired access token')
    bindClient(request, client)
  }
}

/** Lean's OAuth token endpoint: client credentials, for the API or one customer (LinkSDK). */
function registerTokenRoute (app: FastifyInstance, state: EmulatorState, mtls: boolean): void {
  app.post('/oauth2/token', async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, string>
    if (form.grant_type !== 'client_credentials') return reply.code(400).send({ error: 'unsupported_grant_type' })
    const scope = form.scope ?? 'api'
    const customerId = /^customer\.(.+)$/.exec(scope)?.[1]
    if (scope !== 'api' && (customerId === undefined || state.customerById(form.client_id ?? '', customerId) === undefined)) {
      return reply.code(400).send({ error: 'invalid_scope' })
    }
    const issued = mtls && peerClientId(request) !== form.client_id ? undefined : state.issueToken(form.client_id ?? '', form.client_secret ?? '', scope)
    if (issued === undefined) return reply.code(401).send({ error: 'invalid_client' })
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn, scope }
  })
}

const timingOf = (options: EmulatorOptions): EmulatorTiming => ({
  tokenTtlSeconds: options.tokenTtlSeconds ?? 3599,
  payoutStepMs: options.payoutStepMs ?? 5_000,
  refreshMs: options.refreshMs ?? 3_000,
  ...(options.payoutFailureRate !== undefined && { payoutFailureRate: options.payoutFailureRate })
})

/**
 * A stand-in for Lean over real HTTP: the token endpoint and the 20 operations of the seeds, per
 * client data, expiring tokens, payouts that progress, and fault switches under `/__emulator`.
 */
export async function createLeanEmulator (options: EmulatorOptions): Promise<LeanEmulator> {
  const timing = timingOf(options)
  const state = new EmulatorState(timing, options.clients)
  const faults = new Faults()
  const banks = new EmulatorBanks()
  const accounts = new EmulatorAccounts()
  const payins = new EmulatorPayins(() => timing.payoutStepMs, options.clients)
  const webhooks = new EmulatorWebhooks(options.wire ?? 'seeds', timing.payoutStepMs, timing.refreshMs)
  webhooks.configure(options.webhooks)
  state.onPayoutCreated = (payout) => { webhooks.payoutCreated(payout) }
  state.onRefreshCreated = (refresh) => { webhooks.refreshCreated(refresh) }
  state.onResultsPending = (resultsId) => { webhooks.resultsReady(resultsId) }
  const requests: RecordedRequest[] = []
  const recorded = new WeakMap<FastifyRequest, RecordedRequest>()
  const app = Fastify({
    logger: options.logger ?? false,
    forceCloseConnections: true,
    ...(options.tls !== undefined && { https: { ...options.tls, requestCert: true, rejectUnauthorized: true } })
  }) as unknown as FastifyInstance

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)))
  })

  app.addHook('onRequest', recorder(requests, recorded))

  // After the body is read, so recorded requests show what was sent even when a fault answers.
  app.addHook('preHandler', gate(state, faults, recorded, options.tls !== undefined))

  app.addHook('onSend', async (request, _reply, payload) => {
    if (resetAfterHandling.has(request)) request.raw.socket.destroy()
    return payload
  })

  registerTokenRoute(app, state, options.tls !== undefined)

  app.register(async (lean) => {
    // With `early` webhooks, a payout's answer leaves only after its payment.created was answered.
    lean.addHook('onSend', async () => { await webhooks.flushEarly() })
    if (options.wire === 'lean') registerLeanWireRoutes(lean, state)
    else registerLeanRoutes(lean, state)
    registerCustomerRoutes(lean, state)
    banks.registerLean(lean)
    payins.registerLean(lean)
    accounts.registerLean(lean)
  })

  app.register(async (admin) => { registerAdminRoutes(admin, { options, state, faults, webhooks, requests, banks, payins, accounts }) }, { prefix: ADMIN })

  const emulator: LeanEmulator = {
    app,
    state,
    faults,
    webhooks,
    banks,
    payins,
    requests,
    url: '',
    async listen (port = 0, host = '127.0.0.1') {
      const address = await app.listen({ port, host })
      emulator.url = address.replace('[::1]', '127.0.0.1')
      return emulator.url
    },
    async close () { webhooks.close(); await app.close() }
  }
  return emulator
}
