import type { FastifyServerOptions } from 'fastify'

/** Paths pino blanks wherever they appear, so no credential is ever written to a log. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'headers.cookie',
  '*.clientSecret',
  '*.client_secret',
  '*.access_token',
  '*.token',
  '*.apiKey',
  '*.password',
  '*.secret'
]

export function loggerOptions (level: string): FastifyServerOptions['logger'] {
  return { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }
}
