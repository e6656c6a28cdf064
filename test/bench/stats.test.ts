/**
 * The benchmark's statistics: every timing is reported as repeat count, min, median and max.
 */
import { formatRatio, formatTiming, median, round, summarize } from '../../bench/lib/stats'

test('median of odd and even counts, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
    expect(() => median([])).toThrow(/no values/)
})

test('summarize keeps the repeat count, min, median and max', () => {
    expect(summarize([12, 10, 30, 11, 10.5])).toEqual({ repeats: 5, min: 10, median: 11, max: 30, unit: 'ms' })
    expect(summarize([2], 'days/s')).toEqual({ repeats: 1, min: 2, median: 2, max: 2, unit: 'days/s' })
    expect(() => summarize([])).toThrow(/no samples/)
    expect(() => summarize([1, Number.NaN])).toThrow(/not a finite number/)
})

test('formatting: three significant digits, ratios with ×, n/a for a zero baseline', () => {
    expect(round(1234.56)).toBe(1235)
    expect(round(12.345)).toBe(12.3)
    expect(round(0.012345)).toBe(0.0123)
    expect(formatTiming({ repeats: 5, min: 1.234, median: 2.5, max: 10.04, unit: 'ms' })).toBe('2.5 ms (1.23–10, n=5)')
    expect(formatRatio(16.66)).toBe('16.7×')
    expect(formatRatio(Number.NaN)).toBe('n/a')
})
