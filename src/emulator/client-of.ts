import type { FastifyRequest } from 'fastify'
import type { ClientData } from './state.js'

// The emulated Lean application a request authenticated as. Kept beside the request rather than on
// it, so the emulator never adds a field to Fastify's request type, which the gateway shares.
const clients = new WeakMap<FastifyRequest, ClientData>()

export const bindClient = (request: FastifyRequest, client: ClientData): void => { clients.set(request, client) }

/** Only on routes behind the emulator's authentication hook, which binds every request it lets by. */
export function clientOf (request: FastifyRequest): ClientData {
  const client = clients.get(request)
  if (client === undefined) throw new Error(`no emulated Lean client bound for ${request.method} ${request.url}`)
  return client
}
