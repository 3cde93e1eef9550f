import t from 'tap'
import type { TenantConfig } from '../../src/config/types.js'
import { NotOwnedError, OwnershipGuard } from '../../src/ownership/guard.js'
import type { ObjectOwner, Store } from '../../src/store/types.js'
import type { Caller } from '../../src/tenants/caller.js'

/** The guard's decisions without a store: which callers cost a lookup, and what the lookup says. */
const acme = { id: 'acme', lean: { clientId: 'client-acme' } } as TenantConfig
const globex = { id: 'globex', lean: { clientId: 'client-acme' } } as TenantConfig
const solo = { id: 'solo', lean: { clientId: 'client-solo' } } as TenantConfig
const caller = (tenant: TenantConfig, kind: Caller['kind'], id: string): Caller => ({ tenant, kind, id, scopes: new Set() })

t.test('assertOwns: no promise when there is nothing to look up; a lookup, and NotOwnedError for another\'s object, otherwise', async (t) => {
  const lookups: string[][] = []
  const owners = new Map<string, ObjectOwner>([['p-acme', { tenantId: 'acme' }], ['p-globex', { tenantId: 'globex' }]])
  const store = {
    owners: async (_clientKey: string, _kind: string, ids: string[]) => {
      lookups.push(ids)
      return new Map(ids.filter((id) => owners.has(id)).map((id) => [id, owners.get(id)!]))
    }
  } as unknown as Store
  const guard = new OwnershipGuard([acme, globex, solo], store)
  const payout = (id: string) => [{ kind: 'payout' as const, id }]

  t.equal(guard.assertOwns(caller(solo, 'api-key', 'svc'), payout('p-any')), undefined, 'a service alone on its Lean client sees all of it')
  t.equal(guard.assertOwns(caller(acme, 'api-key', 'svc'), []), undefined, 'no object named')
  t.same(lookups, [], 'neither asked the store')

  t.same(await guard.assertOwns(caller(acme, 'api-key', 'svc'), payout('p-acme')), { tenantId: 'acme' }, 'on a shared client: its own tenant\'s payout')
  const refused = async (checking: Promise<unknown> | undefined): Promise<unknown> => await checking!.then(() => undefined, (err: unknown) => err)
  const other = await refused(guard.assertOwns(caller(acme, 'api-key', 'svc'), payout('p-globex')))
  t.ok(other instanceof NotOwnedError && other.kind === 'payout', 'another tenant\'s payout on the same client')
  const unknown = await refused(guard.assertOwns(caller(solo, 'jwt', 'alice'), payout('p-unknown')))
  t.ok(unknown instanceof NotOwnedError && unknown.kind === 'payout', 'an app user, for an object no one recorded')
  t.same(lookups, [['p-acme'], ['p-globex'], ['p-unknown']])
})
