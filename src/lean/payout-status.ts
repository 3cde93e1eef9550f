/**
 * Which payout statuses are final, on either wire: the seeds' COMPLETED, FAILED, REJECTED; Lean's
 * ACCEPTED_BY_BANK and FAILED; or Lean's post-initiation status PROCESSED. A final payout is no
 * longer polled, and no later report changes it.
 */
const FINAL = new Set(['COMPLETED', 'FAILED', 'REJECTED', 'ACCEPTED_BY_BANK'])

export const isFinalPayoutStatus = (status: string | undefined, postInitiation?: string | undefined): boolean =>
  (status !== undefined && FINAL.has(status)) || postInitiation === 'PROCESSED'
