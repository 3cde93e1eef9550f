import t from 'tap'
import { LeanCircuitOpenError, LeanConnectionError, LeanHttpError, LeanOverloadedError, LeanTimeoutError, LeanTokenError } from '../../src/lean/errors.js'
import {
  isAlreadyExists, isApplicationFailure, isRetryableRead, isTokenRejected, isUnknownOutcome, leanProblem, outcomeOf, outcomeOfStatus, recordedOutcome
} from '../../src/lean/outcome.js'

const lean = (status: number, body: unknown = {}, headers: { correlationId?: string; retryAfter?: string } = {}): LeanHttpError =>
  new LeanHttpError('createPayment', status, Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)), headers.correlationId, headers.retryAfter)

t.test("Lean's statuses: settled, refused without acting, or unknown", async (t) => {
  for (const status of [400, 404, 410, 422]) t.same(outcomeOfStatus(status), { kind: 'settled', status }, `${status} stands`)
  for (const status of [401, 403, 408, 409, 429]) t.same(outcomeOfStatus(status), { kind: 'refused', status }, `${status} frees the key`)
  for (const status of [500, 502, 503, 504]) t.same(outcomeOfStatus(status), { kind: 'unknown', reason: `lean_${status}` }, `${status}: Lean may have acted`)
})

t.test("the client's failures: whether the request reached Lean", async (t) => {
  t.same(outcomeOf(new LeanTimeoutError('no answer', 'op')), { kind: 'unknown', reason: 'timeout' })
  t.same(outcomeOf(new LeanConnectionError('reset', 'op', true)), { kind: 'unknown', reason: 'connection_error' }, 'lost after sending')
  t.same(outcomeOf(new LeanConnectionError('refused', 'op', false)), { kind: 'not-sent', reason: 'connection_refused' })
  t.same(outcomeOf(new LeanOverloadedError('cap', 'op')), { kind: 'not-sent', reason: 'overloaded' })
  t.same(outcomeOf(new LeanCircuitOpenError('op', 7)), { kind: 'not-sent', reason: 'circuit_open' })
  t.same(outcomeOf(new LeanTokenError('no token', 503)), { kind: 'not-sent', reason: 'token_error' })
  t.same(outcomeOf(new Error('a bug')), { kind: 'unknown', reason: 'gateway_error' }, 'anything unexpected may have acted')
})

t.test('what an unsettled attempt leaves on its key, and which of those a retry must resolve', async (t) => {
  t.equal(recordedOutcome({ kind: 'refused', status: 429 }), 'lean_429')
  t.equal(recordedOutcome({ kind: 'unknown', reason: 'timeout' }), 'unknown:timeout')
  t.equal(recordedOutcome({ kind: 'not-sent', reason: 'overloaded' }), 'not_sent:overloaded')
  t.ok(isUnknownOutcome('unknown:timeout'))
  t.ok(isUnknownOutcome('lease_expired'), 'a holder that vanished may have reached Lean')
  t.notOk(isUnknownOutcome('not_sent:overloaded'))
  t.notOk(isUnknownOutcome('lean_429'))
  t.notOk(isUnknownOutcome(undefined))
})

t.test('the breaker counts Lean failing, never Lean refusing', async (t) => {
  t.ok(isApplicationFailure(lean(503)))
  t.notOk(isApplicationFailure(lean(400)))
  t.ok(isApplicationFailure(new LeanTimeoutError('x', 'op')))
  t.ok(isApplicationFailure(new LeanConnectionError('x', 'op', false)))
  t.ok(isApplicationFailure(new LeanTokenError('x', undefined)), 'token endpoint unreachable')
  t.ok(isApplicationFailure(new LeanTokenError('x', 500)))
  t.notOk(isApplicationFailure(new LeanTokenError('x', 401)), 'wrong secret: Lean is up')
  t.notOk(isApplicationFailure(new LeanOverloadedError('x', 'op')), "the gateway's own cap")
  t.ok(isApplicationFailure({ status: 502 }), 'an answer, as the client sees it')
  t.notOk(isApplicationFailure({ status: 200 }))
})

t.test('reads are retried on a failed hop or no connection; a fresh token is tried once on 401', async (t) => {
  t.ok(isRetryableRead({ status: 502 }))
  t.ok(isRetryableRead({ status: 503 }))
  t.notOk(isRetryableRead({ status: 500 }), 'Lean itself failed: not retried')
  t.ok(isRetryableRead(new LeanConnectionError('x', 'op', true)))
  t.ok(isTokenRejected(401))
  t.notOk(isTokenRejected(403))
  t.ok(isAlreadyExists(lean(409, { status: 'CUSTOMER_ALREADY_EXISTS' }), 'CUSTOMER_ALREADY_EXISTS'))
  t.notOk(isAlreadyExists(lean(409, { status: 'OTHER' }), 'CUSTOMER_ALREADY_EXISTS'))
  t.notOk(isAlreadyExists(lean(400, { status: 'CUSTOMER_ALREADY_EXISTS' }), 'CUSTOMER_ALREADY_EXISTS'))
})

t.test("what the caller is told: Lean's own refusal, or that Lean is unavailable", async (t) => {
  const rejected = leanProblem(lean(400, { status: 'INVALID_IBAN', message: 'IBAN is not valid' }, { correlationId: 'c-1' }))!
  t.match(rejected.toProblem(), { status: 400, code: 'upstream-rejected', detail: 'IBAN is not valid', leanStatus: 'INVALID_IBAN' })
  t.same(rejected.headers, { 'lean-correlation-id': 'c-1' })
  t.match(leanProblem(lean(404, 'not json'))!.toProblem(), { status: 404, code: 'upstream-rejected', detail: 'Lean answered 404' })

  const limited = leanProblem(lean(429, { message: 'slow down' }, { retryAfter: '30' }))!
  t.match(limited.toProblem(), { status: 429, code: 'upstream-rate-limited', detail: 'slow down' })
  t.equal(limited.headers['retry-after'], '30')
  t.equal(leanProblem(lean(429, {}, { retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }))!.headers['retry-after'], '1', 'only delta-seconds are passed on')

  t.match(leanProblem(lean(401))!.toProblem(), { status: 502, code: 'upstream-unavailable', detail: 'Lean rejected the gateway credentials' }, "the gateway's credentials, not the caller's")
  t.match(leanProblem(lean(500, { message: 'internal detail' }))!.toProblem(), { status: 502, code: 'upstream-unavailable', detail: 'Lean answered 500' }, "never Lean's 5xx or its message")

  t.match(leanProblem(new LeanTimeoutError('Lean did not answer createPayment in 30000 ms', 'op'))!.toProblem(), { status: 504, code: 'upstream-timeout' })
  t.match(leanProblem(new LeanOverloadedError('cap', 'op'))!.headers, { 'retry-after': '1' })
  t.equal(leanProblem(new LeanOverloadedError('cap', 'op'))!.statusCode, 503)
  const open = leanProblem(new LeanCircuitOpenError('op', 12))!
  t.equal(open.statusCode, 503)
  t.equal(open.headers['retry-after'], '12')
  t.match(leanProblem(new LeanConnectionError('x', 'op', false))!.message, /^Could not reach Lean$/)
  t.match(leanProblem(new LeanConnectionError('x', 'op', false, { tls: true }))!.message, 'the TLS connection to Lean failed')
  t.match(leanProblem(new LeanTokenError('x', undefined, { tls: true }))!.message, /^Could not obtain a Lean token: the TLS connection/)
  t.equal(leanProblem(new Error('not Lean')), undefined, "anything else is the error handler's")
})
