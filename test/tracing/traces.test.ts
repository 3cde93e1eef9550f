import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { tracingProtocol } from '../../src/tracing/env.js'
import { startEmulator, upstreamRequests } from '../helpers/emulator.js'
import { KEYS, tenantsFile, TEST_ENV } from '../helpers/gateway.js'
import { outputMatching, spawnServer, startServer } from '../helpers/process.js'
import { until } from '../helpers/receiver.js'

const dir = mkdtempSync(join(tmpdir(), 'gw-traces-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

interface Export { contentType: string; body: Buffer }
interface JsonSpan { traceId: string; spanId: string; parentSpanId?: string; name: string; kind: number; attributes: Array<{ key: string; value: Record<string, unknown> }> }

/** An OTLP/HTTP collector on loopback: it keeps every export it is sent. */
async function startCollector (t: { teardown: (fn: () => unknown) => void }): Promise<{ url: string; exports: Export[] }> {
  const exports: Export[] = []
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (req.url === '/v1/traces') exports.push({ contentType: String(req.headers['content-type']), body: Buffer.concat(chunks) })
      res.writeHead(200, { 'content-type': String(req.headers['content-type'] ?? 'application/json') })
      res.end(req.headers['content-type'] === 'application/json' ? '{}' : '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, exports }
}

const spansOf = (exports: Export[]): JsonSpan[] => exports.flatMap((e) => {
  const parsed = JSON.parse(e.body.toString('utf8')) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: JsonSpan[] }> }> }
  return parsed.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans))
})
const attribute = (span: JsonSpan, key: string): unknown => {
  const value = span.attributes.find((a) => a.key === key)?.value
  return value === undefined ? undefined : Object.values(value)[0]
}

/** `protocol` undefined: OTEL_EXPORTER_OTLP_PROTOCOL unset, the default. */
async function gatewayWithCollector (t: Parameters<typeof startCollector>[0], protocol: string | undefined) {
  const name = protocol?.replace('/', '-') ?? 'default'
  const emulator = await startEmulator(t)
  const collector = await startCollector(t)
  const path = join(dir, `tenants-${name}.json`)
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const server = await startServer({
    GATEWAY_CONFIG: path,
    DATA_DIR: join(dir, `data-${name}`),
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
    OTEL_EXPORTER_OTLP_PROTOCOL: protocol,
    OTEL_SERVICE_NAME: 'gateway-under-test',
    OTEL_BSP_SCHEDULE_DELAY: '50',
    ...TEST_ENV
  }, 20_000)
  t.teardown(() => { server.child.kill('SIGKILL') })
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await request(`${server.url}${url}`, { method: 'POST', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    return { status: res.statusCode, headers: res.headers, json: await res.body.json() as Record<string, unknown> }
  }
  return { emulator, collector, server, post }
}

/** What `read` finds in the collector once it finds something, waiting at most 200 × 50 ms. */
async function collected<T> (read: () => T | undefined): Promise<T | undefined> {
  let value: T | undefined
  await until(() => (value = read()) !== undefined, async () => {}, 200, 50)
  return value
}

t.test('a payout is one trace: from the caller\'s traceparent, through the store, to Lean (http/json)', async (t) => {
  const { emulator, collector, server, post } = await gatewayWithCollector(t, 'http/json')
  const destination = await post('/payouts/v1/payment/destinations', { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456' })
  t.equal(destination.status, 201)

  const traceId = randomBytes(16).toString('hex')
  const callerSpan = randomBytes(8).toString('hex')
  const paid = await post('/payouts/v1/payment', { amount: 10, currency: 'AED', destination_id: destination.json.id }, {
    'idempotency-key': 'traced-1',
    traceparent: `00-${traceId}-${callerSpan}-01`
  })
  t.equal(paid.status, 201)

  const spans = await collected(() => {
    const mine = spansOf(collector.exports).filter((s) => s.traceId === traceId)
    return mine.some((s) => s.kind === 2) && mine.some((s) => s.name === 'Lean createPayoutPayment') ? mine : undefined
  })
  t.ok(spans, 'the trace reached the collector')
  const server1 = spans!.find((s) => s.kind === 2)!
  t.equal(server1.name, 'POST /payouts/v1/payment', 'a server span named by its route')
  t.equal(server1.parentSpanId, callerSpan, "continued from the caller's traceparent")
  t.equal(attribute(server1, 'http.response.status_code'), 201)
  const lean = spans!.find((s) => s.name === 'Lean createPayoutPayment')!
  t.equal(lean.parentSpanId, server1.spanId, 'the Lean call is a child of the request')
  t.equal(attribute(lean, 'http.response.status_code'), 201)
  t.equal(attribute(lean, 'lean.operation'), 'createPayoutPayment')
  const store = spans!.filter((s) => s.name.startsWith('store '))
  t.ok(store.some((s) => s.name === 'store claim') && store.some((s) => s.name === 'store complete'), `the idempotency record's store calls are spans (${store.map((s) => s.name).join(', ')})`)
  t.ok(store.every((s) => s.parentSpanId === server1.spanId), 'store spans are children of the request')

  const atLean = (await upstreamRequests(emulator)).find((r) => r.method === 'POST' && r.url === '/payouts/v1/payment')!
  t.equal(atLean.headers.traceparent, `00-${traceId}-${lean.spanId}-01`, 'Lean was sent the trace, parented on the Lean span')

  const log = await outputMatching(server, new RegExp(`"trace_id":"${traceId}"[^\\n]*request completed`), 5_000)
  t.match(log, new RegExp(`"trace_id":"${traceId}","span_id":"${server1.spanId}"`), 'the log lines carry the trace id')
  const resource = JSON.parse(collector.exports[0]!.body.toString('utf8')).resourceSpans[0].resource.attributes as Array<{ key: string; value: { stringValue?: string } }>
  t.equal(resource.find((a) => a.key === 'service.name')?.value.stringValue, 'gateway-under-test', 'OTEL_SERVICE_NAME is honoured')
})

t.test('read retries are one span each, with their resend count; http/protobuf is the default encoding', async (t) => {
  const { emulator, collector, server } = await gatewayWithCollector(t, undefined)
  await fetch(`${emulator.url}/__emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'GET', path: '/data/v2/accounts', status: 503, times: 1 }) })
  const traceId = randomBytes(16).toString('hex')
  const res = await request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': KEYS.all, entity_id: '11111111-1111-4111-8111-111111111111', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` } })
  await res.body.dump()
  t.equal(res.statusCode, 200, 'the retry succeeded')
  const raw = Buffer.from(traceId, 'hex')
  const exported = await collected(() => {
    const found = collector.exports.filter((e) => e.body.includes(raw))
    // Spans arrive in batches: wait for the retry's and the request's own (it ends last).
    const has = (text: string): boolean => found.some((e) => e.body.includes(Buffer.from(text)))
    return has('Lean getAccounts') && has('http.request.resend_count') && has('GET /data/v2/accounts') ? found : undefined
  })
  t.ok(exported, 'spans of the trace were exported, the retry with its resend count')
  t.equal(exported![0]!.contentType, 'application/x-protobuf')
  const traceparents = (await upstreamRequests(emulator)).filter((r) => r.url.startsWith('/data/v2/accounts')).map((r) => String(r.headers.traceparent))
  t.equal(traceparents.length, 2, 'two attempts reached Lean')
  t.ok(traceparents.every((p) => p.startsWith(`00-${traceId}-`)), 'both in the trace')
  t.not(traceparents[0], traceparents[1], 'each attempt its own span')
})

t.test('tracing is off without an endpoint, and a protocol it cannot speak stops the start', async (t) => {
  t.equal(tracingProtocol({}), undefined)
  t.equal(tracingProtocol({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318', OTEL_SDK_DISABLED: 'true' }), undefined)
  t.equal(tracingProtocol({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }), 'http/protobuf')
  t.equal(tracingProtocol({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }), 'http/json')
  const emulator = await startEmulator(t)
  const path = join(dir, 'grpc.json')
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const proc = spawnServer({ GATEWAY_CONFIG: path, DATA_DIR: join(dir, 'data-grpc'), OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4317', OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc', ...TEST_ENV })
  t.equal(await proc.exited, 1)
  t.match(proc.output(), 'OTEL_EXPORTER_OTLP_PROTOCOL: must be http/protobuf or http/json')
})
