import t from 'tap'
import fc from 'fast-check'
import { pathBuilder, queryString } from '../../src/wire/catalog.js'

t.test('a query string is what URLSearchParams makes of the pairs, with or without its encoder', async (t) => {
  t.equal(queryString([]), '')
  t.equal(queryString([['start_date', '2026-11-01'], ['end_date', '2026-11-30']]), '?start_date=2026-11-01&end_date=2026-11-30')
  t.equal(queryString([['q', 'a b&c=d'], ['page', '2']]), '?q=a+b%26c%3Dd&page=2', 'anything else goes through the encoder')
  fc.assert(fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 4 }), (pairs) => {
    const expected = pairs.length === 0 ? '' : `?${new URLSearchParams(pairs).toString()}`
    return queryString(pairs) === expected
  }), { numRuns: 2000 })
})

t.test('a path parameter is encoded, so no value can change the upstream path', async (t) => {
  t.equal(pathBuilder('/a/:x/b')({ x: '../c?d' }), '/a/..%2Fc%3Fd/b')
  t.equal(pathBuilder('/data/v2/accounts')({}), '/data/v2/accounts')
  t.equal(pathBuilder('/a/:x/:y')({ x: '1', y: '/' }), '/a/1/%2F')
  // Every template and value: what splitting on '/' and encoding each parameter segment makes.
  const segment = fc.oneof(fc.stringMatching(/^[a-z0-9_-]{0,6}$/), fc.stringMatching(/^:[a-z]{1,3}$/))
  fc.assert(fc.property(fc.array(segment, { maxLength: 6 }), fc.string(), (segments, value) => {
    const template = segments.join('/')
    const params = Object.fromEntries(segments.filter((s) => s.startsWith(':')).map((s) => [s.slice(1), value]))
    const expected = template.split('/').map((s) => (s.startsWith(':') ? encodeURIComponent(params[s.slice(1)]!) : s)).join('/')
    return pathBuilder(template)(params) === expected
  }), { numRuns: 2000 })
})
