import { LeanTimeoutError } from './errors.js'

/** The time one caller request may spend on Lean, shared by token fetch, attempts and backoff. */
export class Deadline {
  readonly signal: AbortSignal
  private readonly expiresAt: number

  constructor (readonly timeoutMs: number) {
    this.expiresAt = Date.now() + timeoutMs
    this.signal = AbortSignal.timeout(timeoutMs)
  }

  remaining (): number {
    return Math.max(0, this.expiresAt - Date.now())
  }

  /** Waits for `promise`, or rejects with a timeout when the budget runs out first. */
  race<T>(promise: Promise<T>, operation: string): Promise<T> {
    if (this.signal.aborted) return Promise.reject(this.timeoutError(operation))
    return new Promise<T>((resolve, reject) => {
      const onAbort = (): void => reject(this.timeoutError(operation))
      this.signal.addEventListener('abort', onAbort, { once: true })
      promise.then(
        (value) => { this.signal.removeEventListener('abort', onAbort); resolve(value) },
        (err: unknown) => { this.signal.removeEventListener('abort', onAbort); reject(err) }
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
