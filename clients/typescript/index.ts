import createClient, { type Client, type Middleware } from 'openapi-fetch'
import type { paths } from './schema.js'

export type { paths, components, operations } from './schema.js'
/** The same API on Lean's current wire (`"leanWire": "lean"`): `createGatewayClient<LeanWirePaths>(…)`. */
export type { paths as LeanWirePaths, components as LeanWireComponents, operations as LeanWireOperations } from './schema.lean.js'

export interface GatewayClientOptions {
  /** Where the gateway is, e.g. https://gateway.example.com */
  baseUrl: string
  /** For internal services: the X-Api-Key issued by the gateway operator. */
  apiKey?: string
  /** For apps: returns the end user's current JWT (called per request, so it can be refreshed). */
  bearerToken?: () => string | Promise<string>
  fetch?: typeof fetch
}

/**
 * A typed client for the gateway: every path, parameter, body and answer checked at compile time.
 *
 *   const gw = createGatewayClient({ baseUrl, apiKey })
 *   const { data, error } = await gw.GET('/data/v2/accounts', { params: { header: { entity_id } } })
 *
 * Errors come back as `error` (the gateway's problem+json), never thrown. For a gateway on Lean's
 * wire, type it with that wire's paths: `createGatewayClient<LeanWirePaths>({ baseUrl, apiKey })`.
 */
export function createGatewayClient<Paths extends {} = paths> (options: GatewayClientOptions): Client<Paths> {
  const client = createClient<Paths>({ baseUrl: options.baseUrl, ...(options.fetch !== undefined && { fetch: options.fetch }) })
  const auth: Middleware = {
    async onRequest ({ request }) {
      if (options.apiKey !== undefined) request.headers.set('x-api-key', options.apiKey)
      if (options.bearerToken !== undefined) request.headers.set('authorization', `Bearer ${await options.bearerToken()}`)
      return request
    }
  }
  client.use(auth)
  return client
}
