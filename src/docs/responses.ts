import { Type } from 'typebox'

/**
 * The problem answers routes declare, in one place, so every route documents the same statuses the
 * same way. `documentHeaders` (document.ts) adds the response headers each status carries.
 */
export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Type.Ref('Problem') } }
})

const HTTP_LAYER_REFUSALS = 'refused before reaching the route: malformed (400), headers too large or too many (431), or too slow (408)'

/** Any route: the HTTP layer refuses malformed, oversized or slow requests before routing. */
export const HTTP_PROBLEMS = {
  '4xx': problem(`The request was ${HTTP_LAYER_REFUSALS}`)
}

/** A route behind authentication, scopes and the caller's rate limit. */
export const AUTH_PROBLEMS = {
  400: problem('Invalid path, query, header or body'),
  401: problem('Missing or invalid credentials'),
  403: problem('Missing scope, or the entity is not the caller\'s'),
  429: problem('Rate limited: the caller\'s limit, or too many failed authentications from this address; see Retry-After'),
  503: problem('The store, the rate-limit counters (money routes) or the identity provider are unavailable; see Retry-After')
}

/** A route that calls Lean. */
export const LEAN_PROBLEMS = {
  404: problem('Unknown route, not found at Lean, or another tenant\'s object'),
  502: problem('Lean failed, could not be reached, refused the gateway\'s credentials, or answered a list the gateway could not filter for this caller (`upstream-invalid`)'),
  503: problem('Lean\'s circuit breaker is open for this application, the tenant is at its concurrency cap, or the store, rate-limit counters or identity provider are unavailable; see Retry-After'),
  504: problem('Lean did not answer within the tenant\'s timeoutMs')
}

/**
 * Lean's own refusals, passed through with Lean's message in `detail` (a 422 on dates, a 409 on a
 * duplicate destination, …). One `4xx` key per answer map: it says both what Lean refuses and what
 * the HTTP layer does, so neither text replaces the other (HTTP_PROBLEMS is then not spread too).
 */
export const LEAN_PASSTHROUGH = {
  '4xx': problem(`Lean refused the request: the same status, Lean's message in \`detail\` and its code in \`leanStatus\`; or the request was ${HTTP_LAYER_REFUSALS}`)
}

/** A route that takes a JSON body. */
export const BODY_PROBLEMS = {
  413: problem('Body larger than the limit'),
  415: problem('Body is not application/json')
}

/** A route that runs under an idempotency key. */
export const IDEMPOTENCY_PROBLEMS = {
  409: problem('The same idempotency key is still in flight; retry after Retry-After'),
  422: problem('Idempotency key reused with a different request')
}
