import { writeFileSync } from 'node:fs'
import { createLeanEmulator } from '../src/emulator/index.js'
import { DEMO_ENTITY_ID } from '../src/demo.js'

/**
 * Captures real emulator answers (the demo entity) as documentation examples, so the docs show what
 * the demo returns. Run by hand after changing the emulator: `tsx scripts/capture-examples.mts`.
 * Time stamps are pinned so the committed OpenAPI document does not change from run to run.
 */
const emulator = await createLeanEmulator({ clients: [{ clientId: 'c', clientSecret: 's', entities: [DEMO_ENTITY_ID] }] })
const url = await emulator.listen()
const token = (await (await fetch(`${url}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'client_id=c&client_secret=s&grant_type=client_credentials&scope=api' })).json() as { access_token: string }).access_token
const call = async (method: string, path: string, body?: unknown): Promise<any> => {
  const res = await fetch(url + path, { method, headers: { authorization: `Bearer ${token}`, entity_id: DEMO_ENTITY_ID, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) }) })
  return await res.json()
}
const first = <T,>(list: T[], n = 1): T[] => list.slice(0, n)
const accounts = await call('GET', '/data/v2/accounts')
const account = accounts[0].account_id as string
const destinationRequest = { beneficiary_name: 'Omar Haddad', iban: 'AE070331234567890123456', country: 'AE', currency: 'AED' }
const destination = await call('POST', '/payouts/v1/payment/destinations', destinationRequest)
const payoutRequest = { amount: 250.75, currency: 'AED', destination_id: destination.id, reference: 'INV-1001', description: 'Supplier invoice 1001' }
const payout = await call('POST', '/payouts/v1/payment', payoutRequest)
const refresh = await call('POST', '/data/v2/refreshes')
const examples = {
  entityId: DEMO_ENTITY_ID,
  accountId: account,
  getAccounts: accounts,
  getTransactions: first(await call('GET', `/data/v2/accounts/${account}/transactions`), 2),
  getBalances: await call('GET', `/data/v2/accounts/${account}/balances`),
  getBeneficiaries: await call('GET', `/data/v2/accounts/${account}/beneficiaries`),
  getDirectDebits: await call('GET', `/data/v2/accounts/${account}/direct-debits`),
  getScheduledPayments: await call('GET', `/data/v2/accounts/${account}/scheduled-payments`),
  getStandingOrders: await call('GET', `/data/v2/accounts/${account}/standing-orders`),
  getAccountIdentities: await call('GET', `/data/v2/accounts/${account}/identities`),
  getIdentity: await call('GET', '/data/v2/identity'),
  triggerDataRefresh: refresh,
  getDataRefreshes: [refresh],
  getDataRefreshStatus: refresh,
  createPayoutDestinationRequest: destinationRequest,
  createPayoutDestination: destination,
  listPayoutDestinations: [destination],
  getPayoutDestination: destination,
  createPayoutPaymentRequest: payoutRequest,
  createPayoutPayment: payout,
  listPayouts: [payout],
  getPayout: payout,
  getPayoutPaymentHistory: await call('GET', `/payouts/v1/payments/${payout.id}/history`),
  getPayoutIntent: await call('GET', `/payouts/v1/intents/${payout.payment_intent_id}`)
}
await emulator.close()
// Pin every time stamp to one instant so regenerating gives the same document.
const pinned = JSON.stringify(examples, null, 2).replace(/"(\d{4}-\d{2}-\d{2})T[0-9:.]+Z"/g, '"2026-11-21T09:30:00.000Z"')
writeFileSync(new URL('../src/schemas/examples.json', import.meta.url), `${pinned}\n`)
process.stdout.write('wrote src/schemas/examples.json\n')
