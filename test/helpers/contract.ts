import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import type { FastifyInstance } from 'fastify'

type Json = Record<string, any>

/**
 * The contract test: every answer the gateway gives in a test is checked against the OpenAPI
 * document it serves (status documented, media type documented, body valid against its schema).
 * `watchContract` installs it on an app before ready. A test file with an answer that breaks the
 * document prints each one and exits non-zero, so tap fails the file whatever its own assertions
 * said (an exception in a teardown would leave later teardowns, and open servers, behind).
 */
export interface Contract {
  failures: string[]
  checked: () => number
}

const broken = new Set<string>()
let answers = 0
process.once('exit', () => {
  if (process.env.CONTRACT_REPORT === '1') process.stderr.write(`# contract: ${answers} answers checked against the OpenAPI document\n`)
  if (broken.size === 0) return
  process.stderr.write(`\n# answers that break the OpenAPI document:\n${[...broken].map((f) => `#   ${f}`).join('\n')}\n`)
  process.exitCode = 1
})

const pointer = (...parts: string[]): string => parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/**
 * Validators for a document's answers: `validate(path, method, status, media)` compiles (once) the
 * schema of that answer, with the document's $refs resolved; `errors` describes the last failure.
 */
export function answerValidators (document: Json): { validate: (path: string, method: string, status: string, media: string) => ValidateFunction; errors: (v: ValidateFunction) => string } {
  const ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true })
  addFormats.default(ajv)
  ajv.addSchema(document, 'openapi')
  const compiled = new Map<string, ValidateFunction>()
  return {
    validate (path, method, status, media) {
      const ref = `openapi#/${pointer('paths', path, method, 'responses', status, 'content', media, 'schema')}`
      let validate = compiled.get(ref)
      if (validate === undefined) {
        validate = ajv.compile({ $ref: ref })
        compiled.set(ref, validate)
      }
      return validate
    },
    errors: (v) => ajv.errorsText(v.errors, { separator: '; ' })
  }
}

export function watchContract (app: FastifyInstance): Contract {
  const failures: string[] = []
  const fail = (failure: string): void => { failures.push(failure); broken.add(failure) }
  let checked = 0
  let document: Json | undefined
  let validators: ReturnType<typeof answerValidators> | undefined

  app.addHook('onSend', (request, reply, payload, done) => {
    try {
      const route = request.routeOptions.url
      if (route === undefined) { done(null, payload); return }
      if (document === undefined) {
        document = app.swagger() as Json
        validators = answerValidators(document)
      }
      const path = route.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
      const method = request.method.toLowerCase()
      const operation = document.paths?.[path]?.[method] as Json | undefined
      // Hidden routes (the document itself, Swagger UI, /metrics) are not part of the contract.
      if (operation === undefined) { done(null, payload); return }
      const status = String(reply.statusCode)
      const documented = [status, `${status[0]}XX`, 'default'].find((s) => operation.responses?.[s] !== undefined)
      const where = `${request.method} ${route} → ${status}`
      checked++
      answers++
      if (documented === undefined) {
        fail(`${where}: status not documented`)
      } else {
        const content = operation.responses[documented].content as Json | undefined
        const media = String(reply.getHeader('content-type') ?? '').split(';')[0]!.trim()
        if (content !== undefined && payload !== null && payload !== undefined && media !== '') {
          if (content[media] === undefined) {
            fail(`${where}: ${media} not documented (${Object.keys(content).join(', ')})`)
          } else if (content[media].schema !== undefined && /json/.test(media) && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
            const body = JSON.parse(payload.toString()) as unknown
            const validate = validators!.validate(path, method, documented, media)
            if (!validate(body)) fail(`${where}: ${validators!.errors(validate)}`)
          }
        }
      }
    } catch (err) {
      fail(`${request.method} ${request.url}: ${(err as Error).message}`)
    }
    done(null, payload)
  })
  return { failures, checked: () => checked }
}
