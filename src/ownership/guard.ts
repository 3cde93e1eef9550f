import type { TenantConfig } from '../config/types.js'
import { notFound } from '../errors.js'
import type { OwnedRef, WireOperation } from '../lean/wire/types.js'
import type { OwnedKind, OwnedObject, Store } from '../store/types.js'

export const clientKeyOf = (tenant: TenantConfig): string => `${tenant.lean.authUrl}\n${tenant.lean.clientId}`

/** A request naming another tenant's object: 404, as if it did not exist. */
export class NotOwnedError extends Error {
  constructor (readonly kind: OwnedKind) {
    super(`${kind} not owned`)
  }
}

/**
 * Keeps tenants that share one Lean client apart: Lean sees one application, so the gateway
 * remembers which tenant created each payout and destination and hides the rest.
 * Tenants with a Lean client of their own see everything Lean shows them.
 */
export class OwnershipGuard {
  private readonly shared: Set<string>

  constructor (tenants: TenantConfig[], private readonly store: Store) {
    const seen = new Map<string, number>()
    for (const t of tenants) seen.set(clientKeyOf(t), (seen.get(clientKeyOf(t)) ?? 0) + 1)
    this.shared = new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k))
  }

  isShared (tenant: TenantConfig): boolean {
    return this.shared.has(clientKeyOf(tenant))
  }

  /**
   * On a shared Lean client an API-key caller may use only entities bound to its tenant (by an
   * entity.created event or by an operator); JWT callers are bound by their token instead.
   */
  async assertEntity (tenant: TenantConfig, callerKind: 'api-key' | 'jwt', entityId: string): Promise<void> {
    if (callerKind !== 'api-key' || !this.isShared(tenant)) return
    const bound = await this.store.events.entity(clientKeyOf(tenant), entityId)
    if (bound?.tenantId !== tenant.id) throw notFound('No such entity for this tenant')
  }

  /** Throws NotOwnedError unless every object named is the tenant's (only where the Lean client is shared). */
  async assertOwns (tenant: TenantConfig, refs: OwnedRef[]): Promise<void> {
    if (!this.isShared(tenant) || refs.length === 0) return
    for (const kind of new Set(refs.map((r) => r.kind))) {
      const ids = refs.filter((r) => r.kind === kind).map((r) => r.id)
      const owners = await this.store.owners(clientKeyOf(tenant), kind, ids)
      if (ids.some((id) => owners.get(id) !== tenant.id)) throw new NotOwnedError(kind)
    }
  }

  /**
   * For an answer whose subject is known only from the answer itself: 404 unless it is the tenant's.
   * What the answer reveals about the tenant's object is then recorded as the tenant's too.
   */
  async checkAnswer (tenant: TenantConfig, op: WireOperation, answer: unknown): Promise<void> {
    if (!this.isShared(tenant)) return
    if (op.answerOwner !== undefined) {
      const owner = op.answerOwner(answer)
      const owned = owner !== undefined && (await this.store.owners(clientKeyOf(tenant), owner.kind, [owner.id])).get(owner.id) === tenant.id
      if (!owned) throw notFound(`No such ${op.learns?.(answer)[0]?.kind ?? 'object'}`)
    }
    const objects: OwnedObject[] = (op.learns?.(answer) ?? []).map((r) => ({ clientKey: clientKeyOf(tenant), kind: r.kind, leanId: r.id, tenantId: tenant.id }))
    if (objects.length > 0) await this.store.record(objects, [])
  }

  /** Lean's list without other tenants' objects; undefined when nothing needs hiding or it is no list. */
  async filterList (tenant: TenantConfig, list: NonNullable<WireOperation['list']>, answer: unknown): Promise<unknown> {
    if (!this.isShared(tenant)) return undefined
    const shape = list.find(answer)
    if (shape === undefined) return undefined
    const ids = shape.items.map(list.idOf).filter((id): id is string => id !== undefined)
    const owners = await this.store.owners(clientKeyOf(tenant), list.kind, ids)
    return shape.rebuild(shape.items.filter((item) => {
      const id = list.idOf(item)
      return id !== undefined && owners.get(id) === tenant.id
    }))
  }
}
