import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { addFault, ENTITY_A, revokeTokens, startEmulator, upstreamRequests } from './helpers/emulator.js'
import { KEYS, startGateway, TEST_ENV } from './helpers/gateway.js'
import { startIssuer } from './helpers/jwt.js'
import fc from 'fast-check'
import { LineBatch, logDestination, redactedUrl } from '../src/logger.js'

t.test('no secret, token, key or JWT is ever logged, even at trace level', async (t) => {
  const emulator = await startEmulator(t)
  const issuer = await startIssuer()
  t.teardown(() => issuer.close())
  const { app, logs } = await startGateway(t, emulator, { jwks: issuer.jwksUrl, level: 'trace' })
  const jwt = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A })
  const expired = await issuer.sign({ sub: 'user-1', lean_entity_id: ENTITY_A }, { expiresIn: Math.floor(Date.now() / 1000) - 600 })
  const cookie = 'session=s3cr3t-cookie-value'

  const calls = [
    { url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A, cookie } },
    { url: '/data/v2/accounts', headers: { authorization: `Bearer ${jwt}`, cookie } },
    { url: '/data/v2/accounts', headers: { authorization: `Bearer ${expired}` } },
    { url: '/data/v2/accounts', headers: { 'x-api-key': `${KEYS.all}-wrong` } },
    { url: '/payouts/v1/payments', headers: { 'x-api-key': KEYS.dataOnly } }
  ]
  for (const call of calls) await app.inject(call)
  await revokeTokens(emulator)
  await app.inject({ url: '/data/v2/identity', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await addFault(emulator, { path: '/data/v2/identity', status: 500, times: 1 })
  await app.inject({ url: '/data/v2/identity', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await addFault(emulator, { path: '/oauth2/token', status: 401, body: { error: 'invalid_client', echoed: TEST_ENV.TEST_LEAN_SECRET_A }, times: 1 })
  await revokeTokens(emulator)
  await app.inject({ url: '/data/v2/identity', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  await app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'idempotency-key': 'log-1', 'content-type': 'application/json' }, payload: { amount: 1, currency: 'AED', destination_id: ENTITY_A } })

  const leanTokens = (await upstreamRequests(emulator, { tokens: false }))
    .map((r) => String(r.headers.authorization ?? '').replace(/^Bearer /, ''))
    .filter((token) => token !== '')
  t.ok(leanTokens.length >= 3, 'several Lean tokens were in use')
  const text = logs()
  t.ok(text.length > 1000, 'the gateway did log')
  t.match(text, /"reqId"/, 'log lines carry the request id')
  const access = text.split('\n').filter((line) => line.includes('"request completed"')).map((line) => JSON.parse(line) as Record<string, unknown>)
  t.equal(access.length, calls.length + 4, 'one access line per request')
  t.match(access[0], { reqId: String, method: 'GET', url: '/data/v2/accounts', route: '/data/v2/accounts', status: 200, ms: Number, tenant: 'acme', caller: String })
  t.match(access[3], { status: 401, url: '/data/v2/accounts' }, 'refused requests are logged too')
  const secrets: Record<string, string> = {
    ...KEYS,
    clientSecretA: TEST_ENV.TEST_LEAN_SECRET_A,
    clientSecretB: 'secret-b-0123456789',
    jwt,
    expired,
    cookie: 's3cr3t-cookie-value'
  }
  leanTokens.forEach((token, i) => { secrets[`leanToken${i}`] = token })
  for (const [name, value] of Object.entries(secrets)) t.notOk(text.includes(value), `${name} not in the logs`)
  // Any fragment of a JWT (header.payload) would also be a leak.
  t.notOk(text.includes(jwt.split('.')[1]!), 'no JWT payload in the logs')
})

t.test('query secrets are redacted and Lean\'s answer bodies are never logged, in any encoding (issue 21, finding 7)', async (t) => {
  const emulator = await startEmulator(t)
  const { app, logs } = await startGateway(t, emulator, { level: 'trace' })
  await app.inject({ url: `/data/v2/accounts?api_key=${KEYS.all}&Access%5FToken=tok-3f9a&page=2&SIGNATURE=sig-77&x=${encodeURIComponent('a b')}`, headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  const name = 'Fatima Al Zahra'
  const iban = 'AE460260001015555555555'
  await addFault(emulator, { path: '/data/v2/identity', status: 500, body: { status: 'INTERNAL_ERROR', message: 'upstream', customer: { name, iban } }, times: 3 })
  const failed = await app.inject({ url: '/data/v2/identity', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })
  t.equal(failed.statusCode, 502)

  const text = logs()
  for (const secret of [KEYS.all, 'tok-3f9a', 'sig-77']) t.notOk(text.includes(secret), `${secret.slice(0, 8)}… is not in the log`)
  const access = text.split('\n').filter((line) => line.includes('"request completed"')).map((line) => JSON.parse(line) as { url: string })
  t.equal(access[0]!.url, '/data/v2/accounts?api_key=[redacted]&Access%5FToken=[redacted]&page=2&SIGNATURE=[redacted]&x=a%20b', 'only the secret values are blanked')
  const bytes = [...Buffer.from(iban)].join(',')
  for (const [what, form] of [['the name', name], ['the IBAN', iban], ['its bytes as numbers', bytes], ['its base64', Buffer.from(iban).toString('base64')], ['its hex', Buffer.from(iban).toString('hex')]]) {
    t.notOk(text.includes(form!), `${what} from Lean's body is not in the log`)
  }
  t.notMatch(text, /"type":"Buffer"/, 'no Buffer serialized')
  const failure = text.split('\n').find((line) => line.includes('"request failed"'))
  t.ok(failure !== undefined, 'the failure is logged')
  t.match(JSON.parse(failure!), { err: { leanStatus: 500, leanCode: 'INTERNAL_ERROR' } }, 'with Lean\'s status and code instead')
})

t.test('log lines reach stdout in batches of UTF-8: handed over when the next might not fit, on a timer, or when flushed; silenced, nothing more', async (t) => {
  const written: string[] = []
  let flushed = 0
  const out = { write: (b: Buffer) => { written.push(b.toString('utf8')); return true }, flush: (cb: () => void) => { flushed++; cb() }, flushSync: () => { flushed++ }, end: () => {} }
  const batch = new LineBatch(out, 48, 30)
  for (const line of ['{"a":1}\n', '{"b":2}\n', '{"c":3}\n', '{"d":4}\n']) batch.write(line)
  t.same(written, [], 'room left: held')
  batch.write('{"e":5}\n')
  t.same(written, ['{"a":1}\n{"b":2}\n{"c":3}\n{"d":4}\n'], 'a line that might not fit: what is held goes first, in one write, in order')
  batch.write('{"é":"ü"}\n')
  batch.write('x'.repeat(40) + '\n')
  t.same(written.slice(1), ['{"e":5}\n{"é":"ü"}\n', 'x'.repeat(40) + '\n'], 'UTF-8 kept whole; a line longer than a batch goes on its own')
  batch.write('{"f":6}\n')
  await new Promise((resolve) => setTimeout(resolve, 80))
  t.same(written.at(-1), '{"f":6}\n', 'a quiet logger\'s line is written on the timer')
  batch.write('{"g":7}\n')
  batch.flushSync()
  t.same([written.at(-1), flushed], ['{"g":7}\n', 1], 'flushSync (at exit) hands over what is held first')
  batch.write('{"h":8}\n')
  await new Promise<void>((resolve) => { batch.flush(() => resolve()) })
  t.same([written.at(-1), flushed], ['{"h":8}\n', 2])
  batch.silence()
  batch.write('{"i":9}\n')
  batch.flushSync()
  out.write(Buffer.from('{"j":10}\n'))
  t.equal(written.at(-1), '{"h":8}\n', 'silenced: neither the batch nor the stream below writes again')
})

t.test('redactedUrl: the shortcut for a query with nothing secret in it answers as reading every name would', async (t) => {
  // The rule, pair by pair, without the shortcut: a name that decodes to a secret's name loses its value.
  const byEveryName = (url: string): string => {
    const q = url.indexOf('?')
    if (q < 0) return url
    const pairs = url.slice(q + 1).split('&').map((pair) => {
      const name = pair.split('=')[0]!
      let decoded = name
      try { decoded = decodeURIComponent(name.replace(/\+/g, ' ')) } catch {}
      return /key|token|secret|password|signature/i.test(decoded) ? `${name}=[redacted]` : pair
    })
    return pairs.join('&') === url.slice(q + 1) ? url : `${url.slice(0, q)}?${pairs.join('&')}`
  }
  const piece = fc.oneof(fc.constantFrom('key', 'Token', 'SECRET', 'pass', 'word', 'sig', 'nature', '%6B', '%65y', '%5F', '+', '%', 'page', 'a', '=', '2026-11-01'), fc.string({ maxLength: 3 }))
  const pair = fc.tuple(fc.array(piece, { maxLength: 4 }), fc.array(piece, { maxLength: 3 })).map(([n, v]) => `${n.join('')}=${v.join('')}`)
  fc.assert(fc.property(fc.array(pair, { minLength: 1, maxLength: 4 }), (pairs) => {
    const url = `/data/v2/accounts?${pairs.join('&')}`
    return redactedUrl(url) === byEveryName(url)
  }), { numRuns: 3000 })
  t.equal(redactedUrl('/data/v2/accounts/x/transactions?start_date=2026-11-01&end_date=2026-11-30'), '/data/v2/accounts/x/transactions?start_date=2026-11-01&end_date=2026-11-30', 'dates: as sent')
  t.equal(redactedUrl('/x?page=2&%74oken=abc'), '/x?page=2&%74oken=[redacted]', 'an encoded name is still read')
  t.equal(redactedUrl('/x?q=token&page=1'), '/x?q=token&page=1', 'a value that says token is not a name that does')
})

t.test('the log destination calls a flush back only once the batch handed to it is written', async (t) => {
  const file = join(mkdtempSync(join(tmpdir(), 'gw-log-')), 'out.log')
  const destination = logDestination(file)
  await new Promise<void>((resolve) => { (destination as unknown as { once: (e: string, f: () => void) => void }).once('ready', () => { resolve() }) })
  t.teardown(() => { destination.end() })
  const batch = new LineBatch(destination)
  const lines = Array.from({ length: 20_000 }, (_, i) => `{"line":${i},"msg":"${'x'.repeat(100)}"}\n`)
  for (const line of lines) batch.write(line)
  // What the file holds at the moment the flush calls back, not later: an exit may follow at once.
  const seen = await new Promise<string>((resolve) => { batch.flush(() => { resolve(readFileSync(file, 'utf8')) }) })
  const expected = lines.join('')
  t.equal(seen.length, expected.length, 'every byte is in the file when the flush calls back')
  t.ok(seen === expected, 'every line, in order')
})
