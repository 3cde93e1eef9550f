import openapiTS, { astToString } from 'openapi-typescript'

const BANNER = '/**\n * Generated from openapi/openapi.json by `npm run client` (openapi-typescript). Do not edit.\n */\n\n'

/** The TypeScript types of the gateway's API, from the committed OpenAPI document. */
export async function renderClientTypes (): Promise<string> {
  const ast = await openapiTS(new URL('../../openapi/openapi.json', import.meta.url), { alphabetize: true })
  return BANNER + astToString(ast)
}
