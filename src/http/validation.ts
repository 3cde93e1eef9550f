import { AjvCompiler } from '@fastify/ajv-compiler'
import type { FastifyServerOptions } from 'fastify'

type SchemaController = NonNullable<FastifyServerOptions['schemaController']>
type BuildValidator = NonNullable<NonNullable<SchemaController['compilersFactory']>['buildValidator']>

/**
 * Bodies are validated exactly (no coercion: "10" is not an amount); the query string, which is text
 * by nature, is coerced, so `limit` or `page` can be documented and checked as integers.
 *
 * With a compiler of its own, Fastify no longer lower-cases the names in header schemas: write them
 * in lower case, as Node delivers them.
 */
export function validatorsByPart (): SchemaController {
  const pool = AjvCompiler()
  const buildValidator: BuildValidator = (externalSchemas, options) => {
    const exact = pool(externalSchemas, options)
    // The typings allow a JTD compiler here, which has no coercion; this app uses plain Ajv.
    const coercing = pool(externalSchemas, { ...options, customOptions: { ...options?.customOptions, coerceTypes: true } } as Parameters<typeof pool>[1])
    return (route) => (route.httpPart === 'querystring' ? coercing : exact)(route)
  }
  return { compilersFactory: { buildValidator } }
}
