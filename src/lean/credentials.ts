import type { Deadline } from './deadline.js'
import type { TokenManager } from './tokens.js'

/** How one call proves itself to Lean: a bearer token (OAuth), or Lean's older app token (mTLS). */
export interface LeanCredentials {
  /** The headers that authenticate one call; may wait, within the deadline, for a token. */
  headers: (deadline: Deadline) => Promise<Record<string, string>>
  /** The same headers when they are at hand (a fresh token): the hot path takes no promise for them. */
  ready: () => Record<string, string> | undefined
  /**
   * Lean answered 401 to a call sent with `sent`: forget what it carried. True when a second try
   * can carry something else (a fresh token), false when it would be refused the same way.
   */
  rejected: (sent: Record<string, string>) => boolean
}

const BEARER = 'Bearer '

export class BearerCredentials implements LeanCredentials {
  /** The headers made for the current token, reused while it lasts (never changed once handed out). */
  private made: { token: string; headers: Record<string, string> } | undefined

  constructor (private readonly tokens: TokenManager) {}

  async headers (deadline: Deadline): Promise<Record<string, string>> {
    return this.headersFor(await this.tokens.get(deadline))
  }

  ready (): Record<string, string> | undefined {
    const token = this.tokens.fresh()
    return token === undefined ? undefined : this.headersFor(token)
  }

  private headersFor (token: string): Record<string, string> {
    if (this.made?.token !== token) this.made = { token, headers: Object.freeze({ authorization: BEARER + token }) }
    return this.made.headers
  }

  rejected (sent: Record<string, string>): boolean {
    this.tokens.invalidate((sent.authorization ?? '').slice(BEARER.length))
    return true
  }
}

/** Lean's older model: the certificate authenticates the connection, the header names the application. */
export class AppTokenCredentials implements LeanCredentials {
  private readonly sent: Record<string, string>

  constructor (appToken: string) {
    this.sent = { 'lean-app-token': appToken }
  }

  async headers (): Promise<Record<string, string>> {
    return this.sent
  }

  ready (): Record<string, string> {
    return this.sent
  }

  rejected (): boolean {
    return false
  }
}
