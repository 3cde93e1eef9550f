import t from 'tap'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LeanEmulator, RecordedRequest } from '../../src/emulator/index.js'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'
import { makeCa } from '../helpers/pki.js'

/**
 * Lean's mTLS over real HTTPS: an emulated Lean that refuses any connection without a client
 * certificate its CA signed, and a gateway that presents one (`lean.tls`), with OAuth or with
 * Lean's older app token. Without the right certificate nothing reaches Lean and the log says why.
 */

const leanCa = await makeCa('Emulated Lean CA')
const otherCa = await makeCa('Not Lean')
const server = await leanCa.issue('localhost', { server: true })
const notAfter = new Date(Date.now() + 20 * 86_400_000)
const clientA = await leanCa.issue('client-a', { notAfter })
const clientB = await leanCa.issue('client-b')
const forged = await otherCa.issue('client-a')

// Lean's portal hands out files; the tenants file points at them, as an operator's would.
const dir = mkdtempSync(join(tmpdir(), 'gw-mtls-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
function files (issued: { cert: string; key: string }, name: string): Record<string, { file: string }> {
  writeFileSync(join(dir, `${name}_cert.crt`), issued.cert)
  writeFileSync(join(dir, `${name}_private_key.pem`), issued.key)
  writeFileSync(join(dir, 'lean_public_cert_chain.pem'), leanCa.cert)
  return { cert: { file: join(dir, `${name}_cert.crt`) }, key: { file: join(dir, `${name}_private_key.pem`) }, ca: { file: join(dir, 'lean_public_cert_chain.pem') } }
}

// Its admin API demands a client certificate too; the tests read its record in process.
async function upstreamRequests (emulator: LeanEmulator, { tokens = false } = {}): Promise<RecordedRequest[]> {
  return emulator.requests.filter((r) => tokens || !r.url.startsWith('/oauth2/'))
}

const CLIENTS = [
  { clientId: 'client-a', clientSecret: 'secret-a-0123456789', entities: [ENTITY_A], appToken: 'app-token-a-0123456789' },
  { clientId: 'client-b', clientSecret: 'secret-b-0123456789', entities: [] }
]
const accounts = { url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } }

/** The test file's first tenant (acme, client-a) with these Lean settings. */
function withLean (emulator: { url: string }, lean: Record<string, unknown>): Record<string, unknown> {
  const file = tenantsFile(emulator as never) as { tenants: Array<{ lean: Record<string, unknown> }> }
  file.tenants[0]!.lean = { ...file.tenants[0]!.lean, ...lean }
  file.tenants.splice(1)
  return file
}

t.test('with lean.tls, OAuth and the API both go over mTLS and answer 200', async (t) => {
  const emulator = await startEmulator(t, { clients: CLIENTS, tls: { ...server, ca: leanCa.cert } })
  t.match(emulator.url, /^https:/)
  const { app } = await startGateway(t, emulator, { file: withLean(emulator, { tls: files(clientA, 'client_a') }) })

  const res = await app.inject(accounts)
  t.equal(res.statusCode, 200, res.body)
  const reached = await upstreamRequests(emulator, { tokens: true })
  t.same(reached.map((r) => r.url), ['/oauth2/token', '/data/v2/accounts'], 'token and call, both through the certificate-checked door')
  t.match(reached[1]!.headers.authorization, /^Bearer /)

  const ready = (await app.inject('/readyz')).json()
  t.equal(ready.leanCertificates['client-a'].notAfter, new Date(Math.floor(notAfter.getTime() / 1000) * 1000).toISOString())
  t.equal(ready.leanCertificates['client-a'].subject, 'CN=client-a')
  const left = metricValue((await app.inject('/metrics')).body, 'gateway_lean_client_cert_expiry_seconds', { client_id: 'client-a' })
  t.ok(Math.abs(left - 20 * 86_400) < 120, `the metric counts down to the expiry (${left} s left)`)
})

t.test("lean.appToken: Lean's older model sends lean-app-token over mTLS and fetches no token", async (t) => {
  const emulator = await startEmulator(t, { clients: CLIENTS, tls: { ...server, ca: leanCa.cert } })
  const file = withLean(emulator, { tls: files(clientA, 'client_a'), appToken: 'app-token-a-0123456789', authUrl: undefined, clientSecret: undefined })
  const { app, logs } = await startGateway(t, emulator, { file })

  const res = await app.inject(accounts)
  t.equal(res.statusCode, 200, res.body)
  const reached = await upstreamRequests(emulator, { tokens: true })
  t.same(reached.map((r) => r.url), ['/data/v2/accounts'], 'no token request at all')
  t.equal(reached[0]!.headers['lean-app-token'], 'app-token-a-0123456789')
  t.equal(reached[0]!.headers.authorization, undefined)
  t.notMatch(logs(), 'app-token-a-0123456789', 'the app token never reaches the log')

  // LinkSDK's customer token needs OAuth, which this tenant does not have: said, and nothing is created.
  const file2 = withLean(emulator, { tls: files(clientA, 'client_a'), appToken: 'app-token-a-0123456789', authUrl: undefined, clientSecret: undefined, appUserIdPrefix: 'acme-' })
  ;(file2 as { tenants: Array<{ apiKeys: Array<{ scopes: string[] }> }> }).tenants[0]!.apiKeys[0]!.scopes.push('link:connect')
  const linked = await startGateway(t, emulator, { file: file2 })
  const before = (await upstreamRequests(emulator)).length
  const session = await linked.app.inject({ method: 'POST', url: '/link/v1/session', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { user: 'u1' } })
  t.equal(session.statusCode, 409, session.body)
  t.equal(session.json().code, 'not-configured')
  t.match(session.json().detail, 'lean.clientSecret')
  t.equal((await upstreamRequests(emulator)).length, before, 'no customer was created at Lean')
})

t.test('a wrong app token, or another application\'s certificate, is refused by Lean', async (t) => {
  const emulator = await startEmulator(t, { clients: CLIENTS, tls: { ...server, ca: leanCa.cert } })
  const wrongToken = await startGateway(t, emulator, { file: withLean(emulator, { tls: files(clientA, 'client_a'), appToken: 'not-the-app-token', authUrl: undefined, clientSecret: undefined }) })
  const refused = await wrongToken.app.inject(accounts)
  t.equal(refused.statusCode, 502, 'Lean\'s 401 is the gateway\'s misconfiguration, not the caller\'s')

  const otherCert = await startGateway(t, emulator, { file: withLean(emulator, { tls: files(clientB, 'client_b') }) })
  const res = await otherCert.app.inject(accounts)
  t.equal(res.statusCode, 502)
  t.match(res.json().detail, 'Lean token', 'client-b\'s certificate does not get client-a a token')
})

t.test('without a certificate Lean accepts, nothing reaches Lean and the error says what to fix', async (t) => {
  const emulator = await startEmulator(t, { clients: CLIENTS, tls: { ...server, ca: leanCa.cert } })

  const plain = await startGateway(t, emulator, { file: withLean(emulator, {}) })
  const res = await plain.app.inject(accounts)
  t.equal(res.statusCode, 502)
  t.equal(res.json().code, 'upstream-unavailable')
  t.match(res.json().detail, 'TLS connection to Lean failed')
  t.match(plain.logs(), /server certificate is not trusted \(SELF_SIGNED_CERT_IN_CHAIN\): set lean\.tls\.ca to Lean's certificate chain/)

  const stranger = await startGateway(t, emulator, { file: withLean(emulator, { tls: files(forged, 'forged') }) })
  const refused = await stranger.app.inject(accounts)
  t.equal(refused.statusCode, 502)
  t.match(refused.json().detail, 'TLS connection to Lean failed')
  t.match(stranger.logs(), /the certificate presented \(lean\.tls\.cert, CN=client-a, expires [0-9T:.Z-]+\) was refused/)
  t.same(await upstreamRequests(emulator, { tokens: true }), [], 'the emulated Lean never saw a request')
})
