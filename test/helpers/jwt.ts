import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload, type CryptoKey } from 'jose'

export interface Issuer {
  jwksUrl: string
  /** How many times the JWKS was fetched. */
  fetches: () => number
  sign: (claims: JWTPayload, options?: { expiresIn?: string | number; kid?: string; issuer?: string; audience?: string; noExp?: boolean; iat?: number | null; exp?: number }) => Promise<string>
  publicJwk: JWK
  close: () => Promise<void>
}

/** A stand-in identity provider: an RS256 key pair and its JWKS over HTTP. */
export async function startIssuer (): Promise<Issuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
  const publicJwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }
  let fetches = 0
  const server: Server = createServer((_req, res) => {
    fetches++
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify({ keys: [publicJwk] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    fetches: () => fetches,
    publicJwk,
    sign: async (claims, options = {}) => {
      let jwt = new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
        .setIssuer(options.issuer ?? 'https://idp.acme.test/')
        .setAudience(options.audience ?? 'acme-mobile')
      // iat: now unless given (a number of seconds), or none with null.
      if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat)
      if (options.noExp !== true) jwt = jwt.setExpirationTime(options.exp ?? options.expiresIn ?? '10m')
      return await jwt.sign(privateKey as CryptoKey)
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) })
  }
}
