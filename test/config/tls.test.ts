import t from 'tap'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigError, resolveConfig } from '../../src/config/load.js'
import { makeCa } from '../helpers/pki.js'

/** `lean.tls` and `lean.appToken` as the tenants file gives them: checked once, at start-up. */

const ca = await makeCa()
const other = await makeCa('Another CA')
const client = await ca.issue('client-1', { notAfter: new Date('2031-05-06T07:08:09Z') })
const stranger = await other.issue('client-1')
const dir = mkdtempSync(join(tmpdir(), 'gw-tls-'))
t.teardown(() => rmSync(dir, { recursive: true, force: true }))
const write = (name: string, text: string): string => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}
const certFile = write('client_cert.crt', client.cert)
const keyFile = write('client_private_key.pem', client.key)
const chainFile = write('lean_public_cert_chain.pem', ca.cert + other.cert)

const file = (lean: Record<string, unknown>, second?: Record<string, unknown>): unknown => ({
  leanWire: 'lean',
  tenants: [
    { id: 'acme', lean: { apiUrl: 'https://mtls.sandbox.sa.leantech.me', clientId: 'client-1', ...lean }, apiKeys: [{ id: 'k', sha256: 'a'.repeat(64), scopes: ['data:read'] }] },
    ...(second === undefined ? [] : [{ id: 'globex', lean: { apiUrl: 'https://mtls.sandbox.sa.leantech.me', clientId: 'client-1', ...second }, apiKeys: [{ id: 'k', sha256: 'b'.repeat(64), scopes: ['data:read'] }] }])
  ]
})
const OAUTH = { authUrl: 'https://auth.sandbox.sa.leantech.me/oauth2/token', clientSecret: 'the-real-secret-value' }
const TLS = { cert: { file: certFile }, key: { file: keyFile }, ca: { file: chainFile } }

function refusal (raw: unknown, env: NodeJS.ProcessEnv = {}): ConfigError {
  try {
    resolveConfig(raw, env)
  } catch (err) {
    if (err instanceof ConfigError) return err
    throw err
  }
  throw new Error('the file was accepted')
}

t.test("Lean's three files, given as files, resolve with the certificate's expiry and subject", async (t) => {
  const lean = resolveConfig(file({ ...OAUTH, tls: TLS })).tenants[0]!.lean
  t.equal(lean.tls?.cert, client.cert)
  t.equal(lean.tls?.key, client.key)
  t.equal(lean.tls?.ca, ca.cert + other.cert, 'the whole chain, every certificate in it')
  t.equal(lean.tls?.notAfter, Date.parse('2031-05-06T07:08:09Z'))
  t.equal(lean.tls?.subject, 'CN=client-1')
  t.match(lean.tls?.fingerprint, /^[0-9a-f]{64}$/)
})

t.test('PEM material may also be inline or come from an environment variable', async (t) => {
  const lean = resolveConfig(file({ ...OAUTH, tls: { cert: client.cert, key: { env: 'LEAN_KEY' } } }), { LEAN_KEY: client.key }).tenants[0]!.lean
  t.equal(lean.tls?.key, client.key)
  t.equal(lean.tls?.ca, undefined, 'no chain: the system roots are trusted')
})

t.test('a certificate that cannot be read, or does not match its key, stops the start-up naming the field', async (t) => {
  const missing = refusal(file({ ...OAUTH, tls: { ...TLS, cert: { file: join(dir, 'nope.crt') } } }))
  t.equal(missing.field, 'tenants[0].lean.tls.cert')
  t.match(missing.message, /cannot read .*nope\.crt: ENOENT/)

  const mismatch = refusal(file({ ...OAUTH, tls: { ...TLS, key: stranger.key } }))
  t.equal(mismatch.field, 'tenants[0].lean.tls.key')
  t.match(mismatch.message, 'does not match the certificate')

  const notPem = refusal(file({ ...OAUTH, tls: { ...TLS, cert: 'hello' } }))
  t.equal(notPem.field, 'tenants[0].lean.tls.cert')
  t.match(notPem.message, 'no PEM certificate')

  const keyAsCert = refusal(file({ ...OAUTH, tls: { ...TLS, key: client.cert } }))
  t.equal(keyAsCert.field, 'tenants[0].lean.tls.key')
  t.match(keyAsCert.message, 'not a PEM private key')

  const badChain = refusal(file({ ...OAUTH, tls: { ...TLS, ca: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' } }))
  t.equal(badChain.field, 'tenants[0].lean.tls.ca')

  const wrongShape = refusal(file({ ...OAUTH, tls: { ...TLS, cert: { path: certFile } } }))
  t.equal(wrongShape.field, 'tenants[0].lean.tls.cert')
  t.match(wrongShape.message, '{ "file": "PATH" }')

  const unsetEnv = refusal(file({ ...OAUTH, tls: { ...TLS, key: { env: 'NOT_SET_ANYWHERE' } } }))
  t.equal(unsetEnv.field, 'tenants[0].lean.tls.key')
  t.match(unsetEnv.message, 'NOT_SET_ANYWHERE is not set')
})

t.test('an encrypted key needs its passphrase, and the right one', async (t) => {
  const { createPrivateKey } = await import('node:crypto')
  const encrypted = createPrivateKey(client.key).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'open sesame' }).toString()
  t.equal(refusal(file({ ...OAUTH, tls: { ...TLS, key: encrypted } })).field, 'tenants[0].lean.tls.key')
  const wrong = refusal(file({ ...OAUTH, tls: { ...TLS, key: encrypted, passphrase: 'guess' } }))
  t.equal(wrong.field, 'tenants[0].lean.tls.key')
  t.match(wrong.message, 'cannot be decrypted')
  t.notMatch(wrong.message, 'guess', 'the passphrase is never echoed')
  const lean = resolveConfig(file({ ...OAUTH, tls: { ...TLS, key: encrypted, passphrase: { env: 'PASS' } } }), { PASS: 'open sesame' }).tenants[0]!.lean
  t.equal(lean.tls?.passphrase, 'open sesame')
})

t.test("lean.appToken selects Lean's older model: no OAuth needed, but mTLS is", async (t) => {
  const lean = resolveConfig(file({ appToken: { env: 'APP_TOKEN' }, tls: TLS }), { APP_TOKEN: 'app-token-1' }).tenants[0]!.lean
  t.equal(lean.appToken, 'app-token-1')
  t.equal(lean.clientSecret, undefined)
  t.equal(lean.authUrl, 'https://mtls.sandbox.sa.leantech.me', 'the application is named by apiUrl and clientId')

  const noTls = refusal(file({ appToken: 'app-token-1' }))
  t.equal(noTls.field, 'tenants[0].lean.tls')
  t.match(noTls.message, 'only over mutual TLS')

  t.equal(refusal(file({})).field, 'tenants[0].lean.authUrl', 'without an app token, OAuth is required')
  t.equal(refusal(file({ authUrl: OAUTH.authUrl })).field, 'tenants[0].lean.clientSecret')
  t.equal(refusal(file({ appToken: 'x', tls: TLS, clientSecret: 's' })).field, 'tenants[0].lean.authUrl', 'OAuth credentials come as a pair')
})

t.test('tenants sharing a Lean application must present the same certificate and app token', async (t) => {
  const strangerFile = write('stranger.crt', stranger.cert)
  const strangerKey = write('stranger.pem', stranger.key)
  const clash = refusal(file({ ...OAUTH, tls: TLS }, { ...OAUTH, tls: { cert: { file: strangerFile }, key: { file: strangerKey } } }))
  t.equal(clash.field, 'tenants[1].lean.tls')
  t.match(clash.message, 'differs from another tenant')
  t.equal(refusal(file({ ...OAUTH, tls: TLS }, OAUTH)).field, 'tenants[1].lean.tls', 'one with mTLS, one without')
  const tokens = refusal(file({ appToken: 'one', tls: TLS }, { appToken: 'two', tls: TLS }))
  t.equal(tokens.field, 'tenants[1].lean.appToken')
  t.notMatch(tokens.message, /one|two/)
  t.equal(resolveConfig(file({ ...OAUTH, tls: TLS }, { ...OAUTH, tls: TLS })).tenants.length, 2, 'the same files twice are one application')
})
