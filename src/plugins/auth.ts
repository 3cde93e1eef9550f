import { hash, timingSafeEqual } from 'node:crypto'
import type { FastifyRequest, HookHandlerDoneFunction, onRequestHookHandler } from 'fastify'
import fp from 'fastify-plugin'
import { decodeJwt, decodeProtectedHeader, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose'
import { IdentityProviderUnavailableError } from '../tenants/key-sets.js'
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
    requireScope: (scope: Scope) => onRequestHookHandler
  }
}

// Asymmetric only: an HMAC algorithm would let anyone holding the public key mint tokens.
const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']
const CLOCK_TOLERANCE_S = 30

/**
 * Refusals of a credential that is wrong (unknown key, bad signature, unknown issuer or audience,
 * malformed token): only these count against the client address. An expired token, a missing
 * credential or an IdP outage is no guess at someone's key.
 */
const WRONG_CREDENTIALS = new WeakSet<Error>()
const wrongCredential = (detail: string): GatewayError => {
  const err = unauthenticated(detail)
  WRONG_CREDENTIALS.add(err)
  return err
}
export const isWrongCredential = (err: unknown): boolean => err instanceof Error && WRONG_CREDENTIALS.has(err)

// One-shot: no Hash object per request.
const sha256 = (value: string): Buffer => hash('sha256', value, 'buffer')

export function byApiKey (directory: TenantDirectory, presented: string): Caller {
  const seen = directory.keySeen(presented)
  if (seen !== undefined) return seen
  const hash = sha256(presented)
  const entry = directory.apiKeys.get(hash.toString('hex'))
  if (entry === undefined || !timingSafeEqual(entry.hash, hash)) throw wrongCredential('Invalid API key')
  directory.rememberKey(presented, entry.caller)
  return entry.caller
}

const isAudience = (aud: unknown): aud is string | string[] =>
  typeof aud === 'string' || (Array.isArray(aud) && aud.length > 0 && aud.every((a) => typeof a === 'string'))

/** The tenant whose (issuer, audience) an unverified token names; claims of any other type are a malformed token. */
export function issuerOf (directory: TenantDirectory, token: string): JwtIssuer {
  let claims: JWTPayload
  try {
    const { alg } = decodeProtectedHeader(token)
    if (alg === undefined || !ALGORITHMS.includes(alg)) throw wrongCredential('Token algorithm not accepted')
    claims = decodeJwt(token)
  } catch (err) {
    if (err instanceof GatewayError) throw err
    throw wrongCredential('Malformed bearer token')
  }
  if (typeof claims.iss !== 'string' || !isAudience(claims.aud)) throw wrongCredential('Malformed bearer token')
  for (const aud of Array.isArray(claims.aud) ? claims.aud : [claims.aud]) {
    const match = directory.issuers.get(`${claims.iss}\n${aud}`)
    if (match !== undefined) return match
  }
  throw wrongCredential('Token issuer and audience belong to no tenant')
}

/**
 * What a signature cannot say: a token must name its user, must not claim to be issued in the
 * future, and must not live longer than the tenant allows (else a leaked token would be good, and
 * cached, for years).
 */
export function checkClaims (payload: JWTPayload, maxLifetimeS: number, nowS: number): void {
  if (typeof payload.sub !== 'string' || payload.sub === '') throw unauthenticated('Token sub must be a non-empty string')
  const { iat, exp } = payload as { iat?: unknown; exp: number }
  if (iat !== undefined && (typeof iat !== 'number' || !Number.isFinite(iat))) throw unauthenticated('Token iat must be a number')
  if (iat !== undefined && iat > nowS + CLOCK_TOLERANCE_S) throw unauthenticated('Token issued in the future')
  if (exp - (iat ?? nowS) > maxLifetimeS) throw unauthenticated(`Token lives longer than the tenant allows (${maxLifetimeS} s)`)
}

/** jose's refusal of a token that verified, or could not be verified, as the caller's answer. */
function refusalOf (err: unknown): GatewayError {
  if (err instanceof IdentityProviderUnavailableError) {
    return new GatewayError(503, 'upstream-unavailable', err.message, { headers: { 'retry-after': String(err.retryAfterS) } })
  }
  if (err instanceof joseErrors.JWTExpired) return unauthenticated('Token expired')
  if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'nbf' && err.reason === 'check_failed') return unauthenticated('Token not yet valid')
  return wrongCredential('Invalid bearer token')
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
    throw refusalOf(err)
  }
  checkClaims(payload, jwt.maxLifetimeS, Math.floor(Date.now() / 1000))
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

/**
 * Who is calling, from the request's own tenant directory. Verified tokens are cached by the
 * directory until they expire: an app sends the same token for many calls, and an RSA
 * verification costs more than the rest of the request. Only a token not seen before is a promise.
 */
export function authenticate (request: FastifyRequest): Caller | Promise<Caller> {
  const apiKey = request.headers['x-api-key']
  const authorization = request.headers.authorization
  if (apiKey !== undefined && authorization !== undefined) throw unauthenticated('Send an API key or a bearer token, not both')
  if (typeof apiKey === 'string' && apiKey !== '') return byApiKey(request.directory, apiKey)
  if (apiKey !== undefined) throw wrongCredential('Invalid API key')
  if (authorization === undefined) throw unauthenticated('Credentials required: X-Api-Key or Authorization: Bearer')
  // A token verified before was in the form below when it was: found again without reading it again.
  const seen = request.directory.verifiedBearer(request.raw.socket, authorization)
  if (seen !== undefined) return seen
  const match = /^Bearer +([A-Za-z0-9_.-]+=*)$/i.exec(authorization)
  if (match === null) throw wrongCredential('Authorization must be a bearer token')
  const token = match[1]!
  return request.directory.verifiedCaller(token) ?? verifyJwt(request.directory, token)
}

export default fp(
  async function authPlugin (app) {
    /** The counters are a guard, not a dependency: if they are unreachable, authentication still works. */
    async function failuresOrZero (fn: () => Promise<number>): Promise<number> {
      try {
        return await fn()
      } catch (err) {
        app.log.warn({ err: { message: (err as Error).message } }, 'auth-failure counter unreachable')
        return 0
      }
    }

    /**
     * A wrong credential from an address over the limit is 429; otherwise it is counted. Only ever
     * reached for a wrong credential, so nobody can lock a valid key or token out by failing from
     * its address (or by forging X-Forwarded-For behind a trusted proxy).
     */
    async function countFailure (request: FastifyRequest, reason: string): Promise<void> {
      const limit = request.directory.config.authFailureLimit
      request.log.info({ clientAddress: request.ip, reason }, 'authentication failed')
      const blocked = await failuresOrZero(() => app.authFailures.blockedFor(request.ip, limit))
      if (blocked > 0) {
        throw new GatewayError(429, 'rate-limited', 'Too many failed authentications from this address', {
          headers: { 'retry-after': String(blocked) }
        })
      }
      await failuresOrZero(async () => { await app.authFailures.recordFailure(request.ip, limit); return 0 })
    }

    /** Why a credential was refused goes to the log; a wrong one counts against the address, and may turn into 429. */
    async function noteRefusal (request: FastifyRequest, err: unknown): Promise<void> {
      if (isWrongCredential(err)) await countFailure(request, (err as Error).message)
      else if (err instanceof GatewayError && err.statusCode === 401) request.log.info({ clientAddress: request.ip, reason: err.message }, 'authentication refused (not counted)')
    }

    function refuse (request: FastifyRequest, err: unknown, done: HookHandlerDoneFunction): void {
      noteRefusal(request, err).then(() => { done(err as Error) }, done)
    }

    function admit (request: FastifyRequest, caller: Caller, scope: Scope, done: HookHandlerDoneFunction): void {
      request.caller = caller
      done(caller.scopes.has(scope) ? undefined : forbidden(`Missing scope ${scope}`))
    }

    app.decorateRequest('caller', null)
    app.decorate('requireScope', (scope: Scope): onRequestHookHandler => {
      // A callback hook: a caller known by its key or an already verified token is admitted without a promise.
      return function requireScope (request, reply, done) {
        // Whatever it answers, refusals included, is the caller's own and must not be cached on the way.
        reply.header('cache-control', 'no-store')
        let found: Caller | Promise<Caller>
        try {
          found = authenticate(request)
        } catch (err) {
          refuse(request, err, done)
          return
        }
        if (found instanceof Promise) found.then((caller) => { admit(request, caller, scope, done) }, (err: unknown) => { refuse(request, err, done) })
        else admit(request, found, scope, done)
      }
    })
  },
  { name: 'auth', fastify: '5.x', dependencies: ['rate-limit', 'tenants'] }
)
