import Fastify from 'fastify'
import replyFrom from '@fastify/reply-from'

/**
 * The peers a gateway must beat: @fastify/reply-from to Lean, adding only the Lean bearer token and
 * the entity_id header. BARE_LOGGER=off is the strict peer (the least a proxy can do: no logger);
 * otherwise the afternoon peer a Fastify engineer would write, with Fastify's info request logs.
 */
const upstream = process.env.UPSTREAM_URL!
const strict = process.env.BARE_LOGGER === 'off'
const app = Fastify({ logger: strict ? false : { level: 'info' } })
await app.register(replyFrom, { base: upstream, undici: { connections: 128, pipelining: 1, keepAliveTimeout: 60_000 } })
const forward = (request: any, reply: any): void => {
  reply.from(request.url, {
    rewriteRequestHeaders: (_req: unknown, headers: Record<string, string>) => {
      const { 'x-api-key': _key, authorization: _auth, ...rest } = headers
      return { ...rest, authorization: 'Bearer bench-token-0123456789', ...(headers.entity_id !== undefined && { entity_id: headers.entity_id }) }
    }
  })
}
app.all('/*', forward)
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
// Without a logger Fastify says nothing; the harness waits for this line either way.
if (strict) process.stdout.write(`Server listening at ${address}\n`)
// A clean exit on SIGTERM, so --cpu-prof (npm run bench:profile) gets to write its profile.
process.once('SIGTERM', () => { void app.close().then(() => process.exit(0)) })
