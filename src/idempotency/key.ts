import { hash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { invalidRequest } from '../errors.js'
import { IDEMPOTENCY_KEY_PATTERN } from '../schemas/common.js'
import { requesterOf } from '../tenants/caller.js'

const KEY = new RegExp(IDEMPOTENCY_KEY_PATTERN)

/**
 * The caller's idempotency key: the `Idempotency-Key` header, else the body's `idempotency_key`.
 * Both present and different is ambiguous, so it is refused rather than guessed.
 */
export function idempotencyKeyOf (request: FastifyRequest, required: boolean): string | undefined {
  const header = request.headers['idempotency-key']
  const body = request.body as { idempotency_key?: unknown } | undefined
  const field = body?.idempotency_key
  if (field !== undefined && (typeof field !== 'string' || !KEY.test(field))) {
    throw invalidRequest('body/idempotency_key must be 1–255 visible ASCII characters')
  }
  if (typeof header === 'string' && field !== undefined && header !== field) {
    throw invalidRequest('Idempotency-Key header and body idempotency_key differ')
  }
  const key = typeof header === 'string' ? header : field
  if (key === undefined && required) throw invalidRequest('Idempotency-Key header is required')
  return key
}

/**
 * Whose key space a caller's keys live in: the tenant's for services (''), the user's own within the
 * tenant for app users, so two users who happen to pick the same key never meet.
 */
export function keyPrincipal (caller: { kind: 'api-key' | 'jwt'; id: string }): string {
  return caller.kind === 'jwt' ? requesterOf(caller) : ''
}

/**
 * The key Lean sees: derived from tenant, principal and key, so it is stable across every retry of
 * one caller's key, differs between tenants sharing a Lean client and between app users, and does
 * not reveal the caller's key. API-key callers keep the v1 derivation, so keys already sent to Lean
 * keep deduplicating there. Shaped as a UUID (version 8) so it fits wherever Lean expects an id.
 */
export function forwardedIdempotencyKey (tenantId: string, key: string, principal = ''): string {
  const material = principal === ''
    ? `lean-gateway/idempotency/v1\0${tenantId}\0${key}`
    : `lean-gateway/idempotency/v2\0${tenantId}\0${principal}\0${key}`
  const hex = hash('sha256', material, 'hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
