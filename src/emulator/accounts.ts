import type { FastifyInstance, FastifyRequest } from 'fastify'
import { leanError } from './lean-routes.js'

/**
 * Lean's account verification, emulated: the banks' record of who holds each IBAN, and Lean's
 * verdict on a name (Lean's guide: a match; a partial match when the names' similarity is 0.7 or
 * more, with the score; no match below). Similarity here is the names' word overlap (Dice).
 */
const SANDBOX_HOLDERS: ReadonlyArray<[string, string]> = [
  ['AE070331234567890123456', 'Omar Haddad'],
  ['AE460260001015333439101', 'Fatima Al Mansoori'],
  ['SA0380000000608010167519', 'Acme Trading LLC']
]

const words = (name: string): string[] => name.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter((w) => w !== '')

function similarity (a: string, b: string): number {
  const x = words(a)
  const y = words(b)
  if (x.length + y.length === 0) return 0
  const common = x.filter((w) => y.includes(w)).length
  return Math.round((2 * common / (x.length + y.length)) * 100) / 100
}

const masked = (name: string): string => words(name).map((w) => `${w[0]!.toUpperCase()}${'*'.repeat(Math.max(2, w.length - 1))}`).join(' ')

export class EmulatorAccounts {
  private holders = new Map(SANDBOX_HOLDERS)

  reset (): void {
    this.holders = new Map(SANDBOX_HOLDERS)
  }

  registerLean (lean: FastifyInstance): void {
    lean.post('/verifications/v1/accounts', async (request: FastifyRequest<{ Body: { iban?: unknown; name?: unknown } | undefined }>, reply) => {
      const { iban, name } = request.body ?? {}
      if (typeof iban !== 'string' || typeof name !== 'string') return leanError(reply, 400, 'INVALID_PARAMETERS', 'iban and name are required')
      const holder = this.holders.get(iban.replace(/\s/g, '').toUpperCase())
      if (holder === undefined) return { account_ownership_verified: false, matching: 'none', score: 0, account_holder_name: null }
      const exact = words(holder).join(' ') === words(name).join(' ')
      const score = exact ? 1 : similarity(holder, name)
      return { account_ownership_verified: exact, matching: exact ? 'full' : score >= 0.7 ? 'partial' : 'none', score, account_holder_name: masked(holder) }
    })
  }

  /** Who the bank says holds an IBAN, for tests and demos. */
  registerAdmin (admin: FastifyInstance): void {
    admin.post('/accounts', async (request: FastifyRequest<{ Body: { iban: string; name: string } }>, reply) => {
      this.holders.set(request.body.iban.toUpperCase(), request.body.name)
      return await reply.code(201).send({ iban: request.body.iban.toUpperCase(), name: request.body.name })
    })
  }
}
