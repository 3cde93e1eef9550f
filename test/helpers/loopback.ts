import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

interface Teardown { teardown: (fn: () => unknown) => void }

/** A loopback HTTP server whose handler the test writes, counting the connections it saw close; closed with the test. */
export async function serve (t: Teardown, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ origin: string; closed: () => number }> {
  const server = createServer(handler)
  let closed = 0
  server.on('connection', (socket) => socket.on('close', () => { closed++ }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => { server.closeAllConnections(); server.close() })
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, closed: () => closed }
}
