import type { IncomingHttpHeaders } from 'node:http'
import { errors as undiciErrors } from 'undici'
import type { LeanClientConfig } from '../config/types.js'
import { Deadline } from './deadline.js'
import { readConnectionFailure } from './connection-failure.js'
import { exchange, ExchangeTimeoutError } from './exchange.js'
import { LeanConnectionError, LeanError, LeanHttpError, LeanOverloadedError } from './errors.js'
import type { LeanCallTracer, LeanObserver } from './observer.js'
import { isApplicationFailure, isRetryableRead, isTokenRejected } from './outcome.js'
import type { PoolRegistry } from './pools.js'
import type { LeanCredentials } from './credentials.js'
import type { CircuitBreaker } from './circuit.js'

export interface LeanRequest {
  /** The seed's operationId; labels metrics and errors. */
  operation: string
  method: 'GET' | 'POST' | 'DELETE'
  /** Path and query, already encoded. */
  path: string
  headers?: Record<string, string>
  body?: string
}

/** What needs only to send Lean a request: a tenant's client, or a test's stand-in. */
export type LeanRequester = Pick<LeanClient, 'request'>

/** Lean's answer body as JSON, or undefined when it is not JSON. */
export function parseJson (body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown
  } catch {
    return undefined
  }
}

export interface LeanResponse {
  status: number
  contentType: string | undefined
  correlationId: string | undefined
  retryAfter: string | undefined
  body: Buffer
}

const MAX_READ_ATTEMPTS = 3
const BACKOFF_BASE_MS = 50
const BACKOFF_CAP_MS = 1000

function header (headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

function isTimeout (err: unknown): boolean {
  return err instanceof undiciErrors.HeadersTimeoutError || err instanceof undiciErrors.BodyTimeoutError
}

/**
 * The only way the gateway talks to one tenant's Lean: token injection, the caller's time budget,
 * one token refresh on 401, and retries for reads only.
 */
export class LeanClient {
  private readonly origin: string
  private readonly basePath: string
  private inFlight = 0

  constructor (
    private readonly config: LeanClientConfig,
    private readonly credentials: LeanCredentials,
    private readonly pools: PoolRegistry,
    private readonly observer: LeanObserver,
    /** Shared by every tenant of the same Lean application. */
    private readonly breaker: CircuitBreaker,
    /** Only when tracing is on. */
    private readonly tracer?: LeanCallTracer
  ) {
    const url = new URL(config.apiUrl)
    this.origin = url.origin
    this.basePath = url.pathname.replace(/\/+$/, '')
  }

  get timeoutMs (): number {
    return this.config.timeoutMs
  }

  /** Bounded per tenant, so one tenant's burst cannot take every connection and Lean's quota. */
  async request (req: LeanRequest): Promise<LeanResponse> {
    if (this.inFlight >= this.config.maxConcurrent) {
      throw new LeanOverloadedError(`${this.config.maxConcurrent} Lean calls already in flight for this tenant`, req.operation)
    }
    this.inFlight++
    try {
      return await this.attempts(req)
    } finally {
      this.inFlight--
    }
  }

  private async attempts (req: LeanRequest): Promise<LeanResponse> {
    const deadline = new Deadline(this.config.timeoutMs)
    let refreshedToken = false
    let attempt = 0
    for (;;) {
      attempt++
      let auth: Record<string, string>
      let res: LeanResponse
      try {
        ;({ auth, res } = await this.guarded(req, deadline, attempt))
      } catch (err) {
        if (err instanceof LeanConnectionError && isRetryableRead(err) && this.mayRetry(req, attempt, deadline)) {
          await deadline.sleep(this.backoff(attempt))
          continue
        }
        throw err
      }
      if (res.status >= 200 && res.status < 300) return res
      if (isTokenRejected(res.status) && !refreshedToken && this.credentials.rejected(auth)) {
        refreshedToken = true
        continue
      }
      if (isRetryableRead(res) && this.mayRetry(req, attempt, deadline)) {
        await deadline.sleep(this.backoff(attempt))
        continue
      }
      throw new LeanHttpError(req.operation, res.status, res.body, res.correlationId, res.retryAfter)
    }
  }

  /**
   * One call through the application's breaker: refused while it is open, counted when it settles.
   * A fresh token's headers are taken without waiting; only a token fetch is awaited.
   */
  private async guarded (req: LeanRequest, deadline: Deadline, attempt: number): Promise<{ auth: Record<string, string>; res: LeanResponse }> {
    this.breaker.admit(req.operation)
    let failed = true
    try {
      const auth = this.credentials.ready() ?? await this.credentials.headers(deadline)
      const res = await this.send(req, auth, deadline, attempt)
      failed = isApplicationFailure(res)
      return { auth, res }
    } catch (err) {
      failed = isApplicationFailure(err)
      throw err
    } finally {
      this.breaker.record(failed)
    }
  }

  private mayRetry (req: LeanRequest, attempt: number, deadline: Deadline): boolean {
    return req.method === 'GET' && attempt < MAX_READ_ATTEMPTS && deadline.remaining() > BACKOFF_CAP_MS
  }

  private backoff (attempt: number): number {
    // Full jitter: replicas retrying one failure do not arrive together.
    return Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt)
  }

  private async send (
    req: LeanRequest,
    auth: Record<string, string>,
    deadline: Deadline,
    attempt: number
  ): Promise<LeanResponse> {
    const started = process.hrtime.bigint()
    const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...req.headers,
      ...auth
    }
    if (req.body !== undefined) headers['content-type'] = 'application/json'
    const remaining = deadline.remaining()
    if (remaining === 0) throw deadline.timeoutError(req.operation)
    const span = this.tracer?.start({ operation: req.operation, method: req.method, url: this.origin + this.basePath + req.path, attempt })
    if (span !== undefined) Object.assign(headers, span.headers)
    try {
      const res = await exchange(this.pools.get(this.origin, this.config.tls), {
        method: req.method,
        path: this.basePath + req.path,
        headers,
        body: req.body,
        timeoutMs: remaining
      })
      this.observer.upstream(req.operation, res.status, seconds())
      span?.end(res.status)
      return {
        status: res.status,
        contentType: header(res.headers, 'content-type'),
        correlationId: header(res.headers, 'lean-correlation-id'),
        retryAfter: header(res.headers, 'retry-after'),
        body: res.body
      }
    } catch (err) {
      if (err instanceof ExchangeTimeoutError || isTimeout(err)) {
        this.observer.upstream(req.operation, 'timeout', seconds())
        span?.end('timeout')
        throw deadline.timeoutError(req.operation)
      }
      this.observer.upstream(req.operation, 'error', seconds())
      if (err instanceof LeanError) {
        span?.end(err.name)
        throw err
      }
      const failure = readConnectionFailure(err, this.origin, this.config.tls)
      span?.end(failure.code)
      throw new LeanConnectionError(`Lean connection failed for ${req.operation}: ${failure.tls ?? failure.code}`, req.operation, !failure.notSent, { cause: err, tls: failure.tls !== undefined })
    }
  }
}
