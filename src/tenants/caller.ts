import type { Scope } from '../config/schema.js'
import type { TenantConfig } from '../config/types.js'

/** Who is calling, as one tenant directory knows them: its tenant object and its scopes then. */
export interface Caller {
  tenant: TenantConfig
  kind: 'api-key' | 'jwt'
  /** The API key's id, or the JWT's `sub`: what rate limits and the audit trail name. */
  id: string
  scopes: ReadonlySet<Scope>
  /** For JWT callers, the entity claim as it was in the token (not yet checked). */
  entityClaim?: unknown
}

/**
 * Who asked, as events and limits name them: the API key's id, or 'jwt:<sub>' for an app user (so a
 * user can never be mistaken for a key of the same name).
 */
export const requesterOf = (caller: Pick<Caller, 'kind' | 'id'>): string => (caller.kind === 'jwt' ? `jwt:${caller.id}` : caller.id)
