import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose'

/** How long a JWKS URL that failed is left alone: requests that need it meanwhile are 503 at once. */
export const JWKS_RETRY_MS = 5_000

/** The identity provider's keys could not be had; `retryAfterS` until it is asked again. */
export class IdentityProviderUnavailableError extends Error {
  constructor (readonly retryAfterS: number) {
    super('Identity provider keys could not be fetched')
    this.name = 'IdentityProviderUnavailableError'
  }
}

/**
 * The IdP could not be asked (unreachable, timed out, answered non-200 or not a key set), as
 * opposed to a token that is wrong. jose throws its base JOSEError for HTTP failures, and fetch a
 * TypeError.
 */
function identityProviderFailed (err: unknown): boolean {
  return err instanceof joseErrors.JWKSTimeout ||
    err instanceof joseErrors.JWKSInvalid ||
    (err instanceof joseErrors.JOSEError && Object.getPrototypeOf(err) === joseErrors.JOSEError.prototype) ||
    (err instanceof Error && err.name === 'TypeError')
}

/**
 * A tenant's remote key set that, once its URL fails, is not asked again for JWKS_RETRY_MS: without
 * it every request carrying an unverified token would fetch the failing URL again (jose's cooldown
 * counts only successful fetches), so an IdP outage would be multiplied by the gateway's traffic.
 */
export function guardedKeySet (url: string, now: () => number = Date.now): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(url), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000, timeoutDuration: 5_000 })
  let failedAt: number | undefined
  return async function keyFor (header, token) {
    if (failedAt !== undefined) {
      const waited = now() - failedAt
      if (waited < JWKS_RETRY_MS) throw new IdentityProviderUnavailableError(Math.ceil((JWKS_RETRY_MS - waited) / 1000))
    }
    try {
      const key = await remote(header, token)
      failedAt = undefined
      return key
    } catch (err) {
      if (!identityProviderFailed(err)) throw err
      failedAt = now()
      throw new IdentityProviderUnavailableError(Math.ceil(JWKS_RETRY_MS / 1000))
    }
  }
}
