import { hash } from 'node:crypto'

/** JSON with object keys sorted at every depth, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson (value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * What makes two requests "the same" for an idempotency key: method, path and body. The body's own
 * `idempotency_key` is left out, so moving the key between header and body is still the same request.
 */
export function requestFingerprint (method: string, path: string, body: unknown): string {
  let payload = body
  if (body !== null && typeof body === 'object' && !Array.isArray(body) && 'idempotency_key' in body) {
    const { idempotency_key: _ignored, ...rest } = body as Record<string, unknown>
    payload = rest
  }
  // One-shot: no Hash object per request.
  return hash('sha256', `${method}\n${path}\n${canonicalJson(payload ?? null)}`, 'hex')
}
