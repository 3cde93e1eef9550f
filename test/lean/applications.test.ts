import t from 'tap'
import { resolveConfig } from '../../src/config/load.js'
import type { GatewayConfig } from '../../src/config/types.js'
import { LeanApplications, oauthOf } from '../../src/lean/applications.js'
import type { CircuitState } from '../../src/lean/circuit.js'
import type { LeanEmulator } from '../../src/emulator/index.js'
import { tenantsFile, TEST_ENV } from '../helpers/gateway.js'

/**
 * What a reload keeps and what it lets go: clients whose settings did not change (their in-flight
 * counts carry on), one breaker per Lean application shared by its tenants, nothing of a tenant
 * that left. No network: building clients opens no connection.
 */
const lean = { url: 'http://127.0.0.1:9' } as LeanEmulator
type File = { tenants: Array<Record<string, any>> }
const configOf = (edit: (file: File) => void = () => {}): GatewayConfig => {
  const file = tenantsFile(lean) as File
  edit(file)
  return resolveConfig(file, TEST_ENV)
}

function applications (first: GatewayConfig) {
  let config = first
  const events: string[] = []
  const apps = new LeanApplications(() => config, { upstream: () => {}, tokenFetch: () => {} }, {
    made: (clientId) => { events.push(`made ${clientId}`) },
    changed: (clientId: string, state: CircuitState) => { events.push(`${clientId} ${state}`) },
    removed: (clientId) => { events.push(`removed ${clientId}`) }
  })
  return { apps, events, reload: (next: GatewayConfig) => { config = next; apps.reloaded(next) } }
}

t.test('a reload keeps the clients of unchanged tenants, and builds new ones only for changed settings', async (t) => {
  const first = configOf()
  const { apps, events, reload } = applications(first)
  t.same(events, ['made client-a', 'made client-b'], 'one breaker per application, made closed, at start')
  const [acme, globex] = first.tenants
  const acmeClient = apps.client(acme!)
  const globexClient = apps.client(globex!)
  t.equal(apps.client(acme!), acmeClient, 'the same client for the same tenant')

  const next = configOf((file) => { file.tenants[1]!.lean.timeoutMs = 12_345 })
  reload(next)
  t.equal(apps.client(next.tenants[0]!), acmeClient, "acme's settings did not change: its client (and its in-flight count) carries on")
  t.not(apps.client(next.tenants[1]!), globexClient, "globex's timeout changed: a new client")
  t.equal(apps.client(next.tenants[1]!).timeoutMs, 12_345)
  t.same(events, ['made client-a', 'made client-b'], 'both applications stay: no breaker made or removed')
  t.same(apps.openCircuits(), {}, 'all closed')
  await apps.close()
})

t.test('an application that leaves the directory takes its breaker with it', async (t) => {
  const { apps, events, reload } = applications(configOf())
  reload(configOf((file) => { file.tenants.splice(1, 1) }))
  t.same(events, ['made client-a', 'made client-b', 'removed client-b'])
  await apps.close()
})

t.test('OAuth credentials: the API scope, a customer scope for LinkSDK, none for an app-token-only client', async (t) => {
  const config = configOf()
  const lean = config.tenants[0]!.lean
  t.match(oauthOf(lean), { authUrl: lean.authUrl, clientId: 'client-a', clientSecret: 'secret-a-0123456789', scope: 'api' })
  t.equal(oauthOf(lean, 'customer.c-1')!.scope, 'customer.c-1')
  t.equal(oauthOf({ ...lean, clientSecret: undefined }), undefined)
})
