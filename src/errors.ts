/**
 * Every error a caller can see, with a stable code. The error handler plugin turns these (and
 * Fastify's and the Lean client's own errors) into RFC 9457 problem+json; nothing else does.
 */
export const PROBLEM_BASE = 'urn:lean-gateway:problem:'

export type ProblemCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid-request'
  | 'not-found'
  | 'unsupported-media-type'
  | 'payload-too-large'
  | 'request-timeout'
  | 'headers-too-large'
  | 'conflict'
  | 'idempotency-key-in-flight'
  | 'idempotency-key-reused'
  | 'rate-limited'
  | 'upstream-rejected'
  | 'upstream-rate-limited'
  | 'upstream-unavailable'
  | 'upstream-timeout'
  | 'upstream-invalid'
  | 'overloaded'
  | 'not-configured'
  | 'destination-unverified'
  | 'store-unavailable'
  | 'internal'

const TITLES: Record<ProblemCode, string> = {
  unauthenticated: 'Unauthenticated',
  forbidden: 'Forbidden',
  'invalid-request': 'Invalid request',
  'not-found': 'Not found',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'Payload too large',
  'request-timeout': 'Request timeout',
  'headers-too-large': 'Request headers too large',
  conflict: 'Conflict',
  'idempotency-key-in-flight': 'Idempotency key in flight',
  'idempotency-key-reused': 'Idempotency key reused',
  'rate-limited': 'Too many requests',
  'upstream-rejected': 'Rejected by Lean',
  'upstream-rate-limited': 'Rate limited by Lean',
  'upstream-unavailable': 'Lean unavailable',
  'upstream-timeout': 'Lean timed out',
  'upstream-invalid': 'Unexpected answer from Lean',
  overloaded: 'Service overloaded',
  'not-configured': 'Not configured for this tenant',
  'destination-unverified': 'Destination not verified',
  'store-unavailable': 'Store unavailable',
  internal: 'Internal error'
}

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: ProblemCode
  instance?: string
  requestId?: string
  leanStatus?: string
}

export class GatewayError extends Error {
  readonly headers: Record<string, string>
  readonly leanStatus: string | undefined

  constructor (
    readonly statusCode: number,
    readonly code: ProblemCode,
    detail: string,
    options: { headers?: Record<string, string>; leanStatus?: string; cause?: unknown } = {}
  ) {
    super(detail, { cause: options.cause })
    this.name = 'GatewayError'
    this.headers = options.headers ?? {}
    this.leanStatus = options.leanStatus
  }

  toProblem (): Problem {
    return {
      type: PROBLEM_BASE + this.code,
      title: TITLES[this.code],
      status: this.statusCode,
      detail: this.message,
      code: this.code,
      ...(this.leanStatus !== undefined && { leanStatus: this.leanStatus })
    }
  }
}

export const unauthenticated = (detail: string): GatewayError =>
  new GatewayError(401, 'unauthenticated', detail, {
    headers: { 'www-authenticate': 'Bearer realm="lean-gateway", ApiKey realm="lean-gateway"' }
  })
export const forbidden = (detail: string): GatewayError => new GatewayError(403, 'forbidden', detail)
export const invalidRequest = (detail: string): GatewayError => new GatewayError(400, 'invalid-request', detail)
export const notFound = (detail: string): GatewayError => new GatewayError(404, 'not-found', detail)

/** The problem+json bytes for `error`; idempotent replays store and return exactly these. */
export function problemBody (error: GatewayError, requestId: string): string {
  return JSON.stringify({ ...error.toProblem(), requestId })
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'
