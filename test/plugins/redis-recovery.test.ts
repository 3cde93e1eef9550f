import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import t from 'tap'
import { ENTITY_A, startEmulator } from '../helpers/emulator.js'
import { KEYS, startGateway, tenantsFile } from '../helpers/gateway.js'

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0

async function freePort (): Promise<number> {
  return await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function startRedis (port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] })
  await new Promise<void>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d) => { out += String(d); if (out.includes('Ready to accept connections')) resolve() })
    child.on('exit', () => reject(new Error(`redis-server exited: ${out}`)))
  })
  return child
}

t.test('Redis dying under a running gateway, then coming back', { skip: hasRedisServer ? false : 'redis-server not installed' }, async (t) => {
  const port = await freePort()
  let redis = await startRedis(port)
  t.teardown(() => { redis.kill('SIGKILL') })
  const emulator = await startEmulator(t)
  const file = tenantsFile(emulator) as Record<string, any>
  file.tenants[0].rateLimit = { max: 1000, timeWindowMs: 60_000 }
  const { app } = await startGateway(t, emulator, { file, rateLimit: { redisUrl: `redis://127.0.0.1:${port}`, namespace: 'recovery:' } })
  const dest = (await app.inject({ method: 'POST', url: '/payouts/v1/payment/destinations', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json' }, payload: { beneficiary_name: 'R' } })).json().id
  const pay = (key: string) => app.inject({ method: 'POST', url: '/payouts/v1/payment', headers: { 'x-api-key': KEYS.all, 'content-type': 'application/json', 'idempotency-key': key }, payload: { amount: 1, currency: 'AED', destination_id: dest } })
  t.equal((await pay('before')).statusCode, 201, 'limits checked in Redis, payout goes through')

  redis.kill('SIGKILL')
  await new Promise((resolve) => redis.on('exit', resolve))
  await new Promise((resolve) => setTimeout(resolve, 200))
  t.equal((await pay('during')).statusCode, 503, 'Redis gone: the money route refuses')
  t.equal((await app.inject({ url: '/data/v2/accounts', headers: { 'x-api-key': KEYS.all, entity_id: ENTITY_A } })).statusCode, 200, 'reads are served')
  t.match((await app.inject({ url: '/readyz' })).json(), { rateLimitsUp: false })

  redis = await startRedis(port)
  const deadline = Date.now() + 10_000
  while ((await app.inject({ url: '/readyz' })).json().rateLimitsUp !== true && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  t.match((await app.inject({ url: '/readyz' })).json(), { rateLimitsUp: true }, 'the gateway reconnected by itself')
  t.equal((await pay('after')).statusCode, 201, 'money routes work again')
})
