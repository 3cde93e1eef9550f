import { randomUUID } from 'node:crypto'
import { createServer } from 'node:http'

/**
 * The benchmark's Lean: node:http with fixed, realistic bodies and no per-request work beyond a
 * UUID for new payouts, so the upstream is never the bottleneck. Any bearer token is accepted.
 * Also serves the token endpoint and the identity provider's JWKS (BENCH_JWKS).
 */
const ACCOUNTS = JSON.stringify([
  { account_id: '053ef2f8-8bf2-4839-afe3-165b5e24f287', name: 'Current Account', type: 'CURRENT', currency: 'AED', iban: 'AE550303771976583869422', account_number: '787801904675', bic: 'ADCBAEAA' },
  { account_id: '63029821-24e1-4088-a5ce-840592020611', name: 'Savings Account', type: 'SAVINGS', currency: 'AED', iban: 'AE670336737594705424767', account_number: '190307773045', bic: 'ENBDAEAD' }
])
const TRANSACTIONS = JSON.stringify(Array.from({ length: 25 }, (_, i) => ({
  id: `6f1c2e0a-0000-4000-8000-${String(i).padStart(12, '0')}`,
  amount: { amount: 10 + i * 3.25, currency: 'AED' },
  timestamp: new Date(Date.UTC(2026, 10, 1 + (i % 20), 9, i)).toISOString(),
  description: i % 4 === 0 ? 'Salary transfer' : 'Card purchase',
  credit_debit_indicator: i % 4 === 0 ? 'CREDIT' : 'DEBIT',
  booking_status: 'BOOKED'
})))
const TOKEN = JSON.stringify({ access_token: 'bench-token-0123456789', token_type: 'Bearer', expires_in: 3599, scope: 'api' })
const JWKS = process.env.BENCH_JWKS ?? '{"keys":[]}'

const server = createServer((req, res) => {
  const url = req.url ?? '/'
  const send = (status: number, body: string): void => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
  }
  if (req.method === 'POST') {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      if (url.startsWith('/oauth2/token')) return send(200, TOKEN)
      if (url === '/payouts/v1/payment') {
        const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as Record<string, unknown>
        return send(201, JSON.stringify({ id: randomUUID(), payment_intent_id: randomUUID(), status: 'PENDING', amount: body.amount, currency: body.currency, destination_id: body.destination_id, created_at: new Date().toISOString() }))
      }
      send(404, '{"status":"NOT_FOUND","message":"no route"}')
    })
    return
  }
  if (url === '/jwks.json') return send(200, JWKS)
  if (url === '/data/v2/accounts') return send(200, ACCOUNTS)
  if (url.startsWith('/data/v2/accounts/') && url.includes('/transactions')) return send(200, TRANSACTIONS)
  send(404, '{"status":"NOT_FOUND","message":"no route"}')
})
server.keepAliveTimeout = 60_000
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address() as { port: number }
  process.stdout.write(`listening ${address.port}\n`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
