import { GatewayError } from '../errors.js'
import { parseJson, type LeanRequester, type LeanResponse } from './client.js'
import { LeanError } from './errors.js'

/**
 * Lean's account verification ("How to use Account Verification"): does this IBAN belong to this
 * name? Lean answers `account_ownership_verified` (the international API; `iban_ownership_verified`
 * in the older UAE one) true for a match; false with `matching: "partial"` and a score of 0.7 or
 * more for a partial match; false otherwise. What that answer means is decided here only.
 */
export type Verdict = 'match' | 'partial' | 'no_match'

export interface Verification { verdict: Verdict; score: number | undefined }

/** Lean's answer as a verdict; undefined when it says neither yes nor no. */
export function verdictOf (answer: unknown): Verification | undefined {
  if (answer === null || typeof answer !== 'object') return undefined
  const a = answer as { account_ownership_verified?: unknown; iban_ownership_verified?: unknown; matching?: unknown; score?: unknown }
  const verified = a.account_ownership_verified ?? a.iban_ownership_verified
  if (typeof verified !== 'boolean') return undefined
  const score = typeof a.score === 'number' ? a.score : undefined
  if (verified) return { verdict: 'match', score }
  return { verdict: typeof a.matching === 'string' && a.matching.toLowerCase() === 'partial' ? 'partial' : 'no_match', score }
}

/** The holder's name checked against the IBAN at Lean; Lean failing, or answering nothing readable, is a 502: nothing may be created unverified. */
export async function verifyHolder (lean: LeanRequester, holder: { iban: string; name: string }): Promise<Verification> {
  let res: LeanResponse
  try {
    res = await lean.request({ operation: 'verifyAccount', method: 'POST', path: '/verifications/v1/accounts', body: JSON.stringify({ iban: holder.iban, name: holder.name }) })
  } catch (err) {
    if (!(err instanceof LeanError)) throw err
    throw new GatewayError(502, 'upstream-unavailable', `Lean could not verify the destination's account holder (${err.message}); nothing was created`)
  }
  const verification = verdictOf(parseJson(res.body))
  if (verification === undefined) throw new GatewayError(502, 'upstream-invalid', "Lean's account verification gave no verdict; nothing was created")
  return verification
}

/** Whether a destination with this verdict may be created: a match always, a partial match only if the tenant accepts one. */
export const mayCreate = (verdict: Verdict, acceptPartialMatch: boolean): boolean =>
  verdict === 'match' || (verdict === 'partial' && acceptPartialMatch)
