import { buildApp } from './app.js'
import type { GatewayConfig } from './config/types.js'

/**
 * The gateway's OpenAPI document does not depend on the tenants file, so it is rendered from a
 * placeholder configuration; `npm run openapi` writes it and a test keeps the committed copy current.
 */
const PLACEHOLDER: GatewayConfig = {
  tenants: [
    {
      id: 'docs',
      lean: { apiUrl: 'http://127.0.0.1:9', authUrl: 'http://127.0.0.1:9/oauth2/token', clientId: 'docs', clientSecret: 'docs', scope: 'api', timeoutMs: 1000 },
      apiKeys: [{ id: 'docs', sha256: '0'.repeat(64), scopes: ['data:read'] }]
    }
  ],
  idempotency: { ttlHours: 24 },
  bodyLimitBytes: 1024 * 1024
}

export async function renderOpenApi (): Promise<string> {
  const app = await buildApp({ config: PLACEHOLDER, logger: false, store: { dataDir: ':memory:' } })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}
