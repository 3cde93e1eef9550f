import { createHash, randomBytes } from 'node:crypto'
import { SCOPES } from './config/schema.js'
import { resolveConfig } from './config/load.js'
import type { GatewayConfig } from './config/types.js'
import { createLeanEmulator, type LeanEmulator } from './lean/emulator/index.js'
import type { WireName } from './lean/wire/types.js'
import { DEMO_AUDIENCE, DEMO_ISSUER, demoIdentityProvider, type DemoIdentityProvider } from './demo-idp.js'

/**
 * Demo mode: a built-in Lean emulator and one tenant holding every scope. The key and entity are
 * fixed so the README's curl examples work as written; they reach only the emulator, never Lean.
 */
export const DEMO_API_KEY = 'demo-4f9c2b7e1a8d4e6b9c3f5a7d2e8b1c4f'
export const DEMO_ENTITY_ID = '6c1f4e2a-9b3d-4f7e-8a2c-5d9e1b7f3a6c'
export const DEMO_TENANT_ID = 'demo'

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

export async function startDemo (wire: WireName = 'seeds', dataDir = './data', emulatorPort = 0): Promise<Demo> {
  const clientSecret = randomBytes(24).toString('base64url')
  const webhookSecret = randomBytes(24).toString('base64url')
  const idp = await demoIdentityProvider(dataDir)
  const emulator = await createLeanEmulator({
    clients: [{ clientId: 'demo-client', clientSecret, entities: [DEMO_ENTITY_ID] }],
    wire,
    jwks: idp.jwks
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
        jwt: { issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE, jwksUrl: `${url}/__emulator/jwks.json`, scopes: ['data:read', 'data:refresh', 'link:connect', 'events:read'] },
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
