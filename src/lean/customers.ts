import { GatewayError } from '../errors.js'
import { parseJson, type LeanRequester, type LeanResponse } from './client.js'
import { isAlreadyExists } from './outcome.js'
import { isUuid } from '../ids.js'

/**
 * Lean's Customers API as the gateway uses it for LinkSDK: one customer per app user, known to
 * Lean by `app_user_id` alone, and the disconnection of an entity.
 */
function customerIdOf (res: LeanResponse): string {
  const answer = parseJson(res.body) as { customer_id?: unknown } | null | undefined
  if (typeof answer?.customer_id !== 'string' || answer.customer_id === '') throw new GatewayError(502, 'upstream-unavailable', 'Lean answered without a customer_id')
  return answer.customer_id
}

/** The customer of `appUserId`: created, or found when Lean already has one (another replica, or an earlier gateway). */
export async function createOrFindCustomer (lean: LeanRequester, appUserId: string): Promise<string> {
  try {
    return customerIdOf(await lean.request({ operation: 'createCustomer', method: 'POST', path: '/customers/v1/', body: JSON.stringify({ app_user_id: appUserId }) }))
  } catch (err) {
    if (!isAlreadyExists(err, 'CUSTOMER_ALREADY_EXISTS')) throw err
    return customerIdOf(await lean.request({ operation: 'getCustomerByAppUserId', method: 'GET', path: `/customers/v1/app-user-id/${encodeURIComponent(appUserId)}` }))
  }
}

export async function disconnectEntity (lean: LeanRequester, customerId: string, entityId: string): Promise<void> {
  await lean.request({
    operation: 'disconnectEntity',
    method: 'DELETE',
    path: `/customers/v1/${encodeURIComponent(customerId)}/entities/${encodeURIComponent(entityId)}`
  })
}

/** An entity as Lean lists it for a customer: its id, and the bank when Lean says. */
export interface CustomerEntity { id: string; bankIdentifier: string | undefined }

/**
 * The entities Lean holds for a customer (`GET /customers/v1/{customer_id}/entities`): what
 * reconciles a user whose `entity.created` never arrived. An answer that is not a list of entities
 * is Lean's failure, never an empty list.
 */
export async function customerEntities (lean: LeanRequester, customerId: string): Promise<CustomerEntity[]> {
  const res = await lean.request({ operation: 'getCustomerEntities', method: 'GET', path: `/customers/v1/${encodeURIComponent(customerId)}/entities` })
  const answer = parseJson(res.body)
  const items = Array.isArray(answer) ? answer as Array<{ id?: unknown; bank_identifier?: unknown }> : undefined
  if (items === undefined || items.some((e) => typeof e?.id !== 'string' || !isUuid(e.id))) {
    throw new GatewayError(502, 'upstream-invalid', "Lean's list of the customer's entities could not be read")
  }
  return items.map((e) => ({ id: (e.id as string).toLowerCase(), bankIdentifier: typeof e.bank_identifier === 'string' ? e.bank_identifier : undefined }))
}
