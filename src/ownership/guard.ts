import type { TenantConfig } from '../config/types.js'
import { GatewayError, notFound } from '../errors.js'
import type { OwnedRef, WireOperation } from '../wire/types.js'
import type { ObjectOwner, OwnedKind, OwnedObject, Store } from '../store/types.js'
import { requesterOf, type Caller } from '../tenants/caller.js'

export const clientKeyOf = (tenant: TenantConfig): string => `${tenant.lean.authUrl}\n${tenant.lean.clientId}`

/** A request naming another tenant's (or, for an app user, another user's) object: 404, as if it did not exist. */
export class NotOwnedError extends Error {
  constructor (readonly kind: OwnedKind) {
    super(`${kind} not owned`)
  }
}

/**
 * Whose objects a caller may see. Undefined: everything Lean shows it (a service of a tenant with a
 * Lean client of its own). An app user sees only what its own user created, whatever the client.
 */
export interface Visibility {
  tenantId: string
  createdBy?: string
}

export const maySee = (owner: ObjectOwner | undefined, seen: Visibility): owner is ObjectOwner =>
  owner !== undefined && owner.tenantId === seen.tenantId && (seen.createdBy === undefined || owner.createdBy === seen.createdBy)

/** A list answer in a shape the gateway cannot filter must not pass: its items may be anyone's. */
const unfilterable = (): GatewayError =>
  new GatewayError(502, 'upstream-invalid', 'Lean answered a list in a shape the gateway cannot filter for this caller; nothing of it is passed on')

/**
 * Keeps tenants that share one Lean client apart, and app users apart within their tenant: Lean
 * sees one application, so the gateway remembers who created each payout and destination and
 * hides the rest. Every decision about who may see what is made here.
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

  visibility (caller: Caller): Visibility | undefined {
    if (caller.kind === 'jwt') return { tenantId: caller.tenant.id, createdBy: requesterOf(caller) }
    return this.isShared(caller.tenant) ? { tenantId: caller.tenant.id } : undefined
  }

  /**
   * On a shared Lean client a caller may use only entities bound to its tenant (by an entity.created
   * event, Link, or an operator). This holds for app users too: a token's entity claim names an
   * entity, it does not bind one, so no identity provider can reach another tenant's customers.
   * And on any client, an entity a user connected through Link is that user's alone, whatever
   * another user's token claims. Undefined when there is nothing to look up: no promise on the hot path.
   */
  assertEntity (caller: Caller, entityId: string): Promise<void> | undefined {
    // Entities are bound to a user only through Link, which needs appUserIdPrefix: without one (and
    // without other tenants on the client) there is nothing to look up.
    if (!this.isShared(caller.tenant) && (caller.kind !== 'jwt' || caller.tenant.lean.appUserIdPrefix === undefined)) return undefined
    return this.assertBound(caller, entityId)
  }

  private async assertBound (caller: Caller, entityId: string): Promise<void> {
    const shared = this.isShared(caller.tenant)
    const bound = await this.store.events.entity(clientKeyOf(caller.tenant), entityId)
    if (shared && bound?.tenantId !== caller.tenant.id) throw notFound('No such entity for this tenant')
    if (caller.kind === 'jwt' && bound?.tenantId === caller.tenant.id && bound.userId !== undefined && bound.userId !== caller.id) {
      throw notFound('No such entity for this user')
    }
  }

  /**
   * Rejects with NotOwnedError unless the caller may see every object named; resolves to the owner of
   * the first, whose creator the ids an answer reveals about it inherit. Undefined when there is
   * nothing to look up (a caller who sees every object of its Lean client, or no object named): no
   * promise on the hot path.
   */
  assertOwns (caller: Caller, refs: OwnedRef[]): Promise<ObjectOwner | undefined> | undefined {
    const seen = this.visibility(caller)
    if (seen === undefined || refs.length === 0) return undefined
    return this.ownerOfAll(caller, seen, refs)
  }

  private async ownerOfAll (caller: Caller, seen: Visibility, refs: OwnedRef[]): Promise<ObjectOwner | undefined> {
    let first: ObjectOwner | undefined
    for (const kind of new Set(refs.map((r) => r.kind))) {
      const ids = refs.filter((r) => r.kind === kind).map((r) => r.id)
      const owners = await this.store.owners(clientKeyOf(caller.tenant), kind, ids)
      for (const id of ids) {
        const owner = owners.get(id)
        if (!maySee(owner, seen)) throw new NotOwnedError(kind)
        first ??= owner
      }
    }
    return first
  }

  /**
   * For an answer whose subject is known only from the answer itself: 404 unless the caller may see
   * it. What the answer reveals about the object (a payout id Lean gives only later) is recorded
   * with the same owner.
   */
  async checkAnswer (caller: Caller, op: WireOperation, answer: unknown, owner: ObjectOwner | undefined): Promise<void> {
    const seen = this.visibility(caller)
    if (seen === undefined) return
    let subject = owner
    if (op.answerOwner !== undefined) {
      const ref = op.answerOwner(answer)
      subject = ref === undefined ? undefined : (await this.store.owners(clientKeyOf(caller.tenant), ref.kind, [ref.id])).get(ref.id)
      if (!maySee(subject, seen)) throw notFound(`No such ${op.learns?.(answer)[0]?.kind ?? 'object'}`)
    }
    if (subject === undefined) return
    const objects: OwnedObject[] = (op.learns?.(answer) ?? []).map((r) => ({
      clientKey: clientKeyOf(caller.tenant), kind: r.kind, leanId: r.id, tenantId: subject.tenantId, createdBy: subject.createdBy
    }))
    if (objects.length > 0) await this.store.record(objects, [])
  }

  /**
   * Lean's list with only what the caller may see; undefined when nothing needs hiding. Only the
   * shape the wire documents is filtered: any other answer is a 502, never passed on.
   */
  async filterList (caller: Caller, list: NonNullable<WireOperation['list']>, answer: unknown): Promise<unknown> {
    const seen = this.visibility(caller)
    if (seen === undefined) return undefined
    const shape = list.find(answer)
    if (shape === undefined) throw unfilterable()
    const ids = shape.items.map(list.idOf).filter((id): id is string => id !== undefined)
    const owners = await this.store.owners(clientKeyOf(caller.tenant), list.kind, ids)
    return shape.rebuild(shape.items.filter((item) => {
      const id = list.idOf(item)
      return id !== undefined && maySee(owners.get(id), seen)
    }))
  }
}
