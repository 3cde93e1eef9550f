import { Type, type TUnsafe } from 'typebox'
import { UUID_PATTERN } from '../ids.js'

/** `type: string` with `enum`: what every client generator turns into a plain enum (a union of literals is `anyOf`). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: Record<string, unknown> = {}): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options })

export const Uuid = (description?: string) =>
  Type.String({ format: 'uuid', pattern: UUID_PATTERN, ...(description !== undefined && { description }) })

/** Letters, digits, `-`, `_`, `.`; never `.` or `..`, so it cannot climb the upstream path. */
export const AccountId = Type.String({
  pattern: '^(?!\\.\\.?$)[A-Za-z0-9._-]{1,128}$',
  description: 'Lean account id: 1–128 of letters, digits, "-", "_" and "."'
})

export const IsoDate = (description: string) =>
  Type.String({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description })

export const IDEMPOTENCY_KEY_PATTERN = '^[\\x21-\\x7E]{1,255}$'

export const IdempotencyKey = Type.String({
  pattern: IDEMPOTENCY_KEY_PATTERN,
  description: '1–255 visible ASCII characters. Retrying with the same key never repeats the operation.'
})

export const Problem = Type.Object(
  {
    type: Type.String({ description: 'Stable URI of the problem kind' }),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.String(),
    code: Type.String({ description: 'Stable machine-readable code, the last part of `type`' }),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    leanStatus: Type.Optional(Type.String({ description: "Lean's own error code, when Lean refused the call" }))
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details', additionalProperties: true }
)
