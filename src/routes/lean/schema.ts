import { Type, type TSchema } from 'typebox'
import { IdempotencyKey, Uuid } from '../../schemas/common.js'
import { SECURITY } from '../../plugins/swagger.js'
import type { LeanOperation } from './operations.js'

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: Type.Ref('Problem') } }
})

const COMMON_PROBLEMS = {
  400: problem('Invalid path, query, header or body'),
  401: problem('Missing or invalid credentials'),
  403: problem('Missing scope, entity mismatch, or Lean refused (consent or permission)'),
  404: problem('Unknown route, or not found at Lean'),
  429: problem("Rate limited, by the gateway or by Lean; see Retry-After"),
  502: problem('Lean failed or could not be reached'),
  503: problem('The gateway or the identity provider is unavailable; see Retry-After'),
  504: problem('Lean did not answer within the time limit')
}

const POST_PROBLEMS = {
  409: problem('The same idempotency key is still in flight; retry after Retry-After'),
  413: problem('Body larger than the limit'),
  415: problem('Body is not application/json'),
  422: problem('Idempotency key reused with a different request')
}

/** The Fastify route schema of one Lean operation: validation and its OpenAPI description at once. */
export function routeSchema (op: LeanOperation): Record<string, unknown> {
  const headers: Record<string, TSchema> = {}
  if (op.entity) {
    headers.entity_id = Type.Optional(
      Uuid('Lean entity. Required with an API key; with a JWT it comes from the token and, if sent, must match it.')
    )
  }
  if (op.idempotency !== 'none') headers['Idempotency-Key'] = Type.Optional(IdempotencyKey)

  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: `${op.description}\n\nScope: \`${op.scope}\`.`,
    security: SECURITY,
    ...(op.params !== undefined && { params: op.params }),
    querystring: op.query ?? Type.Object({}, { additionalProperties: false }),
    ...(Object.keys(headers).length > 0 && { headers: Type.Object(headers) }),
    ...(op.body !== undefined && { body: op.body }),
    response: {
      [op.success.status]: { description: op.success.description, content: { 'application/json': { schema: op.success.schema } } },
      ...COMMON_PROBLEMS,
      ...(op.method === 'POST' && POST_PROBLEMS)
    }
  }
}
