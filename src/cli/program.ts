import { createHash, randomBytes } from 'node:crypto'
import { Command, CommanderError } from 'commander'
import { SCOPES, type Scope } from '../config/scopes.js'
import { isUuid } from '../ids.js'

/**
 * The operators' tool, as a function of its arguments and where it writes (the bin, src/cli.ts,
 * runs it on the process). Each command loads what it needs only when it runs, so `--help`
 * answers at once.
 */

/** A wrong flag or argument: said as such, not as a bad tenants file. */
class UsageError extends Error {}

/** Where a run writes and what environment it reads: the process's, or a test's. */
export interface CliIo {
  out: (text: string) => void
  err: (text: string) => void
  env: NodeJS.ProcessEnv
}

function program (io: CliIo, exit: { code: number }): Command {
  const program = new Command('lean-gateway')
    .description('Operate the Lean gateway: issue keys, check a tenants file, bind and reconcile entities.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
  keysCommand(program, io)
  configCommand(program, io)
  entitiesCommand(program, io, exit)
  return program
}

function keysCommand (program: Command, io: CliIo): void {
  program.command('keys').description('API keys').command('new')
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
      io.out(`API key (shown once, give it to the caller): ${key}\n\nAdd to tenants[id="${options.tenant}"].apiKeys:\n${JSON.stringify(entry, null, 2)}\n`)
    })
}

function configCommand (program: Command, io: CliIo): void {
  program.command('config')
    .description('Tenants files')
    .command('check')
    .description('Validate a tenants file exactly as start-up does: exit 0, or 1 listing every problem found, each naming its field')
    .argument('<file>', 'the tenants file')
    .option('--no-env', 'check structure only: secrets given as { "env": … } count as set (for a file whose variables live elsewhere)')
    .action(async (file: string, options: { env: boolean }) => {
      const { resolve } = await import('node:path')
      const { loadConfigFile } = await import('../config/load.js')
      const { structureOnlyEnv } = await import('../config/problems.js')
      const path = resolve(file)
      let config
      try {
        config = loadConfigFile(path, options.env ? io.env : structureOnlyEnv(), file)
      } catch (err) {
        if (err instanceof Error && err.name === 'ConfigError') throw Object.assign(err, { file: path })
        throw err
      }
      const plural = config.tenants.length === 1 ? '' : 's'
      io.out(`${path}: valid (${config.tenants.length} tenant${plural}, wire ${config.leanWire})${options.env ? '' : '; structure only, environment variables not read'}\n`)
    })
}

/** The tenant named on the command line, from the tenants file, and the store the gateway uses, migrated. */
async function tenantAndStore (io: CliIo, tenantId: string) {
  const [{ readEnvironment }, { loadConfigFile }, { createStore }] = await Promise.all([import('../config/env.js'), import('../config/load.js'), import('../store/index.js')])
  const env = readEnvironment(io.env)
  if (env.configPath === undefined) throw new UsageError('GATEWAY_CONFIG is required: the tenant is looked up in the tenants file')
  const config = loadConfigFile(env.configPath, io.env)
  const tenant = config.tenants.find((t) => t.id === tenantId)
  if (tenant === undefined) throw new UsageError(`--tenant: no tenant "${tenantId}" in ${env.configPath}`)
  const store = await createStore({ dataDir: env.dataDir, databaseUrl: env.databaseUrl, schema: env.databaseSchema, exclusive: false })
  await store.migrate()
  return { config, tenant, store }
}

function entitiesCommand (program: Command, io: CliIo, exit: { code: number }): void {
  const entities = program.command('entities').description('Lean entities and the tenants they belong to')
  entities.command('bind')
    .description("Bind existing Lean entities to a tenant, in the store the gateway uses (on a shared Lean client, only a tenant's bound entities are usable by its API keys)")
    .requiredOption('--tenant <id>', 'the tenant')
    .option('--user <id>', 'the app user they belong to')
    .argument('<entity...>', 'entity ids (UUIDs)')
    .action(async (ids: string[], options: { tenant: string; user?: string }) => {
      const bad = ids.filter((e) => !isUuid(e))
      if (bad.length > 0) throw new UsageError(`entity: not a UUID: ${bad.join(', ')}`)
      const { clientKeyOf } = await import('../ownership/guard.js')
      const { tenant, store } = await tenantAndStore(io, options.tenant)
      try {
        const createdAt = new Date().toISOString()
        const bound = await store.events.bind(ids.map((entityId) => ({ clientKey: clientKeyOf(tenant), entityId, tenantId: tenant.id, userId: options.user, createdAt })))
        const owners = await Promise.all(ids.map(async (e) => [e, (await store.events.entity(clientKeyOf(tenant), e))?.tenantId] as const))
        for (const [entity, owner] of owners) {
          io.out(`${entity}: ${owner === tenant.id ? `bound to ${tenant.id}` : `already bound to ${owner ?? '?'}, left as it is`}\n`)
        }
        io.out(`${bound} newly bound\n`)
        if (owners.some(([, owner]) => owner !== tenant.id)) exit.code = 1
      } finally {
        await store.close()
      }
    })
  entities.command('sync')
    .description("Ask Lean for the entities of every app user's customer recorded for the tenant, and bind those a missed entity.created left out (audited entity.reconciled)")
    .requiredOption('--tenant <id>', 'the tenant')
    .action(async (options: { tenant: string }) => { exit.code = await syncEntities(io, options.tenant) })
}

/** `entities sync`: every customer of the tenant reconciled in turn; one Lean failure is reported and the rest go on. */
async function syncEntities (io: CliIo, tenantId: string): Promise<number> {
  const [{ LeanApplications }, { silentObserver }, { reconcileCustomer }] = await Promise.all([
    import('../lean/applications.js'), import('../lean/observer.js'), import('../entities/reconcile.js')
  ])
  const { config, tenant, store } = await tenantAndStore(io, tenantId)
  const applications = new LeanApplications(() => config, silentObserver, { made () {}, changed () {}, removed () {} })
  let failed = 0
  let total = 0
  try {
    const requestId = `cli:${randomBytes(8).toString('hex')}`
    for (const customer of await store.events.tenantCustomers(tenant.id)) {
      try {
        const bound = await reconcileCustomer({ lean: applications.client(tenant), store, caller: 'cli', requestId, deliver: tenant.webhooks !== undefined }, customer)
        total += bound.length
        io.out(`${customer.userId}: ${bound.length === 0 ? 'nothing missing' : `bound ${bound.join(', ')}`}\n`)
      } catch (err) {
        failed++
        io.err(`${customer.userId}: not reconciled: ${err instanceof Error ? err.message : String(err)}\n`)
      }
    }
    io.out(`${total} newly bound${failed === 0 ? '' : `, ${failed} customer${failed === 1 ? '' : 's'} not reconciled`}\n`)
    return failed === 0 ? 0 : 1
  } finally {
    await applications.close()
    await store.close()
  }
}

/** What went wrong, said for an operator: usage, every problem of a tenants file, or the failure. */
function report (err: unknown, io: CliIo): number {
  if (err instanceof CommanderError) return err.exitCode // --help and --version exit 0; usage errors have been printed by commander.
  if (err instanceof UsageError) {
    io.err(`error: ${err.message}\n`)
  } else if (err instanceof Error && err.name === 'ConfigError') {
    const { problems, file } = err as Error & { problems: Array<{ field: string; problem: string }>; file?: string }
    const where = file ?? `the tenants file (GATEWAY_CONFIG=${io.env.GATEWAY_CONFIG ?? ''})`
    io.err(`${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  ${p.field}: ${p.problem}\n`).join('')}`)
  } else {
    io.err(`failed: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  return 1
}

/** One run of the tool on `args` (without node and the script): its exit code. */
export async function runCli (args: string[], io: CliIo): Promise<number> {
  const exit = { code: 0 }
  try {
    await program(io, exit).parseAsync(args, { from: 'user' })
    return exit.code
  } catch (err) {
    return report(err, io)
  }
}
