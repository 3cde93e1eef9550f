import type { TenantConfig } from '../config/types.js'
import { notFound } from '../errors.js'
import type { OwnedKind, Store } from '../store/types.js'

export const clientKeyOf = (tenant: TenantConfig): string => `${tenant.lean.authUrl}\n${tenant.lean.clientId}`

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

  /** 404 unless the tenant owns `leanId` (only where the Lean client is shared). */
  async assertOwns (tenant: TenantConfig, kind: OwnedKind, leanId: string): Promise<void> {
    if (!this.isShared(tenant)) return
    const owners = await this.store.owners(clientKeyOf(tenant), kind, [leanId])
    if (owners.get(leanId) !== tenant.id) throw notFound(`No such ${kind}`)
  }

  /**
   * Lean's list without other tenants' objects. A list is Lean's JSON array, or the first array
   * property of Lean's object; anything else passes as it came.
   */
  async filterList (tenant: TenantConfig, kind: OwnedKind, body: Buffer): Promise<Buffer> {
    if (!this.isShared(tenant)) return body
    let parsed: unknown
    try {
      parsed = JSON.parse(body.toString('utf8'))
    } catch {
      return body
    }
    const property = Array.isArray(parsed) || parsed === null || typeof parsed !== 'object'
      ? undefined
      : Object.keys(parsed).find((k) => Array.isArray((parsed as Record<string, unknown>)[k]))
    const items = (property === undefined ? parsed : (parsed as Record<string, unknown>)[property]) as unknown
    if (!Array.isArray(items)) return body
    const ids = items.map((item) => (item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string')
    const owners = await this.store.owners(clientKeyOf(tenant), kind, ids)
    const mine = items.filter((item) => owners.get((item as { id?: unknown } | null)?.id as string) === tenant.id)
    const out = property === undefined ? mine : { ...(parsed as Record<string, unknown>), [property]: mine }
    return Buffer.from(JSON.stringify(out))
  }
}
