/** What a Lean id looks like (payments, intents, destinations, entities, …): one definition for all. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

const UUID = new RegExp(UUID_PATTERN)

/** An app user, as a tenant names it to the gateway (a JWT's `sub`, or `user` from a service): Link's and pay-ins' alike. */
export const APP_USER_PATTERN = '^[A-Za-z0-9._:@-]{1,128}$'

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)
