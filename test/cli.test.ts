import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { ENTITY_A, startEmulator } from './helpers/emulator.js'
import { sha256, startGateway, tenantsFile, TEST_ENV } from './helpers/gateway.js'
import { runNode } from './helpers/process.js'
import { runCli } from '../src/cli/program.js'
import { resolveConfig } from '../src/config/load.js'

/** The built CLI as an operator runs it: `node dist/cli.js …`, for what only a process shows (the bin, exit codes, two processes on one store). */
const bin = async (args: string[], env: Record<string, string> = {}): ReturnType<typeof runNode> => await runNode(['dist/cli.js', ...args], env)

/** The same commands in this process (runCli is all the bin runs), for the many cases of what they decide. */
async function cli (args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(args, { out: (text) => { out += text }, err: (text) => { err += text }, env: { PATH: process.env.PATH ?? '', ...env } })
  return { code, out, err }
}

const dir = mkdtempSync(join(tmpdir(), 'gw-cli-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

t.test('--help on every command', async (t) => {
  const top = await bin(['--help'])
  t.equal(top.code, 0, 'the bin answers --help with exit 0')
  for (const command of ['keys', 'config', 'entities']) t.match(top.out, command)
  for (const args of [['keys', 'new', '--help'], ['config', 'check', '--help'], ['entities', 'bind', '--help']]) {
    const res = await cli(args)
    t.equal(res.code, 0, args.join(' '))
    t.match(res.out, /Usage:/)
  }
  const unknown = await bin(['keys', 'old'])
  t.not(unknown.code, 0, 'an unknown command fails the process')
  t.match(unknown.err, "unknown command 'old'")
})

t.test('keys new prints a key once and the entry that makes it work', async (t) => {
  const res = await cli(['keys', 'new', '--tenant', 'acme', '--id', 'acme-reports', '--scopes', 'data:read,payouts:read'])
  t.equal(res.code, 0)
  const key = /API key \(shown once[^)]*\): (\S+)/.exec(res.out)![1]!
  const entry = JSON.parse(res.out.slice(res.out.indexOf('{'))) as { id: string; sha256: string; scopes: string[] }
  t.same(entry, { id: 'acme-reports', sha256: createHash('sha256').update(key).digest('hex'), scopes: ['data:read', 'payouts:read'] })
  const again = await cli(['keys', 'new', '--tenant', 'acme', '--id', 'acme-reports', '--scopes', 'data:read'])
  t.not(/: (\S+)/.exec(again.out)![1], key, 'a new key every time')

  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as { tenants: Array<{ apiKeys: unknown[] }> }
  file.tenants[0]!.apiKeys.push(entry)
  const { app } = await startGateway(t, emulator, { file })
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': key, entity_id: ENTITY_A } })).statusCode, 200, 'the printed key works with the printed entry')

  const bad = await cli(['keys', 'new', '--tenant', 'acme', '--id', 'k', '--scopes', 'data:read,money:print'])
  t.equal(bad.code, 1)
  t.match(bad.err, /--scopes: unknown scope money:print/)
  t.equal((await cli(['keys', 'new', '--tenant', 'acme', '--scopes', 'data:read'])).code, 1, 'a missing option fails')
})

t.test('config check validates exactly as start-up does', async (t) => {
  const emulator = await startEmulator(t)
  const good = join(dir, 'good.json')
  writeFileSync(good, JSON.stringify(tenantsFile(emulator)))
  const ok = await cli(['config', 'check', good], TEST_ENV)
  t.equal(ok.code, 0)
  t.match(ok.out, /valid \(2 tenants, wire seeds\)/)
  const missingEnv = await cli(['config', 'check', good])
  t.equal(missingEnv.code, 1, 'a secret from a missing environment variable')
  t.match(missingEnv.err, 'tenants[0].lean.clientSecret: environment variable TEST_LEAN_SECRET_A is not set')
  const badFile = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  badFile.tenants[1]!.rateLimit = { max: 0, timeWindowMs: 60_000 }
  const bad = join(dir, 'bad.json')
  writeFileSync(bad, JSON.stringify(badFile))
  const res = await cli(['config', 'check', bad], TEST_ENV)
  t.equal(res.code, 1)
  t.match(res.err, `${bad}: 1 problem:\n  tenants[1].rateLimit.max: must be >= 1 (got 0)`, 'the file it read, the field, the rule and the value')
  t.throws(() => resolveConfig(badFile, TEST_ENV), /tenants\[1\]\.rateLimit\.max/, 'the same verdict as the gateway\'s own validation')
})

t.test('config check lists every problem at once, with allowed values, never a secret', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>>; [k: string]: unknown }
  file.tenants[0]!.apiKeys[0].scopes = ['data:read', 'money:print']
  file.tenants[0]!.lean.timeoutMs = '60s'
  file.tenants[1]!.lean.clientSecret = { envv: 'NOPE' }
  file.tenants[1]!.lean.webhookSecret = 12345
  file.colour = 'blue'
  const path = join(dir, 'many.json')
  writeFileSync(path, JSON.stringify(file))
  const res = await cli(['config', 'check', path], TEST_ENV)
  t.equal(res.code, 1)
  t.match(res.err, `${path}: 5 problems:`)
  t.match(res.err, 'tenants[0].apiKeys[0].scopes[1]: must be one of data:read, data:refresh, payouts:read, payouts:write, destinations:read, destinations:write, audit:read, events:read, link:connect, payments:read, payments:write (got "money:print")')
  t.match(res.err, 'tenants[0].lean.timeoutMs: must be integer (got "60s")')
  t.match(res.err, 'tenants[1].lean.clientSecret: must be a string or { "env": "NAME" }')
  t.match(res.err, 'tenants[1].lean.webhookSecret: must be a string or { "env": "NAME" }')
  t.notMatch(res.err, '12345', 'a secret field never echoes its value')
  t.match(res.err, 'colour: unknown key')
  t.notMatch(res.err, 'invalid gateway config', 'said as problems of the file, once')

  // Semantic problems of several tenants come together too.
  const two = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  two.tenants[0]!.lean.apiUrl = 'ftp://lean.example'
  two.tenants[1]!.jwt = { issuer: 'i', audience: 'a', jwksUrl: 'https://idp.example/jwks', scopes: ['audit:read'] }
  writeFileSync(path, JSON.stringify(two))
  const both = await cli(['config', 'check', path], TEST_ENV)
  t.match(both.err, 'tenants[0].lean.apiUrl: must be an http(s) URL')
  t.match(both.err, "tenants[1].jwt.scopes[0]: audit:read is for the tenant's services")
})

t.test('config check --no-env checks a file whose secrets live elsewhere, like the shipped example', async (t) => {
  const shipped = await cli(['config', 'check', 'deploy/tenants.example.json'])
  t.equal(shipped.code, 1, 'its variables are not set here')
  t.match(shipped.err, 'environment variable')
  const structure = await cli(['config', 'check', '--no-env', 'deploy/tenants.example.json'])
  t.equal(structure.code, 0, structure.err)
  t.match(structure.out, /tenants\.example\.json: valid \(\d+ tenants?, wire \w+\); structure only, environment variables not read/)
  const missing = await cli(['config', 'check', join(dir, 'no-such.json')])
  t.match(missing.err, /no-such\.json: 1 problem:\n {2}\S*no-such\.json: cannot read \S*no-such\.json: ENOENT/, 'the file named as given, not as GATEWAY_CONFIG')
  t.notMatch(missing.err, 'GATEWAY_CONFIG')
})

t.test('a bad flag is a usage error, not a bad tenants file; --help answers without loading the gateway', async (t) => {
  const res = await bin(['keys', 'new', '--tenant', 'acme', '--id', 'bad id!', '--scopes', 'data:read'])
  t.equal(res.code, 1, 'the process exits 1')
  t.match(res.err, /^error: --id: must be/)
  t.notMatch(res.err, 'gateway config')
  const started = process.hrtime.bigint()
  const help = await bin(['--help'])
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  t.equal(help.code, 0)
  // Not a timing assertion (the machine's speed varies): what --help loads decides its time.
  t.comment(`--help answered in ${ms.toFixed(0)} ms`)
  const { readFileSync } = await import('node:fs')
  const imports = (file: string): string => readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('import ')).join('\n')
  t.notMatch(imports('dist/cli.js') + imports('dist/cli/program.js'), /store|load\.js|schema\.js|fastify/, 'only commander and the scope list load before a command runs')
  t.match(readFileSync('dist/cli.js', 'utf8'), /^#!\/usr\/bin\/env node/, 'runs as the lean-gateway bin')
})

t.test('entities bind writes to the store the gateway uses, while it runs', async (t) => {
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as { tenants: Array<Record<string, any>> }
  // initech on acme's Lean client: entities must be bound before API keys may use them.
  file.tenants.push({ id: 'initech', lean: { ...file.tenants[0]!.lean }, apiKeys: [{ id: 'initech-data', sha256: sha256('initech-cli-key'), scopes: ['data:read'] }] })
  const path = join(dir, 'shared.json')
  writeFileSync(path, JSON.stringify(file))
  const dataDir = join(dir, 'data')
  const { app } = await startGateway(t, emulator, { file, store: { dataDir } })
  const read = (key: string) => app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': key, entity_id: ENTITY_A } })
  t.equal((await read('initech-cli-key')).statusCode, 404, 'not bound yet')

  const env = { ...TEST_ENV, GATEWAY_CONFIG: path, DATA_DIR: dataDir }
  const res = await bin(['entities', 'bind', '--tenant', 'initech', ENTITY_A], env)
  t.equal(res.code, 0, res.err)
  t.match(res.out, `${ENTITY_A}: bound to initech`, 'another process, the same store')
  t.equal((await read('initech-cli-key')).statusCode, 200, 'the running gateway sees the binding at once')

  const taken = await cli(['entities', 'bind', '--tenant', 'acme', ENTITY_A], env)
  t.equal(taken.code, 1, 'an entity bound to another tenant stays where it is')
  t.match(taken.out, 'already bound to initech')
  const bad = await cli(['entities', 'bind', '--tenant', 'initech', 'not-a-uuid'], env)
  t.equal(bad.code, 1)
  t.match(bad.err, 'not a UUID')
  const nobody = await cli(['entities', 'bind', '--tenant', 'nobody', ENTITY_A], env)
  t.equal(nobody.code, 1)
  t.match(nobody.err, '--tenant: no tenant "nobody"')
})

t.test('the command-line tool creates DATA_DIR 0700 and the store\'s files 0600 (issue 21, finding 8)', async (t) => {
  const emulator = await startEmulator(t)
  const path = join(dir, 'modes.json')
  writeFileSync(path, JSON.stringify(tenantsFile(emulator)))
  const dataDir = join(dir, 'fresh', 'data')
  const res = await bin(['entities', 'bind', '--tenant', 'acme', ENTITY_A], { ...TEST_ENV, GATEWAY_CONFIG: path, DATA_DIR: dataDir })
  t.equal(res.code, 0, res.err)
  t.equal(statSync(dataDir).mode & 0o777, 0o700, 'DATA_DIR 0700')
  for (const name of readdirSync(dataDir)) t.equal(statSync(join(dataDir, name)).mode & 0o777, 0o600, `${name} 0600`)
  t.ok(readdirSync(dataDir).includes('gateway.db'))
})
