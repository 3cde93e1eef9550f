import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { ENTITY_A, startEmulator } from './helpers/emulator.js'
import { KEYS, sha256, tenantsFile, TEST_ENV } from './helpers/gateway.js'
import { metricValue } from './helpers/metrics.js'
import { outputMatching, runNode, startServer } from './helpers/process.js'

const dir = mkdtempSync(join(tmpdir(), 'gw-reload-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))

/** `keys new` as an operator runs it; the key and the entry it prints. */
async function newKey (): Promise<{ key: string; entry: { id: string; sha256: string; scopes: string[] } }> {
  const res = await runNode(['dist/cli.js', 'keys', 'new', '--tenant', 'acme', '--id', 'acme-reloaded', '--scopes', 'data:read'])
  if (res.code !== 0) throw new Error(`cli exited ${String(res.code)}: ${res.err}`)
  return { key: /API key \(shown once[^)]*\): (\S+)/.exec(res.out)![1]!, entry: JSON.parse(res.out.slice(res.out.indexOf('{'))) }
}

t.test('SIGHUP under steady load: a new key works within a second, a bad file changes nothing, no request fails', async (t) => {
  const emulator = await startEmulator(t)
  const path = join(dir, 'tenants.json')
  // As a ConfigMap update does: the new file appears whole, never half-written.
  const write = (file: unknown): void => { writeFileSync(`${path}.tmp`, JSON.stringify(file)); renameSync(`${path}.tmp`, path) }
  const base = tenantsFile(emulator) as { tenants: Array<{ apiKeys: unknown[]; lean: Record<string, unknown> }> }
  write(base)
  const server = await startServer({ GATEWAY_CONFIG: path, DATA_DIR: join(dir, 'data'), ...TEST_ENV }, 20_000)
  t.teardown(() => { server.child.kill('SIGKILL') })
  const accounts = async (key: string): Promise<number> => {
    const res = await request(`${server.url}/data/v2/accounts`, { headers: { 'x-api-key': key, entity_id: ENTITY_A } })
    await res.body.dump()
    return res.statusCode
  }

  // A steady stream from four callers whose key every file keeps; bounded however the test goes.
  let running = true
  const failures: string[] = []
  let served = 0
  const caller = async (): Promise<void> => {
    // eslint-disable-next-line no-unmodified-loop-condition -- the test's end clears it
    for (let i = 0; running && i < 20_000; i++) {
      try {
        const status = await accounts(KEYS.all)
        if (status === 200) served++
        else failures.push(`status ${status}`)
      } catch (err) {
        failures.push((err as Error).message)
      }
    }
  }
  const load = Promise.all([caller(), caller(), caller(), caller()])
  const hup = (): void => { server.child.kill('SIGHUP') }

  const { key, entry } = await newKey()
  t.equal(await accounts(key), 401, 'the new key is unknown before the reload')
  write({ ...base, tenants: [{ ...base.tenants[0]!, apiKeys: [...base.tenants[0]!.apiKeys, entry] }, base.tenants[1]] })
  const signalled = Date.now()
  hup()
  let status = 0
  while (Date.now() - signalled < 5_000 && (status = await accounts(key)) !== 200) await new Promise((resolve) => setTimeout(resolve, 10))
  const tookMs = Date.now() - signalled
  t.equal(status, 200, 'the new key works after SIGHUP')
  t.ok(tookMs < 1_000, `…within a second (${tookMs} ms)`)

  // More reloads while the stream runs: an extra key comes and goes.
  for (let i = 0; i < 4; i++) {
    const extra = i % 2 === 0 ? [{ id: `extra-${i}`, sha256: sha256(`extra-key-${i}-0123456789`), scopes: ['data:read'] }] : []
    write({ ...base, tenants: [{ ...base.tenants[0]!, apiKeys: [...base.tenants[0]!.apiKeys, entry, ...extra] }, base.tenants[1]] })
    hup()
    await outputMatching(server, new RegExp(`"generation":${i + 3}`), 5_000)
  }

  // A bad file: the gateway keeps serving the last good one and names the field.
  write({ ...base, tenants: [{ ...base.tenants[0]!, apiKeys: [] }, base.tenants[1]], bogus: true })
  hup()
  await outputMatching(server, /bogus: unknown key; still serving the previous config/, 5_000)
  t.match(server.output(), /invalid gateway config at bogus: unknown key; still serving the previous config/)
  t.equal(await accounts(key), 200, 'the reloaded key still works after a bad file')

  running = false
  await load
  t.same(failures, [], 'no request failed during six reloads')
  t.ok(served > 50, `the stream kept flowing (${served} served)`)

  const metrics = await (await request(`${server.url}/metrics`)).body.text()
  t.equal(metricValue(metrics, 'gateway_config_reloads_total', { outcome: 'applied' }), 5)
  t.equal(metricValue(metrics, 'gateway_config_reloads_total', { outcome: 'invalid' }), 1)
  t.notMatch(server.output(), /shutting down/, 'SIGHUP never shut it down')

  server.child.kill('SIGTERM')
  t.equal(await server.exited, 0, 'SIGTERM still shuts down cleanly')
})
