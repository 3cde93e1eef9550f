/** Errors of the Lean client. They keep what Lean said so the gateway can report it faithfully. */
export class LeanError extends Error {
  constructor (message: string, readonly operation: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
  }
}

/** Lean answered with a non-2xx status (after the one token refresh a 401 gets). */
export class LeanHttpError extends LeanError {
  /**
   * Lean's answer bytes, which may hold a customer's name or IBAN: kept off the object's own
   * properties so no logger, serializer or inspector ever writes them (`forLog()` is what to log).
   */
  readonly #body: Buffer

  constructor (
    operation: string,
    readonly status: number,
    body: Buffer,
    readonly correlationId: string | undefined,
    readonly retryAfter: string | undefined
  ) {
    super(`Lean answered ${status} to ${operation}`, operation)
    this.#body = body
  }

  get body (): Buffer {
    return this.#body
  }

  /** What a log line may say of it: Lean's status, code and correlation id, never its body. */
  forLog (): Record<string, unknown> {
    return { type: this.name, message: this.message, operation: this.operation, leanStatus: this.status, leanCode: this.leanMessage().code, correlationId: this.correlationId }
  }

  /** Lean's error bodies are `{ status, message, ... }`; anything else yields no message. */
  leanMessage (): { message?: string; code?: string } {
    try {
      const parsed = JSON.parse(this.body.toString('utf8')) as { message?: unknown; status?: unknown }
      return {
        ...(typeof parsed.message === 'string' && { message: parsed.message.slice(0, 1000) }),
        ...(typeof parsed.status === 'string' && { code: parsed.status.slice(0, 100) })
      }
    } catch {
      return {}
    }
  }
}

/** No answer: refused, reset, DNS, TLS. `sent` is false only when the request surely never left. */
export class LeanConnectionError extends LeanError {
  /** TLS is the likely cause (the message says what to check). */
  readonly tls: boolean

  constructor (message: string, operation: string, readonly sent: boolean, options?: { cause?: unknown; tls?: boolean }) {
    super(message, operation, options)
    this.tls = options?.tls ?? false
  }
}

/** The caller's time budget (`timeoutMs`) ran out, token fetch and retries included. */
export class LeanTimeoutError extends LeanError {}

/** Lean's token endpoint refused our client credentials or answered nonsense. */
export class LeanTokenError extends LeanError {
  readonly tls: boolean

  constructor (message: string, readonly status: number | undefined, options?: { cause?: unknown; tls?: boolean }) {
    super(message, 'token', options)
    this.tls = options?.tls ?? false
  }
}

/** This tenant already has its `maxConcurrent` Lean calls in flight; nothing was sent. */
export class LeanOverloadedError extends LeanError {}

/** The application's circuit breaker is open: nothing was sent; `retryAfterS` until the next probe. */
export class LeanCircuitOpenError extends LeanError {
  constructor (operation: string, readonly retryAfterS: number) {
    super(`Lean circuit open for ${operation}`, operation)
  }
}
