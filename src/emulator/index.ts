import { randomUUID } from 'node:crypto'
import type { TLSSocket } from 'node:tls'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import { Faults, resetAfterHandling, type FaultRule } from './faults.js'
import { leanError, registerLeanRoutes } from './lean-routes.js'
import { registerLeanWireRoutes } from './lean-wire-routes.js'
import { registerCustomerRoutes } from './customer-routes.js'
import type { WireName } from '../lean/wire/types.js'
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
  /** Requests that reached the emulated Lean, token requests included, admin calls excluded. */
  requests: RecordedRequest[]
  listen: (port?: number, host?: string) => Promise<string>
  url: string
  close: () => Promise<void>
}

const ADMIN = '/__emulator'
const MAX_RECORDED = 10_000

/**
 * A stand-in for Lean over real HTTP: the token endpoint and the 20 operations of the seeds, per
 * client data, expiring tokens, payouts that progress, and fault switches under `/__emulator`.
 */
export async function createLeanEmulator (options: EmulatorOptions): Promise<LeanEmulator> {
  const timing: EmulatorTiming = {
    tokenTtlSeconds: options.tokenTtlSeconds ?? 3599,
    payoutStepMs: options.payoutStepMs ?? 5_000,
    refreshMs: options.refreshMs ?? 3_000,
    ...(options.payoutFailureRate !== undefined && { payoutFailureRate: options.payoutFailureRate })
  }
  const state = new EmulatorState(timing, options.clients)
  const faults = new Faults()
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

  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith(ADMIN)) return
    const entry: RecordedRequest = { method: request.method, url: request.url, headers: { ...request.headers }, at: new Date().toISOString() }
    // Bounded, so a long-running demo does not grow without end.
    if (requests.length >= MAX_RECORDED) requests.splice(0, requests.length - MAX_RECORDED + 1)
    requests.push(entry)
    recorded.set(request, entry)
  })

  // After the body is read, so recorded requests show what was sent even when a fault answers.
  app.addHook('preHandler', async (request, reply) => {
    const entry = recorded.get(request)
    if (entry === undefined) return
    if (request.body !== undefined) entry.body = request.body
    if (await faults.apply(request, reply)) return reply
    if (request.url.startsWith('/oauth2/')) return
    const client = authenticate(request)
    if (client === undefined) return leanError(reply, 401, 'UNAUTHORIZED', 'Missing, invalid or expired access token')
    bindClient(request, client)
  })

  /** A bearer token, or over mTLS Lean's app token; with mTLS the certificate must be the client's own. */
  function authenticate (request: FastifyRequest): ClientData | undefined {
    const appToken = request.headers['lean-app-token']
    const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')
    let client: ClientData | undefined
    if (typeof appToken === 'string' && options.tls !== undefined) client = state.clientByAppToken(appToken)
    else if (match !== null) client = state.clientOf(match[1]!)
    if (client === undefined || (options.tls !== undefined && peerClientId(request) !== client.client.clientId)) return undefined
    return client
  }

  app.addHook('onSend', async (request, _reply, payload) => {
    if (resetAfterHandling.has(request)) request.raw.socket.destroy()
    return payload
  })

  app.post('/oauth2/token', async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, string>
    if (form.grant_type !== 'client_credentials') return reply.code(400).send({ error: 'unsupported_grant_type' })
    const scope = form.scope ?? 'api'
    const customerId = /^customer\.(.+)$/.exec(scope)?.[1]
    if (scope !== 'api' && (customerId === undefined || state.customerById(form.client_id ?? '', customerId) === undefined)) {
      return reply.code(400).send({ error: 'invalid_scope' })
    }
    const issued = options.tls !== undefined && peerClientId(request) !== form.client_id ? undefined : state.issueToken(form.client_id ?? '', form.client_secret ?? '', scope)
    if (issued === undefined) return reply.code(401).send({ error: 'invalid_client' })
    return { access_token: issued.token, token_type: 'bearer', expires_in: issued.expiresIn, scope }
  })

  app.register(async (lean) => {
    // With `early` webhooks, a payout's answer leaves only after its payment.created was answered.
    lean.addHook('onSend', async () => { await webhooks.flushEarly() })
    if (options.wire === 'lean') registerLeanWireRoutes(lean, state)
    else registerLeanRoutes(lean, state)
    registerCustomerRoutes(lean, state)
  })

  app.register(async (admin) => {
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
    admin.post('/reset', async () => {
      state.reset(options.clients)
      faults.clear()
      requests.length = 0
      return { reset: true }
    })
  }, { prefix: ADMIN })

  const emulator: LeanEmulator = {
    app,
    state,
    faults,
    webhooks,
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
