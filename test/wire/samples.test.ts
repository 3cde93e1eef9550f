import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import t from 'tap'
import { sha256, startGateway } from '../helpers/gateway.js'
import { startIssuer } from '../helpers/jwt.js'
import { forwardedIdempotencyKey, keyPrincipal } from '../../src/idempotency/key.js'
import type { LeanEmulator } from '../../src/emulator/index.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

/**
 * Every request of Lean's published UAE collection (copied from shared/lean-wire into test/fixtures/lean-wire), re-pointed
 * at the gateway as a Lean customer would (an API key or an app user's JWT instead of the Lean
 * token), in front of a stand-in that checks it received Lean's own wire and answers the sample.
 */
const SAMPLES = new URL('../fixtures/lean-wire/uae-samples.json', import.meta.url)

interface Sample {
  operation: string
  query: string | null
  request_headers: string[]
  request_body: unknown
  responses: Array<{ status: number; example: string; headers: string[]; body: unknown }>
}

const ENTITY = '14eb95ba-2b9d-41cb-82fe-7b1b3079021e'
const PATH_IDS: Record<string, string> = {
  account_id: 'fe672591-bc88-4cec-96e7-9101bde496ce',
  payment_id: '4c8cfd64-8b68-46e4-9531-9c4bbaefca85',
  payment_intent_id: '84ec9ed2-fea2-486d-9967-a87f0f521e95',
  destination_id: '8a7472ab-0e7d-4c3a-a1a6-b3206d033953',
  refresh_id: 'a7226d2e-1400-41a4-8132-c6f3a58f3847',
  results_id: '2caa051e-04e2-4745-b50a-5133c99ce046'
}
const API_KEY = 'sample-replay-key-4a7d9c'
const LEAN_TOKEN = 'lean-sandbox-token-0f3b'

interface Received { method: string; url: string; headers: IncomingMessage['headers']; body: string }

/** A stand-in for Lean's sandbox: issues a token, records what it receives, answers what it is told. */
async function startStandIn (t: { teardown: (fn: () => unknown) => void }) {
  const received: Received[] = []
  let answer: { status: number; headers: string[]; body: string } = { status: 500, headers: [], body: '{}' }
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => { body += String(chunk) })
    req.on('end', () => {
      if (req.url === '/oauth2/token') {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ access_token: LEAN_TOKEN, token_type: 'Bearer', expires_in: 3599, scope: 'api' }))
        return
      }
      received.push({ method: req.method!, url: req.url!, headers: req.headers, body })
      for (const line of answer.headers) {
        const at = line.indexOf(':')
        res.setHeader(line.slice(0, at).trim(), line.slice(at + 1).trim())
      }
      res.statusCode = answer.status
      res.end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) }))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, answer: (a: typeof answer) => { answer = a } }
}

t.test("Lean's published requests, replayed through the gateway on Lean's wire", async (t) => {
  const samples = JSON.parse(readFileSync(SAMPLES, 'utf8')) as Sample[]
  t.equal(samples.length, 20, 'the whole collection')
  const lean = await startStandIn(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const ALL = ['data:read', 'data:refresh', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write', 'audit:read']
  const file = {
    leanWire: 'lean',
    tenants: [{
      id: 'acme',
      lean: { apiUrl: lean.url, authUrl: `${lean.url}/oauth2/token`, clientId: 'acme-sandbox', clientSecret: 'sandbox-secret' },
      apiKeys: [{ id: 'acme-service', sha256: sha256(API_KEY), scopes: ALL }],
      jwt: { issuer: 'https://idp.acme.test/', audience: 'acme-mobile', jwksUrl: issuer.jwksUrl, entityClaim: 'lean_entity_id', scopes: ALL.filter((s) => s !== 'audit:read') }
    }]
  }
  const { app } = await startGateway(t, { url: lean.url } as LeanEmulator, { file })
  // An app user sees only what its own user created: the sample's objects are this user's, as if it
  // had created them through the gateway (every id the collection shows, of every kind).
  const ids = new Set([...JSON.stringify(samples).matchAll(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g)].map((m) => m[0]))
  await app.store.record([...ids].flatMap((leanId) => (['payout', 'intent', 'destination', 'refresh', 'results'] as const).map((kind) => ({
    clientKey: clientKeyOf(app.directory.tenants.get('acme')!), kind, leanId, tenantId: 'acme', createdBy: 'jwt:app-user-7'
  }))), [])

  let n = 0
  for (const caller of ['api-key', 'jwt'] as const) {
    for (const sample of samples) {
      const [method, template] = sample.operation.split(' ') as ['GET' | 'POST', string]
      const path = template.replace(/:([a-z_]+)/g, (_m, name: string) => PATH_IDS[name]!)
      const query = (sample.query ?? '').replace('{{entity_id}}', ENTITY)
      const entity = /entity_id=([0-9a-f-]{36})/.exec(query)?.[1] ?? ENTITY
      const body = sample.request_body === null ? undefined : JSON.parse(JSON.stringify(sample.request_body).replaceAll('{{entity_id}}', entity)) as unknown
      const url = path + (query === '' ? '' : `?${query}`)
      const key = `replay-${n++}`
      const headers: Record<string, string> = {
        ...Object.fromEntries(sample.request_headers.map((h) => [h.slice(0, h.indexOf(':')).toLowerCase(), h.slice(h.indexOf(':') + 1).trim()])),
        ...(caller === 'api-key'
          ? { 'x-api-key': API_KEY }
          : { authorization: `Bearer ${await issuer.sign({ sub: 'app-user-7', lean_entity_id: entity })}` }),
        // The contract requires a key on payouts (Lean's collection leaves it out); other POSTs accept one.
      }
      // The collection has no answer for reading one destination: Lean's destination, as the intent sample shows it.
      const intent = samples.find((s) => s.operation === 'GET /payouts/v1/intents/:payment_intent_id')!
      const responses = sample.responses.length > 0
        ? sample.responses
        : [{ status: 200, example: 'OK', headers: ['Content-Type: application/json'], body: (intent.responses[0]!.body as { payment_destination: unknown }).payment_destination }]

      for (const response of responses) {
        const name = `${caller}: ${sample.operation} → ${response.status} ${response.example}`
        const leanBytes = JSON.stringify(response.body)
        lean.answer({ status: response.status, headers: response.headers, body: leanBytes })
        const before = lean.received.length
        // The contract requires a key on payouts (Lean's collection leaves it out); other POSTs accept one.
        const keyed = method === 'POST' ? { 'idempotency-key': `${key}-${response.status}` } : {}
        const res = await app.inject({ method, url, headers: { ...headers, ...keyed }, ...(body !== undefined && { payload: JSON.stringify(body) }) })

        const sent = lean.received.slice(before)
        t.equal(sent.length, 1, `${name}: reached Lean once`)
        const got = sent[0]!
        t.equal(`${got.method} ${got.url}`, `${method} ${url}`, `${name}: Lean's path and query`)
        t.equal(got.headers.authorization, `Bearer ${LEAN_TOKEN}`, `${name}: the Lean token, not the caller's credential`)
        t.notOk(got.headers['x-api-key'], `${name}: the API key stays with the gateway`)
        t.notOk(got.headers.entity_id, `${name}: no entity header on Lean's wire`)
        if (body !== undefined) t.same(JSON.parse(got.body), body, `${name}: Lean's body, unchanged`)
        else t.equal(got.body, '', `${name}: no body`)
        if (sample.operation === 'POST /payouts/v1/payment') {
          const principal = caller === 'jwt' ? keyPrincipal({ kind: 'jwt', id: 'app-user-7' }) : ''
          t.equal(got.headers['idempotency-key'], forwardedIdempotencyKey('acme', `${key}-${response.status}`, principal), `${name}: the derived key as Lean's header`)
        }

        if (response.status < 300) {
          t.equal(res.statusCode, response.status, `${name}: Lean's status`)
          t.equal(res.body, leanBytes, `${name}: Lean's bytes, unchanged`)
          const correlation = response.headers.find((h) => h.toLowerCase().startsWith('lean-correlation-id'))
          if (correlation !== undefined) t.equal(res.headers['lean-correlation-id'], correlation.split(':')[1]!.trim(), `${name}: lean-correlation-id passed back`)
        } else {
          const expected = response.status >= 500 ? 502 : response.status
          t.equal(res.statusCode, expected, `${name}: ${expected}`)
          t.match(res.json(), { status: expected, leanStatus: (response.body as { status: string }).status }, `${name}: problem+json with Lean's code`)
          if (response.status < 500) t.equal(res.json().detail, (response.body as { message: string }).message, `${name}: Lean's message`)
        }
      }
    }
  }
})
