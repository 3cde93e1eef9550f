import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import fp from 'fastify-plugin'
import { PROBLEM_BASE } from '../errors.js'

export const SECURITY: Array<Record<string, string[]>> = [{ ApiKeyAuth: [] }, { BearerAuth: [] }]

/** The gateway's own OpenAPI document, built from the route schemas, and Swagger UI over it. */
export default fp(
  async function swaggerPlugin (app) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Lean gateway',
          version: '1.0.0',
          description:
            "The 20 operations of Lean's Data API v2 and Payouts API, on Lean's own paths and bodies. The gateway " +
            'authenticates you, injects its Lean token and your entity, and enforces idempotency on payouts. ' +
            `Errors are RFC 9457 problem+json; \`type\` is \`${PROBLEM_BASE}<code>\`.`
        },
        tags: [
          { name: 'Accounts' },
          { name: 'Transactions' },
          { name: 'Balances' },
          { name: 'Identity' },
          { name: 'Refreshes' },
          { name: 'Payouts' },
          { name: 'Payout Destinations' },
          { name: 'Audit' },
          { name: 'Operations' }
        ],
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
      },
      // Shared schemas appear under their own names in components.schemas.
      refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) }
    })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { persistAuthorization: true, displayOperationId: true, tryItOutEnabled: true }
    })
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
  },
  { name: 'swagger', fastify: '5.x' }
)
