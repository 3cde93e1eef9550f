import { randomUUID } from 'node:crypto'
import { STATUS_CODES as HTTP_REASONS } from 'node:http'
import type { Socket } from 'node:net'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { GatewayError, PROBLEM_CONTENT_TYPE, problemBody, type ProblemCode } from '../errors.js'
import { StoreUnavailableError } from '../store/index.js'
import { LeanHttpError } from '../lean/errors.js'
import { leanProblem } from '../lean/outcome.js'

const STATUS_CODES: Record<number, ProblemCode> = {
  400: 'invalid-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  408: 'request-timeout',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  431: 'headers-too-large',
  429: 'rate-limited'
}

/** Maps anything thrown anywhere to the contract's status table; the only place that does. */
export function toGatewayError (err: unknown): GatewayError {
  if (err instanceof GatewayError) return err
  const fromLean = leanProblem(err)
  if (fromLean !== undefined) return fromLean
  if (err instanceof StoreUnavailableError) {
    // Nothing was sent to Lean without its record, so a retry is safe.
    return new GatewayError(503, 'store-unavailable', 'The gateway cannot reach its store; retry shortly', { headers: { 'retry-after': '5' } })
  }
  const fe = err as FastifyError
  if (fe.validation !== undefined) return new GatewayError(400, 'invalid-request', fe.message)
  const status = fe.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Fastify's own 4xx messages describe the request, never the server.
    return new GatewayError(status, STATUS_CODES[status] ?? 'invalid-request', fe.message)
  }
  return new GatewayError(500, 'internal', 'Unexpected error; quote the request id when reporting it')
}

export function sendProblem (request: FastifyRequest, reply: FastifyReply, error: GatewayError): FastifyReply {
  return reply
    .code(error.statusCode)
    .header('x-request-id', request.id)
    .headers(error.headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemBody(error, request.id))
}

/** What the HTTP parser's own refusals (before any request exists) mean for the caller. */
function clientErrorProblem (err: NodeJS.ErrnoException): GatewayError {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return new GatewayError(408, 'request-timeout', 'The request did not arrive in time')
  if (err.code === 'HPE_HEADER_OVERFLOW') return new GatewayError(431, 'headers-too-large', 'Request line and headers are too large')
  return new GatewayError(400, 'invalid-request', 'Malformed HTTP request')
}

/**
 * Fastify's clientErrorHandler: the parser refused the bytes (bad request line or header, headers
 * too large, too slow), so no request, route or hook exists. Answered as problem+json like every
 * other error, counted, and the connection closed.
 */
export function answerClientError (this: FastifyInstance, err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const problem = clientErrorProblem(err)
  this.metrics?.clientErrors.inc({ status: String(problem.statusCode) })
  this.log.debug({ code: err.code, status: problem.statusCode }, 'client error')
  if (socket.writable) {
    const requestId = randomUUID()
    const body = problemBody(problem, requestId)
    socket.write(`HTTP/1.1 ${problem.statusCode} ${HTTP_REASONS[problem.statusCode]!}\r\n` +
      `content-type: ${PROBLEM_CONTENT_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-request-id: ${requestId}\r\nx-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`)
  }
  socket.destroy()
}

/** An error as a log line may carry it: Lean's answer body never (it may hold a customer's IBAN). */
export function loggable (err: unknown): unknown {
  if (err instanceof LeanHttpError) return err.forLog()
  if (err instanceof Error && err.cause !== undefined) return { message: err.message, cause: err.cause instanceof LeanHttpError ? err.cause.forLog() : String(err.cause) }
  return err
}

export default fp(
  async function errorsPlugin (app) {
    app.setErrorHandler(async (err, request, reply) => {
      const problem = toGatewayError(err)
      if (problem.statusCode >= 500) request.log.error({ err: loggable(err) }, 'request failed')
      else request.log.info({ code: problem.code, status: problem.statusCode }, problem.message)
      return sendProblem(request, reply, problem)
    })

    app.setNotFoundHandler(async (request, reply) =>
      sendProblem(request, reply, new GatewayError(404, 'not-found', `No route ${request.method} ${request.url.split('?')[0]}`))
    )
  },
  { name: 'errors', fastify: '5.x' }
)
