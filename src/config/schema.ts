import { UUID_PATTERN } from '../ids.js'
import { Type, type Static } from 'typebox'
import { SCOPES, type Scope } from './scopes.js'

export { SCOPES, type Scope } from './scopes.js'

// An enum, not a union of constants, so a wrong scope is told the allowed ones.
const ScopeList = Type.Array(Type.Unsafe<Scope>({ type: 'string', enum: [...SCOPES] }), { minItems: 1, uniqueItems: true })
const Identifier = Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$' })
const HttpUrl = Type.String({ minLength: 1, maxLength: 2048 })

// A secret is a literal or a pointer to an environment variable, so tenants files can be committed.
const Secret = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object({ env: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }) }, { additionalProperties: false })
])

// PEM material (certificates, keys) is a secret too, or a file: what Lean's portal hands out.
const Pem = Type.Union([
  ...Secret.anyOf,
  Type.Object({ file: Type.String({ minLength: 1, maxLength: 4096 }) }, { additionalProperties: false })
])

// Mutual TLS to Lean: the application's certificate and key from Lean's portal, and Lean's chain.
const LeanTls = Type.Object(
  {
    cert: Pem,
    key: Pem,
    ca: Type.Optional(Pem),
    passphrase: Type.Optional(Secret)
  },
  { additionalProperties: false }
)

const LeanSettings = Type.Object(
  {
    apiUrl: HttpUrl,
    // Both required, unless appToken selects Lean's older certificate + app-token model.
    authUrl: Type.Optional(HttpUrl),
    clientId: Type.String({ minLength: 1, maxLength: 256 }),
    clientSecret: Type.Optional(Secret),
    tls: Type.Optional(LeanTls),
    // Lean's older model: each call carries `lean-app-token` over mTLS instead of an OAuth token.
    appToken: Type.Optional(Secret),
    scope: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    timeoutMs: Type.Optional(Type.Integer({ minimum: 50, maximum: 600_000 })),
    maxConcurrent: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    // Lean signs the webhooks it posts to /webhooks/lean/{clientId} with this (HMAC-SHA512).
    webhookSecret: Type.Optional(Secret),
    // How often a payout that is not final is polled, since Lean's webhooks are sometimes missed.
    payoutPollMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 86_400_000 })),
    // How long a payout that is not final is followed at all (a manual authorization may never come).
    payoutPollDays: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 90 })),
    // Lean app_user_ids starting with this belong to this tenant (entity.created binds them).
    appUserIdPrefix: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:@-]+$' })),
    // The payment destinations a pay-in may name; none named is Lean's default destination.
    payinDestinations: Type.Optional(Type.Array(Type.String({ pattern: UUID_PATTERN }), { maxItems: 100, uniqueItems: true })),
    // Check a new payout destination's IBAN and holder name with Lean's account verification first.
    verifyDestinations: Type.Optional(Type.Boolean()),
    // With verifyDestinations: a partial match of the name is accepted too.
    acceptPartialMatch: Type.Optional(Type.Boolean())
  },
  { additionalProperties: false }
)

const ApiKey = Type.Object(
  {
    id: Identifier,
    sha256: Type.String({ pattern: '^[0-9a-fA-F]{64}$' }),
    scopes: ScopeList
  },
  { additionalProperties: false }
)

const JwtSettings = Type.Object(
  {
    issuer: Type.String({ minLength: 1, maxLength: 2048 }),
    audience: Type.String({ minLength: 1, maxLength: 2048 }),
    jwksUrl: HttpUrl,
    // Unset: app users' entities are the ones they connected through /link/v1/session.
    entityClaim: Type.Optional(Type.String({ minLength: 1, maxLength: 256 })),
    // The longest a token may live (exp after iat, or after now without iat): a leaked token dies with it.
    maxLifetimeS: Type.Optional(Type.Integer({ minimum: 60, maximum: 366 * 86_400 })),
    scopes: ScopeList
  },
  { additionalProperties: false }
)

const Limit = {
  max: Type.Integer({ minimum: 1 }),
  timeWindowMs: Type.Integer({ minimum: 1000 })
}

const RateLimit = Type.Object(
  {
    ...Limit,
    // A scope listed here gets its own counter and limit, e.g. a tighter payouts:write.
    scopes: Type.Optional(Type.Object(
      Object.fromEntries(SCOPES.map((s) => [s, Type.Optional(Type.Object(Limit, { additionalProperties: false }))])),
      { additionalProperties: false }
    ))
  },
  { additionalProperties: false }
)

const Tenant = Type.Object(
  {
    id: Identifier,
    lean: LeanSettings,
    apiKeys: Type.Optional(Type.Array(ApiKey)),
    jwt: Type.Optional(JwtSettings),
    rateLimit: Type.Optional(RateLimit),
    // Where this tenant's events are delivered, signed per Standard Webhooks. Chosen by the operator only.
    webhooks: Type.Optional(Type.Object({
      url: HttpUrl,
      secret: Secret
    }, { additionalProperties: false }))
  },
  { additionalProperties: false }
)

export const TenantsFileSchema = Type.Object(
  {
    tenants: Type.Array(Tenant, { minItems: 1 }),
    // Which of Lean's wires every tenant's Lean speaks: the seeds' (default) or Lean's current one.
    leanWire: Type.Optional(Type.Unsafe<'seeds' | 'lean'>({ type: 'string', enum: ['seeds', 'lean'] })),
    idempotency: Type.Optional(
      Type.Object({ ttlHours: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 366 }) }, { additionalProperties: false })
    ),
    bodyLimitBytes: Type.Optional(Type.Integer({ minimum: 1024, maximum: 64 * 1024 * 1024 })),
    // Which proxies may set X-Forwarded-For: true (any), a hop count, or addresses/CIDRs. Default: none.
    trustProxy: Type.Optional(Type.Union([Type.Boolean(), Type.Integer({ minimum: 1, maximum: 10 }), Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })])),
    authFailureLimit: Type.Optional(Type.Object(Limit, { additionalProperties: false })),
    // Raw Lean events and tenant events are deleted this long after they are final (delivered or given up).
    events: Type.Optional(Type.Object({ retentionDays: Type.Integer({ minimum: 1, maximum: 3660 }) }, { additionalProperties: false })),
    // Per Lean application: this many consecutive failures open the breaker for coolDownMs.
    circuitBreaker: Type.Optional(Type.Object({
      failures: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
      coolDownMs: Type.Optional(Type.Integer({ minimum: 1000, maximum: 3_600_000 }))
    }, { additionalProperties: false }))
  },
  { additionalProperties: false }
)

export type TenantsFile = Static<typeof TenantsFileSchema>
