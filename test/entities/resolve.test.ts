import t from 'tap'
import { connectedEntity, entityOf, resolveEntity } from '../../src/entities/resolve.js'
import { GatewayError } from '../../src/errors.js'
import type { Caller } from '../../src/tenants/caller.js'
import type { TenantConfig } from '../../src/config/types.js'

/** Which entity a call acts on, decided without HTTP: the token's, the service's, or the user's connected bank. */
const E1 = '11111111-1111-4111-8111-111111111111'
const E2 = '22222222-2222-4222-8222-222222222222'
const tenant = { id: 'acme', lean: { authUrl: 'https://auth', clientId: 'c' }, jwt: { entityClaim: 'lean_entity_id' } } as unknown as TenantConfig
const service: Caller = { tenant, kind: 'api-key', id: 'k', scopes: new Set() }
const user = (claim: unknown): Caller => ({ tenant, kind: 'jwt', id: 'alice', scopes: new Set(), entityClaim: claim })
const refusal = (fn: () => unknown): { status: number; detail: string } => {
  try { fn() } catch (err) { if (err instanceof GatewayError) return { status: err.statusCode, detail: err.message }; throw err }
  throw new Error('not refused')
}

t.test('services name the entity; every place they name it must agree', async (t) => {
  t.equal(resolveEntity(service, [E1.toUpperCase(), undefined, E1]), E1, 'lower-cased')
  t.equal(refusal(() => resolveEntity(service, [])).status, 400)
  t.same(refusal(() => resolveEntity(service, [E1, E2])), { status: 403, detail: 'entity_id values in the request differ' })
})

t.test("app users get the token's entity; a differing or malformed one is 403", async (t) => {
  t.equal(resolveEntity(user(E1), [undefined]), E1)
  t.equal(resolveEntity(user(E1), [E1]), E1)
  t.same(refusal(() => resolveEntity(user(E1), [E2])), { status: 403, detail: 'entity_id does not match the token' })
  t.equal(refusal(() => resolveEntity(user(undefined), [])).detail, 'Token carries no entity claim')
  for (const claim of [42, { id: E1 }, 'not-a-uuid']) t.equal(refusal(() => resolveEntity(user(claim), [])).detail, 'Token entity claim is not an entity id')
})

t.test('app users without a claim use the banks they connected', async (t) => {
  const linked = { ...tenant, jwt: {} } as unknown as TenantConfig
  const alice: Caller = { tenant: linked, kind: 'jwt', id: 'alice', scopes: new Set() }
  const bindings = [{ clientKey: 'x', entityId: E1, tenantId: 'acme', userId: 'alice', createdAt: '' }]
  const events = {
    entity: async (_k: string, id: string) => (id === E1 ? bindings[0] : id === E2 ? { ...bindings[0]!, entityId: E2, userId: 'bob' } : undefined),
    userEntities: async () => bindings
  }
  t.equal(await entityOf(events, alice, []), E1, 'the only one')
  t.equal(await connectedEntity(events, alice, [E1]), E1, 'named, and hers')
  await t.rejects(connectedEntity(events, alice, [E2]), { statusCode: 404, message: 'No such entity for this user' } as unknown as Error, "bob's is not found")
  await t.rejects(connectedEntity({ ...events, userEntities: async () => [] }, alice, []), { statusCode: 404 } as unknown as Error)
  await t.rejects(connectedEntity({ ...events, userEntities: async () => [...bindings, { ...bindings[0]!, entityId: E2 }] }, alice, []), { statusCode: 400 } as unknown as Error)
  t.equal(await entityOf(events, user(E1), []), E1, 'a tenant with an entity claim reads the claim')
})
