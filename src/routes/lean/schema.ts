import { Type, type TSchema } from 'typebox'
import { IdempotencyKey, Uuid } from '../../schemas/common.js'
import { SECURITY } from '../../plugins/swagger.js'
import type { WireName, WireOperation } from '../../wire/index.js'
import EXAMPLES from '../../schemas/examples.js'
import LEAN_EXAMPLES from '../../schemas/lean-examples.js'
import { BODY_OPTIONAL } from '../../docs/document.js'
import { AUTH_PROBLEMS, BODY_PROBLEMS, IDEMPOTENCY_PROBLEMS, LEAN_PASSTHROUGH, LEAN_PROBLEMS } from '../../docs/responses.js'

/**
 * The documentation's example of an answer: on the seeds' wire what the demo answers, on Lean's what
 * Lean's own Postman collections show (scripts/capture-lean-examples.mts).
 */
export function exampleFor (operationId: string, wire: WireName = 'seeds'): unknown {
  return ((wire === 'lean' ? LEAN_EXAMPLES : EXAMPLES) as Record<string, unknown>)[operationId]
}

const mediaExample = (example: unknown): { example?: unknown } => (example === undefined ? {} : { example })

const withExample = (schema: TSchema, example: unknown): TSchema =>
  example === undefined ? schema : { ...schema, examples: [example] } as TSchema

const LEAN_ENTITY_RULE = 'Entity: with an API key, send the customer\'s `entity_id` (a UUID) as a query parameter, as Lean\'s own ' +
  'clients do, or as a header (a refresh may name it in its body); with an end-user JWT it comes from the token\'s entity claim, ' +
  'and an `entity_id` anywhere that differs is 403. Lean receives it where its wire wants it.'
const ENTITY_RULE = 'Entity: with an API key, send the customer\'s `entity_id` header (a UUID); with an end-user JWT it ' +
  'comes from the token\'s entity claim, and an `entity_id` header that differs is 403.'
const IDEMPOTENCY_RULE = {
  required: 'Idempotency: required. The same key with the same body returns the stored answer (`Idempotent-Replayed: true`); ' +
    'with another body it is 422; while the first is running it is 409 with `Retry-After`.',
  optional: 'Idempotency: optional. With an `Idempotency-Key`, a repeat returns the stored answer instead of acting twice.',
  none: ''
}

const KEY_TEXT = String((IdempotencyKey as { description?: string }).description)

/** Who may call it and on what terms, as the operation's description. */
function describe (op: WireOperation, wire: WireName): string {
  return [
    op.description,
    `Scope: \`${op.scope}\`.`,
    ...(op.entity ? [wire === 'lean' ? LEAN_ENTITY_RULE : ENTITY_RULE] : []),
    ...(op.method === 'POST' && op.refs !== undefined
      ? ['Where tenants share a Lean client, every destination must be one this tenant created; otherwise 404, before anything reaches Lean.']
      : op.refs !== undefined || op.list !== undefined || op.answerOwner !== undefined
        ? ['Where tenants share a Lean client, each sees only its own objects: others\' are 404, and lists leave them out.']
        : []),
    ...(IDEMPOTENCY_RULE[op.idempotency] !== '' ? [IDEMPOTENCY_RULE[op.idempotency]] : []),
    ...(op.holders !== undefined
      ? ["With the tenant's `lean.verifyDestinations`, each destination's IBAN and holder name are checked with Lean's account verification first: " +
          'no match (or a partial one, unless `lean.acceptPartialMatch`) is 422 `destination-unverified` and nothing is created; Lean unable to verify is 502.']
      : [])
  ].join('\n\n')
}

/** Path parameters, with the demo's account as the example account id. */
function paramsWithExamples (params: TSchema): TSchema {
  const properties = (params as { properties?: Record<string, TSchema> }).properties ?? {}
  if (properties.account_id === undefined) return params
  return { ...params, properties: { ...properties, account_id: withExample(properties.account_id, EXAMPLES.accountId) } } as TSchema
}

/** The Fastify route schema of one operation on one wire: validation and its OpenAPI description at once. */
export function routeSchema (op: WireOperation, wire: WireName): Record<string, unknown> {
  const headers: Record<string, TSchema> = {}
  if (op.entity) {
    headers.entity_id = Type.Optional(withExample(
      Uuid('Lean entity. An API-key caller must name one; with a JWT it comes from the token and, if sent, must match it.'),
      EXAMPLES.entityId
    ))
  }
  // Lean's wire takes the key as a header only; the seeds' also accept the body's idempotency_key.
  const keyRequired = op.idempotency === 'required' && (wire === 'lean' || op.headerKeyOnly === true)
  if (op.idempotency !== 'none') {
    // Lower case: with our own validator compiler (http/validation.ts) Fastify does not normalize header names.
    headers['idempotency-key'] = keyRequired
      ? { ...IdempotencyKey, description: `${KEY_TEXT} ${IDEMPOTENCY_RULE.required}` } as TSchema
      : Type.Optional({ ...IdempotencyKey, description: `${KEY_TEXT} ${op.idempotency === 'required' ? 'Required, unless the body carries `idempotency_key`.' : ''} ${IDEMPOTENCY_RULE[op.idempotency]}`.trim() } as TSchema)
  }

  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: describe(op, wire),
    security: SECURITY,
    'x-required-scopes': [op.scope],
    ...(op.params !== undefined && { params: paramsWithExamples(op.params) }),
    querystring: op.query,
    ...(Object.keys(headers).length > 0 && { headers: Type.Object(headers) }),
    // Keyed by media type, an optional body is validated only when one is sent.
    ...(op.body !== undefined && { body: op.bodyOptional === true ? { content: { 'application/json': { schema: op.body } } } : op.body }),
    ...(op.bodyOptional === true && { [BODY_OPTIONAL]: true }),
    response: {
      [op.success.status]: {
        description: op.success.description,
        // A media-level example: shown by Swagger UI whatever the schema (a $ref included).
        content: { 'application/json': { schema: op.success.schema, ...mediaExample(exampleFor(op.operationId, wire)) } }
      },
      ...LEAN_PASSTHROUGH,
      ...AUTH_PROBLEMS,
      ...LEAN_PROBLEMS,
      ...(op.body !== undefined && BODY_PROBLEMS),
      ...(op.idempotency !== 'none' && IDEMPOTENCY_PROBLEMS)
    }
  }
}
