import type { Effects } from '../audit/effects.js'
import { GatewayError } from '../errors.js'
import type { LeanResponse } from '../lean/client.js'
import { LeanHttpError } from '../lean/errors.js'
import { isUnknownOutcome, outcomeOf, recordedOutcome } from '../lean/outcome.js'
import type { ClaimRequest, Store, StoredResponse } from '../store/types.js'

/** Margin over the Lean time limit before another request may take over a key whose holder vanished. */
export const LEASE_MARGIN_MS = 10_000

export interface KeyedCall extends Omit<ClaimRequest, 'audit'> {
  store: Store
  effects: Effects
  call: () => Promise<LeanResponse>
  /** How the error handler will render a settled Lean refusal, so a replay answers the same. */
  renderRefusal: (err: LeanHttpError) => StoredResponse
  onStoreError: (err: unknown) => void
  /** Counts payouts whose outcome became unknown, and unknown outcomes later resolved. */
  onUnknownOutcome: (stage: 'recorded' | 'resolved') => void
}

export type KeyedOutcome =
  | { replayed: false; response: LeanResponse }
  | { replayed: true; response: StoredResponse }

/**
 * One idempotent POST: claim the key, call Lean at most once, store the settled answer (or release
 * the key) in the same transaction as its audit events and the objects it created.
 */
export async function runKeyed (k: KeyedCall): Promise<KeyedOutcome> {
  const claim = await k.store.claim({
    tenantId: k.tenantId,
    principal: k.principal,
    key: k.key,
    entity: k.entity,
    fingerprint: k.fingerprint,
    operation: k.operation,
    leaseMs: k.leaseMs,
    ttlMs: k.ttlMs,
    audit: k.effects.requested
  })
  if (claim.outcome === 'replay') return { replayed: true, response: claim.response }
  if (claim.outcome === 'mismatch') {
    throw new GatewayError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request')
  }
  if (claim.outcome === 'in-flight') {
    const seconds = Math.max(1, Math.min(5, Math.ceil(claim.retryAfterMs / 1000)))
    throw new GatewayError(409, 'idempotency-key-in-flight', 'A request with this Idempotency-Key is still in progress', {
      headers: { 'retry-after': String(seconds) }
    })
  }
  const lease = { tenantId: k.tenantId, principal: k.principal, key: k.key, leaseToken: claim.leaseToken }
  // Resending with the same forwarded key is how an unknown outcome is resolved: Lean deduplicates it.
  const resolving = isUnknownOutcome(claim.previous)
  let response: LeanResponse
  try {
    response = await k.call()
  } catch (err) {
    try {
      const outcome = outcomeOf(err)
      if (outcome.kind === 'settled' && err instanceof LeanHttpError) {
        await k.store.complete({ ...lease, response: k.renderRefusal(err), audit: k.effects.refused(err.status, err.leanMessage().message) })
        if (resolving) k.onUnknownOutcome('resolved')
      } else {
        const lastOutcome = recordedOutcome(outcome)
        await k.store.release({ ...lease, lastOutcome, audit: k.effects.failed(err) })
        if (isUnknownOutcome(lastOutcome)) k.onUnknownOutcome('recorded')
      }
    } catch (storeErr) {
      // The lease expires by itself; the caller still learns what Lean said.
      k.onStoreError(storeErr)
    }
    throw err
  }
  try {
    const { objects, audit, payouts } = k.effects.succeeded(response.body)
    await k.store.complete({
      ...lease,
      response: { status: response.status, contentType: response.contentType ?? 'application/json', body: response.body },
      objects,
      audit,
      payouts
    })
    if (resolving) k.onUnknownOutcome('resolved')
  } catch (storeErr) {
    // Lean acted: tell the caller. A retry after the lease finds Lean's own deduplication.
    k.onStoreError(storeErr)
  }
  return { replayed: false, response }
}
