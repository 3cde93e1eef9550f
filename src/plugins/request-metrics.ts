import fp from 'fastify-plugin'

/** Every answer counted, with its latency, by route template (the hook is app.metrics.recordRequest). */
export default fp(
  async function requestMetricsPlugin (app) {
    app.addHook('onResponse', app.metrics.recordRequest)
  },
  { name: 'request-metrics', fastify: '5.x', dependencies: ['metrics'] }
)
