import { Type } from 'typebox'
import { NO_QUERY } from './catalog.js'
import type { WireOperation } from './types.js'

/**
 * Lean's account verification, the same on both wires (it is not in the seeds), for services that
 * check an IBAN's holder before asking for a destination. Lean's answer passes through; what it
 * means when the gateway itself verifies a destination is decided in lean/verification.ts.
 */
const AccountVerificationRequest = Type.Object({
  iban: Type.String({ pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$', description: 'The account, as an IBAN without spaces' }),
  name: Type.String({ minLength: 1, maxLength: 140, description: "The holder's full name, as the customer gave it" }),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166 alpha-2; the IBAN says it otherwise' }))
}, { additionalProperties: false, examples: [{ iban: 'AE070331234567890123456', name: 'Omar Haddad' }] })

const AccountVerification = Type.Object({
  account_ownership_verified: Type.Optional(Type.Boolean({ description: 'true: the name matches the holder' })),
  matching: Type.Optional(Type.String({ description: '`partial` when not verified but similar (score 0.7 or more)' })),
  score: Type.Optional(Type.Number()),
  account_holder_name: Type.Optional(Type.String({ description: "The holder's name as Lean shows it (masked)" }))
}, { additionalProperties: true })

export const VERIFICATION_OPERATIONS: WireOperation[] = [{
  operationId: 'verifyAccount',
  method: 'POST',
  path: '/verifications/v1/accounts',
  tag: 'Payout Destinations',
  summary: "Verify an account's holder",
  description: "Asks Lean's account verification whether the IBAN belongs to the named holder, before a destination is created " +
    '(a tenant with `lean.verifyDestinations` has every new destination checked so). Lean\'s answer passes through.',
  scope: 'destinations:write',
  entity: false,
  idempotency: 'none',
  query: NO_QUERY,
  body: AccountVerificationRequest,
  upstream: (req) => ({ path: '/verifications/v1/accounts', headers: {}, body: req.body }),
  success: { status: 200, description: "Lean's verdict", schema: AccountVerification }
}]
