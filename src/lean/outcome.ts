import { GatewayError } from '../errors.js'
import { LeanCircuitOpenError, LeanConnectionError, LeanHttpError, LeanOverloadedError, LeanTimeoutError, LeanTokenError } from './errors.js'

/**
 * What a Lean answer or failure means, decided here and nowhere else: the client (may a read be
 * retried? may a POST be resent with a fresh token?), the circuit breaker (is Lean failing?), the
 * idempotency runner (store the answer, or free the key and record why?), the audit trail (which
 * outcome is written?) and the error handler (which status and problem does the caller see?).
 *
 * - `settled`: Lean answered and that answer stands (a 4xx other than 401, 403, 408, 409, 429);
 *   a retry with the same key must get the same answer.
 * - `refused`: Lean refused without acting and without settling (401, 403, 408, 409, 429): free the key.
 * - `unknown`: Lean may have acted (5xx, timeout, connection lost after sending, anything unexpected);
 *   the next attempt resolves it by resending the same forwarded key, which Lean deduplicates.
 * - `not-sent`: the request surely never reached Lean (our cap, no token, connection refused).
 */
export type LeanOutcome =
  | { kind: 'settled'; status: number }
  | { kind: 'refused'; status: number }
  | { kind: 'unknown'; reason: string }
  | { kind: 'not-sent'; reason: string }

const UNSETTLED_4XX = new Set([401, 403, 408, 409, 429])
/** Statuses a read may be retried on within the caller's budget: the gateway in front of Lean failed. */
const RETRYABLE_READ_STATUS = new Set([502, 503])

/**
 * Lean rejected the bearer token: it did not act, so the call may be sent again with a fresh token,
 * a POST included. Once only: a second 401 is the gateway's credentials, not an expired token.
 */
export const isTokenRejected = (status: number): boolean => status === 401

/** Lean refused because what the call creates exists already (`code` is Lean's status, e.g. CUSTOMER_ALREADY_EXISTS). */
export const isAlreadyExists = (err: unknown, code: string): boolean =>
  err instanceof LeanHttpError && err.status === 409 && err.leanMessage().code === code

export function outcomeOfStatus (status: number): LeanOutcome {
  if (status >= 400 && status < 500) return UNSETTLED_4XX.has(status) ? { kind: 'refused', status } : { kind: 'settled', status }
  return { kind: 'unknown', reason: `lean_${status}` }
}

export function outcomeOf (err: unknown): LeanOutcome {
  if (err instanceof LeanHttpError) return outcomeOfStatus(err.status)
  if (err instanceof LeanTimeoutError) return { kind: 'unknown', reason: 'timeout' }
  if (err instanceof LeanOverloadedError) return { kind: 'not-sent', reason: 'overloaded' }
  if (err instanceof LeanCircuitOpenError) return { kind: 'not-sent', reason: 'circuit_open' }
  if (err instanceof LeanTokenError) return { kind: 'not-sent', reason: 'token_error' }
  if (err instanceof LeanConnectionError) return err.sent ? { kind: 'unknown', reason: 'connection_error' } : { kind: 'not-sent', reason: 'connection_refused' }
  return { kind: 'unknown', reason: 'gateway_error' }
}

/**
 * Whether one call to a Lean application says it is failing (for its circuit breaker): a 5xx, no
 * connection, no answer in time, or its token endpoint unreachable or failing. A 4xx is Lean working.
 */
export function isApplicationFailure (result: unknown): boolean {
  if (result instanceof LeanTokenError) return result.status === undefined || result.status >= 500
  if (result instanceof LeanConnectionError || result instanceof LeanTimeoutError) return true
  if (result instanceof LeanHttpError) return result.status >= 500
  if (result instanceof Error) return false
  return typeof (result as { status?: unknown }).status === 'number' && (result as { status: number }).status >= 500
}

/** A read that failed this way may be sent again (it moves nothing). */
export const isRetryableRead = (failure: { status: number } | LeanConnectionError): boolean =>
  failure instanceof LeanConnectionError || RETRYABLE_READ_STATUS.has(failure.status)

/**
 * How an unsettled attempt is recorded on its key: `unknown:` means Lean may have acted, `not_sent:`
 * that it surely did not, `lean_<status>` that Lean refused without acting.
 */
export function recordedOutcome (outcome: LeanOutcome): string {
  switch (outcome.kind) {
    case 'settled':
    case 'refused':
      return `lean_${outcome.status}`
    case 'unknown':
      return `unknown:${outcome.reason}`
    case 'not-sent':
      return `not_sent:${outcome.reason}`
  }
}

/** An earlier attempt whose effect at Lean is not known: it failed after sending, or its holder vanished. */
export const isUnknownOutcome = (previous: string | undefined): boolean =>
  previous !== undefined && (previous.startsWith('unknown:') || previous === 'lease_expired')

/** What the caller is told about Lean's refusal: Lean's own status and message where they are the caller's to act on. */
function refusalProblem (err: LeanHttpError): GatewayError {
  const { message, code } = err.leanMessage()
  const headers: Record<string, string> = {}
  if (err.correlationId !== undefined) headers['lean-correlation-id'] = err.correlationId
  const options = { headers, ...(code !== undefined && { leanStatus: code }) }
  if (err.status === 429) {
    const retryAfter = err.retryAfter !== undefined && /^\d+$/.test(err.retryAfter) ? err.retryAfter : '1'
    return new GatewayError(429, 'upstream-rate-limited', message ?? 'Lean is rate limiting this client', {
      ...options,
      headers: { ...headers, 'retry-after': retryAfter }
    })
  }
  // Not the caller's credentials but the gateway's: the caller sees Lean unavailable.
  if (isTokenRejected(err.status)) return new GatewayError(502, 'upstream-unavailable', 'Lean rejected the gateway credentials', options)
  // Lean failed (whether it acted is unknown): the caller sees a bad gateway, never Lean's 5xx.
  if (outcomeOf(err).kind === 'unknown') return new GatewayError(502, 'upstream-unavailable', `Lean answered ${err.status}`, options)
  return new GatewayError(err.status, 'upstream-rejected', message ?? `Lean answered ${err.status}`, options)
}

/** The caller's problem for a failure of Lean's client; undefined for anything that is not one. */
export function leanProblem (err: unknown): GatewayError | undefined {
  if (err instanceof LeanHttpError) return refusalProblem(err)
  if (err instanceof LeanOverloadedError) {
    return new GatewayError(503, 'overloaded', 'Too many Lean calls in flight for this tenant; retry shortly', { headers: { 'retry-after': '1' } })
  }
  if (err instanceof LeanCircuitOpenError) {
    return new GatewayError(503, 'upstream-unavailable', `Lean has been failing for this application; calls resume after a probe in ${err.retryAfterS} s`, {
      headers: { 'retry-after': String(err.retryAfterS) }
    })
  }
  if (err instanceof LeanTimeoutError) return new GatewayError(504, 'upstream-timeout', err.message)
  // A TLS cause is the operator's to fix, so the caller is told it is not a passing outage.
  const overTls = (err as { tls?: boolean }).tls === true ? ': the TLS connection to Lean failed (the gateway\'s log says why)' : ''
  if (err instanceof LeanTokenError) return new GatewayError(502, 'upstream-unavailable', `Could not obtain a Lean token${overTls}`)
  if (err instanceof LeanConnectionError) return new GatewayError(502, 'upstream-unavailable', `Could not reach Lean${overTls}`)
  return undefined
}
