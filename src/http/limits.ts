/**
 * How long and how much the gateway waits for a caller, set on purpose (Node and Fastify default
 * to waiting for a request body for ever). Server-wide and fixed for the life of the process.
 */
export interface HttpLimits {
  /** Headers must be complete this long after the connection or the previous request (408). */
  headersTimeoutMs: number
  /** The whole request, body included, must have arrived this long after it began (408). */
  requestTimeoutMs: number
  /** An idle keep-alive connection is closed after this; longer than load balancers' usual 60 s. */
  keepAliveTimeoutMs: number
  /** Total size of the request line and headers (431). */
  maxHeaderBytes: number
  /** Number of request headers (431). */
  maxHeaders: number
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 72_000,
  maxHeaderBytes: 16_384,
  maxHeaders: 100
}

/**
 * Node checks the two timeouts on a sweep, not per socket: sweep often enough that a limit is kept
 * to within a quarter of itself (and at most every second).
 */
export const checkingIntervalMs = (limits: HttpLimits): number =>
  Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)))

/**
 * A socket silent for longer than any legitimate request can take (the slowest Lean budget, plus
 * receiving the request) is dropped; shorter would cut callers off while Lean is still answering.
 */
export const socketIdleTimeoutMs = (limits: HttpLimits, slowestLeanMs: number): number =>
  limits.requestTimeoutMs + slowestLeanMs + 5_000
