import type { TenantConfig } from '../config/types.js'
import { GatewayError } from '../errors.js'
import { createOrFindCustomer } from '../lean/customers.js'
import type { LeanRequester } from '../lean/client.js'
import { clientKeyOf } from '../ownership/guard.js'
import type { LeanCustomer, Store } from '../store/types.js'

/**
 * The Lean customer of each app user: found in the store, or created at Lean once (known there by
 * `app_user_id` = the tenant's prefix and the user) and saved. Link's session and a pay-in's intent
 * both act as this customer, so both ask here; a customer the store holds for another tenant or
 * user is never this user's.
 */
export class AppUserCustomers {
  readonly #creating = new Map<string, Promise<LeanCustomer>>()

  constructor (private readonly store: Pick<Store, 'events'>, private readonly lean: (tenant: TenantConfig) => LeanRequester) {}

  /** Concurrent first calls of one user make one Lean customer; across replicas Lean's 409 does. */
  async of (tenant: TenantConfig, user: string): Promise<LeanCustomer> {
    if (tenant.lean.appUserIdPrefix === undefined) {
      throw new GatewayError(409, 'not-configured', 'This tenant has no lean.appUserIdPrefix: Lean customers for app users are not set up')
    }
    const key = `${tenant.id}\n${user}`
    let pending = this.#creating.get(key)
    if (pending === undefined) {
      // The store is asked inside the single flight, so no caller can look, miss, and create after another created.
      pending = (async () => await this.store.events.customerOf(tenant.id, user) ?? await this.create(tenant, user))()
        .finally(() => this.#creating.delete(key))
      this.#creating.set(key, pending)
    }
    return await pending
  }

  private async create (tenant: TenantConfig, user: string): Promise<LeanCustomer> {
    const customerId = await createOrFindCustomer(this.lean(tenant), `${tenant.lean.appUserIdPrefix!}${user}`)
    const stored = await this.store.events.saveCustomer({ tenantId: tenant.id, userId: user, clientKey: clientKeyOf(tenant), customerId })
    if (stored.tenantId !== tenant.id || stored.userId !== user) {
      throw new GatewayError(409, 'conflict', 'The Lean customer for this app user is held by another tenant or user of this Lean application')
    }
    return stored
  }
}
