/** What a Lean id looks like (payments, intents, destinations, entities, …): one definition for all. */
export const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'

const UUID = new RegExp(UUID_PATTERN)

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)
