/**
 * Statistics for benchmark timings: every timing is reported with its repeat count and its
 * minimum, median and maximum, never as a single number.
 */

export interface Timing {
    /** How many samples were taken. */
    repeats: number
    min: number
    median: number
    max: number
    unit: string
}

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: number[]): number {
    if (values.length === 0) throw new Error('median of no values')
    const sorted = [...values].sort((a, b) => a - b)
    const mid = Math.floor(sorted.length / 2)
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function summarize(samples: number[], unit = 'ms'): Timing {
    if (samples.length === 0) throw new Error('no samples to summarize')
    if (samples.some((s) => !Number.isFinite(s))) throw new Error(`a sample is not a finite number: ${samples.join(', ')}`)
    return { repeats: samples.length, min: Math.min(...samples), median: median(samples), max: Math.max(...samples), unit }
}

/** Milliseconds spent in fn (high-resolution wall clock) and its value. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
    const started = process.hrtime.bigint()
    const value = await fn()
    return { ms: Number(process.hrtime.bigint() - started) / 1e6, value }
}

/** A number rounded for reading: 3 significant digits below 100, whole numbers above. */
export function round(value: number): number {
    if (!Number.isFinite(value)) return value
    const abs = Math.abs(value)
    if (abs >= 100) return Math.round(value)
    if (abs === 0) return 0
    const digits = Math.max(0, 2 - Math.floor(Math.log10(abs)))
    return Number(value.toFixed(Math.min(digits, 6)))
}

/** "median (min–max, n=5) unit", the way every timing appears in the tables. */
export function formatTiming(t: Timing): string {
    return `${round(t.median)} ${t.unit} (${round(t.min)}–${round(t.max)}, n=${t.repeats})`
}

/** a / b as "12.3×", or "n/a" when b is 0. */
export function ratio(a: number, b: number): number {
    return b === 0 ? Number.NaN : a / b
}

export function formatRatio(value: number): string {
    return Number.isFinite(value) ? `${round(value)}×` : 'n/a'
}
