import { createHash, randomBytes } from 'node:crypto'
import { Command, CommanderError } from 'commander'
import { readEnvironment } from './config/env.js'
import { ConfigError, loadConfigFile } from './config/load.js'
import { SCOPES, type Scope } from './config/schema.js'
import { clientKeyOf } from './ownership/guard.js'
import { createStore } from './store/index.js'

/**
 * The operators' tool: `npm run cli -- <command>` or `node dist/cli.js <command>`. It reads the same
 * environment as the gateway (GATEWAY_CONFIG, DATA_DIR, DATABASE_URL, …) and validates exactly as
 * start-up does.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const program = new Command('lean-gateway')
  .description('Operate the Lean gateway: issue keys, check a tenants file, bind entities.')
  .exitOverride()
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })

const keys = program.command('keys').description('API keys')
keys.command('new')
  .description('Print a new random API key once, with the entry to add to the tenants file (only its SHA-256 is stored)')
  .requiredOption('--tenant <id>', 'the tenant the key is for')
  .requiredOption('--id <id>', 'the key id: names the caller in logs, limits and the audit trail')
  .requiredOption('--scopes <scopes>', `comma-separated: ${SCOPES.join(', ')}`)
  .action((options: { tenant: string; id: string; scopes: string }) => {
    const scopes = options.scopes.split(',').map((s) => s.trim()).filter((s) => s !== '')
    const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s))
    if (scopes.length === 0 || unknown.length > 0) throw new ConfigError('--scopes', `unknown scope ${unknown.join(', ') || '(none given)'}; known: ${SCOPES.join(', ')}`)
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.id)) throw new ConfigError('--id', 'must be 1–64 letters, digits, ".", "_" or "-"')
    const key = `${options.tenant}_${randomBytes(24).toString('base64url')}`
    const entry = { id: options.id, sha256: createHash('sha256').update(key).digest('hex'), scopes: scopes as Scope[] }
    process.stdout.write(`API key (shown once, give it to the caller): ${key}\n\nAdd to tenants[id="${options.tenant}"].apiKeys:\n${JSON.stringify(entry, null, 2)}\n`)
  })

program.command('config')
  .description('Tenants files')
  .command('check')
  .description('Validate a tenants file exactly as start-up does: exit 0, or 1 naming the field')
  .argument('<file>', 'the tenants file')
  .action((file: string) => {
    const config = loadConfigFile(file)
    process.stdout.write(`${file}: valid (${config.tenants.length} tenant${config.tenants.length === 1 ? '' : 's'}, wire ${config.leanWire})\n`)
  })

program.command('entities')
  .description('Lean entities and the tenants they belong to')
  .command('bind')
  .description("Bind existing Lean entities to a tenant, in the store the gateway uses (on a shared Lean client, only a tenant's bound entities are usable by its API keys)")
  .requiredOption('--tenant <id>', 'the tenant')
  .option('--user <id>', 'the app user they belong to')
  .argument('<entity...>', 'entity ids (UUIDs)')
  .action(async (entities: string[], options: { tenant: string; user?: string }) => {
    const env = readEnvironment()
    if (env.configPath === undefined) throw new ConfigError('GATEWAY_CONFIG', 'is required: the tenant is looked up in the tenants file')
    const tenant = loadConfigFile(env.configPath).tenants.find((t) => t.id === options.tenant)
    if (tenant === undefined) throw new ConfigError('--tenant', `no tenant "${options.tenant}" in ${env.configPath}`)
    const bad = entities.filter((e) => !UUID.test(e))
    if (bad.length > 0) throw new ConfigError('entity', `not a UUID: ${bad.join(', ')}`)
    const store = await createStore({ dataDir: env.dataDir, databaseUrl: env.databaseUrl, schema: env.databaseSchema, exclusive: false })
    try {
      await store.migrate()
      const createdAt = new Date().toISOString()
      const bound = await store.events.bind(entities.map((entityId) => ({ clientKey: clientKeyOf(tenant), entityId, tenantId: tenant.id, userId: options.user, createdAt })))
      const owners = await Promise.all(entities.map(async (e) => [e, (await store.events.entity(clientKeyOf(tenant), e))?.tenantId] as const))
      for (const [entity, owner] of owners) {
        process.stdout.write(`${entity}: ${owner === tenant.id ? `bound to ${tenant.id}` : `already bound to ${owner ?? '?'}, left as it is`}\n`)
      }
      process.stdout.write(`${bound} newly bound\n`)
      if (owners.some(([, owner]) => owner !== tenant.id)) process.exitCode = 1
    } finally {
      await store.close()
    }
  })

try {
  await program.parseAsync(process.argv)
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit 0; usage errors have been printed by commander.
    process.exitCode = err.exitCode
  } else if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`)
    process.exitCode = 1
  } else {
    process.stderr.write(`failed: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  }
}
