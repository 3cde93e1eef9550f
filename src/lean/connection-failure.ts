import type { LeanTls } from '../config/types.js'

/** What a failed connection to Lean says, in words an operator can act on. */
export interface ConnectionFailure {
  code: string
  /** The request surely never reached Lean's application (nothing can have been acted on). */
  notSent: boolean
  /** Set when TLS is the likely cause: what to check. */
  tls?: string
}

// Failures before a connection existed.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT'])
// Our side refused Lean's server certificate: the handshake stopped before any request was written.
const SERVER_NOT_TRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED', 'CERT_REJECTED', 'ERR_TLS_CERT_ALTNAME_INVALID'
])

/**
 * Reads a connection failure (undici's or Node's error) against how the call was made. Lean's mTLS
 * endpoints refuse a client certificate they do not accept, or none, in the handshake: as a TLS
 * alert when the alert arrives first, or, under TLS 1.3 where our request may already be written,
 * as a connection closed before one byte of answer.
 */
export function readConnectionFailure (err: unknown, origin: string, tls: LeanTls | undefined): ConnectionFailure {
  const code = (err as { code?: string }).code ?? (err as Error).name
  const presented = tls === undefined
    ? 'no client certificate was presented: set lean.tls to the application\'s certificate and key from Lean\'s portal'
    : `the certificate presented (lean.tls.cert, ${tls.subject}, expires ${new Date(tls.notAfter).toISOString()}) was refused: is it this application's, and current?`
  if (SERVER_NOT_TRUSTED.has(code)) {
    return { code, notSent: true, tls: `Lean's server certificate is not trusted (${code}): ${tls?.ca === undefined ? 'set lean.tls.ca to Lean\'s certificate chain (lean_public_cert_chain.pem)' : 'is lean.tls.ca Lean\'s current chain for this environment?'}` }
  }
  if (/^ERR_SSL_.*ALERT/.test(code)) return { code, notSent: true, tls: `Lean refused the TLS handshake (${code}): ${presented}` }
  const bytesRead = (err as { socket?: { bytesRead?: number } }).socket?.bytesRead
  if (code === 'UND_ERR_SOCKET' && bytesRead === 0 && origin.startsWith('https:')) {
    // Not provably a refusal (a proxy may drop a connection the same way), so it stays "maybe sent".
    return { code, notSent: false, tls: `Lean closed a new connection without answering; Lean's mTLS endpoints do this when ${presented}` }
  }
  return { code, notSent: NOT_CONNECTED.has(code) }
}
