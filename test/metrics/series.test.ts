import t from 'tap'
import { Histogram, Registry } from 'prom-client'
import { BoundCounter, BoundHistogram } from '../../src/metrics/series.js'
import { metricValue } from '../helpers/metrics.js'

t.test('a bound histogram is exposed exactly as prom-client exposes its own', async (t) => {
  const ours = new Registry()
  const theirs = new Registry()
  const bound = new BoundHistogram('h_seconds', 'help', ['method', 'route'], [0.01, 0.1, 1], ours)
  const reference = new Histogram({ name: 'h_seconds', help: 'help', labelNames: ['method', 'route'], buckets: [0.01, 0.1, 1], registers: [theirs] })
  const series = bound.series('GET', '/a')
  t.equal(bound.series('GET', '/a'), series, 'made once, then the same series')
  for (const v of [0.005, 0.01, 0.05, 0.5, 2, 7]) {
    series.observe(v)
    reference.labels('GET', '/a').observe(v)
  }
  bound.series('POST', '/b').observe(0.2)
  reference.labels('POST', '/b').observe(0.2)
  const text = await ours.metrics()
  t.equal(text, await theirs.metrics(), 'the same text, line for line')
  t.equal(metricValue(text, 'h_seconds_bucket', { method: 'GET', route: '/a', le: '0.01' }), 2, 'a value on a bound counts in its bucket')
  t.equal(metricValue(text, 'h_seconds_bucket', { method: 'GET', route: '/a', le: '+Inf' }), 6)
  t.equal(metricValue(text, 'h_seconds_sum', { method: 'GET', route: '/a' }), 9.565)
  ours.resetMetrics()
  t.equal(metricValue(await ours.metrics(), 'h_seconds_count', { method: 'GET', route: '/a' }), 0, 'reset with the registry')
  t.throws(() => bound.series('GET'), /expected labels method, route/)
})

t.test('a bound counter counts per label set', async (t) => {
  const registry = new Registry()
  const counter = new BoundCounter('c_total', 'help', ['method', 'status'], registry)
  counter.series('GET', '200').inc()
  counter.series('GET', '200').inc()
  counter.series('GET', '404').inc()
  const text = await registry.metrics()
  t.match(text, '# TYPE c_total counter')
  t.equal(metricValue(text, 'c_total', { method: 'GET', status: '200' }), 2)
  t.equal(metricValue(text, 'c_total', { method: 'GET', status: '404' }), 1)
})
