import { createLeanEmulator } from './index.js'

/**
 * A standalone emulated Lean: `npm run emulator`. Clients come from EMULATOR_CLIENTS, a JSON array
 * of `{ clientId, clientSecret, entities }`; LEAN_WIRE (seeds | lean) the wire it speaks; admin switches
 * are under /__emulator.
 */
const clients = JSON.parse(process.env.EMULATOR_CLIENTS ?? '[]') as Array<{ clientId: string; clientSecret: string; entities: string[] }>
const wire = process.env.LEAN_WIRE ?? 'seeds'
if (wire !== 'seeds' && wire !== 'lean') throw new Error('LEAN_WIRE must be seeds or lean')
const emulator = await createLeanEmulator({
  clients,
  wire,
  ...(process.env.EMULATOR_PAYOUT_STEP_MS !== undefined && { payoutStepMs: Number(process.env.EMULATOR_PAYOUT_STEP_MS) }),
  ...(process.env.EMULATOR_TOKEN_TTL_S !== undefined && { tokenTtlSeconds: Number(process.env.EMULATOR_TOKEN_TTL_S) })
})
const url = await emulator.listen(Number(process.env.EMULATOR_PORT ?? 4010), process.env.EMULATOR_HOST ?? '127.0.0.1')
process.stdout.write(`Lean emulator listening on ${url}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { void emulator.close().then(() => process.exit(0)) })
}
