import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { makeDataDir } from './store/files.js'
import { join } from 'node:path'
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose'

/**
 * The demo's identity provider for app users: an RS256 key kept in DATA_DIR (so `npm run
 * demo-token` and a restarted demo agree), its public half served as a JWKS by the demo's emulator.
 * It signs tokens for the demo tenant only; it is never part of a configured gateway.
 */
export const DEMO_ISSUER = 'https://idp.demo.lean-gateway.local/'
export const DEMO_AUDIENCE = 'demo-app'
const KEY_FILE = 'demo-idp-key.json'

export interface DemoIdentityProvider {
  jwks: { keys: JWK[] }
  /** A token for app user `sub`, valid `hours`. */
  token: (sub: string, hours?: number) => Promise<string>
}

export async function demoIdentityProvider (dataDir: string): Promise<DemoIdentityProvider> {
  const path = join(dataDir, KEY_FILE)
  let privateJwk: JWK
  if (existsSync(path)) {
    privateJwk = JSON.parse(readFileSync(path, 'utf8')) as JWK
  } else {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    privateJwk = { ...(await exportJWK(privateKey)), kid: 'demo-1', alg: 'RS256' }
    makeDataDir(dataDir)
    writeFileSync(path, JSON.stringify(privateJwk), { mode: 0o600 })
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk
  const key = await importJWK(privateJwk, 'RS256')
  return {
    jwks: { keys: [{ ...publicJwk, use: 'sig' }] },
    token: async (sub, hours = 12) => await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid ?? 'demo-1' })
      .setIssuer(DEMO_ISSUER)
      .setAudience(DEMO_AUDIENCE)
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(`${hours}h`)
      .sign(key)
  }
}
