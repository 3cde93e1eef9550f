import type { FastifyBaseLogger, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify'
import fp from 'fastify-plugin'
import pino from 'pino'
import { redactedUrl } from '../logger.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** Extra fields for the request's access line (tracing puts its trace and span ids here), none named as the line's own. */
    accessFields: Record<string, string> | null
  }
}

const MESSAGE = 'request completed'
/** The access line's own keys, beside its message: a serializer configured for any of them means pino must write the line. */
export const ACCESS_LINE_KEYS = ['reqId', 'method', 'url', 'route', 'status', 'ms', 'tenant', 'caller']
/** Printable ASCII but `"` and `\`: a string of only these is its own JSON, between quotes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/

/** A string as JSON, the way pino writes it (JSON.stringify for anything that needs escaping). */
export const jsonString = (value: string): string => PLAIN.test(value) ? `"${value}"` : JSON.stringify(value)

interface PinoInternals { [key: symbol]: any }
/** pino's documented symbols for integrations (`pino.symbols`), not all of them in its types. */
const SYMBOLS = pino.symbols as unknown as Record<string, symbol>

/**
 * Whether the line can be written without pino's generic serializer and still be byte for byte
 * what pino would write: nothing configured that rewrites a logged object (a mixin, a log
 * formatter, a nested key, a prefix, hooks, a redaction path or a serializer for one of the
 * line's keys) and a destination that needs no metadata. Decided once: these are fixed when the
 * logger is made.
 */
export function writesPlainLines (logger: FastifyBaseLogger): boolean {
  const l = logger as unknown as PinoInternals
  const s = SYMBOLS
  const stringifiers = l[s.stringifiersSym!] as Record<string, unknown> | undefined
  const serializers = (l[s.serializersSym!] ?? {}) as Record<string, unknown>
  const hooks = (l[s.hooksSym!] ?? {}) as Record<string, unknown>
  return typeof l[s.lsCacheSym!]?.[30] === 'string' && typeof l[s.timeSym!] === 'function' && typeof l[s.chindingsSym!] === 'string' &&
    l[s.mixinSym!] === undefined && l[s.formattersSym!]?.log === undefined && (l[s.nestedKeySym!] ?? null) === null &&
    l[s.msgPrefixSym!] === undefined && hooks.logMethod === undefined && hooks.streamWrite === undefined &&
    l[s.streamSym!]?.[s.needsMetadataGsym!] !== true && typeof l[s.streamSym!]?.write === 'function' &&
    (stringifiers === undefined || (Object.keys(stringifiers).length === 0 && (stringifiers as PinoInternals)[s.wildcardFirstSym!] === undefined)) &&
    ACCESS_LINE_KEYS.every((key) => serializers[key] === undefined)
}

/** The line's `ms`: the answer's elapsed time, to a tenth of a millisecond. */
const elapsedMs = (reply: FastifyReply): number => Math.round(reply.elapsedTime * 10) / 10

/**
 * The access line, built from its known fields in the order pino would write them, with pino's
 * own level, time, bindings and message key. pino's generic path (a walk over the object, a
 * stringifier per value) was the largest part of the gateway's cost per request that a bare
 * proxy does not pay, and a fifth of the garbage a request makes. What pino fixes when it makes
 * the logger (the level's text, the message key and line end) is read once, here; the time and
 * the bindings are read per line, as pino reads them.
 */
export function accessLineOf (logger: FastifyBaseLogger): (request: FastifyRequest, reply: FastifyReply) => string {
  const l = logger as unknown as PinoInternals
  const s = SYMBOLS
  const level = l[s.lsCacheSym!][30] as string
  const end = `,${JSON.stringify(l[s.messageKeySym!])}:"${MESSAGE}"${l[s.endSym!] as string}`
  return function accessLine (request, reply) {
    let line = `${level}${l[s.timeSym!]() as string}${l[s.chindingsSym!] as string},"reqId":${jsonString(request.id)}`
    const extra = request.accessFields
    if (extra !== null) for (const key in extra) line += `,${jsonString(key)}:${jsonString(extra[key]!)}`
    line += `,"method":${jsonString(request.method)},"url":${jsonString(redactedUrl(request.url))}`
    const route = request.routeOptions.url
    if (route !== undefined) line += `,"route":${jsonString(route)}`
    line += `,"status":${reply.statusCode},"ms":${elapsedMs(reply)}`
    // Null until authentication, and absent where no auth plugin decorates requests.
    const caller = request.caller ?? null
    if (caller !== null) line += `,"tenant":${jsonString(caller.tenant.id)},"caller":${jsonString(caller.id)}`
    return line + end
  }
}

/** The same line through pino: for a logger configured in a way accessLineOf does not reproduce. */
export function loggedAccessLine (logger: FastifyBaseLogger, request: FastifyRequest, reply: FastifyReply): void {
  const caller = request.caller ?? null
  logger.info({
    reqId: request.id,
    ...request.accessFields,
    method: request.method,
    url: redactedUrl(request.url),
    route: request.routeOptions.url,
    status: reply.statusCode,
    ms: elapsedMs(reply),
    ...(caller !== null && { tenant: caller.tenant.id, caller: caller.id })
  }, MESSAGE)
}

/** The onResponse hook writing one access line per request through `logger`. */
export function accessLogHook (logger: FastifyBaseLogger) {
  const accessLine = writesPlainLines(logger) ? accessLineOf(logger) : undefined
  const stream = (logger as unknown as PinoInternals)[SYMBOLS.streamSym!] as { write: (line: string) => unknown }
  // Fastify's stand-in for `logger: false` has no levels: its info writes nothing.
  const levels = logger as FastifyBaseLogger & { isLevelEnabled?: (level: string) => boolean }
  const enabled = typeof levels.isLevelEnabled === 'function' ? () => levels.isLevelEnabled!('info') : () => true
  return function logAccess (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void {
    if (!enabled()) { done(); return }
    if (accessLine !== undefined) stream.write(accessLine(request, reply))
    else loggedAccessLine(logger, request, reply)
    done()
  }
}

/**
 * One access line per request, written when the answer has gone. Its fields are fixed and none is
 * a secret (credentials travel in headers, never logged here; a query's secret values are blanked
 * by redactedUrl), so it is written through a child without the redaction pass, which cost two
 * thirds of writing the line.
 */
export default fp(
  async function accessLogPlugin (app) {
    app.decorateRequest('accessFields', null)
    app.addHook('onResponse', accessLogHook(app.log.child({}, { redact: { paths: [] } })))
  },
  { name: 'access-log', fastify: '5.x' }
)
