import { readFileSync } from 'node:fs'
import { createLeanEmulator } from './index.js'

/**
 * A standalone emulated Lean: `npm run emulator`. Clients come from EMULATOR_CLIENTS, a JSON array
 * of `{ clientId, clientSecret, entities, appToken? }`; LEAN_WIRE (seeds | lean) the wire it speaks;
 * admin switches are under /__emulator. EMULATOR_TLS_CERT, _KEY and _CA (PEM files) make it Lean's
 * mTLS endpoint: HTTPS, and only clients presenting a certificate the CA signed, CN = client id.
 */
const clients = JSON.parse(process.env.EMULATOR_CLIENTS ?? '[]') as Array<{ clientId: string; clientSecret: string; entities: string[] }>
const wire = process.env.LEAN_WIRE ?? 'seeds'
if (wire !== 'seeds' && wire !== 'lean') throw new Error('LEAN_WIRE must be seeds or lean')
const pem = (name: string): string | undefined => process.env[name] === undefined ? undefined : readFileSync(process.env[name]!, 'utf8')
const [cert, key, ca] = [pem('EMULATOR_TLS_CERT'), pem('EMULATOR_TLS_KEY'), pem('EMULATOR_TLS_CA')]
if ((cert ?? key ?? ca) !== undefined && (cert === undefined || key === undefined || ca === undefined)) throw new Error('EMULATOR_TLS_CERT, EMULATOR_TLS_KEY and EMULATOR_TLS_CA go together')
const emulator = await createLeanEmulator({
  clients,
  wire,
  ...(cert !== undefined && key !== undefined && ca !== undefined && { tls: { cert, key, ca } }),
  ...(process.env.EMULATOR_PAYOUT_STEP_MS !== undefined && { payoutStepMs: Number(process.env.EMULATOR_PAYOUT_STEP_MS) }),
  ...(process.env.EMULATOR_TOKEN_TTL_S !== undefined && { tokenTtlSeconds: Number(process.env.EMULATOR_TOKEN_TTL_S) })
})
const url = await emulator.listen(Number(process.env.EMULATOR_PORT ?? 4010), process.env.EMULATOR_HOST ?? '127.0.0.1')
process.stdout.write(`Lean emulator listening on ${url}\n`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => { void emulator.close().then(() => process.exit(0)) })
}
