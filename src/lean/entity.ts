/**
 * Where the caller's Lean entity goes on the way upstream. The seeds send it as the `entity_id`
 * header; Lean's current public reference takes it as a query parameter on GETs and a body field
 * on POSTs. This is the one place that decides, so switching is one constant.
 */
export type EntityPlacement = 'header' | 'query'

export const ENTITY_PLACEMENT: EntityPlacement = 'header'

export interface OutgoingParts {
  method: 'GET' | 'POST'
  headers: Record<string, string>
  query: URLSearchParams
  body: Record<string, unknown> | undefined
}

export function placeEntity (entityId: string, parts: OutgoingParts, placement: EntityPlacement = ENTITY_PLACEMENT): void {
  if (placement === 'header') {
    parts.headers.entity_id = entityId
  } else if (parts.method === 'POST') {
    parts.body = { ...parts.body, entity_id: entityId }
  } else {
    parts.query.set('entity_id', entityId)
  }
}
