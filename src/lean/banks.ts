import type { LeanResponse } from './client.js'

/**
 * Lean's banks list, kept per Lean application. Every connect and pay screen shows it and it
 * changes rarely, so one answer serves every caller of an application (it holds no tenant's data)
 * for five minutes, or until Lean says a bank's availability changed.
 */
export const BANKS_TTL_MS = 300_000

/** The account types Lean's banks list can be narrowed to. */
export const ACCOUNT_TYPES = ['CURRENT', 'SAVINGS', 'CREDIT'] as const

/** Lean's webhook saying a bank's availability changed; Lean's reference also spells it `banks.…`. */
export const dropsBankLists = (eventType: string): boolean =>
  eventType === 'bank.availability.updated' || eventType === 'banks.availability.updated'

/** `CREDIT,current,CREDIT` and `current,credit` ask the same: one form, so one kept answer. */
export const normalAccountTypes = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : [...new Set(value.split(',').map((t) => t.trim().toUpperCase()))].sort().join(',')

export interface KeptBankList {
  status: number
  contentType: string | undefined
  body: Buffer
  correlationId: string | undefined
  expiresAt: number
}

export class BankLists {
  readonly #kept = new Map<string, KeptBankList>()
  readonly #fetching = new Map<string, Promise<KeptBankList>>()
  /** Bumped by each drop, so a list fetched before Lean's news is not kept after it. */
  readonly #generation = new Map<string, number>()
  readonly #now: () => number

  constructor (now: () => number = Date.now) {
    this.#now = now
  }

  /**
   * The application's list for `accountTypes`: kept, or fetched once however many ask meanwhile.
   * Only a 200 is kept; a failure reaches the caller and the next one asks Lean again.
   */
  async get (clientKey: string, accountTypes: string | undefined, fetch: () => Promise<LeanResponse>): Promise<{ list: KeptBankList; fromLean: boolean }> {
    const key = `${clientKey}\n${accountTypes ?? ''}`
    const kept = this.#kept.get(key)
    if (kept !== undefined && kept.expiresAt > this.#now()) return { list: kept, fromLean: false }
    let pending = this.#fetching.get(key)
    if (pending !== undefined) return { list: await pending, fromLean: false }
    const generation = this.#generation.get(clientKey) ?? 0
    pending = (async () => {
      const res = await fetch()
      const list = { status: res.status, contentType: res.contentType, body: res.body, correlationId: res.correlationId, expiresAt: this.#now() + BANKS_TTL_MS }
      if (res.status === 200 && generation === (this.#generation.get(clientKey) ?? 0)) this.#kept.set(key, list)
      return list
    })().finally(() => { this.#fetching.delete(key) })
    this.#fetching.set(key, pending)
    return { list: await pending, fromLean: true }
  }

  /** Every list kept for the application: the next caller gets Lean's current one. */
  drop (clientKey: string): void {
    this.#generation.set(clientKey, (this.#generation.get(clientKey) ?? 0) + 1)
    for (const key of this.#kept.keys()) if (key.startsWith(`${clientKey}\n`)) this.#kept.delete(key)
  }
}
