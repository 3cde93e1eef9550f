import openapiTS, { astToString } from 'openapi-typescript'
import { OPENAPI_FILES } from '../../src/openapi.js'
import type { WireName } from '../../src/wire/types.js'

/** Where each wire's generated types live. */
export const CLIENT_TYPE_FILES: Record<WireName, string> = { seeds: 'clients/typescript/schema.d.ts', lean: 'clients/typescript/schema.lean.d.ts' }

const banner = (wire: WireName): string =>
  `/**\n * Generated from ${OPENAPI_FILES[wire]} by \`npm run client\` (openapi-typescript). Do not edit.\n */\n\n`

/** The TypeScript types of the gateway's API on one wire, from its committed OpenAPI document. */
export async function renderClientTypes (wire: WireName = 'seeds'): Promise<string> {
  const ast = await openapiTS(new URL(`../../${OPENAPI_FILES[wire]}`, import.meta.url), { alphabetize: true })
  return banner(wire) + astToString(ast)
}
