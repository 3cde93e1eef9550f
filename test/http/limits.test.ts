import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { request } from 'undici'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'

const LIMITS = { headersTimeoutMs: 800, requestTimeoutMs: 1_500, keepAliveTimeoutMs: 1_000, maxHeaderBytes: 4_096, maxHeaders: 30 }
const MAX_WAIT_MS = 5_000

interface Outcome { closedAfterMs: number; received: string }

/** Opens a raw connection and sends `first`, then one byte of `trickle` every `everyMs` until it is closed. */
function slowClient (port: number, first: string, trickle: string, everyMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now()
    let received = ''
    const socket: Socket = connect(port, '127.0.0.1', () => {
      socket.write(first)
      let sent = 0
      // Bounded: stops when the server closes the socket, or after the whole trickle.
      const timer = setInterval(() => {
        if (socket.destroyed || sent >= trickle.length) { clearInterval(timer); return }
        socket.write(trickle[sent++]!)
      }, everyMs)
      socket.on('close', () => clearInterval(timer))
    })
    const giveUp = setTimeout(() => socket.destroy(), MAX_WAIT_MS)
    socket.on('data', (chunk) => { received += String(chunk) })
    socket.on('error', () => {})
    socket.on('close', () => { clearTimeout(giveUp); resolve({ closedAfterMs: Date.now() - started, received }) })
  })
}

t.test('slow and greedy callers are cut off within the configured limits; others are served', async (t) => {
  const emulator = await startEmulator(t)
  const { app } = await startGateway(t, emulator, { http: LIMITS })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  const served = async () => (await request(`${base}/data/v2/accounts`, { headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode

  t.test('headers one byte a second: 408 problem+json, closed after headersTimeoutMs', async (t) => {
    const header = 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ' + 'a'.repeat(20) + '\r\n\r\n'
    const slow = slowClient(port, '', header, 1_000)
    t.equal(await served(), 200, 'another caller is served meanwhile')
    const { closedAfterMs, received } = await slow
    t.ok(closedAfterMs >= LIMITS.headersTimeoutMs - 50 && closedAfterMs < LIMITS.headersTimeoutMs + 1_000, `closed after ${closedAfterMs} ms`)
    t.match(received, /^HTTP\/1\.1 408 Request Timeout\r\n/)
    t.match(received, /content-type: application\/problem\+json/)
    t.match(received, /"code":"request-timeout"/)
  })

  t.test('a body one byte a second: 408, closed after requestTimeoutMs, nothing reaches Lean', async (t) => {
    const before = emulator.requests.length
    const head = `POST /payouts/v1/payment/destinations HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: ${KEYS.all}\r\n` +
      'Content-Type: application/json\r\nContent-Length: 200\r\n\r\n'
    const slow = slowClient(port, head, `{"beneficiary_name":"${'x'.repeat(150)}"}`, 300)
    t.equal(await served(), 200, 'another caller is served meanwhile')
    const { closedAfterMs, received } = await slow
    t.ok(closedAfterMs >= LIMITS.requestTimeoutMs - 50 && closedAfterMs < LIMITS.requestTimeoutMs + 1_000, `closed after ${closedAfterMs} ms`)
    t.match(received, /^HTTP\/1\.1 408 /)
    t.equal(emulator.requests.length, before + 1, 'only the other caller\'s read reached Lean')
  })

  t.test('many idle connections: each closed after headersTimeoutMs, the gateway still serves', async (t) => {
    const idle = Array.from({ length: 50 }, () => slowClient(port, '', '', 1_000))
    t.equal(await served(), 200)
    const outcomes = await Promise.all(idle)
    const slowest = Math.max(...outcomes.map((o) => o.closedAfterMs))
    t.ok(slowest < LIMITS.headersTimeoutMs + 1_000, `all 50 closed, the last after ${slowest} ms`)
    t.equal(await served(), 200)
  })

  t.test('an idle keep-alive connection is closed after keepAliveTimeoutMs', async (t) => {
    const { closedAfterMs, received } = await slowClient(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', '', 1_000)
    t.match(received, /^HTTP\/1\.1 200 /)
    // Node closes an idle keep-alive socket on a coarse timer, up to about a second late.
    t.ok(closedAfterMs >= LIMITS.keepAliveTimeoutMs - 50 && closedAfterMs < LIMITS.keepAliveTimeoutMs + 1_500, `closed after ${closedAfterMs} ms`)
  })

  t.test('headers too large or too many: 431 problem+json', async (t) => {
    const big = await slowClient(port, `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(LIMITS.maxHeaderBytes)}\r\n\r\n`, '', 1_000)
    t.match(big.received, /^HTTP\/1\.1 431 /)
    t.match(big.received, /"code":"headers-too-large"/)
    const headers = Array.from({ length: LIMITS.maxHeaders + 1 }, (_, i) => `X-H${i}: v`).join('\r\n')
    const many = await slowClient(port, `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}\r\n\r\n`, '', 1_000)
    t.match(many.received, /^HTTP\/1\.1 431 /)
    t.match(many.received, /application\/problem\+json/)
    t.match(many.received, /More than 30 request headers/)
  })

  t.test('malformed requests are problem+json too, and counted', async (t) => {
    const cases = [
      'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n',
      'G@T /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      'GET /healthz HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n',
      'POST /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n'
    ]
    for (const raw of cases) {
      const { received } = await slowClient(port, raw, '', 1_000)
      t.match(received, /^HTTP\/1\.1 400 Bad Request\r\n/, JSON.stringify(raw.split('\r\n')[0]))
      const body = JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>
      t.match(body, { type: 'urn:lean-gateway:problem:invalid-request', status: 400, code: 'invalid-request' })
      t.notMatch(received, /at |node:|\.ts/, 'no stack or path')
    }
    const metrics = (await app.inject({ url: '/metrics' })).body
    t.ok(metricValue(metrics, 'gateway_http_client_errors_total', { status: '400' }) >= cases.length, 'counted')
    t.ok(metricValue(metrics, 'gateway_http_client_errors_total', { status: '408' }) >= 52, 'slow headers, the slow body and idle connections are counted too')
  })
})
