import { createHash } from 'node:crypto'
import type { FastifyRequest } from 'fastify'
import { invalidRequest } from '../errors.js'
import { IDEMPOTENCY_KEY_PATTERN } from '../schemas/common.js'

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
 * The key Lean sees: derived from tenant and key, so it is stable across every retry of one tenant's
 * key, differs between tenants sharing a Lean client, and does not reveal the caller's key.
 * Shaped as a UUID (version 8) so it fits wherever Lean expects an id.
 */
export function forwardedIdempotencyKey (tenantId: string, key: string): string {
  const hex = createHash('sha256').update(`lean-gateway/idempotency/v1\0${tenantId}\0${key}`).digest('hex')
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
