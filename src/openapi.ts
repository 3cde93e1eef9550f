import { buildApp } from './app.js'
import { resolveConfig } from './config/load.js'
import type { WireName } from './wire/types.js'

/** Where each wire's document is committed (a test keeps both equal to what is served). */
export const OPENAPI_FILES: Record<WireName, string> = { seeds: 'openapi/openapi.json', lean: 'openapi/openapi.lean.json' }

/**
 * The gateway's OpenAPI document depends on the tenants file only through its wire, so it is
 * rendered from a placeholder configuration; `npm run openapi` writes both and a test keeps the
 * committed copies current.
 */
const placeholder = (wire: WireName) => resolveConfig({
  leanWire: wire,
  tenants: [
    {
      id: 'docs',
      lean: { apiUrl: 'http://127.0.0.1:9', authUrl: 'http://127.0.0.1:9/oauth2/token', clientId: 'docs', clientSecret: 'docs' },
      apiKeys: [{ id: 'docs', sha256: '0'.repeat(64), scopes: ['data:read'] }]
    }
  ]
})

export async function renderOpenApi (wire: WireName = 'seeds'): Promise<string> {
  const app = await buildApp({ config: placeholder(wire), logger: false, store: { dataDir: ':memory:' } })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
  }
}
