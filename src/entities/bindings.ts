import type { TenantConfig } from '../config/types.js'
import type { EntityBinding, EventStore } from '../store/types.js'

/**
 * Whose a Lean entity is, as its webhooks say (entity.*): the tenant it is bound to already; on
 * entity.created, the app user whose Lean customer the gateway created (Link), else the tenant whose
 * lean.appUserIdPrefix the entity's app_user_id starts with. The Lean routes then use the binding
 * (resolve.ts, ownership/guard.ts).
 */
export interface EntityNews {
  created: boolean
  entityId: string
  customerId: string | undefined
  appUserId: string | undefined
  bankIdentifier: string | undefined
  createdAt: string
}

export async function entityOwner (
  events: Pick<EventStore, 'entity' | 'customerByLeanId'>,
  clientKey: string,
  tenants: readonly TenantConfig[],
  news: EntityNews
): Promise<{ owner: string | undefined; bindings: EntityBinding[] }> {
  const { entityId, customerId, bankIdentifier, createdAt } = news
  const bound = (await events.entity(clientKey, entityId))?.tenantId
  if (bound !== undefined || !news.created) return { owner: bound, bindings: [] }
  const customer = customerId === undefined ? undefined : await events.customerByLeanId(clientKey, customerId)
  if (customer !== undefined) {
    // A customer the gateway created for an app user (Link): the entity is that user's.
    return { owner: customer.tenantId, bindings: [{ clientKey, entityId, tenantId: customer.tenantId, userId: customer.userId, customerId, bankIdentifier, createdAt }] }
  }
  // The longest matching prefix wins, so "acme-" and "acme-uae-" can share a Lean application.
  const appUser = news.appUserId ?? ''
  const byPrefix = tenants
    .filter((t) => t.lean.appUserIdPrefix !== undefined && appUser.startsWith(t.lean.appUserIdPrefix))
    .sort((a, b) => b.lean.appUserIdPrefix!.length - a.lean.appUserIdPrefix!.length)[0]
  if (byPrefix === undefined) return { owner: undefined, bindings: [] }
  return { owner: byPrefix.id, bindings: [{ clientKey, entityId, tenantId: byPrefix.id, customerId, bankIdentifier, createdAt }] }
}
