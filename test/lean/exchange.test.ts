import t from 'tap'
import { Pool } from 'undici'
import { exchange, ExchangeTimeoutError } from '../../src/lean/exchange.js'
import { serve } from '../helpers/loopback.js'

interface Teardown { teardown: (fn: () => unknown) => void }

function poolFor (t: Teardown, origin: string, connections = 4): Pool {
  const pool = new Pool(origin, { connections })
  t.teardown(async () => { await pool.destroy() })
  return pool
}

t.test('an answer in several chunks is returned whole, with its status, headers and what was sent', async (t) => {
  let received = ''
  const { origin } = await serve(t, (req, res) => {
    req.on('data', (c: Buffer) => { received += String(c) })
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json', 'lean-correlation-id': 'c-1' })
      res.write('{"part":1,')
      setTimeout(() => res.end(`"method":"${req.method!}","auth":"${req.headers.authorization!}"}`), 20)
    })
  })
  const answer = await exchange(poolFor(t, origin), {
    method: 'POST', path: '/x', headers: { authorization: 'Bearer tok', 'content-type': 'application/json' }, body: '{"a":1}', timeoutMs: 2_000
  })
  t.equal(answer.status, 201)
  t.equal(answer.headers['lean-correlation-id'], 'c-1')
  t.same(JSON.parse(answer.body.toString()), { part: 1, method: 'POST', auth: 'Bearer tok' })
  t.equal(received, '{"a":1}', 'the body reached the server as given')
})

t.test('an empty answer has an empty body', async (t) => {
  const { origin } = await serve(t, (_req, res) => { res.writeHead(204); res.end() })
  const answer = await exchange(poolFor(t, origin), { method: 'DELETE', path: '/x', headers: {}, body: undefined, timeoutMs: 2_000 })
  t.equal(answer.status, 204)
  t.equal(answer.body.length, 0)
})

t.test('an answer that stops half-way times out as a timeout, not a connection failure', async (t) => {
  const { origin } = await serve(t, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.write('{"slow":')
  })
  const started = Date.now()
  const err = await exchange(poolFor(t, origin), { method: 'GET', path: '/x', headers: {}, body: undefined, timeoutMs: 200 }).catch((e: unknown) => e)
  t.ok(err instanceof ExchangeTimeoutError, String(err))
  t.ok(Date.now() - started < 1_500, 'within the budget, not undici\'s coarse timers')
})

t.test('a request still queued for a connection when the budget ends is refused then, and never sent', async (t) => {
  const seen: string[] = []
  const { origin } = await serve(t, (req, res) => {
    seen.push(req.url!)
    if (req.url === '/busy') setTimeout(() => { res.writeHead(200); res.end('{}') }, 600)
    else { res.writeHead(200); res.end('{}') }
  })
  const pool = poolFor(t, origin, 1)
  const busy = exchange(pool, { method: 'GET', path: '/busy', headers: {}, body: undefined, timeoutMs: 2_000 })
  const started = Date.now()
  const err = await exchange(pool, { method: 'GET', path: '/queued', headers: {}, body: undefined, timeoutMs: 150 }).catch((e: unknown) => e)
  t.ok(err instanceof ExchangeTimeoutError, String(err))
  t.ok(Date.now() - started < 500, 'answered at the deadline, not when the connection came free')
  t.equal((await busy).status, 200)
  await new Promise((resolve) => setTimeout(resolve, 100))
  t.same(seen, ['/busy'], 'the timed-out request never reached the server')
})

t.test('a refused connection is an error carrying its code', async (t) => {
  const { origin } = await serve(t, (_req, res) => { res.end() })
  const pool = poolFor(t, origin.replace(/:\d+$/, ':1'))
  const err = await exchange(pool, { method: 'GET', path: '/x', headers: {}, body: undefined, timeoutMs: 2_000 }).catch((e: unknown) => e) as { code?: string }
  t.equal(err.code, 'ECONNREFUSED')
})
