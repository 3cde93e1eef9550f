import { Ajv, type ErrorObject } from 'ajv'
import { TenantsFileSchema } from './schema.js'

/**
 * Raised for any problem with the tenants file; `field` is the exact path, e.g.
 * `tenants[0].lean.apiUrl`. When a file has several, `field` is the first's and `problems` all.
 */
export class ConfigError extends Error {
  readonly problems: ReadonlyArray<{ field: string; problem: string }>

  constructor (readonly field: string, problem: string, more: ReadonlyArray<{ field: string; problem: string }> = []) {
    const all = [{ field, problem }, ...more]
    super(all.map((p) => `invalid gateway config at ${p.field}: ${p.problem}`).join('\n'))
    this.name = 'ConfigError'
    this.problems = all
  }

  /** One error for all of them (a file with three mistakes is told of three). */
  static of (errors: readonly ConfigError[]): ConfigError {
    if (errors.length === 1) return errors[0]!
    const [first, ...rest] = errors.flatMap((e) => e.problems)
    return new ConfigError(first!.field, first!.problem, rest)
  }
}

// verbose: each error carries the value, so a non-secret bad value can be shown back.
const validate = new Ajv({ allErrors: true, verbose: true, strict: true }).compile(TenantsFileSchema)

export function fieldPath (instancePath: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  let out = ''
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`
  return out === '' ? '(root)' : out
}

/** What each union in the schema may be, by the field's path. */
const UNION_SHAPES: Array<[RegExp, string]> = [
  [/\.tls\.(cert|key|ca)$/, 'must be a PEM string, { "env": "NAME" } or { "file": "PATH" }'],
  [/^trustProxy$/, 'must be true, false, a hop count (1-10) or a list of proxy addresses or CIDRs'],
  [/./, 'must be a string or { "env": "NAME" }']
]

// Values under these names may be secrets: never shown back, whatever is wrong with them.
const SECRET_FIELD = /(^|\.)(clientSecret|webhookSecret|secret|appToken|passphrase|tls)(\.|\[|$)/

function shown (field: string, value: unknown): string {
  if (SECRET_FIELD.test(field) || value === undefined) return ''
  const text = JSON.stringify(value)
  return ` (got ${text.length > 80 ? `${text.slice(0, 77)}...` : text})`
}

function describe (error: ErrorObject): ConfigError {
  const base = fieldPath(error.instancePath)
  const join = (child: string): string => (base === '(root)' ? child : `${base}.${child}`)
  switch (error.keyword) {
    case 'additionalProperties':
      return new ConfigError(join(String(error.params.additionalProperty)), 'unknown key')
    case 'required':
      return new ConfigError(join(String(error.params.missingProperty)), 'is required')
    case 'anyOf':
      return new ConfigError(base, UNION_SHAPES.find(([path]) => path.test(base))?.[1] ?? 'is not one of the allowed shapes')
    case 'enum':
      return new ConfigError(base, `must be one of ${(error.params.allowedValues as unknown[]).join(', ')}${shown(base, error.data)}`)
    default:
      return new ConfigError(base, `${error.message ?? 'is invalid'}${shown(base, error.data)}`)
  }
}

/**
 * Every structural problem of a tenants file, once each. A union's branches each fail on their
 * own; only the union's error (what the value may be) is kept.
 */
export function schemaProblems (raw: unknown): ConfigError[] {
  if (validate(raw)) return []
  const errors = validate.errors!
  const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.schemaPath.replace(/\/anyOf$/, '/anyOf/'))
  const kept = errors.filter((e) => e.keyword === 'anyOf' || !unions.some((u) => e.schemaPath.startsWith(u)))
  const seen = new Set<string>()
  return kept.map(describe).filter((e) => !seen.has(e.message) && seen.add(e.message) !== undefined)
}

/**
 * What every `{ "env": "NAME" }` reads as when a file is checked without its secrets (`config check
 * --no-env`): set, and of a shape every secret accepts (a webhook secret's whsec_ included).
 */
export const UNCHECKED_SECRET = `whsec_${Buffer.alloc(24).toString('base64')}`
export const structureOnlyEnv = (): NodeJS.ProcessEnv => new Proxy({}, { get: () => UNCHECKED_SECRET })

/** A secret of the tenants file: the literal, or the environment variable it names (which must be set). */
export function resolveSecret (secret: string | { env: string }, field: string, env: NodeJS.ProcessEnv): string {
  if (typeof secret === 'string') return secret
  const value = env[secret.env]
  if (value === undefined || value === '') throw new ConfigError(field, `environment variable ${secret.env} is not set`)
  return value
}
