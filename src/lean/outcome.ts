import { LeanCircuitOpenError, LeanConnectionError, LeanHttpError, LeanOverloadedError, LeanTimeoutError, LeanTokenError } from './errors.js'

/**
 * What a Lean failure means, decided here and nowhere else: the client (may a read be retried?),
 * the idempotency runner (store the answer, or free the key and record why?) and the error handler
 * (which status does the caller see?) all read it.
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
