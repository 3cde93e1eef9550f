import 'reflect-metadata'
import type { webcrypto } from 'node:crypto'
import * as x509 from '@peculiar/x509'

/**
 * Throwaway certificate authorities for the mTLS tests, made fresh per run in memory: no key ever
 * sits in the repository and no certificate outlives the test that made it.
 */
const { subtle } = globalThis.crypto
x509.cryptoProvider.set(globalThis.crypto)
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const
const DAY_MS = 86_400_000

export interface Issued {
  cert: string
  key: string
}

export interface TestCa extends Issued {
  name: string
  issue: (subject: string, options?: { server?: boolean; notAfter?: Date; notBefore?: Date }) => Promise<Issued>
}

async function pkcs8Pem (key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await subtle.exportKey('pkcs8', key)).toString('base64')
  return `-----BEGIN PRIVATE KEY-----\n${der.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`
}

let serial = 1
const nextSerial = (): string => (serial++).toString(16).padStart(2, '0')

export async function makeCa (name = 'Test Lean CA'): Promise<TestCa> {
  const keys = await subtle.generateKey(ALG, true, ['sign', 'verify'])
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: nextSerial(),
    name: `CN=${name}`,
    notBefore: new Date(Date.now() - DAY_MS),
    notAfter: new Date(Date.now() + 30 * DAY_MS),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)
    ]
  })
  return {
    name,
    cert: ca.toString('pem'),
    key: await pkcs8Pem(keys.privateKey),
    async issue (subject, options = {}) {
      const leafKeys = await subtle.generateKey(ALG, true, ['sign', 'verify'])
      const leaf = await x509.X509CertificateGenerator.create({
        serialNumber: nextSerial(),
        subject: `CN=${subject}`,
        issuer: ca.subject,
        notBefore: options.notBefore ?? new Date(Date.now() - DAY_MS),
        notAfter: options.notAfter ?? new Date(Date.now() + 10 * DAY_MS),
        signingAlgorithm: ALG,
        publicKey: leafKeys.publicKey,
        signingKey: keys.privateKey,
        extensions: [
          new x509.BasicConstraintsExtension(false, undefined, true),
          new x509.ExtendedKeyUsageExtension([options.server === true ? x509.ExtendedKeyUsage.serverAuth : x509.ExtendedKeyUsage.clientAuth]),
          ...(options.server === true ? [new x509.SubjectAlternativeNameExtension([{ type: 'ip', value: '127.0.0.1' }, { type: 'dns', value: 'localhost' }])] : [])
        ]
      })
      return { cert: leaf.toString('pem'), key: await pkcs8Pem(leafKeys.privateKey) }
    }
  }
}
