import type { Metric, Registry } from 'prom-client'

/**
 * Prometheus series for the per-request metrics, bound once per label set (a route and method, a
 * Lean operation and outcome) and registered in the app's prom-client registry, which exposes them
 * like its own. An observation is a bucket search and three additions: prom-client's labelled
 * children look their labels up and hash them on every observation, a few microseconds of every
 * request. Everything else the gateway measures stays prom-client's.
 */

type Labels = Record<string, string | number>

/** What a prom-client registry reads from a metric to expose it. */
interface Exposed { name: string; help: string; type: 'histogram' | 'counter'; aggregator: 'sum'; values: Array<{ metricName?: string; labels: Labels; value: number }> }

export interface HistogramSeries { observe: (value: number) => void }
export interface CounterSeries { inc: () => void }

const labelsOf = (names: readonly string[], values: readonly string[]): Labels => {
  if (values.length !== names.length) throw new Error(`expected labels ${names.join(', ')}`)
  return Object.fromEntries(names.map((n, i) => [n, values[i]!])) as Labels
}

/** Series by their labels, each made once; callers keep the series they use. */
abstract class BoundMetric<S> {
  readonly aggregator = 'sum' as const
  protected readonly made = new Map<string, { labels: Labels; series: S }>()

  constructor (readonly name: string, readonly help: string, private readonly labelNames: readonly string[], registry: Registry) {
    registry.registerMetric(this as unknown as Metric)
  }

  /** The series for these label values (in labelNames' order). */
  series (...values: string[]): S {
    const id = values.join('\u0000')
    let made = this.made.get(id)
    if (made === undefined) this.made.set(id, made = { labels: labelsOf(this.labelNames, values), series: this.create() })
    return made.series
  }

  protected abstract create (): S
}

class Buckets implements HistogramSeries {
  readonly counts: Float64Array
  sum = 0
  count = 0

  constructor (private readonly bounds: readonly number[]) {
    this.counts = new Float64Array(bounds.length)
  }

  observe (value: number): void {
    const bounds = this.bounds
    for (let i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]!) { this.counts[i]!++; break }
    }
    this.sum += value
    this.count++
  }
}

export class BoundHistogram extends BoundMetric<Buckets> {
  readonly type = 'histogram' as const

  constructor (name: string, help: string, labelNames: readonly string[], private readonly bounds: readonly number[], registry: Registry) {
    super(name, help, labelNames, registry)
  }

  protected create (): Buckets { return new Buckets(this.bounds) }

  get (): Exposed {
    const values: Exposed['values'] = []
    for (const { labels, series } of this.made.values()) {
      let cumulative = 0
      this.bounds.forEach((le, i) => {
        cumulative += series.counts[i]!
        values.push({ metricName: `${this.name}_bucket`, labels: { le, ...labels }, value: cumulative })
      })
      values.push({ metricName: `${this.name}_bucket`, labels: { le: '+Inf', ...labels }, value: series.count })
      values.push({ metricName: `${this.name}_sum`, labels, value: series.sum })
      values.push({ metricName: `${this.name}_count`, labels, value: series.count })
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values }
  }

  reset (): void {
    for (const { series } of this.made.values()) { series.counts.fill(0); series.sum = 0; series.count = 0 }
  }
}

class Count implements CounterSeries {
  value = 0
  inc (): void { this.value++ }
}

export class BoundCounter extends BoundMetric<Count> {
  readonly type = 'counter' as const

  protected create (): Count { return new Count() }

  get (): Exposed {
    return { name: this.name, help: this.help, type: this.type, aggregator: this.aggregator, values: [...this.made.values()].map(({ labels, series }) => ({ labels, value: series.value })) }
  }

  reset (): void {
    for (const { series } of this.made.values()) series.value = 0
  }
}
