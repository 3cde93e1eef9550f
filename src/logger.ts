import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify'
import pino, { type Bindings, type ChildLoggerOptions, type Logger } from 'pino'

/** Paths pino blanks wherever they appear, so no credential is ever written to a log. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  '*.clientSecret',
  '*.appToken',
  '*.passphrase',
  'headers["lean-app-token"]',
  '*.client_secret',
  '*.access_token',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.secret'
]

/** Query parameters whose value is a secret by its name (`?api_key=…`, `?token=…`). */
const SECRET_QUERY_NAME = /key|token|secret|password|signature/i

/** A query parameter's name as the caller meant it; undecodable, judged as sent. */
function decodedName (raw: string): string {
  if (!raw.includes('%') && !raw.includes('+')) return raw
  try { return decodeURIComponent(raw.replace(/\+/g, ' ')) } catch { return raw }
}

/**
 * A request URL as a log line may carry it: the value of every query parameter whose name says it
 * is a secret is `[redacted]`, however the caller encoded the name. Most URLs have no query, and
 * cost one indexOf; a query without a secret is the URL as it came.
 */
export function redactedUrl (url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return url
  const query = url.slice(q + 1)
  // No name in it can say "secret" when the whole query, undecoded and with nothing to decode, cannot.
  if (!SECRET_QUERY_NAME.test(query) && !query.includes('%') && !query.includes('+')) return url
  const pairs = query.split('&')
  let redacted = false
  pairs.forEach((pair, i) => {
    const eq = pair.indexOf('=')
    const rawName = eq < 0 ? pair : pair.slice(0, eq)
    if (SECRET_QUERY_NAME.test(decodedName(rawName))) {
      pairs[i] = `${rawName}=[redacted]`
      redacted = true
    }
  })
  return redacted ? `${url.slice(0, q)}?${pairs.join('&')}` : url
}

/** pino's redact option, for every logger the gateway writes through. */
export const REDACTION = { paths: REDACT_PATHS, censor: '[redacted]' }

/** Lines are handed to stdout in batches of this size… */
const LOG_BATCH_BYTES = 32 * 1024
/** …or at least this often, so a quiet gateway's lines still show up at once. */
const LOG_FLUSH_MS = 250

export interface Destination<Chunk = string> {
  flush: (cb: (err?: Error | null) => void) => void
  write: (chunk: Chunk) => boolean
  flushSync: () => void
  end: () => void
}

/**
 * Log lines copied as UTF-8 into a buffer as they come, and handed to sonic-boom (in its buffer
 * mode) a buffer at a time. Written line by line, sonic-boom appends each line to the string it is
 * gathering and measures that whole string every time, then converts it to bytes on the main
 * thread; here each line is read once, and a batch is one system call whose bytes are ready.
 */
export class LineBatch implements Destination {
  #buffer: Buffer
  #used = 0
  readonly #timer: NodeJS.Timeout

  constructor (private readonly out: Destination<Buffer>, private readonly batchBytes = LOG_BATCH_BYTES, flushMs = LOG_FLUSH_MS) {
    this.#buffer = Buffer.allocUnsafeSlow(batchBytes)
    this.#timer = setInterval(() => { this.#handOver() }, flushMs).unref()
  }

  write (line: string): boolean {
    // A UTF-16 unit is at most 3 bytes of UTF-8: a line that might not fit goes after a hand-over.
    const most = line.length * 3
    if (this.#used + most > this.batchBytes) this.#handOver()
    if (most > this.batchBytes) this.out.write(Buffer.from(line, 'utf8'))
    else this.#used += this.#buffer.write(line, this.#used, 'utf8')
    return true
  }

  flush (cb: (err?: Error | null) => void): void { this.#handOver(); this.out.flush(cb) }
  flushSync (): void { this.#handOver(); this.out.flushSync() }
  end (): void { clearInterval(this.#timer); this.#handOver(); this.out.end() }

  /** Nothing more is written, here or below: the exit-time synchronous flush has nothing to retry. */
  silence (): void {
    clearInterval(this.#timer)
    this.#used = 0
    for (const d of [this as Destination<never>, this.out as Destination<never>]) {
      d.write = () => true
      d.flushSync = () => {}
      d.end = () => {}
    }
  }

  #handOver (): void {
    if (this.#used === 0) return
    // sonic-boom holds the bytes until they are written: the next lines go to a new buffer.
    const full = this.#buffer.subarray(0, this.#used)
    this.#buffer = Buffer.allocUnsafeSlow(this.batchBytes)
    this.#used = 0
    this.out.write(full)
  }
}

/**
 * sonic-boom writing whole batches asynchronously. `minLength: 1` changes no write (every batch is
 * a byte or more, so each still goes at once) but makes `flush(cb)` wait for the write in flight:
 * with sonic-boom's default of 0 it calls back at once, and the last lines before an exit (the
 * shutdown's own) were lost whenever the process exited before the thread pool had written them.
 */
export function logDestination (dest: number | string): Destination<Buffer> {
  return pino.destination({ dest, sync: false, contentMode: 'buffer', minLength: 1 } as Parameters<typeof pino.destination>[0]) as unknown as Destination<Buffer>
}

/**
 * The process's logger (server.ts): stdout, written in batches rather than a write per line, which
 * cost more than building the line. The batch is written when the process exits, crashes included;
 * only a SIGKILL or a power cut can lose the last quarter second of lines (the audit trail is in the
 * store, not here).
 */
export async function processLogger (level: string, terminal = process.stdout.isTTY === true && process.env.LOG_FORMAT !== 'json'): Promise<Logger> {
  // pino.destination flushes what it holds at exit; the batch hands it its lines first.
  const batch = new LineBatch(logDestination(1))
  process.once('exit', () => { batch.flushSync() })
  // A person at a terminal reads lines, not JSON; anything else (a shipper, a file, a pipe) gets JSON.
  if (terminal) {
    const { prettyFactory } = await import('pino-pretty')
    const pretty = prettyFactory({ colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' })
    const write = batch.write.bind(batch)
    batch.write = (chunk: string) => write(chunk.startsWith('{') ? pretty(chunk) : chunk)
  }
  return pino({ level, redact: REDACTION }, batch)
}

const destinationOf = (logger: Logger): LineBatch => (logger as unknown as Record<symbol, LineBatch>)[pino.symbols.streamSym]!

/**
 * Before exiting: write what is batched, waiting at most `timeoutMs`, then stop logging. Without
 * it, a gateway whose log reader has gone never exits: at exit pino flushes synchronously, and
 * sonic-boom retries a write to a broken pipe (EPIPE) or a full one (EAGAIN) for ever. Losing the
 * log reader must never keep the gateway from shutting down.
 */
export async function settleLog (logger: Logger, timeoutMs = 1_000): Promise<void> {
  const destination = destinationOf(logger)
  let timer: NodeJS.Timeout | undefined
  // Written, failed or timed out: either way the process may go now.
  await Promise.race([
    new Promise<void>((resolve) => {
      try {
        destination.flush(() => { resolve() })
      } catch {
        resolve()
      }
    }),
    new Promise<void>((resolve) => { timer = setTimeout(resolve, timeoutMs) })
  ])
  clearTimeout(timer)
  silenceLog(logger)
}

/** Nothing more is written, and the exit-time synchronous flush has nothing to retry. */
export function silenceLog (logger: Logger): void {
  destinationOf(logger).silence()
}

/** Text for stdout written after the log lines already batched, not before them. */
export function writeAfterLog (logger: Logger, text: string): void {
  destinationOf(logger).write(text)
}

export function loggerOptions (level: string): FastifyServerOptions['logger'] {
  return { level, redact: REDACTION }
}

type LevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace'

/**
 * request.log, made real only when something is logged through it. Fastify makes a pino child per
 * request for its reqId binding, and with redaction on, that child costs more than the access line;
 * on the happy path nothing logs through request.log (the access line has its own logger), so most
 * requests never need one.
 */
class RequestLogger {
  #real: FastifyBaseLogger | undefined

  constructor (
    private readonly parent: FastifyBaseLogger,
    private readonly childBindings: Bindings,
    private readonly options: ChildLoggerOptions
  ) {}

  private get real (): FastifyBaseLogger {
    this.#real ??= this.parent.child(this.childBindings, this.options)
    return this.#real
  }

  get level (): string { return this.#real?.level ?? this.options.level ?? this.parent.level }
  set level (level: string) { this.real.level = level }
  child (bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger { return this.real.child(bindings, options) }
  // pino's silent level writes nothing: no logger needs making for it.
  silent (): void {}
  fatal (...args: unknown[]): void { this.log('fatal', args) }
  error (...args: unknown[]): void { this.log('error', args) }
  warn (...args: unknown[]): void { this.log('warn', args) }
  info (...args: unknown[]): void { this.log('info', args) }
  debug (...args: unknown[]): void { this.log('debug', args) }
  trace (...args: unknown[]): void { this.log('trace', args) }

  private log (level: LevelName, args: unknown[]): void {
    (this.real[level] as (...a: unknown[]) => void)(...args)
  }
}

/** Fastify's childLoggerFactory: request loggers made on first use (see RequestLogger). */
export function lazyRequestLogger (logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new RequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger
}
