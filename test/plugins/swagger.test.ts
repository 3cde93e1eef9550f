import t from 'tap'
import { startEmulator } from '../helpers/emulator.js'
import { startGateway } from '../helpers/gateway.js'
import { metricValue } from '../helpers/metrics.js'

t.test('documentation requests are logged and counted like any other', async (t) => {
  const emulator = await startEmulator(t)
  const { app, logs } = await startGateway(t, emulator)
  for (const url of ['/docs', '/docs/json', '/docs/static/swagger-ui.css', '/openapi.json']) {
    t.equal((await app.inject({ url })).statusCode, 200, url)
  }
  const lines = logs().split('\n').filter((l) => l.includes('"request completed"')).map((l) => JSON.parse(l) as { url: string; status: number })
  t.same(lines.map((l) => `${l.url} ${l.status}`), ['/docs 200', '/docs/json 200', '/docs/static/swagger-ui.css 200', '/openapi.json 200'])
  const metrics = (await app.inject({ url: '/metrics' })).body
  t.equal(metricValue(metrics, 'gateway_http_requests_total', { method: 'GET', route: '/docs', status: '200' }), 1)
  t.equal(metricValue(metrics, 'gateway_http_requests_total', { method: 'GET', route: '/docs/json', status: '200' }), 1)
  t.equal(metricValue(metrics, 'gateway_http_requests_total', { method: 'GET', route: '/docs/static/*', status: '200' }), 1)
})
