import { Type, type TSchema, type TUnsafe } from 'typebox'

/**
 * Building blocks for Lean's answers: every field optional and every object open (Lean adds fields,
 * and a client must not break when it does), primitives typed, `null` allowed where Lean sends it.
 */
export const Open = { additionalProperties: true }

/** An answer object: all of `fields` optional, more allowed. */
export const answer = (fields: Record<string, TSchema>, options: Record<string, unknown> = {}): TSchema =>
  Type.Object(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, Type.Optional(v)])), { ...Open, ...options })

/** A primitive Lean may also send as `null`: `type: [T, "null"]`, which generators read as an optional value. */
export const orNull = <T extends TSchema>(schema: T): TUnsafe<unknown> => {
  const { type, ...rest } = schema as unknown as { type: string }
  return Type.Unsafe({ ...rest, type: [type, 'null'] })
}

export const Text = Type.String()
export const Num = Type.Number()
export const Int = Type.Integer()
export const Bool = Type.Boolean()
export const DateTime = Type.String({ format: 'date-time' })
export const Day = Type.String({ format: 'date' })
export const Id = Type.String({ description: "Lean's id (a UUID)" })
/** An object Lean sends but whose inside the gateway does not type (it passes through either way). */
export const AnyObject = Type.Object({}, Open)

export const Amount = answer({ amount: Num, currency: Text }, { $id: 'Amount', title: 'Amount', description: 'An amount in major units and its ISO 4217 currency' })
export const AmountRef = Type.Ref('Amount')
