import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * Switches a test or a demo flips over HTTP to make the emulated Lean slow, failing or rude.
 * A rule matches by method and path prefix, applies `times` times (or until cleared), and then:
 * waits `latencyMs`, and either answers `status` with `body`, resets the connection before
 * handling, or lets the request be handled and resets instead of answering (an unknown outcome).
 */
export interface FaultRule {
  method?: string
  path?: string
  latencyMs?: number
  status?: number
  body?: unknown
  headers?: Record<string, string>
  action?: 'respond' | 'reset' | 'reset-after'
  times?: number
}

/** Requests to handle normally and then answer with a connection reset instead of the response. */
export const resetAfterHandling = new WeakSet<FastifyRequest>()

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export class Faults {
  private rules: FaultRule[] = []

  add (rule: FaultRule): void {
    this.rules.push({ ...rule })
  }

  clear (): void {
    this.rules = []
  }

  list (): FaultRule[] {
    return this.rules.map((r) => ({ ...r }))
  }

  private take (request: FastifyRequest): FaultRule | undefined {
    const path = request.url
    const index = this.rules.findIndex((r) =>
      (r.method === undefined || r.method.toUpperCase() === request.method) && (r.path === undefined || path.startsWith(r.path))
    )
    if (index === -1) return undefined
    const rule = this.rules[index]!
    if (rule.times !== undefined) {
      rule.times--
      if (rule.times <= 0) this.rules.splice(index, 1)
    }
    return rule
  }

  /** Runs before the route; returns true when the fault has answered (or killed) the request. */
  async apply (request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    const rule = this.take(request)
    if (rule === undefined) return false
    if (rule.latencyMs !== undefined && rule.latencyMs > 0) await sleep(rule.latencyMs)
    if (rule.action === 'reset') {
      request.raw.socket.destroy()
      return true
    }
    if (rule.action === 'reset-after') {
      resetAfterHandling.add(request)
      return false
    }
    if (rule.status !== undefined) {
      reply.code(rule.status).headers(rule.headers ?? {})
      await reply.send(rule.body ?? { status: 'INTERNAL_ERROR', message: 'Injected fault', timestamp: new Date().toISOString() })
      return true
    }
    return false
  }
}
