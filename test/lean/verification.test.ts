import t from 'tap'
import { mayCreate, verdictOf } from '../../src/lean/verification.js'

t.test("Lean's account verification answers, read as a verdict", async (t) => {
  t.same(verdictOf({ account_ownership_verified: true, score: 1 }), { verdict: 'match', score: 1 })
  t.same(verdictOf({ iban_ownership_verified: true }), { verdict: 'match', score: undefined }, "the older UAE API's field")
  t.same(verdictOf({ account_ownership_verified: false, matching: 'partial', score: 0.82 }), { verdict: 'partial', score: 0.82 })
  t.same(verdictOf({ account_ownership_verified: false, matching: 'PARTIAL' }), { verdict: 'partial', score: undefined }, 'however Lean cases it')
  t.same(verdictOf({ account_ownership_verified: false, matching: 'none', score: 0.3 }), { verdict: 'no_match', score: 0.3 })
  t.same(verdictOf({ account_ownership_verified: false }), { verdict: 'no_match', score: undefined }, 'false without a partial match is no match')
  for (const answer of [undefined, null, 'yes', [], {}, { account_ownership_verified: 'true' }, { verified: true }]) {
    t.equal(verdictOf(answer), undefined, `no verdict in ${JSON.stringify(answer)}`)
  }
})

t.test('what may be created: a match; a partial match only if the tenant accepts one; never no match', async (t) => {
  t.ok(mayCreate('match', false))
  t.notOk(mayCreate('partial', false))
  t.ok(mayCreate('partial', true))
  t.notOk(mayCreate('no_match', true))
})
