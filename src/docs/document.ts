/**
 * What the route schemas cannot say, added to the generated document in one pass: the response
 * headers (as reusable components, on the statuses that carry them), the servers, and the
 * document's metadata. `leanOperations` are the wire's operation ids (they carry Lean's
 * correlation id).
 */
type Json = Record<string, any>

const header = (description: string, schema: Json = { type: 'string' }) => ({ description, schema })

export const HEADERS: Record<string, Json> = {
  XRequestId: header('The caller\'s `x-request-id` when it sent 1–128 visible ASCII characters, else a new one; in every log line of the request'),
  RetryAfter: header('Seconds to wait before trying again', { type: 'integer', minimum: 0 }),
  WWWAuthenticate: header('The schemes the gateway accepts'),
  IdempotentReplayed: header('`true` when this is the stored answer to an earlier request with the same Idempotency-Key (nothing reached Lean)', { type: 'string', enum: ['true'] }),
  LeanCorrelationId: header('Lean\'s id for the call, for Lean support tickets, when Lean sent one'),
  RateLimitPolicy: header('The caller\'s limit (draft-ietf-httpapi-ratelimit-headers): `"<policy>";q=<max>;w=<window seconds>`; present when the tenant sets a rate limit'),
  RateLimit: header('What is left of it: `"<policy>";r=<remaining>;t=<seconds to reset>`'),
  XRateLimitLimit: header('Requests allowed per window (the same counter as RateLimit)', { type: 'integer' }),
  XRateLimitRemaining: header('Requests left in this window', { type: 'integer' }),
  XRateLimitReset: header('Seconds until the window resets', { type: 'integer' })
}

const RATE_LIMIT = {
  'RateLimit-Policy': 'RateLimitPolicy',
  RateLimit: 'RateLimit',
  'X-RateLimit-Limit': 'XRateLimitLimit',
  'X-RateLimit-Remaining': 'XRateLimitRemaining',
  'X-RateLimit-Reset': 'XRateLimitReset'
}

const ref = (name: string): Json => ({ $ref: `#/components/headers/${name}` })

function headersFor (status: string, op: Json, lean: boolean): Record<string, Json> {
  const out: Record<string, string> = { 'X-Request-Id': 'XRequestId' }
  const success = status.startsWith('2')
  const limited = Array.isArray(op['x-required-scopes'])
  const idempotent = (op.parameters as Json[] | undefined)?.some((p) => p.in === 'header' && String(p.name).toLowerCase() === 'idempotency-key') === true
  if (success && limited) Object.assign(out, RATE_LIMIT)
  if (status === '429') Object.assign(out, { 'Retry-After': 'RetryAfter' }, limited ? RATE_LIMIT : {})
  if (status === '409' || status === '503') out['Retry-After'] = 'RetryAfter'
  if (status === '401') out['WWW-Authenticate'] = 'WWWAuthenticate'
  if (success && idempotent) out['Idempotent-Replayed'] = 'IdempotentReplayed'
  if (lean && (success || status === '4XX')) out['Lean-Correlation-Id'] = 'LeanCorrelationId'
  return Object.fromEntries(Object.entries(out).map(([name, component]) => [name, ref(component)]))
}

export const TAGS = [
  { name: 'Accounts', description: "A customer's bank accounts and what hangs off them (Lean Data API v2)" },
  { name: 'Transactions', description: "An account's transactions, by date (Lean Data API v2)" },
  { name: 'Balances', description: "An account's balances (Lean Data API v2)" },
  { name: 'Identity', description: "The account holder's identity (Lean Data API v2)" },
  { name: 'Refreshes', description: 'Asking Lean to fetch fresh data from the bank, and following it (Lean Data API v2)' },
  { name: 'Results', description: "Lean's wire: answers of slow data calls, fetched later by their results_id" },
  { name: 'Payouts', description: 'Money out of the corporate account: create (idempotent), follow, list (Lean Payouts API)' },
  { name: 'Payout Destinations', description: 'The beneficiaries payouts go to (Lean Payouts API)' },
  { name: 'Audit', description: "The tenant's trail of money actions" },
  { name: 'Events', description: "Lean's webhooks in, and the tenant's events feed (also delivered to its webhook URL, signed per Standard Webhooks)" },
  { name: 'Link', description: 'LinkSDK for app users: Lean customers, customer tokens, the banks a user connected' },
  { name: 'Payments', description: "Pay-ins: a customer pays the company by bank transfer through a Lean payment intent and LinkSDK's pay()" },
  { name: 'Banks', description: 'The banks a customer can connect or pay from (Lean Banks API), kept by the gateway for 5 minutes' },
  { name: 'Operations', description: 'Liveness and readiness for orchestrators and load balancers' }
]

/** In a route schema: its body may be left out (the document would otherwise say it is required). */
export const BODY_OPTIONAL = 'x-body-optional'

/** Header parameters as HTTP spells them (the route schemas name them in lower case, as Node delivers them). */
const HEADER_NAMES: Record<string, string> = { 'idempotency-key': 'Idempotency-Key' }

export function documentHeaders (document: Json, leanOperations: ReadonlySet<string>): Json {
  for (const item of Object.values<Json>(document.paths ?? {})) {
    for (const op of Object.values<Json>(item)) {
      if (typeof op !== 'object' || op.responses === undefined) continue
      // @fastify/swagger marks every body required; a route whose body may be left out says so.
      if (op[BODY_OPTIONAL] === true && op.requestBody !== undefined) op.requestBody.required = false
      delete op[BODY_OPTIONAL]
      for (const parameter of (op.parameters ?? []) as Json[]) {
        if (parameter.in === 'header') parameter.name = HEADER_NAMES[parameter.name] ?? parameter.name
      }
      const lean = leanOperations.has(op.operationId)
      for (const [status, response] of Object.entries<Json>(op.responses)) response.headers = { ...response.headers, ...headersFor(status, op, lean) }
    }
  }
  // Only tags some route uses: each wire has its own set.
  const used = new Set(Object.values<Json>(document.paths ?? {}).flatMap((item) => Object.values<Json>(item).flatMap((op) => op.tags ?? [])))
  document.tags = TAGS.filter((t) => used.has(t.name))
  document.components = { ...document.components, headers: HEADERS }
  return document
}
