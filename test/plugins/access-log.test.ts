import { Writable } from 'node:stream'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest } from 'fastify'
import fc from 'fast-check'
import pino, { type LoggerOptions } from 'pino'
import t from 'tap'
import accessLogPlugin, { ACCESS_LINE_KEYS, accessLineOf, accessLogHook, jsonString, loggedAccessLine, writesPlainLines } from '../../src/plugins/access-log.js'
import { REDACTION } from '../../src/logger.js'

/** A pino logger as the gateway makes one (its redaction, a fixed clock), writing into an array. */
function capturing (options: LoggerOptions = {}): { logger: FastifyBaseLogger; lines: string[] } {
  const lines: string[] = []
  const stream = new Writable({ write (chunk, _enc, cb) { lines.push(String(chunk)); cb() } })
  // pino writes to the stream synchronously; Writable.write calls `write` at once when nothing is queued.
  const logger = pino({ level: 'info', redact: REDACTION, timestamp: () => ',"time":1796561189359', ...options }, stream)
  return { logger: logger.child({}, { redact: { paths: [] } }) as unknown as FastifyBaseLogger, lines }
}

interface Fields { id: string; method: string; url: string; route: string | undefined; status: number; elapsed: number; caller: { tenant: string; id: string } | null; extra: Record<string, string> | null }

const requestOf = (f: Fields): FastifyRequest => ({
  id: f.id,
  method: f.method,
  url: f.url,
  routeOptions: { url: f.route },
  accessFields: f.extra,
  caller: f.caller === null ? null : { tenant: { id: f.caller.tenant }, id: f.caller.id }
}) as unknown as FastifyRequest
const replyOf = (f: Fields): FastifyReply => ({ statusCode: f.status, elapsedTime: f.elapsed }) as unknown as FastifyReply

// Lone surrogates aside (JSON.stringify escapes them, pino's short-string path does not), any text.
const text = fc.string({ unit: 'grapheme', maxLength: 140 })

t.test('the access line is, byte for byte, what pino writes for the same fields', async (t) => {
  const { logger, lines } = capturing()
  t.ok(writesPlainLines(logger), 'the gateway\'s own logger takes the direct path')
  const accessLine = accessLineOf(logger)
  fc.assert(fc.property(fc.record({
    id: fc.oneof(fc.uuid(), fc.stringMatching(/^[\x21-\x7E]{1,128}$/)),
    method: fc.constantFrom('GET', 'POST', 'DELETE'),
    url: fc.oneof(text, fc.constant('/data/v2/accounts?api_key=s3cr3t&x=%22')),
    route: fc.option(text, { nil: undefined }),
    status: fc.integer({ min: 100, max: 599 }),
    elapsed: fc.double({ min: 0, max: 1e6, noNaN: true }),
    caller: fc.option(fc.record({ tenant: text, id: text }), { nil: null }),
    // Fields of their own (tracing's traceId and spanId), never one of the line's keys.
    extra: fc.option(fc.dictionary(fc.stringMatching(/^[a-zA-Z]{1,12}$/).filter((k) => !ACCESS_LINE_KEYS.includes(k) && k !== 'msg'), text, { maxKeys: 3 }), { nil: null })
  }), (fields) => {
    lines.length = 0
    loggedAccessLine(logger, requestOf(fields), replyOf(fields))
    t.equal(lines.length, 1)
    return accessLine(requestOf(fields), replyOf(fields)) === lines[0]
  }), { numRuns: 2000 })
})

t.test('jsonString: JSON.stringify\'s answer for every string, raw quotes only for plain ASCII', async (t) => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => jsonString(s) === JSON.stringify(s)))
  t.equal(jsonString('a"b\\c\n'), '"a\\"b\\\\c\\n"')
})

t.test('a logger configured in a way the direct line does not reproduce is written through pino', async (t) => {
  const fields: Fields = { id: 'r-1', method: 'GET', url: '/x', route: '/x', status: 200, elapsed: 1.25, caller: null, extra: null }
  for (const [name, options] of [
    ['a mixin', { mixin: () => ({ zone: 'me-central-1' }) }],
    ['a log formatter', { formatters: { log: (o: object) => ({ ...o, zone: 'me-central-1' }) } }],
    ['a serializer for one of its keys', { serializers: { url: () => 'zone:me-central-1' } }]
  ] as const) {
    const { logger, lines } = capturing(options as LoggerOptions)
    t.notOk(writesPlainLines(logger), name)
    accessLogHook(logger)(requestOf(fields), replyOf(fields), () => {})
    t.match(lines[0], /me-central-1/, `${name}: pino wrote the line`)
  }
  const { logger, lines } = capturing({ level: 'warn' })
  accessLogHook(logger)(requestOf(fields), replyOf(fields), () => {})
  t.same(lines, [], 'below its level, no line')
})

t.test('through Fastify: one line per request, with the route, status and the tracing fields', async (t) => {
  const { logger, lines } = capturing()
  const app = Fastify({ loggerInstance: logger as any, requestIdHeader: 'x-request-id', logController: new LogController({ disableRequestLogging: true }) })
  await app.register(accessLogPlugin)
  app.addHook('onRequest', async (request) => { request.accessFields = { traceId: 't-1' } })
  app.get('/items/:id', async () => ({ ok: true }))
  t.teardown(() => app.close())
  await app.inject({ url: '/items/7?token=s3cr3t', headers: { 'x-request-id': 'say-"hi"' } })
  await app.inject({ url: '/nowhere' })
  const [found, missing] = lines.filter((l) => l.includes('request completed')).map((l) => JSON.parse(l) as Record<string, unknown>)
  t.match(found, { reqId: 'say-"hi"', traceId: 't-1', method: 'GET', url: '/items/7?token=[redacted]', route: '/items/:id', status: 200, msg: 'request completed' })
  t.type(found!.ms, 'number')
  t.equal(missing!.status, 404)
  t.notOk('route' in missing!, 'an unmatched request has no route')
})
