import type { FastifyInstance, FastifyRequest } from 'fastify'
import { leanError } from './lean-routes.js'
import type { EmulatorWebhooks } from './webhooks.js'

/**
 * Lean's banks list as its sandbox shows it (Lean's API reference, "Banks": identifier, name, logos,
 * brand colours, theme, country, availability for payments and data, supported account types and
 * transfer limits), and the switch that changes a bank's availability, announced as Lean does.
 */
interface Bank {
  identifier: string
  name: string
  country_code: string
  supported_account_types: string[]
  availability: { active: { payments: boolean; data: boolean }; enabled: { payments: boolean; data: boolean } }
}

const ACCOUNT_TYPES = new Set(['CURRENT', 'SAVINGS', 'CREDIT'])

function sandboxBanks (): Bank[] {
  const on = (): Bank['availability'] => ({ active: { payments: true, data: true }, enabled: { payments: true, data: true } })
  return [
    { identifier: 'LEANMB1', name: 'Lean Mock Bank', country_code: 'ARE', supported_account_types: ['CURRENT', 'SAVINGS', 'CREDIT'], availability: on() },
    { identifier: 'LEAN_SME_MB1_UAE', name: 'Lean SME Mock Bank', country_code: 'ARE', supported_account_types: ['CURRENT'], availability: on() },
    { identifier: 'LEANMB2', name: 'Lean Mock Bank 2', country_code: 'ARE', supported_account_types: ['CURRENT', 'SAVINGS'], availability: on() },
    { identifier: 'LEANMB1_SAU', name: 'Lean Mock Bank KSA', country_code: 'SAU', supported_account_types: ['CURRENT', 'CREDIT'], availability: on() }
  ]
}

const shown = (bank: Bank): Record<string, unknown> => ({
  id: null,
  identifier: bank.identifier,
  name: bank.name,
  logo: `https://cdn.leantech.me/img/banks/black/${bank.identifier.toLowerCase()}.png`,
  logo_alt: `https://cdn.leantech.me/img/banks/white/${bank.identifier.toLowerCase()}.png`,
  main_color: '#1B2C4F',
  background_color: '#FFFFFF',
  theme: 'dark',
  country_code: bank.country_code,
  active: bank.availability.active.payments || bank.availability.active.data,
  availability: bank.availability,
  traits: ['user-input-on-login'],
  supported_account_types: bank.supported_account_types,
  transfer_limits: [{ currency: 'AED', min: 1, max: 50_000 }]
})

export class EmulatorBanks {
  private banks = sandboxBanks()
  /** How many times Lean's banks list was read: the gateway keeps it, so this stays low. */
  reads = 0

  reset (): void {
    this.banks = sandboxBanks()
    this.reads = 0
  }

  /** Lean's `GET /banks/v1`. */
  registerLean (lean: FastifyInstance): void {
    lean.get('/banks/v1', async (request: FastifyRequest<{ Querystring: { account_types?: string } }>, reply) => {
      this.reads++
      const wanted = request.query.account_types?.split(',')
      if (wanted?.some((t) => !ACCOUNT_TYPES.has(t)) === true) return leanError(reply, 400, 'INVALID_PARAMETERS', 'account_types must be CURRENT, SAVINGS or CREDIT')
      return this.banks.filter((b) => wanted === undefined || wanted.some((t) => b.supported_account_types.includes(t))).map(shown)
    })
  }

  /** The admin switch that takes a bank's payments or data offline (or back), announced by webhook as Lean does. */
  registerAdmin (admin: FastifyInstance, webhooks: EmulatorWebhooks): void {
    admin.post('/banks/:identifier/availability', async (request: FastifyRequest<{ Params: { identifier: string }; Body: { payments?: boolean; data?: boolean } }>, reply) => {
      const bank = this.banks.find((b) => b.identifier === request.params.identifier)
      if (bank === undefined) return await reply.code(404).send({ error: 'unknown bank' })
      bank.availability.active = { payments: request.body.payments ?? bank.availability.active.payments, data: request.body.data ?? bank.availability.active.data }
      await webhooks.send('bank.availability.updated', { identifier: bank.identifier, availability: bank.availability })
      return shown(bank)
    })
  }
}
