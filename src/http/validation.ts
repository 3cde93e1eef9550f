import { AjvCompiler } from '@fastify/ajv-compiler'
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

type SchemaController = NonNullable<FastifyServerOptions['schemaController']>
type Factories = NonNullable<SchemaController['compilersFactory']>
type BuildValidator = NonNullable<Factories['buildValidator']>
type BuildSerializer = NonNullable<Factories['buildSerializer']>

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
  return { compilersFactory: { buildValidator, buildSerializer: lazySerializers } }
}

/**
 * Response serializers compiled on their first use, not at start: the Lean routes send Lean's bytes
 * and never use theirs, and compiling every route's (both wires' answers documented in full) was a
 * fifth of a start's CPU. What is compiled is what Fastify would have compiled.
 */
const lazySerializers: BuildSerializer = (externalSchemas, options) => {
  const compile = SerializerSelector()(externalSchemas, options)
  return (route) => {
    let serialize: ((doc: unknown) => string) | undefined
    return (doc) => (serialize ??= compile(route))(doc)
  }
}
