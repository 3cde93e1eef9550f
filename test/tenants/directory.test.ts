import t from 'tap'
import type { GatewayConfig } from '../../src/config/types.js'
import type { Store } from '../../src/store/types.js'
import type { Caller } from '../../src/tenants/caller.js'
import { TenantDirectory } from '../../src/tenants/directory.js'

const config = { tenants: [] } as unknown as GatewayConfig
const directory = (generation = 1): TenantDirectory => new TenantDirectory(config, generation, {} as Store, () => { throw new Error('no key sets here') })
const caller = (id: string): Caller => ({ id, kind: 'jwt' } as unknown as Caller)
const sleep = async (ms: number): Promise<void> => { await new Promise((resolve) => setTimeout(resolve, ms)) }

t.test('a connection\'s bearer header is its verified caller again, and only while the token lives', async (t) => {
  const d = directory()
  const connection = {}
  const other = {}
  d.rememberVerified('tok-a', caller('a'), Date.now() + 60_000)
  d.rememberVerified('tok-b', caller('b'), Date.now() + 60_000)
  t.equal(d.verifiedBearer(connection, 'Bearer tok-a')?.id, 'a')
  t.equal(d.verifiedBearer(connection, 'Bearer tok-a')?.id, 'a', 'again, from the connection\'s last header')
  t.equal(d.verifiedBearer(connection, 'Bearer tok-b')?.id, 'b', 'another token on the same connection is its own caller')
  t.equal(d.verifiedBearer(other, 'Bearer tok-a')?.id, 'a', 'another connection finds the token in the directory')
  t.equal(d.verifiedBearer(connection, 'Bearer tok-c'), undefined, 'a token never verified is not found')
  t.equal(d.verifiedBearer(connection, 'bearer tok-a'), undefined, 'any other form is read in full by the caller')
  t.equal(d.verifiedBearer(connection, 'Bearer tok-a '), undefined)
  t.equal(directory(2).verifiedBearer(connection, 'Bearer tok-a'), undefined, 'a reloaded directory knows nothing of the old one\'s tokens')

  d.rememberVerified('tok-short', caller('s'), Date.now() + 40)
  t.equal(d.verifiedBearer(connection, 'Bearer tok-short')?.id, 's')
  await sleep(60)
  t.equal(d.verifiedBearer(connection, 'Bearer tok-short'), undefined, 'expired: not from the connection\'s entry')
  t.equal(d.verifiedCaller('tok-short'), undefined, 'nor from the directory')
})
