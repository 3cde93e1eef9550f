#!/usr/bin/env node
import { createHash, randomBytes } from 'node:crypto'
import { Command, CommanderError } from 'commander'
import { SCOPES, type Scope } from './config/scopes.js'
import { isUuid } from './ids.js'

/**
 * The operators' tool: `lean-gateway <command>` (npm's bin: `npx lean-gateway`), or `npm run cli --
 * <command>`. It reads the same environment as the gateway (GATEWAY_CONFIG, DATA_DIR, DATABASE_URL,
 * …) and validates exactly as start-up does. Each command loads what it needs only when it runs,
 * so `--help` answers at once.
 */

/** A wrong flag or argument: said as such, not as a bad tenants file. */
class UsageError extends Error {}

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
    if (scopes.length === 0 || unknown.length > 0) throw new UsageError(`--scopes: unknown scope ${unknown.join(', ') || '(none given)'}; known: ${SCOPES.join(', ')}`)
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.id)) throw new UsageError('--id: must be 1–64 letters, digits, ".", "_" or "-"')
    const key = `${options.tenant}_${randomBytes(24).toString('base64url')}`
    const entry = { id: options.id, sha256: createHash('sha256').update(key).digest('hex'), scopes: scopes as Scope[] }
    process.stdout.write(`API key (shown once, give it to the caller): ${key}\n\nAdd to tenants[id="${options.tenant}"].apiKeys:\n${JSON.stringify(entry, null, 2)}\n`)
  })

program.command('config')
  .description('Tenants files')
  .command('check')
  .description('Validate a tenants file exactly as start-up does: exit 0, or 1 listing every problem found, each naming its field')
  .argument('<file>', 'the tenants file')
  .option('--no-env', 'check structure only: secrets given as { "env": … } count as set (for a file whose variables live elsewhere)')
  .action(async (file: string, options: { env: boolean }) => {
    const { resolve } = await import('node:path')
    const { loadConfigFile } = await import('./config/load.js')
    const { structureOnlyEnv } = await import('./config/problems.js')
    const path = resolve(file)
    let config
    try {
      config = loadConfigFile(path, options.env ? process.env : structureOnlyEnv(), file)
    } catch (err) {
      if (err instanceof Error && err.name === 'ConfigError') throw Object.assign(err, { file: path })
      throw err
    }
    const plural = config.tenants.length === 1 ? '' : 's'
    process.stdout.write(`${path}: valid (${config.tenants.length} tenant${plural}, wire ${config.leanWire})${options.env ? '' : '; structure only, environment variables not read'}\n`)
  })

program.command('entities')
  .description('Lean entities and the tenants they belong to')
  .command('bind')
  .description("Bind existing Lean entities to a tenant, in the store the gateway uses (on a shared Lean client, only a tenant's bound entities are usable by its API keys)")
  .requiredOption('--tenant <id>', 'the tenant')
  .option('--user <id>', 'the app user they belong to')
  .argument('<entity...>', 'entity ids (UUIDs)')
  .action(async (entities: string[], options: { tenant: string; user?: string }) => {
    const bad = entities.filter((e) => !isUuid(e))
    if (bad.length > 0) throw new UsageError(`entity: not a UUID: ${bad.join(', ')}`)
    const [{ readEnvironment }, { loadConfigFile }, { clientKeyOf }, { createStore }] = await Promise.all([
      import('./config/env.js'), import('./config/load.js'), import('./ownership/guard.js'), import('./store/index.js')
    ])
    const env = readEnvironment()
    if (env.configPath === undefined) throw new UsageError('GATEWAY_CONFIG is required: the tenant is looked up in the tenants file')
    const tenant = loadConfigFile(env.configPath).tenants.find((t) => t.id === options.tenant)
    if (tenant === undefined) throw new UsageError(`--tenant: no tenant "${options.tenant}" in ${env.configPath}`)
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
  } else if (err instanceof UsageError) {
    process.stderr.write(`error: ${err.message}\n`)
    process.exitCode = 1
  } else if (err instanceof Error && err.name === 'ConfigError') {
    const { problems, file } = err as Error & { problems: Array<{ field: string; problem: string }>; file?: string }
    const where = file ?? `the tenants file (GATEWAY_CONFIG=${process.env.GATEWAY_CONFIG ?? ''})`
    process.stderr.write(`${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.field}: ${p.problem}\n`).join('')}`)
    process.exitCode = 1
  } else {
    process.stderr.write(`failed: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exitCode = 1
  }
}
