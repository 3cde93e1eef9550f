import { createHash, createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createSecureContext } from 'node:tls'
import { ConfigError, resolveSecret, UNCHECKED_SECRET } from './problems.js'
import type { LeanTls } from './types.js'

/** A PEM as the tenants file gives it: inline, from an environment variable, or from a file. */
export type PemSource = string | { env: string } | { file: string }

const CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

function read (source: PemSource, field: string, env: NodeJS.ProcessEnv): string {
  if (typeof source === 'string' || 'env' in source) return resolveSecret(source, field, env)
  try {
    return readFileSync(source.file, 'utf8')
  } catch (err) {
    throw new ConfigError(field, `cannot read ${source.file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`)
  }
}

function certificates (pem: string, field: string): X509Certificate[] {
  const blocks = pem.match(CERTIFICATE) ?? []
  if (blocks.length === 0) throw new ConfigError(field, 'holds no PEM certificate (-----BEGIN CERTIFICATE-----)')
  return blocks.map((block) => {
    try {
      return new X509Certificate(block)
    } catch {
      throw new ConfigError(field, 'holds a PEM certificate that cannot be parsed')
    }
  })
}

function privateKey (pem: string, passphrase: string | undefined, field: string): KeyObject {
  try {
    return createPrivateKey(passphrase === undefined ? pem : { key: pem, passphrase })
  } catch (err) {
    const code = (err as { code?: string }).code ?? ''
    if (/PASSPHRASE|BAD_DECRYPT/i.test(code + (err as Error).message)) {
      throw new ConfigError(field, passphrase === undefined ? 'is encrypted: set lean.tls.passphrase' : 'cannot be decrypted with lean.tls.passphrase')
    }
    throw new ConfigError(field, 'is not a PEM private key')
  }
}

/**
 * Lean's mTLS material, read and checked once: the certificate parses, the key is its key, and
 * Node accepts the three together, so a bad file stops the start-up instead of the first payout.
 */
export function resolveTls (
  raw: { cert: PemSource; key: PemSource; ca?: PemSource; passphrase?: string | { env: string } },
  at: string,
  env: NodeJS.ProcessEnv
): LeanTls {
  let passphrase: string | undefined
  if (raw.passphrase !== undefined) passphrase = read(raw.passphrase, `${at}.passphrase`, env)
  const cert = read(raw.cert, `${at}.cert`, env)
  const key = read(raw.key, `${at}.key`, env)
  const ca = raw.ca === undefined ? undefined : read(raw.ca, `${at}.ca`, env)
  // Checked without its secrets: PEM from the environment cannot be looked at.
  if ([cert, key, ca, passphrase].includes(UNCHECKED_SECRET)) return { cert, key, notAfter: 0, subject: '(not checked)', fingerprint: '' }
  const leaf = certificates(cert, `${at}.cert`)[0]!
  if (!leaf.checkPrivateKey(privateKey(key, passphrase, `${at}.key`))) {
    throw new ConfigError(`${at}.key`, 'does not match the certificate in lean.tls.cert (download both for the same application)')
  }
  if (ca !== undefined) certificates(ca, `${at}.ca`)
  try {
    createSecureContext({ cert, key, ...(ca !== undefined && { ca }), ...(passphrase !== undefined && { passphrase }) })
  } catch (err) {
    throw new ConfigError(at, `is refused by Node's TLS: ${(err as Error).message}`)
  }
  return {
    cert,
    key,
    ...(ca !== undefined && { ca }),
    ...(passphrase !== undefined && { passphrase }),
    notAfter: Date.parse(leaf.validTo),
    subject: leaf.subject.replace(/\n/g, ', '),
    fingerprint: createHash('sha256').update(leaf.raw).digest('hex')
  }
}
