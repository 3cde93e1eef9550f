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
