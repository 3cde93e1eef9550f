import t from 'tap'
import { readConnectionFailure } from '../../src/lean/connection-failure.js'
import type { LeanTls } from '../../src/config/types.js'

/** What a failed connection means: whether Lean can have acted, and, when TLS is why, what to fix. */

const tls: LeanTls = { cert: '', key: '', ca: 'chain', notAfter: Date.parse('2027-01-02T03:04:05Z'), subject: 'CN=client-1', fingerprint: 'f'.repeat(64) }
const failure = (code: string, extra: Record<string, unknown> = {}): Error => Object.assign(new Error(code), { code, ...extra })

t.test('refused before a connection existed: surely not sent, not TLS', async (t) => {
  for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']) {
    t.same(readConnectionFailure(failure(code), 'https://lean.example', tls), { code, notSent: true }, code)
  }
})

t.test("Lean's server certificate refused by us: not sent, and the chain named", async (t) => {
  const withoutChain = readConnectionFailure(failure('SELF_SIGNED_CERT_IN_CHAIN'), 'https://lean.example', undefined)
  t.equal(withoutChain.notSent, true)
  t.match(withoutChain.tls, 'set lean.tls.ca')
  t.match(readConnectionFailure(failure('CERT_HAS_EXPIRED'), 'https://lean.example', tls).tls, "is lean.tls.ca Lean's current chain")
})

t.test('a TLS alert from Lean: the handshake failed, so nothing was sent; the certificate is described', async (t) => {
  const none = readConnectionFailure(failure('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), 'https://lean.example', undefined)
  t.equal(none.notSent, true)
  t.match(none.tls, 'no client certificate was presented: set lean.tls')
  const refused = readConnectionFailure(failure('ERR_SSL_TLSV1_ALERT_UNKNOWN_CA'), 'https://lean.example', tls)
  t.match(refused.tls, 'lean.tls.cert, CN=client-1, expires 2027-01-02T03:04:05.000Z')
})

t.test('a new TLS connection closed before any answer: maybe a refusal, so maybe sent', async (t) => {
  const closed = readConnectionFailure(failure('UND_ERR_SOCKET', { socket: { bytesRead: 0 } }), 'https://lean.example', tls)
  t.equal(closed.notSent, false, 'a proxy may have dropped it after Lean acted')
  t.match(closed.tls, 'closed a new connection without answering')
  t.same(readConnectionFailure(failure('UND_ERR_SOCKET', { socket: { bytesRead: 812 } }), 'https://lean.example', tls), { code: 'UND_ERR_SOCKET', notSent: false }, 'a used connection: an ordinary reset')
  t.same(readConnectionFailure(failure('UND_ERR_SOCKET', { socket: { bytesRead: 0 } }), 'http://127.0.0.1:4010', undefined), { code: 'UND_ERR_SOCKET', notSent: false }, 'plain HTTP: not TLS')
  t.same(readConnectionFailure(failure('ECONNRESET'), 'https://lean.example', tls), { code: 'ECONNRESET', notSent: false })
})
