import t from 'tap'
import { startEmulator } from '../helpers/emulator.js'

/** Lean's customers and LinkSDK's tokens, in the emulator, over HTTP as the gateway will use them. */
t.test('customers, customer-scoped tokens, connecting and disconnecting a bank', async (t) => {
  const emulator = await startEmulator(t)
  const token = async (scope: string) => await fetch(`${emulator.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: 'client-a', client_secret: 'secret-a-0123456789', grant_type: 'client_credentials', scope })
  })
  const api = (await (await token('api')).json() as { access_token: string }).access_token
  const call = (method: string, path: string, body?: unknown, bearer = api) => fetch(`${emulator.url}${path}`, {
    method, headers: { authorization: `Bearer ${bearer}`, ...(body !== undefined && { 'content-type': 'application/json' }) }, ...(body !== undefined && { body: JSON.stringify(body) })
  })

  const created = await call('POST', '/customers/v1/', { app_user_id: 'acme-user-1' })
  t.equal(created.status, 200)
  const customer = await created.json() as { customer_id: string; app_user_id: string }
  t.equal(customer.app_user_id, 'acme-user-1')
  const duplicate = await call('POST', '/customers/v1/', { app_user_id: 'acme-user-1' })
  t.equal(duplicate.status, 409)
  t.match(await duplicate.json(), { status: 'CUSTOMER_ALREADY_EXISTS' })
  t.same(await (await call('GET', '/customers/v1/app-user-id/acme-user-1')).json(), customer, 'found by app_user_id')
  t.equal((await call('GET', '/customers/v1/app-user-id/nobody')).status, 404)

  const scoped = await token(`customer.${customer.customer_id}`)
  t.equal(scoped.status, 200)
  const linkToken = await scoped.json() as { access_token: string; scope: string }
  t.equal(linkToken.scope, `customer.${customer.customer_id}`)
  t.equal((await token('customer.not-a-customer')).status, 400, 'no token for a customer that does not exist')
  t.equal((await call('GET', '/customers/v1/app-user-id/acme-user-1', undefined, linkToken.access_token)).status, 401, 'a customer token opens no API')

  const connected = await fetch(`${emulator.url}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', customerId: customer.customer_id }) })
  const { entity_id: entity } = await connected.json() as { entity_id: string }
  t.same(await (await call('GET', `/customers/v1/${customer.customer_id}/entities`)).json(), [{ id: entity, customer_id: customer.customer_id, bank_identifier: 'LEAN_MB1', permissions: { identity: true, accounts: true, balance: true, transactions: true } }])
  const accounts = await fetch(`${emulator.url}/data/v2/accounts`, { headers: { authorization: `Bearer ${api}`, entity_id: entity } })
  t.equal(accounts.status, 200, 'the connected entity has data')
  const gone = await call('DELETE', `/customers/v1/${customer.customer_id}/entities/${entity}`)
  t.equal(gone.status, 200)
  t.equal((await fetch(`${emulator.url}/data/v2/accounts`, { headers: { authorization: `Bearer ${api}`, entity_id: entity } })).status, 404, 'disconnected: no more data')
  t.equal((await call('DELETE', `/customers/v1/${customer.customer_id}/entities/${entity}`)).status, 404)
})
