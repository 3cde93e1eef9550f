import type { IncomingHttpHeaders } from 'node:http'
import type { Dispatcher } from 'undici'

export interface Exchange {
  method: 'GET' | 'POST' | 'DELETE'
  path: string
  headers: Record<string, string>
  body: string | undefined
  /** The whole exchange, first byte out to last byte in. */
  timeoutMs: number
}

export interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** The deadline passed before Lean's answer was complete: told apart from connection failures. */
export class ExchangeTimeoutError extends Error {
  override readonly name = 'ExchangeTimeoutError'
}

const EMPTY = Buffer.alloc(0)

/**
 * One request and its whole answer, through undici's dispatch interface rather than `request()`:
 * every Lean answer is read whole anyway (classified, recorded, or sent on with its length), so the
 * Readable body stream, its AsyncResource and the AbortController that `request()` makes per call
 * would be built only to be drained. One timer bounds the exchange and aborts through undici's own
 * controller.
 */
export function exchange (dispatcher: Dispatcher, req: Exchange): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    let status = 0
    let headers: IncomingHttpHeaders = {}
    let chunks: Buffer[] | undefined
    let first: Buffer | undefined
    let controller: Dispatcher.DispatchController | undefined
    let timedOut = false
    const timeoutError = (): ExchangeTimeoutError => new ExchangeTimeoutError(`no complete answer within ${req.timeoutMs} ms`)
    const timer = setTimeout(() => {
      timedOut = true
      // Still queued for a connection: nothing to abort yet, so the caller is answered now and the
      // request is aborted the moment it starts.
      if (controller === undefined) reject(timeoutError())
      else controller.abort(timeoutError())
    }, req.timeoutMs)
    const fail = (err: Error): void => {
      clearTimeout(timer)
      reject(timedOut && !(err instanceof ExchangeTimeoutError) ? new ExchangeTimeoutError(err.message, { cause: err }) : err)
    }
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart (c) {
        controller = c
        if (timedOut) c.abort(timeoutError())
      },
      onResponseStart (_c, statusCode, responseHeaders) {
        status = statusCode
        headers = responseHeaders
      },
      onResponseData (_c, chunk) {
        // Most answers arrive in one chunk: kept as is, copied only when there are more.
        if (first === undefined) first = chunk
        else (chunks ??= [first]).push(chunk)
      },
      onResponseEnd () {
        clearTimeout(timer)
        resolve({ status, headers, body: chunks !== undefined ? Buffer.concat(chunks) : first ?? EMPTY })
      },
      onResponseError (_c, err) { fail(err) }
    }
    try {
      dispatcher.dispatch({ method: req.method, path: req.path, headers: req.headers, body: req.body ?? null }, handler)
    } catch (err) {
      fail(err as Error)
    }
  })
}
