import { randomUUID } from 'node:crypto'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { PROBLEM_BASE } from '../errors.js'
import { documentHeaders } from '../docs/document.js'
import { wireFor } from '../wire/index.js'

export const SECURITY: Array<Record<string, string[]>> = [{ ApiKeyAuth: [] }, { BearerAuth: [] }]

export interface DocsOptions {
  /** Demo mode: the key Swagger UI is pre-authorized with, and shown on the page. */
  demoApiKey?: string
  demoEntityId?: string
  /** Demo mode: ids (by parameter name) and request bodies (by operationId) the forms are filled with. */
  demoForms?: { parameters: Record<string, string>; bodies: Record<string, unknown> }
}

interface Operation {
  operationId?: string
  parameters?: Array<{ name: string; example?: unknown }>
  requestBody?: { content?: Record<string, { example?: unknown }> }
}

/**
 * The demo's document as Swagger UI gets it (a copy; /openapi.json is untouched): every form filled
 * with something the demo's sandbox has, and a fresh Idempotency-Key each time the page loads, so
 * each operation succeeds on its first Execute.
 */
export function filledForms (spec: Record<string, any>, forms: NonNullable<DocsOptions['demoForms']>): Record<string, any> {
  for (const operations of Object.values(spec.paths ?? {}) as Array<Record<string, Operation>>) {
    for (const op of Object.values(operations)) {
      for (const parameter of op.parameters ?? []) {
        if (parameter.name === 'Idempotency-Key') parameter.example = `demo-${randomUUID()}`
        else if (parameter.example === undefined && forms.parameters[parameter.name] !== undefined) parameter.example = forms.parameters[parameter.name]
      }
      const body = op.operationId === undefined ? undefined : forms.bodies[op.operationId]
      const json = op.requestBody?.content?.['application/json']
      if (body !== undefined && json !== undefined) json.example = body
    }
  }
  return spec
}

/** The document's head: what the gateway is, its security schemes; the paths come from the routes. */
const OPENAPI_HEAD = {
  openapi: '3.1.0',
  info: {
    title: 'Lean gateway',
    version: '1.0.0',
    description:
      "The 20 operations of Lean's Data API v2 and Payouts API, on Lean's own paths and bodies. The gateway " +
      'authenticates you, injects its Lean token and your entity, and enforces idempotency on payouts. ' +
      `Errors are RFC 9457 problem+json; \`type\` is \`${PROBLEM_BASE}<code>\`. ` +
      'Each operation names the scope it needs in `x-required-scopes` (and in its description).',
    license: { name: 'Proprietary', identifier: 'LicenseRef-Proprietary' },
    contact: { name: 'The gateway operators' }
  },
  // Relative: the document describes whichever gateway serves it.
  servers: [{ url: '/', description: 'The gateway serving this document' }],
  components: {
    securitySchemes: {
      ApiKeyAuth: {
        type: 'apiKey',
        in: 'header',
        name: 'X-Api-Key',
        description: 'For internal services. Keys are issued by the gateway operator, who stores only their SHA-256.'
      },
      BearerAuth: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          "For mobile apps: an end-user JWT from the tenant's identity provider (asymmetrically signed, with " +
          'iss, aud, exp and sub). The Lean entity comes from the tenant-configured claim.'
      }
    }
  }
} as const

/** Swagger UI's page in demo mode: authorized with the demo key, its forms filled, and saying so. */
function demoUi (docs: DocsOptions & { demoApiKey: string }) {
  return {
    // Serialized into the page by its source text, where `ui` is Swagger UI's own instance.
    // eslint-disable-next-line no-new-func
    onComplete: new Function(`ui.preauthorizeApiKey('ApiKeyAuth', ${JSON.stringify(docs.demoApiKey)})`) as () => void,
    transformSpecification: (spec: Record<string, any>) => ({
      ...(docs.demoForms === undefined ? spec : filledForms(spec, docs.demoForms)),
      info: {
        ...spec.info,
        description: `${String(spec.info.description)}\n\n**Demo mode.** Lean is emulated. You are authorized with the demo API key ` +
          `\`${docs.demoApiKey}\` (all scopes); the forms are filled with the demo entity \`${docs.demoEntityId ?? ''}\` and objects the emulated ` +
          'sandbox has, and each payout gets a fresh Idempotency-Key when the page loads: press **Execute**.'
      }
    })
  }
}

/**
 * The gateway's own OpenAPI document, built from the route schemas, and Swagger UI over it.
 * In demo mode the UI (not /openapi.json, which stays the committed document) carries the demo key.
 */
export default fp<DocsOptions>(
  async function swaggerPlugin (app, docs) {
    const leanOperations = new Set(wireFor(app.directory.config.leanWire).operations.map((op) => op.operationId))
    await app.register(swagger, {
      openapi: structuredClone(OPENAPI_HEAD) as unknown as Record<string, unknown>,
      transformObject: (document) => documentHeaders('openapiObject' in document ? document.openapiObject : {}, leanOperations),
      // Shared schemas appear under their own names in components.schemas.
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) }
    })
    const demo = docs.demoApiKey === undefined ? undefined : demoUi({ ...docs, demoApiKey: docs.demoApiKey })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      // Only the gateway's own origin: no CDN fonts or styles, no validator badge, nothing framed
      // elsewhere. Scripts only from the gateway; Swagger UI's React sets styles inline, which it needs.
      staticCSP: true,
      transformStaticCSP: (header: string) => `${header.replace(/ https:/g, '').replace(' validator.swagger.io', '').replace(/ ?upgrade-insecure-requests;/, '')
        .replace(/style-src 'self'/, "style-src 'self' 'unsafe-inline'").trim()} connect-src 'self'; form-action 'self';`,
      uiConfig: {
        validatorUrl: null,
        persistAuthorization: true,
        displayOperationId: true,
        tryItOutEnabled: true,
        displayRequestDuration: true,
        ...(demo !== undefined && { onComplete: demo.onComplete })
      },
      ...(demo !== undefined && { transformSpecification: demo.transformSpecification })
    })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'swagger', fastify: '5.x', dependencies: ['tenants'] }
)
