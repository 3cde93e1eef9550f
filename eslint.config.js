import neostandard from 'neostandard'

// neostandard (standard's successor, as Fastify's own repositories use), with TypeScript.
export default [
  ...neostandard({ ts: true, ignores: ['dist/**', 'coverage/**', '.tap/**', 'test-artifacts/**', 'clients/typescript/schema*.d.ts', 'src/schemas/examples.ts', 'src/schemas/lean-examples.ts'] }),
  {
    rules: {
      // `void promise;` marks a promise left to run on purpose (typescript-eslint's idiom for it).
      'no-void': ['error', { allowAsStatement: true }]
    }
  },
  {
    // A function a reader holds in one screen (docs/architecture.md); nested functions count toward
    // the function around them, so a plugin's hooks are named functions of their own.
    files: ['src/**/*.ts'],
    ignores: ['src/emulator/lean-routes.ts', 'src/emulator/lean-wire-routes.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }]
    }
  }
]
