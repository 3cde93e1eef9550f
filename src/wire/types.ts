import type { TSchema } from 'typebox'
import type { Scope } from '../config/schema.js'
import type { TenantConfig } from '../config/types.js'
import type { OwnedKind } from '../store/types.js'

/**
 * A wire: how the gateway speaks to Lean. The seeds' simplified description, or Lean's current
 * servers. Everything that differs between them lives in one file per wire, behind this interface:
 * where the entity goes, how bodies look, which query parameters exist, which ids an answer carries,
 * where lists are, which statuses are final. Routes, idempotency, ownership and audit only ask.
 */
export type WireName = 'seeds' | 'lean'
export const WIRE_NAMES: readonly WireName[] = ['seeds', 'lean']

/** How a POST treats idempotency keys: payouts demand one, other POSTs honour one when given. */
export type IdempotencyRule = 'required' | 'optional' | 'none'

/** A caller's request after the route's schemas validated it. */
export interface CallerRequest {
  params: Record<string, string>
  query: Record<string, string>
  /** The `entity_id` header, if sent. */
  entityHeader: string | undefined
  /** The parsed JSON body (object or, on Lean's wire, an array), or undefined. */
  body: unknown
}

/** What goes to Lean: path with its encoded query, extra headers, and the body. */
export interface UpstreamRequest {
  path: string
  headers: Record<string, string>
  body?: unknown
}

export interface OwnedRef { kind: OwnedKind; id: string }

/** One payout line of a request, for the audit trail: a payout to several destinations is several lines. */
export interface MoneyLine {
  amount?: number | undefined
  currency?: string | undefined
  destinationId?: string | undefined
}

/** A list answer whose items ownership may hide, and how to rebuild it without them. */
export interface ListShape {
  items: unknown[]
  rebuild: (items: unknown[]) => unknown
}

/** What both wires agree on for each operation: its path, scope, tag and words (see catalog.ts). */
export interface OperationBase {
  operationId: string
  method: 'GET' | 'POST'
  /** Fastify route path; the same path goes upstream with each parameter encoded. */
  path: string
  tag: string
  summary: string
  description: string
  scope: Scope
  /** Data API calls act on one Lean entity, which the gateway resolves and injects. */
  entity: boolean
  /** Pay-ins act as an app user's Lean customer, which the gateway resolves (or creates) and injects. */
  customer?: true
  idempotency: IdempotencyRule
  params?: TSchema
}

export interface WireOperation extends OperationBase {
  /** Closed: a parameter Lean does not take is a 400. */
  query: TSchema
  body?: TSchema
  /** The body may be left out altogether (it is validated whenever it is sent). */
  bodyOptional?: true
  success: { status: number; description: string; schema: TSchema }

  /** Rules a schema cannot state (an amount's decimals depend on its currency); throws a 400. */
  checkBody?: (body: unknown) => void
  /** The tenant's own rules on the request (the destinations its pay-ins may name); throws a 403. */
  tenantRules?: (req: CallerRequest, tenant: TenantConfig) => void
  /** The account holders a new payout destination names (IBAN and name), for Lean's account verification. */
  holders?: (req: CallerRequest) => Array<{ iban: string | undefined; name: string | undefined }>
  /** The idempotency key is taken from the header only, on either wire (the body is Lean's, closed). */
  headerKeyOnly?: true
  /** Entity ids the caller named outside the header (query, body): each must be the resolved one. */
  entitiesNamed?: (req: CallerRequest) => Array<string | undefined>
  /** Objects the request names that must be the tenant's own, checked before anything goes upstream. */
  refs?: (req: CallerRequest) => OwnedRef[]
  /** The request Lean receives; `forwardedKey` is set when the operation forwards the idempotency key. */
  upstream: (req: CallerRequest, ctx: { entity?: string | undefined; forwardedKey?: string | undefined; customerId?: string | undefined }) => UpstreamRequest
  /** Objects Lean's success answer created, recorded for the tenant. */
  created?: (answer: unknown) => OwnedRef[]
  /** For reads whose subject was not known when it was created: the object in the answer that must be the tenant's. */
  answerOwner?: (answer: unknown) => OwnedRef | undefined
  /** Ids an answer reveals about an object the tenant owns (a payout id Lean gives only later), recorded as the tenant's. */
  learns?: (answer: unknown) => OwnedRef[]
  /** A Data answer Lean gave as PENDING: its results_id, recorded for the tenant (and entity) it answered. */
  pendingResults?: (answer: unknown) => string | undefined
  /** A list answer from which other tenants' objects are removed. */
  list?: { kind: OwnedKind; find: (answer: unknown) => ListShape | undefined; idOf: (item: unknown) => string | undefined }
  /** Money actions are audited: their lines, and the Lean id each line got from the answer. */
  audit?: {
    event: 'payout' | 'payin' | 'destination'
    lines: (req: CallerRequest) => MoneyLine[]
    /** The Lean id (and status) of each line in the answer, in the same order as `lines`. */
    results: (answer: unknown, lines: MoneyLine[]) => Array<{ leanId?: string | undefined; status?: string | undefined; intentId?: string | undefined }>
  }
}

/** How a wire follows a payout until it is final: what it is tracked by, how it is polled. */
export interface PayoutTracking {
  /** The id a payout is followed by: the payout id (seeds) or its intent id (Lean's answer has no payout id yet). */
  kind: 'payout' | 'intent'
  /** The read that polls a followed payout. */
  poll: (ref: string) => { operation: string; path: string }
  /** Lean's status in the poll's answer, and the payout id if it shows one. */
  readPoll: (answer: unknown) => { status?: string | undefined; postInitiation?: string | null | undefined; payoutId?: string | undefined }
}

export interface LeanWire {
  name: WireName
  operations: WireOperation[]
  payouts: PayoutTracking
  /** The named schemas its operations refer to (`Type.Ref`), for validation and the OpenAPI document. */
  schemas: TSchema[]
}
