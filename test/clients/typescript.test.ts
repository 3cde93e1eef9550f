import { readFileSync } from 'node:fs'
import t from 'tap'
import { buildApp } from '../../src/app.js'
import { DEMO_API_KEY, DEMO_ENTITY_ID, startDemo } from '../../src/demo.js'
import { createGatewayClient, type LeanWirePaths } from '../../clients/typescript/index.js'
import { CLIENT_TYPE_FILES, renderClientTypes } from '../../clients/typescript/generate.js'
import { WIRE_NAMES } from '../../src/wire/types.js'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway } from '../helpers/gateway.js'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

t.test('the generated client types are current, for both wires', async (t) => {
  for (const wire of WIRE_NAMES) {
    const committed = readFileSync(new URL(`../../${CLIENT_TYPE_FILES[wire]}`, import.meta.url), 'utf8')
    t.equal(await renderClientTypes(wire), committed, `${CLIENT_TYPE_FILES[wire]} matches its OpenAPI document (run \`npm run client\`)`)
  }
})

t.test("the client on Lean's wire: Lean's bodies are typed", async (t) => {
  const emulator = await startEmulator(t, { wire: 'lean' })
  const { app } = await startGateway(t, emulator, { wire: 'lean' })
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  const gw = createGatewayClient<LeanWirePaths>({ baseUrl, apiKey: KEYS.all })
  // Compile-time: an array of destinations, and payment_details, as Lean's wire has them.
  const created = await gw.POST('/payouts/v1/payment/destinations', { body: [{ name: 'Omar Haddad', iban: 'AE070331234567890123456' }] })
  t.equal(created.response.status, 200)
  const destinationId = created.data?.[0]?.destination_id ?? ''
  const payout = await gw.POST('/payouts/v1/payment', {
    params: { header: { 'Idempotency-Key': 'typed-lean-1' } },
    body: { payment_details: [{ account_id: ENTITY_A, currency: 'AED', destination_details: [{ payment_destination_id: destinationId, amount: 12.5 }] }] }
  })
  t.equal(payout.response.status, 200)
  const intent: string | undefined = payout.data?.payouts_payment_details?.[0]?.payment_intent_id
  t.match(intent, /^[0-9a-f-]{36}$/, "Lean's payout answer is typed")
  const accounts = await gw.GET('/data/v2/accounts', { params: { query: { entity_id: ENTITY_A, page: 0, size: 10 } } })
  t.equal(accounts.response.status, 200)
  const account = accounts.data?.data?.accounts?.[0]
  t.equal(account?.entity_id, ENTITY_A, "Lean's data envelope is typed down to its accounts")
  t.equal(accounts.data?.data?.page?.size, 10)
})

t.test('a TypeScript caller uses the demo through the typed client', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-client-'))
  const demo = await startDemo('seeds', dataDir)
  const app = await buildApp({ config: demo.config, logger: false, store: { dataDir } })
  t.teardown(async () => { await app.close(); await demo.close(); rmSync(dataDir, { recursive: true, force: true }) })
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' })
  const gw = createGatewayClient({ baseUrl, apiKey: DEMO_API_KEY })

  const accounts = await gw.GET('/data/v2/accounts', { params: { header: { entity_id: DEMO_ENTITY_ID } } })
  t.equal(accounts.response.status, 200)
  // Compile-time: `data` is Account[] | undefined, so these property reads are checked by tsc.
  const first = accounts.data?.[0]
  t.match(first?.iban, /^(AE|SA)\d{2}/)
  const accountId = first?.account_id ?? ''

  const tx = await gw.GET('/data/v2/accounts/{account_id}/transactions', {
    params: { path: { account_id: accountId }, query: { start_date: '2020-01-01', end_date: '2099-12-31' }, header: { entity_id: DEMO_ENTITY_ID } }
  })
  t.equal(tx.response.status, 200)
  t.ok((tx.data?.length ?? 0) > 0)
  const direction: 'CREDIT' | 'DEBIT' | undefined = tx.data?.[0]?.credit_debit_indicator
  t.ok(direction === 'CREDIT' || direction === 'DEBIT')

  const destination = await gw.POST('/payouts/v1/payment/destinations', {
    body: { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456', currency: 'AED' }
  })
  t.equal(destination.response.status, 201)
  // Compile-time: typed answers, no casts.
  const destinationId = destination.data?.id ?? ''

  const payout = await gw.POST('/payouts/v1/payment', {
    params: { header: { 'Idempotency-Key': `client-${Date.now()}` } },
    body: { amount: 99.5, currency: 'AED', destination_id: destinationId }
  })
  t.equal(payout.response.status, 201)
  const status: 'PENDING' | 'SUBMITTED' | 'COMPLETED' | 'FAILED' | 'REJECTED' | undefined = payout.data?.status
  t.equal(status, 'PENDING')
  const intent: string | undefined = payout.data?.payment_intent_id
  t.match(intent, /^[0-9a-f-]{36}$/, 'payment_intent_id is typed and present')
  const history = await gw.GET('/payouts/v1/payments/{payment_id}/history', { params: { path: { payment_id: payout.data?.id ?? '' } } })
  t.equal(history.data?.[0]?.status, 'PENDING', 'a typed history')

  // Link: a session for an app user the service names; its fields are typed for LinkSDK's connect().
  const session = await gw.POST('/link/v1/session', { body: { user: 'kiosk-1' } })
  t.equal(session.response.status, 200)
  const customerId: string | undefined = session.data?.customer_id
  const expiresIn: number | undefined = session.data?.expires_in
  t.match(customerId, /^[0-9a-f-]{36}$/)
  t.ok((expiresIn ?? 0) >= 600)
  const connected = await gw.GET('/link/v1/entities', { params: { query: { user: 'kiosk-1' } } })
  t.same(connected.data, [], 'no bank connected yet')

  const refused = await gw.POST('/payouts/v1/payment', { body: { amount: 1, currency: 'AED', destination_id: destinationId } })
  t.equal(refused.response.status, 400, 'no idempotency key')
  t.match(refused.error, { code: 'invalid-request', status: 400 }, 'errors arrive typed as problem+json')

  const unauthenticated = createGatewayClient({ baseUrl })
  t.equal((await unauthenticated.GET('/payouts/v1/payments')).response.status, 401)
})
