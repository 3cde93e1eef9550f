import { createHash, randomBytes } from 'node:crypto'
import { SCOPES } from './config/schema.js'
import { resolveConfig } from './config/load.js'
import type { GatewayConfig } from './config/types.js'
import { createLeanEmulator, type LeanEmulator } from './emulator/index.js'
import type { EmulatorClient } from './emulator/state.js'
import type { WireName } from './wire/types.js'
import { DEMO_AUDIENCE, DEMO_ISSUER, demoIdentityProvider, type DemoIdentityProvider } from './demo-idp.js'

/**
 * Demo mode: a built-in Lean emulator and one tenant holding every scope. The key and entity are
 * fixed so the README's curl examples work as written; they reach only the emulator, never Lean.
 */
export const DEMO_API_KEY = 'demo-4f9c2b7e1a8d4e6b9c3f5a7d2e8b1c4f'
export const DEMO_ENTITY_ID = '6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c'
export const DEMO_TENANT_ID = 'demo'
/** The demo entity's current account (the emulator's data is deterministic per entity). */
export const DEMO_ACCOUNT_ID = '053ef2f8-8bf2-4839-afe3-165b5e24f287'

/**
 * Objects the demo's sandbox starts with, so every id Swagger UI's forms are filled with names
 * something that exists: the seeds' own example ids (src/schemas/examples.ts).
 */
export const DEMO_SAMPLES = {
  destination_id: 'c986db58-a81a-4ad4-b0a3-749741e3f3b0',
  payment_id: 'fefb5fcf-992c-4dd8-b098-ee9bfd244818',
  payment_intent_id: 'aaa951ca-3171-48d4-8605-3ed18814d873',
  refresh_id: 'd15f1f41-b64f-4979-865b-a9f4d768b140',
  results_id: '5b0e7c52-3d8a-4f61-9e2b-8c4a1d6f0e93',
  // A pay-in (payment intent) the demo's sandbox holds.
  intent_id: '7d2c9e41-5a6b-4c8d-9e0f-1a2b3c4d5e6f',
  // The app user an API-key caller opens Link sessions for (the banner's token is this user's).
  user: 'demo-user'
} as const

// The demo's beneficiary as each wire's destination request says it.
const LEAN_DESTINATION = { name: 'Omar Haddad', iban: 'AE070331234567890123456', bank_identifier: 'LEAN_SME_MB1_UAE', display_name: 'Omar' }
const SEEDS_DESTINATION = { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456', country: 'AE', currency: 'AED' }

function sandboxSamples (wire: WireName): NonNullable<EmulatorClient['samples']> {
  const destination = wire === 'lean' ? LEAN_DESTINATION : SEEDS_DESTINATION
  return {
    destinations: [{ id: DEMO_SAMPLES.destination_id, ...destination }],
    payouts: [{
      id: DEMO_SAMPLES.payment_id,
      payment_intent_id: DEMO_SAMPLES.payment_intent_id,
      amount: 250.75,
      currency: 'AED',
      destination_id: DEMO_SAMPLES.destination_id,
      reference: 'INV-1001',
      description: 'Supplier invoice 1001',
      ...(wire === 'lean' && { source_id: DEMO_ACCOUNT_ID }),
      // Old enough to have gone through its whole life: the history shows every step.
      ageMs: 3_600_000
    }],
    refreshes: [{ id: DEMO_SAMPLES.refresh_id, entityId: DEMO_ENTITY_ID }],
    results: [{ id: DEMO_SAMPLES.results_id, entityId: DEMO_ENTITY_ID }],
    payins: [{ id: DEMO_SAMPLES.intent_id, customerId: '3f6b1c2e-8a4d-4e7f-9b1a-2c5d8e0f7a31', amount: 120.5, currency: 'AED' }]
  }
}

/** What Swagger UI's forms are filled with in the demo, beyond the committed document's examples. */
export function demoFormExamples (wire: WireName): { parameters: Record<string, string>; bodies: Record<string, unknown> } {
  return {
    parameters: { ...DEMO_SAMPLES },
    bodies: wire === 'lean'
      ? {
          createLinkSession: { user: DEMO_SAMPLES.user },
          createPayoutPayment: { payment_details: [{ account_id: DEMO_ACCOUNT_ID, currency: 'AED', destination_details: [{ payment_destination_id: DEMO_SAMPLES.destination_id, amount: 250.75, description: 'INV-1001', authorize_payment: true }] }] },
          createPayoutDestination: [LEAN_DESTINATION]
        }
      : { createLinkSession: { user: DEMO_SAMPLES.user } }
  }
}

export interface Demo {
  config: GatewayConfig
  emulator: LeanEmulator
  /** Signs app users' tokens for the demo tenant. */
  idp: DemoIdentityProvider
  /** Once the gateway listens: the emulator posts its webhooks there, as Lean would. */
  connect: (gatewayUrl: string) => void
  close: () => Promise<void>
}

/** Listens on `port`, or, when another process has it, on any free port (the banner says which). */
async function listenNear (emulator: LeanEmulator, port: number): Promise<string> {
  try {
    return await emulator.listen(port, '127.0.0.1')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw err
    return await emulator.listen(0, '127.0.0.1')
  }
}

/** `timeScale` runs Lean's clock that many times faster: a payout moves on every 5 s / timeScale, a refresh completes in 3 s / timeScale. */
export async function startDemo (wire: WireName = 'seeds', dataDir = './data', emulatorPort = 0, timeScale = 1): Promise<Demo> {
  const clientSecret = randomBytes(24).toString('base64url')
  const webhookSecret = randomBytes(24).toString('base64url')
  const idp = await demoIdentityProvider(dataDir)
  const emulator = await createLeanEmulator({
    clients: [{ clientId: 'demo-client', clientSecret, entities: [DEMO_ENTITY_ID], samples: sandboxSamples(wire) }],
    wire,
    jwks: idp.jwks,
    payoutStepMs: Math.round(5_000 / timeScale),
    refreshMs: Math.round(3_000 / timeScale)
  })
  const url = await listenNear(emulator, emulatorPort)
  // Built as a tenants file and validated like one, so the demo runs with the real defaults.
  const config = resolveConfig({
    leanWire: wire,
    tenants: [
      {
        id: DEMO_TENANT_ID,
        lean: { apiUrl: url, authUrl: `${url}/oauth2/token`, clientId: 'demo-client', clientSecret, webhookSecret, appUserIdPrefix: 'demo-' },
        apiKeys: [{ id: 'demo-key', sha256: createHash('sha256').update(DEMO_API_KEY).digest('hex'), scopes: [...SCOPES] }],
        // App users: tokens from the demo's identity provider; their entities are the banks they connect.
        jwt: { issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE, jwksUrl: `${url}/__emulator/jwks.json`, scopes: ['data:read', 'data:refresh', 'link:connect', 'events:read', 'payments:write', 'payments:read'] },
        rateLimit: { max: 600, timeWindowMs: 60_000 }
      }
    ]
  })
  return {
    config,
    emulator,
    idp,
    connect: (gatewayUrl) => { emulator.webhooks.configure({ url: `${gatewayUrl}/webhooks/lean/demo-client`, secret: webhookSecret }) },
    close: async () => { await emulator.close() }
  }
}
