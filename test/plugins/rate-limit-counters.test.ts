import Fastify, { type FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { Registry } from 'prom-client'
import t from 'tap'
import { countedAnswer, limitFor } from '../../src/plugins/caller-limits.js'
import rateLimitPlugin, { type Counted } from '../../src/plugins/rate-limit.js'
import type { Caller } from '../../src/tenants/caller.js'

/** The rate-limit plugin alone, with the two plugins it names as dependencies stood in for. */
async function limitsOnly (): Promise<FastifyInstance> {
  const app = Fastify()
  await app.register(fp(async (a) => { a.decorate('metrics', { registry: new Registry() } as never) }, { name: 'metrics' }))
  await app.register(fp(async () => {}, { name: 'tenants' }))
  await app.register(rateLimitPlugin, {})
  return app
}

const count = async (app: FastifyInstance, key: string, max = 1): Promise<Counted> =>
  await new Promise((resolve, reject) => { app.callerCounters.incr(key, (err, counted) => { err === null ? resolve(counted!) : reject(err) }, 60_000, max) })

t.test('in memory, a counter survives 5,000 other callers: eviction cannot hand a caller a fresh window', async (t) => {
  const app = await limitsOnly()
  t.teardown(() => app.close())
  t.equal((await count(app, 'busy')).current, 1)
  for (let i = 0; i < 6_000; i++) await count(app, `other-${i}`)
  t.equal((await count(app, 'busy')).current, 2, 'the first caller is still counted')

  // The plugin's own limiters (per address, per user) hold as many: before, each kept 5,000 keys.
  app.get('/fixed', { onRequest: app.limitFixed('probe', { max: 1, timeWindowMs: 60_000 }, (request) => String(request.headers['x-who'])) }, async () => 'ok')
  t.equal((await app.inject({ url: '/fixed', headers: { 'x-who': 'first' } })).statusCode, 200)
  for (let i = 0; i < 5_200; i++) await app.inject({ url: '/fixed', headers: { 'x-who': `w${i}` } })
  const again = await app.inject({ url: '/fixed', headers: { 'x-who': 'first' } })
  t.equal(again.statusCode, 429, 'the first address is still over its limit')
})

t.test('a count as headers: the x-ratelimit-* fields and the IETF draft\'s from one count; over the limit, 429 with retry-after', async (t) => {
  const caller = { tenant: { id: 't1', rateLimit: { max: 3, timeWindowMs: 60_000, scopes: { 'payouts:write': { max: 1, timeWindowMs: 10_000 } } } }, kind: 'key', id: 'k1', scopes: new Set() } as unknown as Caller
  const limit = limitFor(caller, 'data:read')!
  t.equal(limitFor(caller, 'data:read'), limit, 'made once per caller and scope')
  t.match(limitFor(caller, 'payouts:write'), { key: 't1:key:k1:payouts:write', policyHeader: '"payouts:write";q=1;w=10' })
  const headers: Record<string, string> = {}
  const reply = { header: (name: string, value: string) => { headers[name] = value; return reply } } as never
  t.equal(countedAnswer(reply, limit, { current: 2, ttl: 41_200 }), undefined, 'allowed')
  t.same(headers, { 'x-ratelimit-limit': '3', 'x-ratelimit-remaining': '1', 'x-ratelimit-reset': '42', 'ratelimit-policy': '"caller";q=3;w=60', ratelimit: '"caller";r=1;t=42' })
  const over = countedAnswer(reply, limit, { current: 4, ttl: 300 }) as unknown as { statusCode: number; headers: Record<string, string> }
  t.match(over, { statusCode: 429, headers: { 'retry-after': '1' } }, 'refused, at least a second to wait')
  t.equal(headers['x-ratelimit-remaining'], '0')
})
