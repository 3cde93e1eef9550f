import { LEAN_WIRE } from './lean.js'
import { SEEDS_WIRE } from './seeds.js'
import type { LeanWire, WireName } from './types.js'

const WIRES: Record<WireName, LeanWire> = { seeds: SEEDS_WIRE, lean: LEAN_WIRE }

/** The wire named in the tenants file (`leanWire`). */
export const wireFor = (name: WireName): LeanWire => WIRES[name]

export type { CallerRequest, LeanWire, WireName, WireOperation } from './types.js'
