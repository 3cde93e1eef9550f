import type { IncomingMessage, ServerResponse } from 'node:http'
import t from 'tap'
import { exchange, ExchangeTimeoutError } from '../../src/lean/exchange.js'
import { PoolRegistry } from '../../src/lean/pools.js'
import { serve } from '../helpers/loopback.js'
import { until } from '../helpers/receiver.js'

// The registry's pools carry no undici timers of their own: each call's deadline is what ends it.
for (const [stall, handler] of [
  ['no headers ever come', (): void => {}],
  ['the body stops half-way', (_req: IncomingMessage, res: ServerResponse): void => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"a":') }]
] as const) {
  t.test(`a registry pool's call where ${stall} ends at the call's deadline and drops the connection`, async (t) => {
    const server = await serve(t, handler)
    const registry = new PoolRegistry({ connections: 2 })
    t.teardown(async () => { await registry.close() })
    const started = Date.now()
    const err = await exchange(registry.get(server.origin), { method: 'GET', path: '/x', headers: {}, body: undefined, timeoutMs: 150 }).catch((e: unknown) => e)
    t.ok(err instanceof ExchangeTimeoutError, String(err))
    t.ok(Date.now() - started < 1_000, `ended at the deadline (${Date.now() - started} ms)`)
    await until(() => server.closed() === 1, async () => {}, 200, 5)
    t.equal(server.closed(), 1, 'the stalled connection is closed, not kept for the next call')
  })
}

t.test('a registry pool answers the next call after a timed-out one, on a fresh connection', async (t) => {
  let calls = 0
  const server = await serve(t, (_req, res) => {
    if (++calls === 1) return
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
  const registry = new PoolRegistry({ connections: 1 })
  t.teardown(async () => { await registry.close() })
  const pool = registry.get(server.origin)
  t.equal(registry.get(server.origin), pool, 'one pool per origin')
  const first = await exchange(pool, { method: 'GET', path: '/x', headers: {}, body: undefined, timeoutMs: 100 }).catch((e: unknown) => e)
  t.ok(first instanceof ExchangeTimeoutError)
  const second = await exchange(pool, { method: 'GET', path: '/x', headers: {}, body: undefined, timeoutMs: 1_000 })
  t.equal(second.status, 200)
  t.same(JSON.parse(second.body.toString()), { ok: true })
})
