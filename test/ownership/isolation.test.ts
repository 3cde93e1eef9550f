import { randomUUID } from 'node:crypto'
import fc from 'fast-check'
import t from 'tap'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, sha256, startGateway, tenantsFile } from '../helpers/gateway.js'
import { startIssuer, type Issuer } from '../helpers/jwt.js'
import { WIRES, type WireFixture } from '../helpers/wire.js'
import { generateEntity } from '../../src/emulator/fixtures.js'
import { clientKeyOf } from '../../src/ownership/guard.js'

/**
 * Tenant isolation as a property (issue 21): for random sequences of operations by two tenants on
 * one Lean client, with their services and app users (create destinations and payouts, read, list,
 * connect banks, read bank data), no answer to one caller ever carries an id, entity or IBAN that
 * belongs to another tenant, or, for an app user, to another user. ISOLATION_RUNS sequences per
 * wire (npm test: 150; npm run fuzz: 2500).
 */
const RUNS = Number(process.env.ISOLATION_RUNS ?? 150)
const INITECH_KEY = 'initech-isolation-key-0042'
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi
const IBANS = /\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b/g

interface Actor { name: string; tenant: 'acme' | 'initech'; requester: string; sub?: string }
const ACTORS: Actor[] = [
  { name: 'acme service', tenant: 'acme', requester: 'acme-all' },
  { name: 'acme user u1', tenant: 'acme', requester: 'jwt:u1', sub: 'u1' },
  { name: 'acme user u2', tenant: 'acme', requester: 'jwt:u2', sub: 'u2' },
  { name: 'initech service', tenant: 'initech', requester: 'initech-all' },
  { name: 'initech user v1', tenant: 'initech', requester: 'jwt:v1', sub: 'v1' }
]

/** Whose a token is: its tenant, and (for objects and connected banks) who in it made it. */
interface Owner { tenant: string; creator?: string }

/** A leak: the token's owner is not the caller's tenant, or (for an app user) not its own user. */
const leaks = (owner: Owner, actor: Actor): boolean =>
  owner.tenant !== actor.tenant || (actor.sub !== undefined && owner.creator !== undefined && owner.creator !== actor.requester)

type Op =
  | { kind: 'destination'; actor: number }
  | { kind: 'payout'; actor: number; destination: number }
  | { kind: 'read'; actor: number; what: 'payout' | 'intent' | 'destination' | 'history'; index: number }
  | { kind: 'list'; actor: number; what: 'payouts' | 'destinations' }
  | { kind: 'data'; actor: number; entity: number; named: boolean }
  | { kind: 'connect'; actor: number }

const actorArb = fc.nat({ max: ACTORS.length - 1 })
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('destination' as const), actor: actorArb }),
  fc.record({ kind: fc.constant('payout' as const), actor: actorArb, destination: fc.nat() }),
  fc.record({ kind: fc.constant('read' as const), actor: actorArb, what: fc.constantFrom('payout' as const, 'intent' as const, 'destination' as const, 'history' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('list' as const), actor: actorArb, what: fc.constantFrom('payouts' as const, 'destinations' as const) }),
  fc.record({ kind: fc.constant('data' as const), actor: actorArb, entity: fc.nat(), named: fc.boolean() }),
  fc.record({ kind: fc.constant('connect' as const), actor: actorArb })
)

async function world (t: { teardown: (fn: () => unknown) => void }, wire: WireFixture, issuer: Issuer) {
  const emulator = await startEmulator(t, { wire: wire.name })
  const file = tenantsFile(emulator, { jwks: issuer.jwksUrl, wire: wire.name }) as { tenants: Array<Record<string, any>> }
  const appScopes = ['data:read', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write']
  // acme's app users carry their entity in a claim; initech's use the banks they connected.
  file.tenants[0]!.jwt.scopes = appScopes
  file.tenants.push({
    id: 'initech',
    lean: { ...file.tenants[0]!.lean },
    apiKeys: [{ id: 'initech-all', sha256: sha256(INITECH_KEY), scopes: ['data:read', 'payouts:read', 'payouts:write', 'destinations:read', 'destinations:write'] }],
    jwt: { issuer: 'https://idp.initech.test/', audience: 'initech-mobile', jwksUrl: issuer.jwksUrl, scopes: appScopes }
  })
  const { app } = await startGateway(t, emulator, { file })
  const clientKey = clientKeyOf(app.directory.tenants.get('acme')!)
  const owners = new Map<string, Owner>()
  const own = (token: string, owner: Owner): void => {
    const known = owners.get(token.toLowerCase())
    // A token two owners share (an emulator fixture) proves nothing either way.
    if (known !== undefined && (known.tenant !== owner.tenant || known.creator !== owner.creator)) owners.set(token.toLowerCase(), { tenant: '*ambiguous*' })
    else owners.set(token.toLowerCase(), owner)
  }
  const entities: string[] = []
  const tokenCache = new Map<string, string>()

  /** An entity of the Lean client, bound as entity.created or an operator would bind it; its bank data is its owner's. */
  async function addEntity (owner: Owner | undefined, entityId = randomUUID()): Promise<void> {
    const res = await fetch(`${emulator.url}/__emulator/entities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: 'client-a', entityId }) })
    if (res.status !== 201 && !(await res.text()).includes(entityId)) throw new Error(`emulator refused entity ${entityId}`)
    entities.push(entityId)
    const who = owner ?? { tenant: '*nobody*' }
    if (owner !== undefined) {
      await app.store.events.bind([{ clientKey, entityId, tenantId: owner.tenant, ...(owner.creator?.startsWith('jwt:') === true && { userId: owner.creator.slice(4) }), createdAt: new Date().toISOString() }])
    }
    own(entityId, who)
    for (const account of generateEntity(entityId).accounts) {
      own(account.account_id, who)
      own(String(account.iban), who)
    }
  }
  await addEntity({ tenant: 'acme' }, ENTITY_A)
  await addEntity({ tenant: 'initech' })
  await addEntity(undefined)

  async function headersOf (actor: Actor, entity?: string): Promise<Record<string, string>> {
    if (actor.sub === undefined) return { 'x-api-key': actor.tenant === 'acme' ? KEYS.all : INITECH_KEY }
    const claim = actor.tenant === 'acme' ? entity ?? ENTITY_A : ''
    const cacheKey = `${actor.requester}/${claim}`
    let token = tokenCache.get(cacheKey)
    if (token === undefined) {
      token = actor.tenant === 'acme'
        ? await issuer.sign({ sub: actor.sub, lean_entity_id: claim }, { expiresIn: '1h' })
        : await issuer.sign({ sub: actor.sub }, { issuer: 'https://idp.initech.test/', audience: 'initech-mobile', expiresIn: '1h' })
      tokenCache.set(cacheKey, token)
    }
    return { authorization: `Bearer ${token}` }
  }

  const destinations: string[] = []
  const payouts: Array<{ id?: string; intent?: string }> = []
  const pick = <T>(list: T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length])

  async function run (op: Op): Promise<{ actor: Actor; status: number; body: string }> {
    const actor = ACTORS[op.actor]!
    const json = { 'content-type': 'application/json' }
    const ask = async (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) => {
      const res = await app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) })
      return { actor, status: res.statusCode, body: res.body }
    }
    switch (op.kind) {
      case 'destination': {
        const iban = `AE07${String(Math.floor(Math.random() * 1e15)).padStart(15, '0')}123456`
        const body = wire.name === 'seeds' ? { beneficiary_name: 'Someone', iban } : [{ name: 'Someone', iban }]
        const res = await ask('POST', '/payouts/v1/payment/destinations', { ...(await headersOf(actor)), ...json }, body)
        if (res.status < 300) {
          const parsed = JSON.parse(res.body)
          const id = String(wire.name === 'seeds' ? parsed.id : parsed[0].destination_id)
          destinations.push(id)
          own(id, { tenant: actor.tenant, creator: actor.requester })
          own(iban, { tenant: actor.tenant, creator: actor.requester })
        }
        return res
      }
      case 'payout': {
        const destination = pick(destinations, op.destination) ?? randomUUID()
        const res = await ask('POST', '/payouts/v1/payment', { ...(await headersOf(actor)), ...json, 'idempotency-key': randomUUID() }, wire.payout(destination, 10))
        if (res.status < 300) {
          const parsed = JSON.parse(res.body)
          const payout = wire.name === 'seeds' ? { id: String(parsed.id), intent: String(parsed.payment_intent_id) } : { intent: wire.payoutLeanId(parsed) }
          payouts.push(payout)
          for (const id of [payout.id, payout.intent]) if (id !== undefined) own(id, { tenant: actor.tenant, creator: actor.requester })
        }
        return res
      }
      case 'read': {
        const payout = pick(payouts, op.index)
        const id = op.what === 'destination' ? pick(destinations, op.index) : op.what === 'intent' ? payout?.intent : payout?.id ?? payout?.intent
        const path = { payout: `/payouts/v1/${id!}`, intent: `/payouts/v1/intents/${id!}`, destination: `/payouts/v1/payment/destinations/${id!}`, history: `/payouts/v1/payments/${id!}/history` }[op.what]
        if (id === undefined) return { actor, status: 0, body: '' }
        return await ask('GET', path, await headersOf(actor))
      }
      case 'list':
        return await ask('GET', op.what === 'payouts' ? '/payouts/v1/payments' : '/payouts/v1/payment/destinations', await headersOf(actor))
      case 'data': {
        const entity = pick(entities, op.entity)!
        // Services always name the entity; acme's users carry it in their token; initech's name it, or not.
        const named = actor.sub === undefined || actor.tenant === 'initech' ? op.named || actor.sub === undefined : false
        const url = wire.name === 'lean' && named ? `/data/v2/accounts?entity_id=${entity}` : '/data/v2/accounts'
        const headers = { ...(await headersOf(actor, entity)), ...(named && wire.name === 'seeds' && { entity_id: entity }) }
        return await ask('GET', url, headers)
      }
      case 'connect':
        await addEntity({ tenant: actor.tenant, ...(actor.sub !== undefined && { creator: actor.requester }) })
        return { actor, status: 0, body: '' }
    }
  }

  return { run, ownerOf: (token: string) => owners.get(token) }
}

/** What of another caller's an answer shows; empty when it shows nothing it should not. */
function leaked (answer: { actor: Actor; body: string }, owners: (token: string) => Owner | undefined): string[] {
  const tokens = [...answer.body.matchAll(UUIDS), ...answer.body.matchAll(IBANS)].map((m) => m[0].toLowerCase())
  return tokens.filter((token) => {
    const owner = owners(token)
    return owner !== undefined && owner.tenant !== '*ambiguous*' && leaks(owner, answer.actor)
  })
}

for (const wire of WIRES) {
  t.test(`${wire.name}: no answer ever carries another tenant's or another app user's id, entity or IBAN (${RUNS} sequences)`, async (t) => {
    const issuer = await startIssuer()
    t.teardown(() => issuer.close())
    const w = await world(t, wire, issuer)
    let answers = 0
    let served = 0
    await fc.assert(fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
      for (const op of ops) {
        const answer = await w.run(op)
        if (answer.status === 0) continue
        answers++
        if (answer.status < 300) served++
        const shown = leaked(answer, w.ownerOf)
        if (shown.length > 0) throw new Error(`${answer.actor.name} was shown ${shown.join(', ')} (${JSON.stringify(op)} → ${answer.status})`)
      }
    }), { numRuns: RUNS })
    t.ok(answers > RUNS, `${answers} answers checked`)
    t.ok(served > answers / 4, `${served} of them successes: the property was tested on real data, not only on refusals`)
  })
}
