import type { FastifyBaseLogger } from 'fastify'
import type { Effects } from '../audit/effects.js'
import { GatewayError, PROBLEM_CONTENT_TYPE, problemBody } from '../errors.js'
import type { LeanRequest, LeanRequester, LeanResponse } from '../lean/client.js'
import { LeanHttpError } from '../lean/errors.js'
import { isUnknownOutcome, leanProblem, outcomeOf, recordedOutcome } from '../lean/outcome.js'
import type { ClaimRequest, KeyScope, Store, StoredResponse } from '../store/types.js'

/** Margin over the Lean time limit before another request may take over a key whose holder vanished. */
export const LEASE_MARGIN_MS = 10_000

/** The counters the runner keeps (prom-client's, in the app). */
export interface RunnerMetrics {
  /** Payouts whose outcome became unknown (`recorded`), and unknown outcomes a later attempt resolved (`resolved`). */
  unknownOutcomes: { inc: (labels: { stage: 'recorded' | 'resolved' }) => void }
  /** Records the store failed to write after Lean had acted. */
  lateStoreFailures: { inc: (labels: { operation: string }) => void }
}

export interface KeyedCall {
  /** The key and what it is claimed for (tenant, principal, fingerprint, entity, lease, retention). */
  claim: Omit<ClaimRequest, 'audit'>
  store: Store
  effects: Effects
  /** Lean's client and the request to send it, at most once per key. */
  lean: LeanRequester
  request: LeanRequest
  /** The request id a stored refusal carries, so a replay answers the same bytes. */
  requestId: string
  log: FastifyBaseLogger
  metrics: RunnerMetrics
}

export type KeyedOutcome =
  /** `earlyEvents`: Lean's webhooks for the payouts recorded may have come first (the store said so, or could not be asked). */
  | { replayed: false; response: LeanResponse; earlyEvents: boolean }
  | { replayed: true; response: StoredResponse }

/** A settled refusal as the error handler renders it, so a replay answers exactly what the first caller saw. */
export function storedRefusal (err: LeanHttpError, requestId: string): StoredResponse {
  return { status: err.status, contentType: PROBLEM_CONTENT_TYPE, body: Buffer.from(problemBody(leanProblem(err)!, requestId)) }
}

type Lease = KeyScope & { leaseToken: string }

/** Claims the key: a lease to call Lean, or the reason not to (replay, another body, still in flight). */
async function claimKey (k: KeyedCall): Promise<{ lease: Lease; previous: string | undefined } | { replay: StoredResponse }> {
  const claim = await k.store.claim({ ...k.claim, audit: k.effects.requested })
  if (claim.outcome === 'replay') return { replay: claim.response }
  if (claim.outcome === 'mismatch') {
    throw new GatewayError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request')
  }
  if (claim.outcome === 'in-flight') {
    const seconds = Math.max(1, Math.min(5, Math.ceil(claim.retryAfterMs / 1000)))
    throw new GatewayError(409, 'idempotency-key-in-flight', 'A request with this Idempotency-Key is still in progress', {
      headers: { 'retry-after': String(seconds) }
    })
  }
  const { tenantId, principal, key } = k.claim
  return { lease: { tenantId, principal, key, leaseToken: claim.leaseToken }, previous: claim.previous }
}

function unknownOutcome (k: KeyedCall, stage: 'recorded' | 'resolved'): void {
  k.metrics.unknownOutcomes.inc({ stage })
  k.log.warn({ stage, idempotencyKey: k.claim.key }, stage === 'recorded' ? 'payout outcome unknown; the next attempt resolves it' : 'unknown payout outcome resolved')
}

function lateStoreFailure (k: KeyedCall, err: unknown): void {
  k.metrics.lateStoreFailures.inc({ operation: k.claim.operation })
  k.log.error({ err }, 'idempotency record not written after Lean acted; the lease will expire')
}

/** Lean failed: a settled refusal is stored as the key's answer; anything else frees the key and says why. */
async function settleFailure (k: KeyedCall, lease: Lease, resolving: boolean, err: unknown): Promise<void> {
  const outcome = outcomeOf(err)
  if (outcome.kind === 'settled' && err instanceof LeanHttpError) {
    await k.store.complete({ ...lease, response: storedRefusal(err, k.requestId), audit: k.effects.refused(err) })
    if (resolving) unknownOutcome(k, 'resolved')
    return
  }
  const lastOutcome = recordedOutcome(outcome)
  await k.store.release({ ...lease, lastOutcome, audit: k.effects.failed(err) })
  if (isUnknownOutcome(lastOutcome)) unknownOutcome(k, 'recorded')
}

/** Lean acted: its answer, the objects it created and their audit, in one transaction. */
async function settleSuccess (k: KeyedCall, lease: Lease, resolving: boolean, response: LeanResponse): Promise<boolean> {
  const { objects, audit, payouts } = k.effects.succeeded(response.body)
  const { earlyEvents } = await k.store.complete({
    ...lease,
    response: { status: response.status, contentType: response.contentType ?? 'application/json', body: response.body },
    objects,
    audit,
    payouts
  })
  if (resolving) unknownOutcome(k, 'resolved')
  return earlyEvents
}

/**
 * One idempotent POST: claim the key, call Lean at most once, store the settled answer (or release
 * the key) in the same transaction as its audit events and the objects it created.
 */
export async function runKeyed (k: KeyedCall): Promise<KeyedOutcome> {
  const claimed = await claimKey(k)
  if ('replay' in claimed) return { replayed: true, response: claimed.replay }
  const { lease } = claimed
  // Resending with the same forwarded key is how an unknown outcome is resolved: Lean deduplicates it.
  const resolving = isUnknownOutcome(claimed.previous)
  let response: LeanResponse
  try {
    response = await k.lean.request(k.request)
  } catch (err) {
    // The lease expires by itself if this write fails; the caller still learns what Lean said.
    await settleFailure(k, lease, resolving, err).catch((storeErr: unknown) => { lateStoreFailure(k, storeErr) })
    throw err
  }
  // Lean acted: the caller is told even if the record fails. A retry after the lease finds Lean's own deduplication.
  const earlyEvents = await settleSuccess(k, lease, resolving, response).catch((storeErr: unknown) => { lateStoreFailure(k, storeErr); return true })
  return { replayed: false, response, earlyEvents }
}
