import { LeanCircuitOpenError } from './errors.js'

export interface CircuitSettings {
  /** Consecutive failed calls (5xx, connection error, timeout) that open the breaker. */
  failures: number
  /** How long an open breaker answers without reaching Lean before one call probes it. */
  coolDownMs: number
}

export type CircuitState = 'closed' | 'open' | 'half-open'

/** Called with the new state whenever it changes, for metrics and logs. */
export type CircuitListener = (state: CircuitState) => void

/**
 * A circuit breaker for one Lean application. Written here rather than taken from a library: the
 * ones we looked at (cockatiel, opossum) either queue callers behind the probe instead of answering
 * them at once, or do not say when the cool-down ends, which `Retry-After` needs.
 *
 * Every admitted call must be settled once with `record(failed)`.
 */
export class CircuitBreaker {
  private consecutive = 0
  private openUntil = 0
  private probing = false
  private state: CircuitState = 'closed'

  constructor (private settings: CircuitSettings, private readonly listener: CircuitListener = () => {}) {}

  get current (): CircuitState {
    return this.state
  }

  /** Reloaded settings apply from the next failure or cool-down on; the state is kept. */
  configure (settings: CircuitSettings): void {
    this.settings = settings
  }

  /** Lets a call through, or throws LeanCircuitOpenError with the seconds until the next probe. */
  admit (operation: string): void {
    if (this.state === 'closed') return
    const now = Date.now()
    // A probe that never settled (it should not happen) must not hold the breaker for ever.
    const probeLost = this.probing && now >= this.openUntil + this.settings.coolDownMs
    if (now < this.openUntil || (this.probing && !probeLost)) {
      throw new LeanCircuitOpenError(operation, Math.max(1, Math.ceil((this.openUntil - now) / 1000)))
    }
    this.probing = true
    this.openUntil = now
    this.move('half-open')
  }

  record (failed: boolean): void {
    if (!failed) {
      this.consecutive = 0
      this.probing = false
      this.move('closed')
      return
    }
    this.consecutive++
    if (this.state === 'half-open' || this.consecutive >= this.settings.failures) {
      this.probing = false
      this.openUntil = Date.now() + this.settings.coolDownMs
      this.move('open')
    }
  }

  private move (state: CircuitState): void {
    if (state === this.state) return
    this.state = state
    this.listener(state)
  }
}
