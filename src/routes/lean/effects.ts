import type { Caller } from '../../plugins/auth.js'
import { LeanConnectionError, LeanHttpError, LeanOverloadedError, LeanTimeoutError, LeanTokenError } from '../../lean/errors.js'
import type { AuditDraft, OwnedObject } from '../../store/types.js'

export interface ActionContext {
  caller: Caller
  requestId: string
  operation: string
  idempotencyKey: string | undefined
  body: Record<string, unknown> | undefined
  clientKey: string
}

/** What a POST means for the audit trail and for ownership, at each point of its life. */
export interface Effects {
  /** `previous`: what an earlier, unsettled attempt with the same key left behind. */
  requested: (previous: string | undefined) => AuditDraft[]
  succeeded: (body: Buffer) => { objects: OwnedObject[]; audit: AuditDraft[] }
  refused: (status: number, message: string | undefined) => AuditDraft[]
  /** Refused by the gateway before Lean: the request names another tenant's object. */
  notOwned: (kind: OwnedObject['kind']) => AuditDraft[]
  failed: (err: unknown) => AuditDraft[]
}

export const NO_EFFECTS: Effects = { requested: () => [], succeeded: () => ({ objects: [], audit: [] }), refused: () => [], notOwned: () => [], failed: () => [] }

function parseObject (body: Buffer): Record<string, unknown> {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed as Record<string, unknown> : {}
  } catch {
    return {}
  }
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/**
 * How an unsettled attempt ended. `unknown:` means Lean may have acted (the next attempt with the
 * key must resolve it by resending the same forwarded key); `not_sent:` means it surely did not.
 */
export function failureOutcome (err: unknown): string {
  if (err instanceof LeanHttpError) return err.status >= 500 ? `unknown:lean_${err.status}` : `lean_${err.status}`
  if (err instanceof LeanTimeoutError) return 'unknown:timeout'
  if (err instanceof LeanOverloadedError) return 'not_sent:overloaded'
  if (err instanceof LeanTokenError) return 'not_sent:token_error'
  if (err instanceof LeanConnectionError) return err.sent ? 'unknown:connection_error' : 'not_sent:connection_refused'
  return 'unknown:gateway_error'
}

/** An earlier attempt whose effect at Lean is not known: it failed after sending, or its holder vanished. */
export const isUnknownOutcome = (previous: string | undefined): boolean =>
  previous !== undefined && (previous.startsWith('unknown:') || previous === 'lease_expired')

export function effectsFor (ctx: ActionContext): Effects {
  const base = {
    tenantId: ctx.caller.tenant.id,
    caller: ctx.caller.id,
    requestId: ctx.requestId,
    idempotencyKey: ctx.idempotencyKey,
    operation: ctx.operation
  }
  const own = (kind: OwnedObject['kind'], leanId: string | undefined): OwnedObject[] =>
    leanId === undefined ? [] : [{ clientKey: ctx.clientKey, kind, leanId, tenantId: ctx.caller.tenant.id }]

  if (ctx.operation === 'createPayoutPayment') {
    const money = {
      ...base,
      amount: typeof ctx.body?.amount === 'number' ? ctx.body.amount : undefined,
      currency: str(ctx.body?.currency),
      destinationId: str(ctx.body?.destination_id)
    }
    return {
      requested: (previous) => [
        // A payout whose holder vanished mid-call never wrote its failure: write it now, with the takeover.
        ...(previous === 'lease_expired' ? [{ ...money, event: 'payout.failed' as const, outcome: 'unknown:lease_expired' }] : []),
        { ...money, event: 'payout.requested', outcome: 'pending', ...(isUnknownOutcome(previous) && { detail: `resolving ${previous}` }) }
      ],
      succeeded: (body) => {
        const payout = parseObject(body)
        const id = str(payout.id)
        return {
          objects: [...own('payout', id), ...own('intent', str(payout.payment_intent_id))],
          audit: [{ ...money, event: 'payout.created', leanId: id, outcome: str(payout.status) ?? 'created' }]
        }
      },
      refused: (status, message) => [{ ...money, event: 'payout.refused', outcome: `lean_${status}`, detail: message }],
      notOwned: (kind) => [{ ...money, event: 'payout.refused', outcome: `${kind}_not_owned`, detail: `${kind} not found for this tenant` }],
      failed: (err) => [{ ...money, event: 'payout.failed', outcome: failureOutcome(err) }]
    }
  }
  if (ctx.operation === 'createPayoutDestination') {
    return {
      ...NO_EFFECTS,
      succeeded: (body) => {
        const id = str(parseObject(body).id)
        return { objects: own('destination', id), audit: [{ ...base, event: 'destination.created', leanId: id, outcome: 'created' }] }
      }
    }
  }
  return NO_EFFECTS
}
