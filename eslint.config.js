import neostandard from 'neostandard'

// neostandard (standard's successor, as Fastify's own repositories use), with TypeScript.
export default [
  ...neostandard({ ts: true, ignores: ['dist/**', 'coverage/**', '.tap/**', 'test-artifacts/**', 'clients/typescript/schema*.d.ts'] }),
  {
    rules: {
      // `void promise;` marks a promise left to run on purpose (typescript-eslint's idiom for it).
      'no-void': ['error', { allowAsStatement: true }]
    }
  }
]
