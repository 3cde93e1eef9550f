// Its own module, without the schema library, so the CLI's --help loads nothing heavy.
export const SCOPES = [
  'data:read',
  'data:refresh',
  'payouts:read',
  'payouts:write',
  'destinations:read',
  'destinations:write',
  'audit:read',
  'events:read',
  'link:connect',
  'payments:read',
  'payments:write'
] as const
export type Scope = (typeof SCOPES)[number]
