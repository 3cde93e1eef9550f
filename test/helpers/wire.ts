import type { FastifyInstance } from 'fastify'
import type { RecordedRequest } from '../../src/emulator/index.js'
import type { WireName } from '../../src/wire/types.js'
import { KEYS } from './gateway.js'

/**
 * What a test needs to say the same thing on either wire: how to make a destination and a payout,
 * what a success is, where Lean received the forwarded key, which id the audit trail names.
 * Tests loop over WIRES instead of being copied per wire.
 */
export interface WireFixture {
  name: WireName
  /** The status of a created payout or destination. */
  created: number
  /** Lean's status of a payout just created, as the audit trail records it. */
  newPayoutStatus: string
  destination: (app: FastifyInstance, apiKey?: string) => Promise<string>
  payout: (destinationId: string, amount: number, currency?: string) => Record<string, unknown>
  /** The idempotency key Lean received with a payout. */
  forwardedKey: (sent: RecordedRequest) => string | undefined
  /** The Lean id of a created payout, as the audit trail records it. */
  payoutLeanId: (answer: Record<string, unknown>) => string
  /** The entity a request reached Lean for, wherever the wire put it. */
  sentEntity: (sent: RecordedRequest) => string | undefined
}

const headers = (apiKey: string) => ({ 'x-api-key': apiKey, 'content-type': 'application/json' })

export const SEEDS: WireFixture = {
  name: 'seeds',
  created: 201,
  newPayoutStatus: 'PENDING',
  destination: async (app, apiKey = KEYS.all) => (await app.inject({
    method: 'POST', url: '/payouts/v1/payment/destinations', headers: headers(apiKey), payload: { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456' }
  })).json().id as string,
  payout: (destinationId, amount, currency = 'AED') => ({ amount, currency, destination_id: destinationId }),
  forwardedKey: (sent) => (sent.body as { idempotency_key?: string }).idempotency_key,
  payoutLeanId: (answer) => answer.id as string,
  sentEntity: (sent) => sent.headers.entity_id as string | undefined
}

export const LEAN: WireFixture = {
  name: 'lean',
  created: 200,
  newPayoutStatus: 'CREATED',
  destination: async (app, apiKey = KEYS.all) => (await app.inject({
    method: 'POST', url: '/payouts/v1/payment/destinations', headers: headers(apiKey), payload: [{ name: 'Omar Haddad', iban: 'AE070331234567890123456' }]
  })).json()[0].destination_id as string,
  payout: (destinationId, amount, currency = 'AED') => ({
    payment_details: [{ account_id: '2652e3ac-3f34-48c2-b1ae-ed81e30c6601', currency, destination_details: [{ payment_destination_id: destinationId, amount }] }]
  }),
  forwardedKey: (sent) => sent.headers['idempotency-key'] as string | undefined,
  payoutLeanId: (answer) => (answer.payouts_payment_details as Array<{ payment_intent_id: string }>)[0]!.payment_intent_id,
  sentEntity: (sent) => new URL(sent.url, 'http://lean').searchParams.get('entity_id') ?? (sent.body as { entity_id?: string } | undefined)?.entity_id
}

export const WIRES: WireFixture[] = [SEEDS, LEAN]
