import { buildApp } from './app.js'
import { resolveConfig } from './config/load.js'

/**
 * The gateway's OpenAPI document does not depend on the tenants file, so it is rendered from a
 * placeholder configuration; `npm run openapi` writes it and a test keeps the committed copy current.
 */
const PLACEHOLDER = resolveConfig({
  tenants: [
    {
      id: 'docs',
      lean: { apiUrl: 'http://127.0.0.1:9', authUrl: 'http://127.0.0.1:9/oauth2/token', clientId: 'docs', clientSecret: 'docs' },
      apiKeys: [{ id: 'docs', sha256: '0'.repeat(64), scopes: ['data:read'] }]
    }
  ]
})

export async function renderOpenApi (): Promise<string> {
  const app = await buildApp({ config: PLACEHOLDER, logger: false, store: { dataDir: ':memory:' } })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}
