import { forbidden, invalidRequest, notFound } from '../errors.js'
import { isUuid } from '../ids.js'
import { clientKeyOf } from '../ownership/guard.js'
import type { EntityBinding, EventStore } from '../store/types.js'
import type { Caller } from '../tenants/caller.js'

/**
 * Which Lean entity a call acts on: decided here, for the Lean routes (and so for everything that
 * reads bank data). Link binds entities to users; ownership/guard.ts says whether a caller may use one.
 */

/**
 * The entity named by the token (app users) or by the caller itself (services). Every `entity_id`
 * the caller named (header, query, body, per the wire) must be that same entity.
 */
export function resolveEntity (caller: Caller, named: Array<string | undefined>): string {
  const sent = named.filter((e): e is string => e !== undefined)
  let entity: string
  if (caller.kind === 'jwt') {
    const claim = caller.entityClaim
    if (claim === undefined || claim === null) throw forbidden('Token carries no entity claim')
    if (typeof claim !== 'string' || !isUuid(claim)) throw forbidden('Token entity claim is not an entity id')
    entity = claim
  } else {
    if (sent.length === 0) throw invalidRequest('entity_id is required with an API key')
    entity = sent[0]!
  }
  if (sent.some((e) => e.toLowerCase() !== entity.toLowerCase())) {
    throw forbidden(caller.kind === 'jwt' ? 'entity_id does not match the token' : 'entity_id values in the request differ')
  }
  return entity.toLowerCase()
}

/**
 * The entity of an app user whose token names none: one the user connected. Named (query, header,
 * body) it must be the user's own (404 otherwise); unnamed, the user's only one, or 400 when there
 * are several to choose from.
 */
export async function connectedEntity (events: Pick<EventStore, 'entity' | 'userEntities'>, caller: Caller, named: Array<string | undefined>): Promise<string> {
  const sent = [...new Set(named.filter((e): e is string => e !== undefined).map((e) => e.toLowerCase()))]
  if (sent.length > 1) throw forbidden('entity_id values in the request differ')
  if (sent.length === 1) {
    await userEntity(events, caller.tenant, caller.id, sent[0]!)
    return sent[0]!
  }
  const clientKey = clientKeyOf(caller.tenant)
  const mine = await events.userEntities(clientKey, caller.tenant.id, caller.id)
  if (mine.length === 0) throw notFound('This user has connected no bank yet (POST /link/v1/session, then LinkSDK)')
  if (mine.length > 1) throw invalidRequest(`This user has connected ${mine.length} banks: name one with entity_id`)
  return mine[0]!.entityId
}

/**
 * App users of a tenant without an entity claim use the banks they connected (Link); everyone else
 * names one, and that is decided without the store, so without a promise.
 */
export function entityOf (events: Pick<EventStore, 'entity' | 'userEntities'>, caller: Caller, named: Array<string | undefined>): string | Promise<string> {
  return caller.kind === 'jwt' && caller.tenant.jwt?.entityClaim === undefined ? connectedEntity(events, caller, named) : resolveEntity(caller, named)
}

/** An entity the app user connected (Link): anyone else's, or none, is 404. */
export async function userEntity (events: Pick<EventStore, 'entity'>, tenant: Caller['tenant'], user: string | undefined, entityId: string): Promise<EntityBinding> {
  const bound = user === undefined ? undefined : await events.entity(clientKeyOf(tenant), entityId.toLowerCase())
  if (bound === undefined || bound.tenantId !== tenant.id || bound.userId !== user) throw notFound('No such entity for this user')
  return bound
}
