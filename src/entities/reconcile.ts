import type { LeanRequest, LeanResponse } from '../lean/client.js'
import { customerEntities } from '../lean/customers.js'
import type { LeanCustomer, Store } from '../store/types.js'

/**
 * Lean warns that webhooks can be missed: an app user whose `entity.created` never arrived has a
 * bank the gateway does not know. Lean's list of the user's customer's entities says which; those
 * the store lacks are bound to the user, as `entity.created` would have bound them, and audited
 * `entity.reconciled`. An entity bound already (to anyone) is left as it is.
 */
export interface ReconcileContext {
  lean: { request: (req: LeanRequest) => Promise<LeanResponse> }
  store: Pick<Store, 'events' | 'record'>
  /** Who asked, for the audit trail: the caller's id (or the operator's tool) and the request. */
  caller: string
  requestId: string
}

export async function reconcileCustomer ({ lean, store, caller, requestId }: ReconcileContext, customer: LeanCustomer): Promise<string[]> {
  const listed = await customerEntities(lean, customer.customerId)
  const missing = []
  for (const entity of listed) {
    if (await store.events.entity(customer.clientKey, entity.id) === undefined) missing.push(entity)
  }
  const createdAt = new Date().toISOString()
  // One at a time: what this call bound, not what a webhook or another replica bound meanwhile.
  const mine = []
  for (const e of missing) {
    const bound = await store.events.bind([{
      clientKey: customer.clientKey, entityId: e.id, tenantId: customer.tenantId, userId: customer.userId, customerId: customer.customerId, bankIdentifier: e.bankIdentifier, createdAt
    }])
    if (bound === 1) mine.push(e.id)
  }
  if (mine.length === 0) return []
  await store.record([], mine.map((entityId) => ({
    tenantId: customer.tenantId, caller, requestId, operation: 'reconcileEntities', event: 'entity.reconciled', leanId: entityId, outcome: 'bound', detail: `user ${customer.userId}`
  })))
  return mine
}
