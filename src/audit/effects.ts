import { parseJson } from '../lean/client.js'
import type { LeanHttpError } from '../lean/errors.js'
import { isUnknownOutcome, outcomeOf, recordedOutcome } from '../lean/outcome.js'
import type { CallerRequest, MoneyLine, WireOperation } from '../wire/types.js'
import type { AuditDraft, OwnedObject, TrackedPayoutDraft } from '../store/types.js'

export interface ActionContext {
  tenantId: string
  /** API key id or JWT sub. */
  callerId: string
  requestId: string
  idempotencyKey: string | undefined
  /** `authUrl` + `clientId`: where Lean's ids are unique. */
  clientKey: string
  /** Who asked (API key id, or 'jwt:<sub>'): what it creates is that caller's, and the events feed shows app users their own. */
  requestedBy: string
  /** When a created payout is first polled (the tenant's payoutPollMs). */
  pollAfterMs: number
  /** The entity a Data request acted on: what it creates (a refresh) is of it. */
  entity?: string | undefined
}

/** What a POST means for the audit trail and for ownership, at each point of its life. */
export interface Effects {
  /** `previous`: what an earlier, unsettled attempt with the same key left behind. */
  requested: (previous: string | undefined) => AuditDraft[]
  succeeded: (body: Buffer) => { objects: OwnedObject[]; audit: AuditDraft[]; payouts?: TrackedPayoutDraft[] }
  /** Lean settled the call with a refusal that stands (outcome.ts: `settled`). */
  refused: (err: LeanHttpError) => AuditDraft[]
  /** Refused by the gateway before Lean: the request names another tenant's object. */
  notOwned: (kind: OwnedObject['kind']) => AuditDraft[]
  failed: (err: unknown) => AuditDraft[]
}

export const NO_EFFECTS: Effects = { requested: () => [], succeeded: () => ({ objects: [], audit: [] }), refused: () => [], notOwned: () => [], failed: () => [] }

/** The audit trail's names for each stage of a money action. */
const MONEY_EVENTS = {
  payout: { requested: 'payout.requested', created: 'payout.created', refused: 'payout.refused', failed: 'payout.failed' },
  payin: { requested: 'payin.requested', created: 'payin.created', refused: 'payin.refused', failed: 'payin.failed' }
} as const

/** What a money action's audit event says of its outcome. */
type AuditFields = Pick<AuditDraft, 'event' | 'outcome' | 'leanId' | 'detail'>

/**
 * One audit event of a money line, built field by field in one order: spreading three objects of
 * varying shapes into each event cost more per payout than writing it (3.5 % of a payout's self time).
 */
function moneyEvent (base: Pick<AuditDraft, 'tenantId' | 'caller' | 'requestId' | 'idempotencyKey' | 'operation'>, line: MoneyLine, { event, outcome, leanId, detail }: AuditFields): AuditDraft {
  return {
    tenantId: base.tenantId,
    caller: base.caller,
    requestId: base.requestId,
    idempotencyKey: base.idempotencyKey,
    operation: base.operation,
    amount: line.amount,
    currency: line.currency,
    destinationId: line.destinationId,
    event,
    leanId,
    outcome,
    detail
  }
}

/**
 * The effects of one operation's request, from what its wire says about it: which objects Lean's
 * answer creates, and (for money actions) one audit event per payout line or destination.
 */
export function effectsFor (op: WireOperation, req: CallerRequest, ctx: ActionContext): Effects {
  if (op.created === undefined && op.audit === undefined) return NO_EFFECTS
  const base = { tenantId: ctx.tenantId, caller: ctx.callerId, requestId: ctx.requestId, idempotencyKey: ctx.idempotencyKey, operation: op.operationId }
  const objectsOf = (answer: unknown): OwnedObject[] =>
    (op.created?.(answer) ?? []).map((r) => ({ clientKey: ctx.clientKey, kind: r.kind, leanId: r.id, tenantId: ctx.tenantId, createdBy: ctx.requestedBy, ...(ctx.entity !== undefined && { entityId: ctx.entity }) }))
  const audit = op.audit
  if (audit === undefined) return { ...NO_EFFECTS, succeeded: (body) => ({ objects: objectsOf(parseJson(body)), audit: [] }) }

  if (audit.event === 'destination') {
    return {
      ...NO_EFFECTS,
      succeeded: (body) => {
        const answer = parseJson(body)
        const lines = audit.lines(req)
        return {
          objects: objectsOf(answer),
          audit: audit.results(answer, lines).map((r) => ({ ...base, event: 'destination.created' as const, leanId: r.leanId, outcome: 'created' }))
        }
      }
    }
  }

  const lines: MoneyLine[] = audit.lines(req)
  const event = MONEY_EVENTS[audit.event]
  const each = (draft: (line: MoneyLine, i: number) => AuditFields): AuditDraft[] => lines.map((line, i) => moneyEvent(base, line, draft(line, i)))
  return {
    requested: (previous) => [
      // A money action whose holder vanished mid-call never wrote its failure: write it now, with the takeover.
      ...(previous === 'lease_expired' ? each(() => ({ event: event.failed, outcome: 'unknown:lease_expired' })) : []),
      ...each(() => ({ event: event.requested, outcome: 'pending', ...(isUnknownOutcome(previous) && { detail: `resolving ${previous!}` }) }))
    ],
    succeeded: (body) => {
      const answer = parseJson(body)
      const results = audit.results(answer, lines)
      return {
        objects: objectsOf(answer),
        audit: each((_line, i) => ({ event: event.created, leanId: results[i]?.leanId, outcome: results[i]?.status ?? 'created' })),
        // Each line's Lean id is what it is followed by until final: a payout (or on Lean's wire its
        // intent), polled and told by webhook; a pay-in's intent, told by webhook alone.
        payouts: lines.flatMap((line, i) => {
          const ref = results[i]?.leanId
          return ref === undefined
            ? []
            : [{
                clientKey: ctx.clientKey,
                ref,
                tenantId: ctx.tenantId,
                requestedBy: ctx.requestedBy,
                ...line,
                status: results[i]?.status,
                intentId: results[i]?.intentId,
                pollAfterMs: ctx.pollAfterMs,
                ...(audit.event === 'payin' && { kind: 'payin' as const })
              }]
        })
      }
    },
    refused: (err) => each(() => ({ event: event.refused, outcome: recordedOutcome(outcomeOf(err)), detail: err.leanMessage().message })),
    notOwned: (kind) => each(() => ({ event: event.refused, outcome: `${kind}_not_owned`, detail: `${kind} not found for this tenant` })),
    failed: (err) => each(() => ({ event: event.failed, outcome: recordedOutcome(outcomeOf(err)) }))
  }
}
