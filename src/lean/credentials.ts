import type { Deadline } from './deadline.js'
import type { TokenManager } from './tokens.js'

/** How one call proves itself to Lean: a bearer token (OAuth), or Lean's older app token (mTLS). */
export interface LeanCredentials {
  /** The headers that authenticate one call; may wait, within the deadline, for a token. */
  headers: (deadline: Deadline) => Promise<Record<string, string>>
  /**
   * Lean answered 401 to a call sent with `sent`: forget what it carried. True when a second try
   * can carry something else (a fresh token), false when it would be refused the same way.
   */
  rejected: (sent: Record<string, string>) => boolean
}

const BEARER = 'Bearer '

export class BearerCredentials implements LeanCredentials {
  constructor (private readonly tokens: TokenManager) {}

  async headers (deadline: Deadline): Promise<Record<string, string>> {
    return { authorization: BEARER + await this.tokens.get(deadline) }
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

  rejected (): boolean {
    return false
  }
}
