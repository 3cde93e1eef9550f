import t from 'tap'
import { BankLists, BANKS_TTL_MS, dropsBankLists, normalAccountTypes } from '../../src/lean/banks.js'
import { LeanError } from '../../src/lean/errors.js'
import type { LeanResponse } from '../../src/lean/client.js'

const answer = (text: string): LeanResponse => ({ status: 200, contentType: 'application/json', body: Buffer.from(text), correlationId: `corr-${text}`, retryAfter: undefined })

t.test('one Lean call per application and account types for five minutes, then Lean again', async (t) => {
  let now = 1_000_000
  const lists = new BankLists(() => now)
  let calls = 0
  const fetch = async () => { calls++; return answer(`[${calls}]`) }
  t.same((await lists.get('app-a', undefined, fetch)).list.body.toString(), '[1]')
  t.same((await lists.get('app-a', undefined, fetch)), { list: { status: 200, contentType: 'application/json', body: Buffer.from('[1]'), correlationId: 'corr-[1]', expiresAt: 1_000_000 + BANKS_TTL_MS }, fromLean: false }, 'kept, with when it expires')
  t.equal((await lists.get('app-a', 'CURRENT', fetch)).list.body.toString(), '[2]', 'other account types: another list')
  t.equal((await lists.get('app-b', undefined, fetch)).list.body.toString(), '[3]', 'another application: its own list')
  now += BANKS_TTL_MS - 1
  t.equal((await lists.get('app-a', undefined, fetch)).list.body.toString(), '[1]', 'still kept a millisecond before five minutes')
  now += 1
  const renewed = await lists.get('app-a', undefined, fetch)
  t.match(renewed, { fromLean: true }, 'after five minutes, from Lean')
  t.equal(renewed.list.body.toString(), '[4]')
  t.equal(calls, 4)
})

t.test('callers arriving while the list is fetched wait for that one call', async (t) => {
  const lists = new BankLists()
  let calls = 0
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => { release = resolve })
  const fetch = async () => { calls++; await gate; return answer('[]') }
  const all = Promise.all(Array.from({ length: 10 }, async () => await lists.get('app-a', undefined, fetch)))
  release()
  t.equal((await all).filter((r) => r.fromLean).length, 1)
  t.equal(calls, 1)
})

t.test("a failure is the caller's and is not kept", async (t) => {
  const lists = new BankLists()
  let calls = 0
  await t.rejects(lists.get('app-a', undefined, async () => { calls++; throw new LeanError('Lean is down', 'listBanks') }), LeanError)
  t.equal((await lists.get('app-a', undefined, async () => { calls++; return answer('[ok]') })).list.body.toString(), '[ok]', 'the next caller asks Lean again')
  t.equal(calls, 2)
})

t.test("Lean's news of a bank's availability drops the application's lists, even one being fetched", async (t) => {
  const lists = new BankLists()
  let calls = 0
  const fetch = async () => { calls++; return answer(`[${calls}]`) }
  await lists.get('app-a', undefined, fetch)
  await lists.get('app-a', 'CURRENT', fetch)
  await lists.get('app-b', undefined, fetch)
  lists.drop('app-a')
  t.equal((await lists.get('app-a', undefined, fetch)).list.body.toString(), '[4]', 'dropped')
  t.equal((await lists.get('app-a', 'CURRENT', fetch)).list.body.toString(), '[5]', 'every account-type list of it')
  t.equal((await lists.get('app-b', undefined, fetch)).list.body.toString(), '[3]', "another application's is kept")

  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => { release = resolve })
  lists.drop('app-a')
  const inFlight = lists.get('app-a', undefined, async () => { await gate; return answer('[before the news]') })
  lists.drop('app-a')
  release()
  t.equal((await inFlight).list.body.toString(), '[before the news]', 'the caller that asked gets it…')
  t.equal((await lists.get('app-a', undefined, async () => answer('[after]'))).list.body.toString(), '[after]', '…but it is not kept past the news')

  t.ok(dropsBankLists('bank.availability.updated'))
  t.ok(dropsBankLists('banks.availability.updated'), "as Lean's reference spells it too")
  t.notOk(dropsBankLists('payment.updated'))
})

t.test('account types are one list however they are written', async (t) => {
  t.equal(normalAccountTypes(undefined), undefined)
  t.equal(normalAccountTypes('SAVINGS,CURRENT,SAVINGS'), 'CURRENT,SAVINGS')
  t.equal(normalAccountTypes('CURRENT,SAVINGS'), 'CURRENT,SAVINGS')
})
