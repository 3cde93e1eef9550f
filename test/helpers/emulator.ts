import { createLeanEmulator, type EmulatorOptions, type LeanEmulator, type RecordedRequest } from '../../src/emulator/index.js'
import type { FaultRule } from '../../src/emulator/faults.js'

export const ENTITY_A = '11111111-1111-4111-8111-111111111111'
export const ENTITY_B = '22222222-2222-4222-8222-222222222222'

interface Teardown { teardown: (fn: () => unknown) => void }

/** A real emulated Lean on a loopback port; the test talks to it only over HTTP. */
export async function startEmulator (t: Teardown, options: Partial<EmulatorOptions> = {}): Promise<LeanEmulator> {
  const emulator = await createLeanEmulator({
    clients: [
      { clientId: 'client-a', clientSecret: 'secret-a-0123456789', entities: [ENTITY_A] },
      { clientId: 'client-b', clientSecret: 'secret-b-0123456789', entities: [ENTITY_B] }
    ],
    ...options
  })
  await emulator.listen()
  t.teardown(() => emulator.close())
  return emulator
}

async function admin<T> (emulator: LeanEmulator, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${emulator.url}/__emulator${path}`, {
    method,
    ...(body !== undefined && { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  })
  return await res.json() as T
}

/** What reached the emulated Lean, as it reports over its admin API; token requests optional. */
export async function upstreamRequests (emulator: LeanEmulator, { tokens = false } = {}): Promise<RecordedRequest[]> {
  const all = await admin<RecordedRequest[]>(emulator, 'GET', '/requests')
  return tokens ? all : all.filter((r) => !r.url.startsWith('/oauth2/'))
}

export const tokenRequests = async (emulator: LeanEmulator): Promise<RecordedRequest[]> =>
  (await upstreamRequests(emulator, { tokens: true })).filter((r) => r.url.startsWith('/oauth2/'))

export const clearRequests = (emulator: LeanEmulator): Promise<unknown> => admin(emulator, 'DELETE', '/requests')
export const addFault = (emulator: LeanEmulator, rule: FaultRule): Promise<unknown> => admin(emulator, 'POST', '/faults', rule)
export const revokeTokens = (emulator: LeanEmulator): Promise<unknown> => admin(emulator, 'POST', '/tokens/revoke')
