import { hash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose'
import type { Scope } from '../config/schema.js'
import type { Caller } from '../tenants/caller.js'
import type { JwtIssuer, TenantDirectory } from '../tenants/directory.js'
import { forbidden, GatewayError, unauthenticated } from '../errors.js'

export { requesterOf, type Caller } from '../tenants/caller.js'

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null
  }
  interface FastifyInstance {
    /** An onRequest hook that authenticates the caller and demands `scope`. */
    requireScope: (scope: Scope) => onRequestAsyncHookHandler
  }
}

// Asymmetric only: an HMAC algorithm would let anyone holding the public key mint tokens.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']
const CLOCK_TOLERANCE_S = 30

/**
 * The IdP could not be asked (unreachable, timed out, answered non-200 or not a key set): a 503, not a
 * 401 that would make apps sign their users out. jose throws its base JOSEError for HTTP failures.
 */
function identityProviderFailed (err: unknown): boolean {
  return err instanceof joseErrors.JWKSTimeout ||
    err instanceof joseErrors.JWKSInvalid ||
    (err instanceof joseErrors.JOSEError && Object.getPrototypeOf(err) === joseErrors.JOSEError.prototype) ||
    (err instanceof Error && err.name === 'TypeError')
}

// One-shot: no Hash object per request.
const sha256 = (value: string): Buffer => hash('sha256', value, 'buffer')

export interface AuthOptions {
  /** Off only in a benchmark's ablation (app.ts): every caller is then the directory's first API key. */
  authenticate?: boolean
}

export default fp<AuthOptions>(
  async function authPlugin (app, options) {
    function byApiKey (directory: TenantDirectory, presented: string): Caller {
      const hash = sha256(presented)
      const entry = directory.apiKeys.get(hash.toString('hex'))
      if (entry === undefined || !timingSafeEqual(entry.hash, hash)) throw unauthenticated('Invalid API key')
      return entry.caller
    }

    function issuerOf (directory: TenantDirectory, token: string): JwtIssuer {
      let claims: JWTPayload
      try {
        const { alg } = decodeProtectedHeader(token)
        if (alg === undefined || !ALGORITHMS.includes(alg)) throw unauthenticated('Token algorithm not accepted')
        claims = decodeJwt(token)
      } catch (err) {
        if (err instanceof GatewayError) throw err
        throw unauthenticated('Malformed bearer token')
      }
      const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
      for (const aud of audiences) {
        const match = directory.issuers.get(`${String(claims.iss)}\n${String(aud)}`)
        if (match !== undefined) return match
      }
      throw unauthenticated('Token issuer and audience belong to no tenant')
    }

    // Verified tokens are cached by the directory until they expire: an app sends the same token for
    // many calls, and an RSA verification costs more than the rest of the request.
    async function byJwt (directory: TenantDirectory, token: string): Promise<Caller> {
      return directory.verifiedCaller(token) ?? await verifyJwt(directory, token)
    }

    async function verifyJwt (directory: TenantDirectory, token: string): Promise<Caller> {
      const { tenant, jwks } = issuerOf(directory, token)
      const jwt = tenant.jwt!
      let payload: JWTPayload
      try {
        ;({ payload } = await jwtVerify(token, jwks, {
          issuer: jwt.issuer,
          audience: jwt.audience,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_S,
          requiredClaims: ['exp', 'sub']
        }))
      } catch (err) {
        if (identityProviderFailed(err)) {
          throw new GatewayError(503, 'upstream-unavailable', 'Identity provider keys could not be fetched', {
            headers: { 'retry-after': '5' }
          })
        }
        throw unauthenticated(err instanceof joseErrors.JWTExpired ? 'Token expired' : 'Invalid bearer token')
      }
      const caller: Caller = {
        tenant,
        kind: 'jwt',
        id: payload.sub!,
        scopes: new Set(jwt.scopes),
        ...(jwt.entityClaim !== undefined && { entityClaim: payload[jwt.entityClaim] })
      }
      // Cached no longer than jose would accept it: exp plus the same clock tolerance.
      directory.rememberVerified(token, caller, (payload.exp! + CLOCK_TOLERANCE_S) * 1000)
      return caller
    }

    async function authenticate (request: FastifyRequest): Promise<Caller> {
      const apiKey = request.headers['x-api-key']
      const authorization = request.headers.authorization
      if (apiKey !== undefined && authorization !== undefined) throw unauthenticated('Send an API key or a bearer token, not both')
      if (typeof apiKey === 'string' && apiKey !== '') return byApiKey(request.directory, apiKey)
      if (apiKey !== undefined) throw unauthenticated('Invalid API key')
      if (authorization === undefined) throw unauthenticated('Credentials required: X-Api-Key or Authorization: Bearer')
      const match = /^Bearer +([A-Za-z0-9_.-]+=*)$/i.exec(authorization)
      if (match === null) throw unauthenticated('Authorization must be a bearer token')
      return await byJwt(request.directory, match[1]!)
    }

    /** The counters are a guard, not a dependency: if they are unreachable, authentication still works. */
    async function failuresOrZero (fn: () => Promise<number>): Promise<number> {
      try {
        return await fn()
      } catch (err) {
        app.log.warn({ err: { message: (err as Error).message } }, 'auth-failure counter unreachable')
        return 0
      }
    }

    app.decorateRequest('caller', null)
    app.decorate('requireScope', (scope: Scope): onRequestAsyncHookHandler => {
      if (options.authenticate === false) {
        return async function anyone (request) { request.caller = request.directory.apiKeys.values().next().value!.caller }
      }
      return async function requireScope (request) {
        const limit = request.directory.config.authFailureLimit
        const blocked = await failuresOrZero(() => app.authFailures.blockedFor(request.ip, limit))
        if (blocked > 0) {
          throw new GatewayError(429, 'rate-limited', 'Too many failed authentications from this address', {
            headers: { 'retry-after': String(blocked) }
          })
        }
        let caller: Caller
        try {
          caller = await authenticate(request)
        } catch (err) {
          if (err instanceof GatewayError && err.statusCode === 401) await failuresOrZero(async () => { await app.authFailures.recordFailure(request.ip, limit); return 0 })
          throw err
        }
        request.caller = caller
        if (!caller.scopes.has(scope)) throw forbidden(`Missing scope ${scope}`)
      }
    })
  },
  { name: 'auth', fastify: '5.x', dependencies: ['rate-limit', 'tenants'] }
)
