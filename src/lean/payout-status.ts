/**
 * When money has moved is Lean's to say. Final: the seeds' COMPLETED, FAILED and REJECTED; on Lean's
 * wire FAILED, REJECTED, and any status whose post-initiation status is PROCESSED or REJECTED.
 * ACCEPTED_BY_BANK alone is not final: the bank took the instruction, the money has not provably
 * arrived, and a later REJECTED must still reach the tenant. A final payout is no longer polled, and
 * no later report changes it.
 */
const FINAL = new Set(['COMPLETED', 'FAILED', 'REJECTED'])
const FINAL_AFTER_INITIATION = new Set(['PROCESSED', 'REJECTED'])

export const isFinalPayoutStatus = (status: string | undefined, postInitiation?: string | null | undefined): boolean =>
  (status !== undefined && FINAL.has(status)) || (typeof postInitiation === 'string' && FINAL_AFTER_INITIATION.has(postInitiation))

/**
 * Where a status stands in a payout's life on either wire. Lean's webhooks can arrive out of order
 * (a retried `payment.created` after the `payment.updated` that followed it): a report of an earlier
 * stage than the one known is old news, never a step back. A status without a place here is always
 * taken as news.
 */
const STAGE: Readonly<Record<string, number>> = { PENDING: 0, CREATED: 0, SUBMITTED: 1, PENDING_WITH_BANK: 1, ACCEPTED_BY_BANK: 2 }

export const isEarlierPayoutStatus = (reported: string, known: string | undefined): boolean =>
  known !== undefined && STAGE[reported] !== undefined && STAGE[known] !== undefined && STAGE[reported]! < STAGE[known]!
