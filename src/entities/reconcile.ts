import type { LeanRequester } from '../lean/client.js'
import { customerEntities } from '../lean/customers.js'
import type { LeanCustomer, Store } from '../store/types.js'

/**
 * Lean warns that webhooks can be missed: an app user whose `entity.created` never arrived has a
 * bank the gateway does not know. Lean's list of the user's customer's entities says which; those
 * the store lacks are bound to the user, as `entity.created` would have bound them, audited
 * `entity.reconciled`, and told to the tenant as `entity.created` (`reconciled: true`). An entity
 * bound already (to anyone) is left as it is.
 */
export interface ReconcileContext {
  lean: LeanRequester
  store: Pick<Store, 'events'>
  /** Who asked, for the audit trail: the caller's id (or the operator's tool) and the request. */
  caller: string
  requestId: string
  /** The tenant takes its events by webhook too (else the feed only). */
  deliver: boolean
}

export async function reconcileCustomer ({ lean, store, caller, requestId, deliver }: ReconcileContext, customer: LeanCustomer): Promise<string[]> {
  const listed = await customerEntities(lean, customer.customerId)
  const createdAt = new Date().toISOString()
  const bound = []
  for (const e of listed) {
    if (await store.events.entity(customer.clientKey, e.id) !== undefined) continue
    // The binding, its audit row and the tenant's entity.created, together: what this call bound,
    // not what a webhook or another replica bound meanwhile.
    const found = await store.events.bindFound(
      { clientKey: customer.clientKey, entityId: e.id, tenantId: customer.tenantId, userId: customer.userId, customerId: customer.customerId, bankIdentifier: e.bankIdentifier, createdAt },
      [{ tenantId: customer.tenantId, caller, requestId, operation: 'reconcileEntities', event: 'entity.reconciled', leanId: e.id, outcome: 'bound', detail: `user ${customer.userId}` }],
      [{
        tenantId: customer.tenantId,
        type: 'entity.created',
        objectKey: `entity:${e.id}`,
        entityId: e.id,
        deliver,
        data: { entity_id: e.id, lean_event: null, customer_id: customer.customerId, bank_identifier: e.bankIdentifier ?? null, reconciled: true }
      }]
    )
    if (found) bound.push(e.id)
  }
  return bound
}
