/** What the Lean client reports about itself; the metrics plugin implements it. */
export interface LeanObserver {
  /** `outcome` is Lean's status code, or `error` / `timeout` when there was none. */
  upstream: (operation: string, outcome: number | 'error' | 'timeout', seconds: number) => void
  tokenFetch: (outcome: 'ok' | 'error') => void
}

export const silentObserver: LeanObserver = { upstream: () => {}, tokenFetch: () => {} }

/** One Lean call as a tracer sees it; `end` gets Lean's status, or 'timeout' / an error name. */
export interface LeanCallTracer {
  start: (call: { operation: string; method: string; url: string; attempt: number }) => {
    /** To send with the call (traceparent). */
    headers: Record<string, string>
    end: (outcome: number | string) => void
  }
}
