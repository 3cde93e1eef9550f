/** What the Lean client reports about itself; the metrics plugin implements it. */
export interface LeanObserver {
  /** `outcome` is Lean's status code, or `error` / `timeout` when there was none. */
  upstream: (operation: string, outcome: string, seconds: number) => void
  tokenFetch: (outcome: 'ok' | 'error') => void
}

export const silentObserver: LeanObserver = { upstream: () => {}, tokenFetch: () => {} }
