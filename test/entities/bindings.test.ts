import t from 'tap'
import type { TenantConfig } from '../../src/config/types.js'
import { entityOwner, type EntityNews } from '../../src/entities/bindings.js'
import type { EntityBinding, LeanCustomer } from '../../src/store/types.js'

/** Whose a new entity is, decided from what the store knows and the tenants' app_user_id prefixes. */
const CLIENT = 'https://auth.example/token\nclient-a'
const tenant = (id: string, appUserIdPrefix?: string) => ({ id, lean: { ...(appUserIdPrefix !== undefined && { appUserIdPrefix }) } }) as unknown as TenantConfig
const tenants = [tenant('acme', 'acme-'), tenant('acme-uae', 'acme-uae-'), tenant('globex')]

function store (bound: Record<string, string> = {}, customers: Record<string, Pick<LeanCustomer, 'tenantId' | 'userId'>> = {}) {
  return {
    entity: async (_clientKey: string, entityId: string) => bound[entityId] === undefined ? undefined : { entityId, tenantId: bound[entityId] } as EntityBinding,
    customerByLeanId: async (_clientKey: string, customerId: string) => customers[customerId] as LeanCustomer | undefined
  }
}
const news = (over: Partial<EntityNews> = {}): EntityNews =>
  ({ created: true, entityId: 'e-1', customerId: undefined, appUserId: undefined, bankIdentifier: 'LEAN_MB1', createdAt: '2026-12-02T00:00:00.000Z', ...over })

t.test('an entity bound already stays with its tenant, whatever the event says', async (t) => {
  t.same(await entityOwner(store({ 'e-1': 'globex' }), CLIENT, tenants, news({ appUserId: 'acme-42' })), { owner: 'globex', bindings: [] })
  t.same(await entityOwner(store(), CLIENT, tenants, news({ created: false, appUserId: 'acme-42' })), { owner: undefined, bindings: [] }, 'only entity.created binds')
})

t.test("a customer the gateway created for an app user: the entity is that user's", async (t) => {
  const res = await entityOwner(store({}, { 'c-1': { tenantId: 'acme', userId: 'alice' } }), CLIENT, tenants, news({ customerId: 'c-1', appUserId: 'acme-uae-alice' }))
  t.same(res, { owner: 'acme', bindings: [{ clientKey: CLIENT, entityId: 'e-1', tenantId: 'acme', userId: 'alice', customerId: 'c-1', bankIdentifier: 'LEAN_MB1', createdAt: '2026-12-02T00:00:00.000Z' }] },
    'the customer wins over the prefix')
})

t.test('otherwise the longest app_user_id prefix, or nobody', async (t) => {
  t.equal((await entityOwner(store(), CLIENT, tenants, news({ appUserId: 'acme-uae-7' }))).owner, 'acme-uae')
  t.equal((await entityOwner(store(), CLIENT, tenants, news({ appUserId: 'acme-7' }))).owner, 'acme')
  const nobody = await entityOwner(store(), CLIENT, tenants, news({ appUserId: 'initech-7' }))
  t.same(nobody, { owner: undefined, bindings: [] })
  t.same(await entityOwner(store(), CLIENT, tenants, news()), { owner: undefined, bindings: [] }, 'no app_user_id')
})
