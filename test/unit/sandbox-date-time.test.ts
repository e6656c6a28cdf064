/**
 * The sandbox's GlideDateTime / GlideDuration / GlideTime / GlideDate (checked against the
 * examples of the scoped API docs) and the loud-failure helpers for unsupported Glide calls.
 */
import { format, inspect } from 'node:util'
import vm from 'node:vm'
import { createDateTimeApi } from '../../sandbox/instance/runtime/date-time'
import { SandboxUnsupportedError, glideMethodNames, installLoudStubs, isLoudStub, loudProxy } from '../../sandbox/instance/runtime/unsupported'

/** A virtual clock the tests move by hand. */
let clockMs = Date.UTC(2024, 1, 29, 13, 45, 30, 123)
const api = createDateTimeApi({ now: () => clockMs })
const { GlideDateTime, GlideDuration, GlideTime, GlideDate } = api

afterEach(() => {
    clockMs = Date.UTC(2024, 1, 29, 13, 45, 30, 123)
    jest.restoreAllMocks()
})

/** Calls fn and returns what it threw (failing the test if it did not throw). */
function thrown(fn: () => unknown): unknown {
    try {
        fn()
    } catch (e) {
        return e
    }
    throw new Error('expected a throw')
}

describe('the clock', () => {
    test('new GlideDateTime() is the injected clock, to the millisecond', () => {
        const gdt = new GlideDateTime()
        expect(gdt.getNumericValue()).toBe(Date.UTC(2024, 1, 29, 13, 45, 30, 123))
        expect(gdt.getValue()).toBe('2024-02-29 13:45:30')
        expect(gdt.getDisplayValue()).toBe('2024-02-29 13:45:30')
    })

    test('moving the virtual clock moves new objects, not existing ones', () => {
        const before = new GlideDateTime()
        clockMs += 90 * 60 * 1000
        expect(new GlideDateTime().getValue()).toBe('2024-02-29 15:15:30')
        expect(before.getValue()).toBe('2024-02-29 13:45:30')
        expect(new GlideDate().getValue()).toBe('2024-02-29')
        expect(new GlideTime().getValue()).toBe('15:15:30')
    })

    test('Date.now is never consulted', () => {
        jest.spyOn(Date, 'now').mockImplementation(() => {
            throw new Error('Date.now used')
        })
        expect(new GlideDateTime().getValue()).toBe('2024-02-29 13:45:30')
        expect(new GlideDate().getValue()).toBe('2024-02-29')
        expect(new GlideTime().getValue()).toBe('13:45:30')
    })

    test('two APIs with different clocks do not share state', () => {
        const other = createDateTimeApi({ now: () => 0 })
        expect(new other.GlideDateTime().getValue()).toBe('1970-01-01 00:00:00')
        expect(new GlideDateTime().getValue()).toBe('2024-02-29 13:45:30')
        expect(new other.GlideDateTime()).not.toBeInstanceOf(GlideDateTime)
    })
})

describe('GlideDateTime parsing and formatting', () => {
    test.each([
        '2024-02-29 23:59:59',
        '2023-12-31 23:59:59',
        '2024-01-01 00:00:00',
        '2023-04-30 12:00:00',
        '1999-02-28 01:02:03',
    ])('%s round-trips through getValue, toString and String()', (value) => {
        const gdt = new GlideDateTime(value)
        expect(gdt.isValid()).toBe(true)
        expect(gdt.getValue()).toBe(value)
        expect(gdt.toString()).toBe(value)
        expect(String(gdt)).toBe(value)
        expect(gdt.getDisplayValueInternal()).toBe(value)
        expect(new GlideDateTime(gdt.getValue()).getNumericValue()).toBe(gdt.getNumericValue())
    })

    test('the docs example: 2011-08-31 08:00:00 is 1314777600000 ms', () => {
        expect(new GlideDateTime('2011-08-31 08:00:00').getNumericValue()).toBe(1314777600000)
    })

    test('a date alone is midnight UTC', () => {
        expect(new GlideDateTime('2024-02-29').getValue()).toBe('2024-02-29 00:00:00')
    })

    test('the documented alternative formats are tried in order', () => {
        expect(new GlideDateTime('02/03/2023 17:27:56').getValue()).toBe('2023-02-03 17:27:56') // MM/dd/yyyy first
        expect(new GlideDateTime('13-02-2020').getValue()).toBe('2020-02-13 00:00:00') // not MM-dd, so dd-MM
        expect(new GlideDateTime('2020-05-06 07:08').getValue()).toBe('2020-05-06 07:08:00')
        expect(new GlideDateTime('01.02.2020 01:02:03 PM').getValue()).toBe('2020-02-01 13:02:03')
    })

    test('setValue takes a string, a number of ms or a GlideDateTime; setNumericValue takes ms', () => {
        const gdt = new GlideDateTime('2011-01-01 12:00:00')
        gdt.setValue('2011-02-02 08:00:00')
        expect(gdt.getValue()).toBe('2011-02-02 08:00:00')
        gdt.setValue(1314777600000)
        expect(gdt.getValue()).toBe('2011-08-31 08:00:00')
        gdt.setValue(new GlideDateTime('2000-01-01 00:00:00'))
        expect(gdt.getValue()).toBe('2000-01-01 00:00:00')
        gdt.setNumericValue(0)
        expect(gdt.getValue()).toBe('1970-01-01 00:00:00')
    })

    test('setDisplayValue reads UTC (the sandbox user time zone)', () => {
        const gdt = new GlideDateTime('2014-02-02 12:00:00')
        gdt.setDisplayValue('2014-01-01 12:00:00')
        expect(gdt.getValue()).toBe('2014-01-01 12:00:00')
    })

    test('setDisplayValue and setValueUTC with a pattern (docs examples)', () => {
        const a = new GlideDateTime('2011-02-02 12:00:00')
        a.setDisplayValue('20-5-2011 12:00:00', 'dd-MM-yyyy HH:mm:ss')
        expect(a.getValue()).toBe('2011-05-20 12:00:00')
        const b = new GlideDateTime('2011-01-01 12:00:00')
        b.setValueUTC('15-02-2011 08:00:00', 'dd-MM-yyyy HH:mm:ss')
        expect(b.getValue()).toBe('2011-02-15 08:00:00')
    })

    test('the copy constructor copies, and the copy is independent', () => {
        const a = new GlideDateTime('2025-01-28 12:00:00')
        const b = new GlideDateTime(a)
        b.addDaysUTC(1)
        expect(a.getValue()).toBe('2025-01-28 12:00:00')
        expect(b.getValue()).toBe('2025-01-29 12:00:00')
    })

    test('an object (e.g. a GlideElement) is read through its string value', () => {
        const element = { toString: () => '2024-03-01 10:00:00' }
        expect(new GlideDateTime(element).getValue()).toBe('2024-03-01 10:00:00')
    })

    test('getDate, getTime and the UTC parts', () => {
        const gdt = new GlideDateTime('2011-12-01 12:34:56') // a Thursday
        expect(gdt.getDate().getValue()).toBe('2011-12-01')
        expect(String(gdt.getDate())).toBe('2011-12-01')
        expect(gdt.getLocalDate().getValue()).toBe('2011-12-01')
        expect(gdt.getTime().getValue()).toBe('12:34:56')
        expect(gdt.getTime().getNumericValue()).toBe((12 * 3600 + 34 * 60 + 56) * 1000)
        expect(gdt.getYearUTC()).toBe(2011)
        expect(gdt.getMonthUTC()).toBe(12)
        expect(gdt.getDayOfMonthUTC()).toBe(1)
        expect(gdt.getDayOfWeekUTC()).toBe(4)
        expect(gdt.getDayOfWeekLocalTime()).toBe(4)
        expect(gdt.getWeekOfYearUTC()).toBe(49)
        expect(new GlideDateTime('2024-03-03 00:00:00').getDayOfWeekUTC()).toBe(7) // Sunday
        expect(new GlideDateTime('2024-03-04 00:00:00').getDayOfWeekUTC()).toBe(1) // Monday
        expect(new GlideDateTime('2015-12-27 00:00:00').getWeekOfYearUTC()).toBe(1) // first week of 2016, per docs
        expect(new GlideDateTime('2024-02-10 00:00:00').getDaysInMonthUTC()).toBe(29)
        expect(new GlideDateTime('2023-02-10 00:00:00').getDaysInMonthUTC()).toBe(28)
        expect(new GlideDateTime('2011-11-02 12:00:00').getDaysInMonthUTC()).toBe(30)
    })

    test('setDayOfMonthUTC clamps a day past the month end to the last day', () => {
        const gdt = new GlideDateTime('2023-02-10 08:00:00')
        gdt.setDayOfMonthUTC(31)
        expect(gdt.getValue()).toBe('2023-02-28 08:00:00')
        gdt.setDayOfMonthUTC(9)
        expect(gdt.getValue()).toBe('2023-02-09 08:00:00')
    })
})

describe('GlideDateTime arithmetic', () => {
    test('addSeconds (docs example) and negative seconds', () => {
        const gdt = new GlideDateTime('2011-12-07 08:00:00')
        gdt.addSeconds(1000)
        expect(gdt.getValue()).toBe('2011-12-07 08:16:40')
        gdt.addSeconds(-1000 - 8 * 3600 - 1)
        expect(gdt.getValue()).toBe('2011-12-06 23:59:59')
    })

    test('addSeconds crosses a year end and a leap day', () => {
        const a = new GlideDateTime('2023-12-31 23:59:59')
        a.addSeconds(1)
        expect(a.getValue()).toBe('2024-01-01 00:00:00')
        const b = new GlideDateTime('2024-02-28 23:59:30')
        b.addSeconds(60)
        expect(b.getValue()).toBe('2024-02-29 00:00:30')
    })

    test('addDaysUTC across month ends, leap and common years', () => {
        const leap = new GlideDateTime('2024-02-28 10:00:00')
        leap.addDaysUTC(1)
        expect(leap.getValue()).toBe('2024-02-29 10:00:00')
        const common = new GlideDateTime('2023-02-28 10:00:00')
        common.addDaysUTC(1)
        expect(common.getValue()).toBe('2023-03-01 10:00:00')
        const back = new GlideDateTime('2011-08-31 08:00:00')
        back.addDaysUTC(-1)
        expect(back.getDate().getValue()).toBe('2011-08-30')
        const year = new GlideDateTime('2024-12-31 12:00:00')
        year.addDaysLocalTime(1)
        expect(year.getValue()).toBe('2025-01-01 12:00:00')
        year.addDays(-366)
        expect(year.getValue()).toBe('2024-01-01 12:00:00')
    })

    test('addWeeksUTC (docs example)', () => {
        const gdt = new GlideDateTime('2011-08-31 08:00:00')
        gdt.addWeeksUTC(-1)
        expect(gdt.getValue()).toBe('2011-08-24 08:00:00')
    })

    test.each([
        ['2024-01-31 09:30:00', 1, '2024-02-29 09:30:00'],
        ['2023-01-31 09:30:00', 1, '2023-02-28 09:30:00'],
        ['2024-03-31 09:30:00', -1, '2024-02-29 09:30:00'],
        ['2011-08-31 08:00:00', 2, '2011-10-31 08:00:00'],
        ['2024-05-31 00:00:00', 1, '2024-06-30 00:00:00'],
        ['2024-11-15 00:00:00', 3, '2025-02-15 00:00:00'],
        ['2024-01-15 00:00:00', -13, '2022-12-15 00:00:00'],
    ])('%s addMonthsUTC(%d) is %s (day clamped to the month, as Java Calendar does)', (start, months, expected) => {
        const gdt = new GlideDateTime(start)
        gdt.addMonthsUTC(months)
        expect(gdt.getValue()).toBe(expected)
    })

    test('addYearsUTC from Feb 29 lands on Feb 28, and back on Feb 29 four years later', () => {
        const gdt = new GlideDateTime('2024-02-29 06:00:00')
        gdt.addYearsUTC(1)
        expect(gdt.getValue()).toBe('2025-02-28 06:00:00')
        const leap = new GlideDateTime('2024-02-29 06:00:00')
        leap.addYearsLocalTime(4)
        expect(leap.getValue()).toBe('2028-02-29 06:00:00')
    })

    test('add(ms), add(GlideTime) and add(GlideDuration) (docs examples)', () => {
        const gdt = new GlideDateTime('2011-08-31 08:00:00')
        gdt.add(10)
        expect(gdt.getNumericValue()).toBe(1314777600010)
        const t = new GlideDateTime('2011-08-31 08:00:00')
        const twenty = new GlideTime()
        twenty.setValue('00:00:20')
        t.add(twenty)
        expect(t.getTime().getByFormat('hh:mm:ss')).toBe('08:00:20')
        t.add(new GlideDuration('1 01:00:00'))
        expect(t.getValue()).toBe('2011-09-01 09:00:20')
    })

    test('subtract(ms) and subtract(GlideTime) (docs examples)', () => {
        const a = new GlideDateTime('2011-12-07 08:00:00')
        a.subtract(1000)
        expect(a.getValue()).toBe('2011-12-07 07:59:59')
        const b = new GlideDateTime('2011-08-31 08:00:00')
        const twenty = new GlideTime()
        twenty.setValue('00:00:20')
        b.subtract(twenty)
        expect(b.getTime().getByFormat('hh:mm:ss')).toBe('07:59:40')
    })

    test('fractional and numeric-string arguments convert like Rhino does (truncated)', () => {
        const gdt = new GlideDateTime('2024-01-01 00:00:00')
        gdt.addSeconds(1.9)
        gdt.addDaysUTC('2')
        expect(gdt.getValue()).toBe('2024-01-03 00:00:01')
    })
})

describe('GlideDateTime comparison', () => {
    const init = new GlideDateTime('2011-08-01 12:00:00')
    const same = new GlideDateTime('2011-08-01 12:00:00')
    const earlier = new GlideDateTime('2011-07-31 12:00:00')
    const later = new GlideDateTime('2011-08-04 16:00:00')

    test('compareTo (docs example)', () => {
        expect(init.compareTo(same)).toBe(0)
        expect(init.compareTo(earlier)).toBe(1)
        expect(init.compareTo(later)).toBe(-1)
    })

    test('before, after, onOrBefore, onOrAfter', () => {
        expect([init.before(later), init.before(same), init.before(earlier)]).toEqual([true, false, false])
        expect([init.after(earlier), init.after(same), init.after(later)]).toEqual([true, false, false])
        expect([init.onOrBefore(same), init.onOrBefore(later), init.onOrBefore(earlier)]).toEqual([true, true, false])
        expect([init.onOrAfter(same), init.onOrAfter(earlier), init.onOrAfter(later)]).toEqual([true, true, false])
    })

    test('equals takes a GlideDateTime or a string', () => {
        expect(init.equals(same)).toBe(true)
        expect(init.equals('2011-08-01 12:00:00')).toBe(true)
        expect(new GlideDateTime('2011-08-31 00:00:00').equals('2011-09-30 00:12:01')).toBe(false)
        expect(init.equals('not a date')).toBe(false)
        expect(init.equals(12)).toBe(false)
    })

    test('millisecond differences count', () => {
        const a = new GlideDateTime()
        clockMs += 1
        const b = new GlideDateTime()
        expect(a.getValue()).toBe(b.getValue())
        expect(a.before(b)).toBe(true)
        expect(a.equals(b)).toBe(false)
    })
})

describe('GlideDateTime.subtract(start, end)', () => {
    test('the docs example: a GlideDuration of 2 days 23 hours', () => {
        const dur = GlideDateTime.subtract(new GlideDateTime('2011-08-28 09:00:00'), new GlideDateTime('2011-08-31 08:00:00'))
        expect(dur).toBeInstanceOf(GlideDuration)
        expect(dur.getNumericValue()).toBe((2 * 24 + 23) * 3600 * 1000)
        expect(dur.getDisplayValue()).toBe('2 Days 23 Hours')
        expect(dur.getDurationValue()).toBe('2 23:00:00')
    })

    test('is end minus start, so an earlier end gives a negative duration', () => {
        const start = new GlideDateTime('2024-01-01 00:01:00')
        const end = new GlideDateTime('2024-01-01 00:00:00')
        expect(GlideDateTime.subtract(start, end).getNumericValue()).toBe(-60000)
        expect(GlideDateTime.subtract(end, start).getDisplayValue()).toBe('1 Minute')
    })

    test('across a leap day', () => {
        const dur = GlideDateTime.subtract(new GlideDateTime('2024-02-28 00:00:00'), new GlideDateTime('2024-03-01 00:00:00'))
        expect(dur.getDayPart()).toBe(2)
    })

    test('rejects anything but two GlideDateTime objects', () => {
        expect(() => GlideDateTime.subtract(new GlideDateTime(), '2024-01-01 00:00:00')).toThrow(TypeError)
    })
})

describe('GlideDuration', () => {
    test('parses a display value and formats it every documented way', () => {
        const dur = new GlideDuration('3 12:00:00')
        expect(dur.getNumericValue()).toBe((3 * 24 + 12) * 3600 * 1000)
        expect(dur.getDisplayValue()).toBe('3 Days 12 Hours')
        expect(dur.getValue()).toBe('1970-01-04 12:00:00')
        expect(dur.getDurationValue()).toBe('3 12:00:00')
        expect(dur.getDayPart()).toBe(3)
        expect(new GlideDuration(dur).getDisplayValue()).toBe('3 Days 12 Hours')
    })

    test('from milliseconds (docs example) and without a day part', () => {
        expect(new GlideDuration(60000).getDurationValue()).toBe('00:01:00')
        expect(new GlideDuration('12:00:00').getDurationValue()).toBe('12:00:00')
        expect(new GlideDuration('3:00:00').getNumericValue()).toBe(3 * 3600 * 1000)
        expect(new GlideDuration().getNumericValue()).toBe(0)
    })

    test('display value: zero parts left out, singular for one, seconds only when alone', () => {
        expect(new GlideDuration('1 02:03:04').getDisplayValue()).toBe('1 Day 2 Hours 3 Minutes')
        expect(new GlideDuration('1 01:01:00').getDisplayValue()).toBe('1 Day 1 Hour 1 Minute')
        expect(new GlideDuration('0 00:00:45').getDisplayValue()).toBe('45 Seconds')
        expect(new GlideDuration(0).getDisplayValue()).toBe('0 Seconds')
    })

    test('add and subtract return new durations (docs examples)', () => {
        const duration = new GlideDuration('3 12:00:00')
        const three = new GlideDuration('3:00:00')
        expect(duration.add(three).getDisplayValue()).toBe('3 Days 15 Hours')
        expect(duration.subtract(three).getDisplayValue()).toBe('3 Days 9 Hours')
        expect(duration.getDisplayValue()).toBe('3 Days 12 Hours')
    })

    test('getRoundedDayPart rounds up only past 12 hours', () => {
        expect(new GlideDuration('3 14:00:00').getRoundedDayPart()).toBe(4)
        expect(new GlideDuration('3 12:00:00').getRoundedDayPart()).toBe(3)
        expect(new GlideDuration('3 11:59:59').getRoundedDayPart()).toBe(3)
    })

    test('setValue takes the internal date-time, setDisplayValue the d HH:mm:ss form (docs examples)', () => {
        const a = new GlideDuration()
        a.setValue('1970-01-05 08:00:00')
        expect(a.getDisplayValue()).toBe('4 Days 8 Hours')
        const b = new GlideDuration()
        b.setDisplayValue('3 08:00:00')
        expect(b.getDisplayValue()).toBe('3 Days 8 Hours')
    })

    test('getByFormat (docs example)', () => {
        expect(new GlideDuration('3 22:00:00').getByFormat('HH:mm')).toBe('22:00')
    })

    test('an unparsable display value is a zero duration', () => {
        expect(new GlideDuration('three days').getNumericValue()).toBe(0)
    })
})

describe('GlideTime and GlideDate', () => {
    test('GlideTime(ms) counts from midnight UTC', () => {
        const t = new GlideTime(10000)
        expect(t.getValue()).toBe('00:00:10')
        expect(t.getDisplayValue()).toBe('00:00:10')
        expect(t.getNumericValue()).toBe(10000)
    })

    test('GlideTime parts and formats', () => {
        const t = new GlideTime()
        t.setValue('12:00:00')
        expect(t.getByFormat('HH:mm')).toBe('12:00')
        expect(t.getByFormat('hh a')).toBe('12 PM')
        expect(t.getHourUTC()).toBe(0) // noon is 0 on the 12-hour clock, per docs
        expect(t.getHourOfDayUTC()).toBe(12)
        t.setValue('23:05:09')
        expect([t.getHourOfDayUTC(), t.getHourUTC(), t.getMinutesUTC(), t.getSeconds()]).toEqual([23, 11, 5, 9])
    })

    test('GlideTime.subtract gives a GlideDuration', () => {
        const a = new GlideTime()
        a.setDisplayValue('09:00:00')
        const b = new GlideTime()
        b.setDisplayValue('09:10:00')
        expect(GlideTime.subtract(a, b).getDisplayValue()).toBe('10 Minutes')
    })

    test('GlideDate values, parts, formats and subtract', () => {
        const d = new GlideDate('2021-04-21')
        expect(d.getValue()).toBe('2021-04-21')
        expect(d.getByFormat('dd-MM-yyyy')).toBe('21-04-2021')
        expect(d.getByFormat('EEEE')).toBe('Wednesday')
        expect([d.getYearNoTZ(), d.getMonthNoTZ(), d.getDayOfMonthNoTZ()]).toEqual([2021, 4, 21])
        const dur = GlideDate.subtract(new GlideDate('2024-02-28'), new GlideDate('2024-03-01'))
        expect(dur.getDisplayValue()).toBe('2 Days')
    })
})

describe('invalid input', () => {
    test('an invalid string: isValid() false, no value, and the platform message', () => {
        const gdt = new GlideDateTime('2011-aa-31 aa:00:00')
        expect(gdt.isValid()).toBe(false)
        expect(gdt.getErrorMsg()).toBe("Invalid date time: '2011-aa-31 aa:00:00', ignored")
        expect(gdt.getValue()).toBe('')
        expect(gdt.getDisplayValue()).toBe('')
        expect(gdt.hasDate()).toBe(false)
        expect(gdt.getNumericValue()).toBe(0)
    })

    test.each(['2023-02-29 00:00:00', '2024-04-31', '2024-13-01 00:00:00', '2024-01-01 24:00:00', '2024-01-01 10:60:00', '2020-01-01T00:00:00Z', '2024-01-01 10:00:00.123'])(
        '%s is invalid (strict parse, no roll-over)',
        (value) => {
            const gdt = new GlideDateTime(value)
            expect(gdt.isValid()).toBe(false)
            expect(gdt.getValue()).toBe('')
        },
    )

    test('setDisplayValue with garbage reports the display-value message (docs example)', () => {
        const gdt = new GlideDateTime()
        gdt.setDisplayValue('2011-aa-01 00:00:00')
        expect(gdt.isValid()).toBe(false)
        expect(gdt.getErrorMsg()).toBe('Could not parse DateTime: 2011-aa-01 00:00:00')
    })

    test('a later valid value clears the error', () => {
        const gdt = new GlideDateTime('nonsense')
        gdt.setValue('2024-01-01 00:00:00')
        expect(gdt.isValid()).toBe(true)
        expect(gdt.getErrorMsg()).toBeNull()
        expect(gdt.getValue()).toBe('2024-01-01 00:00:00')
    })

    test('arithmetic on an object without a value leaves it without a value', () => {
        const gdt = new GlideDateTime('nonsense')
        gdt.addDaysUTC(1)
        gdt.addMonthsUTC(1)
        expect(gdt.getValue()).toBe('')
    })

    test('an empty string is an empty value, not an error', () => {
        const gdt = new GlideDateTime('')
        expect(gdt.isValid()).toBe(true)
        expect(gdt.hasDate()).toBe(false)
        expect(gdt.getValue()).toBe('')
    })

    test('setValueUTC with a value not matching the pattern throws and sets getErrorMsg', () => {
        const gdt = new GlideDateTime('2011-01-01 12:00:00')
        expect(() => gdt.setValueUTC('2011-02-15 08:00:00', 'dd-MM-yyyy HH:mm:ss')).toThrow('Could not parse DateTime')
        expect(gdt.getErrorMsg()).toContain('2011-02-15 08:00:00')
        expect(gdt.getValue()).toBe('2011-01-01 12:00:00')
    })
})

describe('unsupported calls fail loudly', () => {
    test.each([
        ['setTZ', ['America/New_York']],
        ['getDisplayValueLang', ['full', 'fr']],
        ['getDayOfWeek', []],
        ['setMonthUTC', [1]],
    ])('GlideDateTime.%s() throws SandboxUnsupportedError naming class and method', (method, args) => {
        const gdt = new GlideDateTime() as unknown as Record<string, (...a: unknown[]) => unknown>
        const e = thrown(() => gdt[method](...args))
        expect(e).toBeInstanceOf(SandboxUnsupportedError)
        expect((e as SandboxUnsupportedError).message).toBe(`Sandbox: GlideDateTime.${method}() is not supported by the Tether sandbox`)
        expect((e as SandboxUnsupportedError).className).toBe('GlideDateTime')
        expect((e as SandboxUnsupportedError).member).toBe(method)
    })

    test('GlideDuration stubs, including the ones inherited from GlideTime, name GlideDuration', () => {
        const dur = new GlideDuration() as unknown as Record<string, () => unknown>
        expect(() => dur.isShowTimerAlert()).toThrow('Sandbox: GlideDuration.isShowTimerAlert() is not supported')
        expect(() => dur.getXMLValue()).toThrow('Sandbox: GlideDuration.getXMLValue() is not supported')
        const time = new GlideTime() as unknown as Record<string, () => unknown>
        expect(() => time.getXMLValue()).toThrow('Sandbox: GlideTime.getXMLValue() is not supported')
    })

    test('static methods the sandbox lacks throw too', () => {
        const statics = GlideDateTime as unknown as Record<string, (f: string) => unknown>
        expect(() => statics.excludeZFromFormat('x')).toThrow(SandboxUnsupportedError)
    })

    test('every method the type package lists exists on the class (real or stub)', () => {
        for (const [cls, name] of [
            [GlideDateTime, 'GlideDateTime'],
            [GlideDuration, 'GlideDuration'],
            [GlideTime, 'GlideTime'],
            [GlideDate, 'GlideDate'],
        ] as const) {
            const proto = cls.prototype as unknown as Record<string, unknown>
            const missing = glideMethodNames(name).filter((m) => typeof proto[m] !== 'function')
            expect({ name, missing }).toEqual({ name, missing: [] })
        }
    })

    test('the implemented methods are real, not stubs', () => {
        const proto = GlideDateTime.prototype as unknown as Record<string, unknown>
        for (const m of ['addMonthsUTC', 'getDayOfWeekUTC', 'getDayOfWeekLocalTime', 'compareTo', 'getDate', 'subtract']) {
            expect([m, isLoudStub(proto[m])]).toEqual([m, false])
        }
        expect(isLoudStub(proto.setTZ)).toBe(true)
    })

    test('an undocumented constructor overload throws rather than guess', () => {
        expect(() => new GlideDateTime(0)).toThrow(SandboxUnsupportedError)
    })

    test('a format pattern letter the sandbox cannot render throws', () => {
        const e = thrown(() => new GlideTime(0).getByFormat('W'))
        expect(e).toBeInstanceOf(SandboxUnsupportedError)
        expect((e as Error).message).toContain('GlideTime.getByFormat()')
    })

    test('the stubs fire inside a script context too', () => {
        const context = vm.createContext({ GlideDateTime, GlideDuration })
        expect(vm.runInContext("var g = new GlideDateTime('2024-01-31 00:00:00'); g.addMonthsUTC(1); g.getValue()", context)).toBe('2024-02-29 00:00:00')
        expect(() => vm.runInContext('new GlideDateTime().setTZ(null)', context)).toThrow(SandboxUnsupportedError)
    })
})

describe('unsupported.ts helpers', () => {
    test('glideMethodNames reads the type package, deduplicating overloads', () => {
        const names = glideMethodNames('GlideDateTime')
        expect(names).toEqual(expect.arrayContaining(['addMonthsUTC', 'getDayOfWeekUTC', 'setTZ', 'subtract']))
        expect(names.filter((n) => n === 'subtract')).toHaveLength(1)
        expect(glideMethodNames('RESTMessageV2', 'sn_ws')).toEqual(expect.arrayContaining(['execute', 'setEndpoint']))
        expect(glideMethodNames('GlideOAuthClient', 'sn_auth').length).toBeGreaterThan(0)
        expect(glideMethodNames('GlideRecord')).toEqual([])
        expect(glideMethodNames('Nope', 'no_such_namespace')).toEqual([])
    })

    test('installLoudStubs skips implemented methods, stubs the rest non-enumerably', () => {
        class Base {
            inherited(): string {
                return 'base'
            }
        }
        class Thing extends Base {
            own(): string {
                return 'own'
            }
        }
        installLoudStubs(Thing.prototype, 'Thing', ['own', 'inherited', 'missing', 'missing'])
        const t = new Thing() as Thing & { missing(): unknown }
        expect(t.own()).toBe('own')
        expect(t.inherited()).toBe('base')
        expect(() => t.missing()).toThrow('Sandbox: Thing.missing() is not supported by the Tether sandbox')
        expect(Object.keys(Thing.prototype)).toEqual([])
    })

    test('installLoudStubs re-stubs an inherited stub under the subclass name', () => {
        class Base {}
        class Child extends Base {}
        installLoudStubs(Base.prototype, 'Base', ['gone'])
        installLoudStubs(Child.prototype, 'Child', ['gone'])
        expect(() => (new Child() as unknown as { gone(): unknown }).gone()).toThrow('Sandbox: Child.gone()')
        expect(() => (new Base() as unknown as { gone(): unknown }).gone()).toThrow('Sandbox: Base.gone()')
    })

    test('SandboxUnsupportedError also takes one free-text argument', () => {
        const e = new SandboxUnsupportedError('GlideRecord.chooseWindow()')
        expect(e.message).toBe('Sandbox: GlideRecord.chooseWindow() is not supported by the Tether sandbox')
        expect([e.className, e.member, e.name]).toEqual(['GlideRecord', 'chooseWindow', 'SandboxUnsupportedError'])
        expect(e).toBeInstanceOf(Error)
    })
})

describe('loudProxy', () => {
    const gs = loudProxy({ info: (m: string) => `logged ${m}`, nil: undefined }, 'gs')

    test('existing members pass through, including ones whose value is undefined', () => {
        expect(gs.info('x')).toBe('logged x')
        expect(gs.nil).toBeUndefined()
        expect('info' in gs).toBe(true)
        expect('getProperty' in gs).toBe(false)
    })

    test('a missing member throws SandboxUnsupportedError naming namespace and member', () => {
        const e = thrown(() => (gs as unknown as Record<string, unknown>).getProperty)
        expect(e).toBeInstanceOf(SandboxUnsupportedError)
        expect((e as Error).message).toBe('Sandbox: gs.getProperty is not supported by the Tether sandbox')
        expect([(e as SandboxUnsupportedError).className, (e as SandboxUnsupportedError).member]).toEqual(['gs', 'getProperty'])
    })

    test('await, JSON, util.inspect/console formatting and jest matchers do not trip', async () => {
        const sn_ws = loudProxy({ RESTMessageV2: class {} }, 'sn_ws')
        await expect(Promise.resolve(sn_ws)).resolves.toBe(sn_ws)
        expect(JSON.stringify(loudProxy({ a: 1 }, 'ns'))).toBe('{"a":1}')
        expect(inspect(sn_ws)).toContain('RESTMessageV2')
        expect(format('%o', sn_ws)).toContain('RESTMessageV2')
        expect(loudProxy({ a: 1 }, 'ns')).toEqual({ a: 1 })
        expect(String(loudProxy({}, 'ns'))).toBe('[object Object]')
        const p = sn_ws as unknown as Record<symbol, unknown>
        expect(p[Symbol.iterator]).toBeUndefined()
        expect(() => (sn_ws as unknown as Record<string, unknown>).SOAPMessageV2).toThrow('Sandbox: sn_ws.SOAPMessageV2')
    })
})
