import { createHash } from 'node:crypto'

/** Deterministic bank data per entity: the same entity always shows the same accounts and history. */

export type Rng = () => number

export function seededRng (seed: string): Rng {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0)
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) | 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('')
const money = (n: number): number => Math.round(n * 100) / 100

/** A UUID derived from a seed, so fixtures keep their ids across restarts. */
export function stableUuid (seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/** ISO 13616 check digits: move the country and "00" to the end, letters to numbers, 98 - mod 97. */
export function ibanCheckDigits (country: string, bban: string): string {
  const rearranged = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
  let remainder = 0
  for (const ch of rearranged) remainder = (remainder * 10 + Number(ch)) % 97
  return String(98 - remainder).padStart(2, '0')
}

export function isValidIban (iban: string): boolean {
  const compact = iban.replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(compact)) return false
  return ibanCheckDigits(compact.slice(0, 2), compact.slice(4)) === compact.slice(2, 4)
}

export function makeIban (rng: Rng, country: 'AE' | 'SA'): string {
  // AE: 3-digit bank code + 16-digit account (23 chars); SA: 2-digit bank code + 18 (24 chars).
  const bban = country === 'AE' ? pick(rng, ['033', '026', '035', '030']) + digits(rng, 16) : pick(rng, ['80', '10', '45', '20']) + digits(rng, 18)
  return country + ibanCheckDigits(country, bban) + bban
}

export interface EntityData {
  entityId: string
  country: 'AE' | 'SA'
  currency: 'AED' | 'SAR'
  identity: Record<string, unknown>
  accounts: Array<Record<string, unknown> & { account_id: string }>
  transactions: Map<string, Array<Record<string, unknown> & { timestamp: string }>>
  balances: Map<string, Record<string, unknown>>
  extras: Map<string, Record<string, unknown[]>>
}

const FIRST = ['Aisha', 'Omar', 'Fatima', 'Khalid', 'Layla', 'Yousef', 'Mariam', 'Hamad']
const LAST = ['Al Mansoori', 'Al Nahyan', 'Al Qahtani', 'Al Harbi', 'Haddad', 'Al Shamsi']
const MERCHANTS = ['Carrefour', 'ENOC', 'Talabat', 'Careem', 'Noon', 'Jarir', 'Panda', 'Etisalat', 'DEWA', 'STC']
const BANKS = { AE: ['ENBDAEAD', 'NBADAEAA', 'ADCBAEAA'], SA: ['RJHISARI', 'NCBKSAJE', 'SABBSARI'] }

const DAY = 86_400_000

/** 40 transactions of an account, newest first, and the balance they leave (the rng's draws in a fixed order). */
function transactionsOf (rng: Rng, accountId: string, currency: string, today: number): { list: Array<Record<string, unknown> & { timestamp: string }>; balance: number } {
  const list: Array<Record<string, unknown> & { timestamp: string }> = []
  let balance = money(5_000 + rng() * 60_000)
  for (let i = 0; i < 40; i++) {
    const credit = rng() < 0.25
    const amount = money(credit ? 500 + rng() * 15_000 : 5 + rng() * 900)
    balance = money(balance + (credit ? amount : -amount))
    list.push({
      id: stableUuid(`${accountId}/tx/${i}`),
      amount: { amount, currency },
      timestamp: new Date(today - Math.floor(i * 2.2 * DAY) + Math.floor(rng() * DAY)).toISOString(),
      description: credit ? 'Salary transfer' : `${pick(rng, MERCHANTS)} purchase`,
      credit_debit_indicator: credit ? 'CREDIT' : 'DEBIT',
      booking_status: i < 2 ? 'PENDING' : 'BOOKED'
    })
  }
  return { list, balance }
}

export function generateEntity (entityId: string, now = Date.now()): EntityData {
  const rng = seededRng(entityId)
  const country = rng() < 0.5 ? 'AE' : 'SA'
  const currency = country === 'AE' ? 'AED' : 'SAR'
  const name = `${pick(rng, FIRST)} ${pick(rng, LAST)}`
  const identity = {
    full_name: name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`,
    mobile_number: country === 'AE' ? `+9715${digits(rng, 8)}` : `+9665${digits(rng, 8)}`,
    national_identity_number: country === 'AE' ? `784${digits(rng, 12)}` : `1${digits(rng, 9)}`,
    address: country === 'AE' ? 'Dubai, United Arab Emirates' : 'Riyadh, Saudi Arabia'
  }
  const kinds = ['CURRENT', 'SAVINGS', 'CREDIT_CARD'] as const
  const accounts = kinds.slice(0, 2 + Math.floor(rng() * 2)).map((type, i) => ({
    account_id: stableUuid(`${entityId}/account/${i}`),
    name: `${type === 'CREDIT_CARD' ? 'Credit Card' : type === 'SAVINGS' ? 'Savings Account' : 'Current Account'}`,
    type,
    currency,
    iban: makeIban(rng, country),
    account_number: digits(rng, 12),
    bic: pick(rng, BANKS[country])
  }))
  const transactions = new Map<string, Array<Record<string, unknown> & { timestamp: string }>>()
  const balances = new Map<string, Record<string, unknown>>()
  const extras = new Map<string, Record<string, unknown[]>>()
  const today = Math.floor(now / DAY) * DAY
  for (const account of accounts) {
    const { list, balance } = transactionsOf(rng, account.account_id, currency, today)
    transactions.set(account.account_id, list)
    balances.set(account.account_id, {
      account_id: account.account_id,
      current_balance: { amount: balance, currency },
      available_balance: { amount: money(balance - rng() * 200), currency },
      timestamp: new Date(now).toISOString()
    })
    const beneficiaryIban = makeIban(rng, country)
    extras.set(account.account_id, {
      beneficiaries: [{ beneficiary_id: stableUuid(`${account.account_id}/ben`), name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`, iban: beneficiaryIban }],
      'direct-debits': [{ direct_debit_id: stableUuid(`${account.account_id}/dd`), name: pick(rng, MERCHANTS), status: 'ACTIVE', previous_payment_amount: { amount: money(50 + rng() * 400), currency } }],
      'scheduled-payments': [{ scheduled_payment_id: stableUuid(`${account.account_id}/sp`), reference: 'Rent', amount: { amount: money(2_000 + rng() * 6_000), currency }, execution_date: new Date(today + 7 * DAY).toISOString().slice(0, 10) }],
      'standing-orders': [{ standing_order_id: stableUuid(`${account.account_id}/so`), frequency: 'MONTHLY', amount: { amount: money(100 + rng() * 1_000), currency }, status: 'ACTIVE' }],
      identities: [{ ...identity, account_id: account.account_id }]
    })
  }
  return { entityId, country, currency, identity, accounts, transactions, balances, extras }
}
