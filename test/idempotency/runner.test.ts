import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import t from 'tap'
import type { Effects } from '../../src/audit/effects.js'
import { GatewayError } from '../../src/errors.js'
import { runKeyed, storedRefusal, type KeyedCall } from '../../src/idempotency/runner.js'
import type { LeanRequest, LeanResponse } from '../../src/lean/client.js'
import { LeanHttpError, LeanTimeoutError } from '../../src/lean/errors.js'
import { createStore } from '../../src/store/index.js'
import type { AuditDraft, Store } from '../../src/store/types.js'

/**
 * The runner's decisions, one at a time, on the real embedded store: what reaches Lean, what the
 * key holds afterwards, what the audit trail says. Lean is a function here; the end-to-end tests
 * (payouts.test.ts) send the same through the emulator.
 */

const dir = mkdtempSync(join(tmpdir(), 'gw-runner-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
let store: Store
t.before(async () => { store = await createStore({ dataDir: dir }); await store.migrate() })
t.teardown(async () => { await store.close() })

const audit = (event: AuditDraft['event'], outcome: string, detail?: string): AuditDraft[] =>
  [{ tenantId: 'acme', caller: 'svc', requestId: 'r', operation: 'createPayment', event, outcome, ...(detail !== undefined && { detail }) }]
const effects: Effects = {
  requested: (previous) => audit('payout.requested', 'pending', previous),
  succeeded: () => ({ objects: [], audit: audit('payout.created', 'created') }),
  refused: (err) => audit('payout.refused', `lean_${err.status}`),
  notOwned: () => [],
  failed: () => audit('payout.failed', 'failed')
}

const ok: LeanResponse = { status: 201, contentType: 'application/json', correlationId: 'c', retryAfter: undefined, body: Buffer.from('{"payment_id":"p-1"}') }

/** A Lean that answers from a script, counting what reached it. */
function scriptedLean (...answers: Array<LeanResponse | Error>) {
  const sent: LeanRequest[] = []
  return {
    sent,
    request: async (req: LeanRequest): Promise<LeanResponse> => {
      sent.push(req)
      const next = answers.shift()
      if (next === undefined) throw new Error('Lean was called more often than scripted')
      if (next instanceof Error) throw next
      return next
    }
  }
}

function counters () {
  const seen: string[] = []
  return { seen, unknownOutcomes: { inc: ({ stage }: { stage: string }) => { seen.push(`unknown:${stage}`) } }, lateStoreFailures: { inc: ({ operation }: { operation: string }) => { seen.push(`late:${operation}`) } } }
}

let keys = 0
function call (lean: KeyedCall['lean'], over: Partial<KeyedCall> = {}, key = `k-${++keys}`): KeyedCall {
  return {
    claim: { tenantId: 'acme', principal: 'svc', key, fingerprint: 'f-1', operation: 'createPayment', leaseMs: 30_000, ttlMs: 3_600_000 },
    store,
    effects,
    lean,
    request: { operation: 'createPayment', method: 'POST', path: '/payouts/v1/payment', body: '{}' },
    requestId: 'req-1',
    log: pino({ level: 'silent' }),
    metrics: counters(),
    ...over
  }
}

t.test("a success is stored; the same key answers Lean's bytes again without calling Lean", async (t) => {
  const lean = scriptedLean(ok)
  const first = await runKeyed(call(lean, {}, 'once'))
  t.same(first, { replayed: false, response: ok, earlyEvents: false }, 'no payout webhooks came first')
  const again = await runKeyed(call(lean, {}, 'once'))
  t.equal(again.replayed, true)
  t.same(again.response, { status: 201, contentType: 'application/json', body: ok.body })
  t.equal(lean.sent.length, 1, 'Lean saw one request')
})

t.test("a settled refusal is the key's answer: replayed as the problem the first caller saw", async (t) => {
  const refusal = new LeanHttpError('createPayment', 400, Buffer.from('{"status":"INVALID_IBAN","message":"bad IBAN"}'), undefined, undefined)
  const lean = scriptedLean(refusal)
  await t.rejects(runKeyed(call(lean, {}, 'refused')), refusal, "the caller gets Lean's refusal")
  const replay = await runKeyed(call(lean, { requestId: 'req-2' }, 'refused'))
  t.equal(replay.replayed, true)
  t.same(replay.response, storedRefusal(refusal, 'req-1'), 'the first request id, the same bytes')
  t.match(JSON.parse(replay.response.body.toString()), { status: 400, code: 'upstream-rejected', detail: 'bad IBAN', leanStatus: 'INVALID_IBAN', requestId: 'req-1' })
  t.equal(lean.sent.length, 1)
})

t.test('an unknown outcome frees the key, is counted, and the next attempt resolves it', async (t) => {
  const lean = scriptedLean(new LeanTimeoutError('no answer', 'createPayment'), ok)
  const first = counters()
  await t.rejects(runKeyed(call(lean, { metrics: first }, 'unknown')), LeanTimeoutError)
  t.same(first.seen, ['unknown:recorded'])
  const second = counters()
  const retried = await runKeyed(call(lean, { metrics: second }, 'unknown'))
  t.equal(retried.replayed, false)
  t.same(second.seen, ['unknown:resolved'])
  t.equal(lean.sent.length, 2, 'sent again, with the same forwarded key, for Lean to deduplicate')
  const requested = (await store.listAudit({ tenantId: 'acme', limit: 100 })).filter((e) => e.event === 'payout.requested' && e.detail === 'unknown:timeout')
  t.equal(requested.length, 1, 'the second attempt is audited as resolving the first')
})

t.test('a refusal that settles nothing (429) frees the key without counting an unknown outcome', async (t) => {
  const lean = scriptedLean(new LeanHttpError('createPayment', 429, Buffer.from('{}'), undefined, '3'), ok)
  const m = counters()
  await t.rejects(runKeyed(call(lean, { metrics: m }, 'limited')), LeanHttpError)
  t.same(m.seen, [])
  t.equal((await runKeyed(call(lean, {}, 'limited'))).replayed, false, 'the retry goes to Lean')
})

t.test('another body under the same key, or the key still in flight, never reaches Lean', async (t) => {
  const lean = scriptedLean(ok)
  await runKeyed(call(lean, {}, 'mine'))
  const other = call(lean, {}, 'mine')
  other.claim.fingerprint = 'f-2'
  await t.rejects(runKeyed(other), new GatewayError(422, 'idempotency-key-reused', 'This Idempotency-Key was used with a different request'))

  let release!: () => void
  const slow = { request: async (): Promise<LeanResponse> => { await new Promise<void>((resolve) => { release = resolve }); return ok } }
  const holder = runKeyed(call(slow, {}, 'busy'))
  await new Promise((resolve) => setImmediate(resolve))
  const err = await runKeyed(call(lean, {}, 'busy')).catch((e: unknown) => e) as GatewayError
  t.equal(err.code, 'idempotency-key-in-flight')
  t.match(err.headers['retry-after'], /^[1-5]$/)
  release()
  await holder
  t.equal(lean.sent.length, 1)
})

t.test("a store that fails after Lean acted: the caller still gets Lean's answer, and it is counted", async (t) => {
  const lean = scriptedLean(ok)
  const m = counters()
  const failing: Store = { ...store, complete: async () => { throw new Error('disk full') } }
  const res = await runKeyed(call(lean, { store: failing, metrics: m }, 'late'))
  t.same(res, { replayed: false, response: ok, earlyEvents: true }, 'the store could not say: early webhooks are looked for')
  t.same(m.seen, ['late:createPayment'])
})
