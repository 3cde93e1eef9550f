import { invalidRequest } from '../errors.js'

/** Larger than any single payout a corporate account sends; a guard against typos and overflow. */
export const MAX_AMOUNT = 1_000_000_000_000

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'))
const minorUnitsCache = new Map<string, number>()

/** ISO 4217 minor units as ICU knows them: AED and SAR 2, KWD and BHD 3, JPY 0. */
export function minorUnits (currency: string): number | undefined {
  if (!CURRENCIES.has(currency)) return undefined
  let digits = minorUnitsCache.get(currency)
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
    minorUnitsCache.set(currency, digits)
  }
  return digits
}

/**
 * An amount Lean can pay exactly: a known currency, within range, and no finer than the currency's
 * minor unit. Decimals are read from the number's shortest round-trip form, so 0.1 + 0.2 is refused
 * instead of being rounded by someone downstream.
 */
export function checkAmount (amount: number, currency: string, field: string): void {
  const digits = minorUnits(currency)
  if (digits === undefined) throw invalidRequest(`${field}: currency ${currency} is not an ISO 4217 code`)
  if (!(amount > 0) || amount > MAX_AMOUNT) throw invalidRequest(`${field} must be greater than 0 and at most ${MAX_AMOUNT}`)
  const text = String(amount)
  const decimals = text.includes('e') ? Infinity : (text.split('.')[1]?.length ?? 0)
  if (decimals > digits) throw invalidRequest(`${field} has more decimals than ${currency} allows (${digits})`)
}
