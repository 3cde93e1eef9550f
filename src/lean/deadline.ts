import { LeanTimeoutError } from './errors.js'

/**
 * The time one caller request may spend on Lean, shared by token fetch, attempts and backoff.
 * Plain arithmetic on the hot path: a timer exists only while waiting for a token.
 */
export class Deadline {
  private readonly expiresAt: number

  constructor (readonly timeoutMs: number) {
    this.expiresAt = Date.now() + timeoutMs
  }

  remaining (): number {
    return Math.max(0, this.expiresAt - Date.now())
  }

  /** Waits for `promise`, or rejects with a timeout when the budget runs out first. */
  race<T>(promise: Promise<T>, operation: string): Promise<T> {
    const remaining = this.remaining()
    if (remaining === 0) return Promise.reject(this.timeoutError(operation))
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(this.timeoutError(operation)), remaining)
      promise.then(
        (value) => { clearTimeout(timer); resolve(value) },
        (err: unknown) => { clearTimeout(timer); reject(err) }
      )
    })
  }

  sleep (ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms).unref())
  }

  timeoutError (operation: string): LeanTimeoutError {
    return new LeanTimeoutError(`Lean did not answer ${operation} within ${this.timeoutMs} ms`, operation)
  }
}
