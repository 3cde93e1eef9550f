import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'

export interface Delivery { id: string; type: string; data: Record<string, unknown>; verified: boolean }

export interface Receiver {
  url: string
  secret: string
  /** Deliveries answered 2xx, in the order they arrived. */
  received: Delivery[]
  /** Every attempt, answered or not. */
  attempts: () => number
  /** What the next attempts get: a status, or 'hang' (no answer). */
  behave: (mode: number | 'hang') => void
  close: () => Promise<void>
}

interface Teardown { teardown: (fn: () => unknown) => void }

/** A tenant's webhook endpoint on a loopback port, checking each delivery with the standardwebhooks library. */
export async function startReceiver (t: Teardown): Promise<Receiver> {
  const secret = `whsec_${randomBytes(32).toString('base64')}`
  const verifier = new Webhook(secret)
  const received: Delivery[] = []
  let attempts = 0
  let mode: number | 'hang' = 200
  const server: Server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => { body += String(chunk) })
    req.on('end', () => {
      attempts++
      if (mode === 'hang') return
      if (mode >= 200 && mode < 300) {
        let verified = false
        try {
          verifier.verify(body, req.headers as Record<string, string>)
          verified = true
        } catch {}
        const parsed = JSON.parse(body) as { id: string; type: string; data: Record<string, unknown> }
        received.push({ id: parsed.id, type: parsed.type, data: parsed.data, verified: verified && req.headers['webhook-id'] === parsed.id })
      }
      res.statusCode = mode
      res.end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()) })
  t.teardown(close)
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/lean-gateway`,
    secret,
    received,
    attempts: () => attempts,
    behave: (next) => { mode = next },
    close
  }
}

/** Calls `step` until `done()` holds, at most `rounds` times `everyMs` apart: bounded, it stops by itself. */
export async function until (done: () => boolean | Promise<boolean>, step: () => Promise<unknown>, rounds = 100, everyMs = 20): Promise<boolean> {
  for (let i = 0; i < rounds; i++) {
    if (await done()) return true
    await step()
    await new Promise((resolve) => setTimeout(resolve, everyMs))
  }
  return await done()
}
