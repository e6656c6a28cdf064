/**
 * GlideDateTime, GlideDuration, GlideTime and GlideDate for sandbox scripts, after the scoped API
 * documentation. The sandbox runs in UTC: system and user time zone are UTC and the user formats
 * are the system defaults (yyyy-MM-dd, HH:mm:ss), so display values equal internal UTC values and
 * every *LocalTime method behaves like its *UTC twin.
 *
 * Time comes only from the injected clock, so a virtual clock (with per-instance skew) drives
 * `new GlideDateTime()` and friends. Every other method the SDK's type package lists for these
 * classes throws a SandboxUnsupportedError (see unsupported.ts) instead of being missing.
 */
import { SandboxUnsupportedError, glideMethodNames, installLoudStubs } from './unsupported'

/** Where "now" comes from: epoch ms, already including this instance's clock skew. */
export interface Clock {
    now(): number
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Internal state lives under symbols, so scripts enumerating an object see no sandbox fields. */
const MS = Symbol('ms')
const ERR = Symbol('errorMsg')

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** Index 0 is Monday: the platform numbers days of the week 1 = Monday … 7 = Sunday. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, UTC), as java.util.Calendar does it.
// ---------------------------------------------------------------------------------------------

interface Fields {
    year: number
    /** 1-12 */
    month: number
    day: number
    hour: number
    minute: number
    second: number
    millis: number
}

function mod(n: number, m: number): number {
    return ((n % m) + m) % m
}

function fieldsOf(ms: number): Fields {
    const d = new Date(ms)
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millis: d.getUTCMilliseconds(),
    }
}

/** setUTCFullYear rather than Date.UTC, which maps years 0-99 to 1900-1999. */
function msOf(f: Fields): number {
    const d = new Date(0)
    d.setUTCFullYear(f.year, f.month - 1, f.day)
    d.setUTCHours(f.hour, f.minute, f.second, f.millis)
    return d.getTime()
}

function daysInMonth(year: number, month: number): number {
    return new Date(msOf({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0, millis: 0 })).getUTCDate()
}

/** 1 = Monday … 7 = Sunday. */
function dayOfWeek(ms: number): number {
    return mod(new Date(ms).getUTCDay() + 6, 7) + 1
}

function dayOfYear(ms: number): number {
    const jan1 = msOf({ ...fieldsOf(ms), month: 1, day: 1, hour: 0, minute: 0, second: 0, millis: 0 })
    return Math.floor((ms - jan1) / DAY) + 1
}

/**
 * Week number as the docs define it: weeks begin on Sunday and week 1 is the week containing
 * January 1 (so the week starting Sunday 2015-12-27 is week 1 of 2016).
 */
function weekOfYear(ms: number): number {
    const dayStart = ms - mod(ms, DAY)
    const weekStart = dayStart - new Date(dayStart).getUTCDay() * DAY
    const year = fieldsOf(ms).year
    if (fieldsOf(weekStart + 6 * DAY).year > year) return 1
    const jan1 = msOf({ year, month: 1, day: 1, hour: 0, minute: 0, second: 0, millis: 0 })
    const firstWeekStart = jan1 - new Date(jan1).getUTCDay() * DAY
    return Math.round((weekStart - firstWeekStart) / (7 * DAY)) + 1
}

/** Calendar.add(MONTH, n): the day of month is clamped to the target month (Jan 31 + 1 → Feb 28/29). */
function addMonths(ms: number, months: number): number {
    const f = fieldsOf(ms)
    const total = f.year * 12 + (f.month - 1) + months
    const year = Math.floor(total / 12)
    const month = total - year * 12 + 1
    return msOf({ ...f, year, month, day: Math.min(f.day, daysInMonth(year, month)) })
}

/**
 * Scripts pass JS numbers where the platform takes a Java int or long: Rhino truncates them and
 * turns NaN into 0, and numeric strings convert.
 */
function toLong(value: unknown): number {
    const n = Number(value)
    return Number.isFinite(n) ? Math.trunc(n) : 0
}

function pad(n: number, width: number): string {
    const s = String(Math.abs(n)).padStart(width, '0')
    return n < 0 ? `-${s}` : s
}

function formatDateTime(ms: number): string {
    const f = fieldsOf(ms)
    return `${pad(f.year, 4)}-${pad(f.month, 2)}-${pad(f.day, 2)} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`
}

function formatDate(ms: number): string {
    return formatDateTime(ms).slice(0, 10)
}

function formatTime(ms: number): string {
    return formatDateTime(ms).slice(11)
}

// ---------------------------------------------------------------------------------------------
// Java SimpleDateFormat-style patterns, for getByFormat, setValueUTC and the parse list.
// ---------------------------------------------------------------------------------------------

type Token = { kind: 'field'; letter: string; count: number } | { kind: 'literal'; text: string }

const tokenCache = new Map<string, Token[]>()

/** Splits a pattern into letter runs and literals; 'quoted' text and '' are literals, as in Java. */
function tokenize(pattern: string): Token[] {
    const cached = tokenCache.get(pattern)
    if (cached) return cached
    const tokens: Token[] = []
    const literal = (text: string): void => {
        const last = tokens[tokens.length - 1]
        if (last?.kind === 'literal') last.text += text
        else tokens.push({ kind: 'literal', text })
    }
    let i = 0
    while (i < pattern.length) {
        const c = pattern[i]
        if (c === "'") {
            if (pattern[i + 1] === "'") {
                literal("'")
                i += 2
                continue
            }
            let j = i + 1
            let text = ''
            while (j < pattern.length) {
                if (pattern[j] === "'") {
                    if (pattern[j + 1] !== "'") break
                    text += "'"
                    j += 2
                    continue
                }
                text += pattern[j]
                j++
            }
            literal(text)
            i = j + 1
            continue
        }
        if (/[A-Za-z]/.test(c)) {
            let j = i
            while (pattern[j] === c) j++
            tokens.push({ kind: 'field', letter: c, count: j - i })
            i = j
            continue
        }
        literal(c)
        i++
    }
    tokenCache.set(pattern, tokens)
    return tokens
}

/** Who is formatting or parsing, for the SandboxUnsupportedError on a pattern letter we lack. */
interface Caller {
    className: string
    method: string
}

function unsupportedLetter(caller: Caller, letter: string, pattern: string): SandboxUnsupportedError {
    return new SandboxUnsupportedError(caller.className, caller.method, { detail: `pattern letter '${letter}' in '${pattern}'` })
}

function formatPattern(ms: number, pattern: string, caller: Caller): string {
    const f = fieldsOf(ms)
    let out = ''
    for (const t of tokenize(pattern)) {
        if (t.kind === 'literal') {
            out += t.text
            continue
        }
        const n = t.count
        switch (t.letter) {
            case 'G': out += 'AD'; break
            case 'y': out += n === 2 ? pad(mod(f.year, 100), 2) : pad(f.year, n); break
            case 'M': out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1].slice(0, 3) : pad(f.month, n); break
            case 'd': out += pad(f.day, n); break
            case 'D': out += pad(dayOfYear(ms), n); break
            case 'w': out += pad(weekOfYear(ms), n); break
            case 'E': out += n >= 4 ? WEEKDAYS[dayOfWeek(ms) - 1] : WEEKDAYS[dayOfWeek(ms) - 1].slice(0, 3); break
            case 'u': out += pad(dayOfWeek(ms), n); break
            case 'a': out += f.hour < 12 ? 'AM' : 'PM'; break
            case 'H': out += pad(f.hour, n); break
            case 'k': out += pad(f.hour === 0 ? 24 : f.hour, n); break
            case 'K': out += pad(f.hour % 12, n); break
            case 'h': out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n); break
            case 'm': out += pad(f.minute, n); break
            case 's': out += pad(f.second, n); break
            case 'S': out += pad(f.millis, n); break
            case 'z': out += n >= 4 ? 'Coordinated Universal Time' : 'UTC'; break
            case 'Z': out += '+0000'; break
            case 'X': out += 'Z'; break
            default: throw unsupportedLetter(caller, t.letter, pattern)
        }
    }
    return out
}

const NUMERIC_LETTERS = new Set(['y', 'M', 'd', 'H', 'k', 'K', 'h', 'm', 's', 'S'])

function isNumericToken(t: Token | undefined): boolean {
    return t?.kind === 'field' && NUMERIC_LETTERS.has(t.letter) && !(t.letter === 'M' && t.count >= 3)
}

/** Matches one of `names` (full names first, then 3-letter abbreviations) at `pos`, case-insensitively. */
function matchName(input: string, pos: number, names: string[]): { index: number; length: number } | null {
    const rest = input.slice(pos).toLowerCase()
    for (const candidates of [names, names.map((n) => n.slice(0, 3))]) {
        const index = candidates.findIndex((n) => rest.startsWith(n.toLowerCase()))
        if (index >= 0) return { index, length: candidates[index].length }
    }
    return null
}

/**
 * Parses `input` against a Java-style pattern, strictly: every field in range, the day valid for its
 * month, and the whole input consumed. Returns epoch ms (UTC) or null when it does not match.
 *
 * Java's SimpleDateFormat is lenient by default (Feb 30 rolls into March, trailing text is ignored);
 * the platform's exact leniency is not documented, so the sandbox rejects such values and the
 * script sees an invalid GlideDateTime rather than a silently shifted one.
 */
function parsePattern(input: string, pattern: string, nowMs: number, caller: Caller): number | null {
    const tokens = tokenize(pattern)
    let pos = 0
    let year = 1970
    let month = 1
    let day = 1
    let hour24: number | undefined
    let hour12 = 0
    let pm = false
    let minute = 0
    let second = 0
    let millis = 0
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]
        if (t.kind === 'literal') {
            if (!input.startsWith(t.text, pos)) return null
            pos += t.text.length
            continue
        }
        if (isNumericToken(t)) {
            // Abutting numeric fields (e.g. HHmmss) take exactly their width, as in Java.
            const abut = isNumericToken(tokens[i + 1])
            let end = pos
            while (end < input.length && input[end] >= '0' && input[end] <= '9' && (!abut || end - pos < t.count)) end++
            const digits = input.slice(pos, end)
            if (digits.length === 0 || (abut && digits.length !== t.count)) return null
            pos = end
            const v = Number(digits)
            const inRange = (lo: number, hi: number): boolean => v >= lo && v <= hi
            switch (t.letter) {
                case 'y':
                    if (t.count === 2 && digits.length === 2) {
                        // Java's two-digit-year window: from 80 years before now to 20 years after.
                        const start = fieldsOf(nowMs).year - 80
                        year = Math.floor(start / 100) * 100 + v
                        if (year < start) year += 100
                    } else {
                        if (t.count >= 4 && digits.length !== 4) return null
                        year = v
                    }
                    break
                case 'M': if (!inRange(1, 12)) return null; month = v; break
                case 'd': if (!inRange(1, 31)) return null; day = v; break
                case 'H': if (!inRange(0, 23)) return null; hour24 = v; break
                case 'k': if (!inRange(1, 24)) return null; hour24 = v % 24; break
                case 'K': if (!inRange(0, 11)) return null; hour12 = v; break
                case 'h': if (!inRange(1, 12)) return null; hour12 = v % 12; break
                case 'm': if (!inRange(0, 59)) return null; minute = v; break
                case 's': if (!inRange(0, 59)) return null; second = v; break
                case 'S': if (!inRange(0, 999)) return null; millis = v; break
            }
            continue
        }
        switch (t.letter) {
            case 'M': {
                const m = matchName(input, pos, MONTHS)
                if (!m) return null
                month = m.index + 1
                pos += m.length
                break
            }
            case 'E': {
                const m = matchName(input, pos, WEEKDAYS)
                if (!m) return null
                pos += m.length
                break
            }
            case 'a': {
                const marker = input.slice(pos, pos + 2).toUpperCase()
                if (marker !== 'AM' && marker !== 'PM') return null
                pm = marker === 'PM'
                pos += 2
                break
            }
            default:
                throw unsupportedLetter(caller, t.letter, pattern)
        }
    }
    if (pos !== input.length) return null
    if (day > daysInMonth(year, month)) return null
    const hour = hour24 ?? hour12 + (pm ? 12 : 0)
    return msOf({ year, month, day, hour, minute, second, millis })
}

/**
 * What GlideDateTime(String) and setValue(String) accept, in the documented order: the internal
 * format first, then the alternatives the platform tries one by one. The ISO form with 'T' is
 * documented as not supported, so it is invalid here too.
 */
const DATE_TIME_FORMATS = [
    'yyyy-MM-dd HH:mm:ss',
    'MM/dd/yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm:ss',
    'MM-dd-yyyy HH:mm',
    'MM-dd-yyyy',
    'MM/dd/yyyy',
    'dd-MM-yyyy HH:mm:ss',
    'dd-MM-yyyy HH.mm.ss',
    'dd-MM-yyyy HH.mm',
    'dd-MM-yy HH.mm.ss',
    'dd/MM/yyyy',
    'dd-MM-yyyy',
    'yyyy-MM-dd HH:mm',
    'yyyy-MM-dd',
    'dd.MM.yyyy HH:mm:ss',
    'dd.MM.yyyy HH.mm.ss',
    'dd.MM.yyyy hh:mm:ss a',
    'dd.MM.yyyy hh.mm.ss a',
    'dd.MM.yyyy',
]

const TIME_FORMATS = ['HH:mm:ss', 'HH:mm', 'hh:mm:ss a', 'hh:mm a']

const BUILT_IN: Caller = { className: 'GlideDateTime', method: 'setValue' }

function parseDateTime(text: string, nowMs: number): number | null {
    const s = text.trim()
    for (const f of DATE_TIME_FORMATS) {
        const ms = parsePattern(s, f, nowMs, BUILT_IN)
        if (ms !== null) return ms
    }
    return null
}

/** A time of day ('HH:mm:ss', 'HH:mm', 12-hour with AM/PM) or a date-time, reduced to its time of day. */
function parseTimeOfDay(text: string, nowMs: number): number | null {
    const s = text.trim()
    for (const f of TIME_FORMATS) {
        const ms = parsePattern(s, f, nowMs, BUILT_IN)
        if (ms !== null) return ms
    }
    const dt = parseDateTime(s, nowMs)
    return dt === null ? null : mod(dt, DAY)
}

/** Duration display input: 'd HH:mm:ss' or 'HH:mm:ss' (hours may exceed 23, seconds optional). */
function parseDuration(text: string): number | null {
    const m = /^(-)?(?:(\d+)\s+)?(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(text.trim())
    if (!m) return null
    const ms = Number(m[2] ?? 0) * DAY + Number(m[3]) * HOUR + Number(m[4]) * MINUTE + Number(m[5] ?? 0) * SECOND
    return m[1] ? -ms : ms
}

function plural(n: number, unit: string): string {
    return `${n} ${unit}${n === 1 ? '' : 's'}`
}

/**
 * "n Days n Hours n Minutes" with zero parts left out, as in the docs ("3 Days 12 Hours",
 * "2 Days 23 Hours"). Not documented, chosen to match what the platform lists show: singular for 1
 * ("1 Day"), seconds only when there is no larger part ("45 Seconds", "0 Seconds"), and a leading
 * '-' for a negative duration.
 */
function durationDisplay(ms: number): string {
    const abs = Math.abs(ms)
    const days = Math.floor(abs / DAY)
    const hours = Math.floor((abs % DAY) / HOUR)
    const minutes = Math.floor((abs % HOUR) / MINUTE)
    const seconds = Math.floor((abs % MINUTE) / SECOND)
    const parts: string[] = []
    if (days) parts.push(plural(days, 'Day'))
    if (hours) parts.push(plural(hours, 'Hour'))
    if (minutes) parts.push(plural(minutes, 'Minute'))
    if (!parts.length) parts.push(plural(seconds, 'Second'))
    return (ms < 0 ? '-' : '') + parts.join(' ')
}

/** "d HH:mm:ss", the day part left out when zero (the docs show 60000 ms as "00:01:00"). */
function durationValue(ms: number): string {
    const abs = Math.abs(ms)
    const days = Math.floor(abs / DAY)
    const time = formatTime(abs % DAY)
    return (ms < 0 ? '-' : '') + (days ? `${days} ${time}` : time)
}

// ---------------------------------------------------------------------------------------------
// The classes
// ---------------------------------------------------------------------------------------------

/**
 * Builds the date/time classes of one simulated instance around its clock. Each call returns fresh
 * classes, so instances (and their clocks) never share state.
 */
export function createDateTimeApi(clock: Clock) {
    const now = (): number => clock.now()

    /**
     * A time of day, stored as ms after 1970-01-01 00:00:00 UTC (as the platform stores it).
     * GlideTime() takes the clock's current time of day; the platform keeps the full current
     * date-time internally, which only shows in getNumericValue(), so the sandbox keeps the time of
     * day only (and getNumericValue() gives ms since midnight, as for getTime()).
     */
    class GlideTime {
        [MS]: number | null = 0

        constructor(...args: unknown[]) {
            if (args.length === 0) this[MS] = mod(now(), DAY)
            else this.setValue(args[0])
        }

        getNumericValue(): number {
            return this[MS] ?? 0
        }

        /** HH:mm:ss (internal format, UTC), or '' when no valid time was set. */
        getValue(): string {
            return this[MS] === null ? '' : formatTime(this[MS])
        }

        getDisplayValue(): string {
            return this.getValue()
        }

        getDisplayValueInternal(): string {
            return this.getValue()
        }

        toString(): string {
            return this.getValue()
        }

        /**
         * A GlideTime, ms number, or string: 'HH:mm:ss' (also 'HH:mm' and 12-hour with AM/PM) or a
         * date-time whose time of day is taken. An unparsable string leaves no value ('').
         */
        setValue(value: unknown): void {
            if (value instanceof GlideTime) this[MS] = value[MS]
            else if (value instanceof GlideDateTime) this[MS] = value[MS] === null ? null : mod(value[MS], DAY)
            else if (typeof value === 'number') this[MS] = toLong(value)
            else if (value === null || value === undefined) this[MS] = null
            else this[MS] = parseTimeOfDay(String(value), now())
        }

        setDisplayValue(value: unknown): void {
            this.setValue(value)
        }

        getByFormat(format: string): string {
            return formatPattern(this.getNumericValue(), String(format), { className: 'GlideTime', method: 'getByFormat' })
        }

        getHourOfDayUTC(): number {
            return fieldsOf(this.getNumericValue()).hour
        }

        /** 12-hour clock; noon and midnight are 0, per the docs. */
        getHourUTC(): number {
            return fieldsOf(this.getNumericValue()).hour % 12
        }

        getMinutesUTC(): number {
            return fieldsOf(this.getNumericValue()).minute
        }

        getSeconds(): number {
            return fieldsOf(this.getNumericValue()).second
        }

        getHourOfDayLocalTime(): number {
            return this.getHourOfDayUTC()
        }

        getHourLocalTime(): number {
            return this.getHourUTC()
        }

        getMinutesLocalTime(): number {
            return this.getMinutesUTC()
        }

        /** Instance call of the static method (Rhino lets scripts call Java statics on instances). */
        subtract(start: unknown, end: unknown): GlideDuration {
            return GlideTime.subtract(start, end)
        }

        /** GlideTime.subtract(start, end): the duration from start to end. */
        static subtract(start: unknown, end: unknown): GlideDuration {
            if (!(start instanceof GlideTime) || !(end instanceof GlideTime)) {
                throw new TypeError('GlideTime.subtract(start, end) expects two GlideTime objects')
            }
            return new GlideDuration(end.getNumericValue() - start.getNumericValue())
        }
    }

    /**
     * A span of time in ms. On the platform GlideDuration extends GlideTime and stores the span as a
     * date-time after 1970-01-01 00:00:00, which is what getValue() shows.
     */
    class GlideDuration extends GlideTime {
        /** (), (GlideDuration), (ms), or a display value 'd HH:mm:ss' / 'HH:mm:ss'. */
        constructor(...args: unknown[]) {
            super(0)
            const v = args[0]
            if (v instanceof GlideTime) this[MS] = v.getNumericValue()
            else if (typeof v === 'number') this[MS] = toLong(v)
            else if (v !== undefined && v !== null) this.setDisplayValue(v)
        }

        /** The internal date-time form: 3 days 12 hours is '1970-01-04 12:00:00'. */
        getValue(): string {
            return formatDateTime(this.getNumericValue())
        }

        toString(): string {
            return this.getValue()
        }

        getDisplayValue(): string {
            return durationDisplay(this.getNumericValue())
        }

        getDurationValue(): string {
            return durationValue(this.getNumericValue())
        }

        getDayPart(): number {
            return Math.trunc(this.getNumericValue() / DAY)
        }

        /** Days, rounded up when the rest is more than 12 hours (exactly 12 rounds down). */
        getRoundedDayPart(): number {
            const abs = Math.abs(this.getNumericValue())
            const days = Math.floor(abs / DAY) + (abs % DAY > 12 * HOUR ? 1 : 0)
            return this.getNumericValue() < 0 ? -days : days
        }

        getByFormat(format: string): string {
            return formatPattern(this.getNumericValue(), String(format), { className: 'GlideDuration', method: 'getByFormat' })
        }

        /**
         * The internal value: a date-time 'YYYY-MM-DD HH:mm:ss' whose distance from the epoch is the
         * duration ('1970-01-05 08:00:00' is 4 days 8 hours), a GlideDateTime, a GlideTime or ms.
         * An unparsable string makes the duration 0.
         */
        setValue(value: unknown): void {
            if (value instanceof GlideTime) this[MS] = value.getNumericValue()
            else if (value instanceof GlideDateTime) this[MS] = value.getNumericValue()
            else if (typeof value === 'number') this[MS] = toLong(value)
            else if (value === null || value === undefined) this[MS] = 0
            else this[MS] = parseDateTime(String(value), now()) ?? 0
        }

        /** 'd HH:mm:ss' or 'HH:mm:ss'; an unparsable value makes the duration 0. */
        setDisplayValue(value: unknown): void {
            this[MS] = parseDuration(String(value)) ?? 0
        }

        /** A new GlideDuration: this plus the other. */
        add(other: unknown): GlideDuration {
            return new GlideDuration(this.getNumericValue() + spanOf(other, 'GlideDuration.add'))
        }

        /** A new GlideDuration: this minus the other. */
        subtract(other: unknown): GlideDuration {
            return new GlideDuration(this.getNumericValue() - spanOf(other, 'GlideDuration.subtract'))
        }
    }

    /** ms of a GlideTime/GlideDuration argument, or of a plain number of ms. */
    function spanOf(value: unknown, where: string): number {
        if (value instanceof GlideTime) return value.getNumericValue()
        if (typeof value === 'number') return toLong(value)
        throw new TypeError(`${where}() expects a GlideDuration, a GlideTime or a number of milliseconds`)
    }

    const DATE_FORMATS = ['yyyy-MM-dd', 'MM/dd/yyyy', 'MM-dd-yyyy', 'dd/MM/yyyy', 'dd-MM-yyyy', 'dd.MM.yyyy']

    /** A calendar date (UTC midnight); enough for GlideDateTime.getDate() and simple date fields. */
    class GlideDate {
        [MS]: number | null = null

        /** (), (GlideDate) or ('yyyy-MM-dd', also the other date formats GlideDateTime accepts). */
        constructor(...args: unknown[]) {
            if (args.length === 0) {
                const t = now()
                this[MS] = t - mod(t, DAY)
            } else this.setValue(args[0])
        }

        getValue(): string {
            return this[MS] === null ? '' : formatDate(this[MS])
        }

        getDisplayValue(): string {
            return this.getValue()
        }

        getDisplayValueInternal(): string {
            return this.getValue()
        }

        toString(): string {
            return this.getValue()
        }

        getByFormat(format: string): string {
            return formatPattern(this[MS] ?? 0, String(format), { className: 'GlideDate', method: 'getByFormat' })
        }

        getYearNoTZ(): number {
            return fieldsOf(this[MS] ?? 0).year
        }

        getMonthNoTZ(): number {
            return fieldsOf(this[MS] ?? 0).month
        }

        getDayOfMonthNoTZ(): number {
            return fieldsOf(this[MS] ?? 0).day
        }

        /** A GlideDate, a GlideDateTime (its UTC date) or a date string; unparsable leaves no value. */
        setValue(value: unknown): void {
            let ms: number | null
            if (value instanceof GlideDate || value instanceof GlideDateTime) ms = value[MS]
            else if (value === null || value === undefined) ms = null
            else {
                const s = String(value).trim()
                ms = null
                for (const f of DATE_FORMATS) {
                    ms = parsePattern(s, f, now(), BUILT_IN)
                    if (ms !== null) break
                }
                ms ??= parseDateTime(s, now())
            }
            this[MS] = ms === null ? null : ms - mod(ms, DAY)
        }

        setDisplayValue(value: unknown): void {
            this.setValue(value)
        }

        subtract(start: unknown, end: unknown): GlideDuration {
            return GlideDate.subtract(start, end)
        }

        static subtract(start: unknown, end: unknown): GlideDuration {
            if (!(start instanceof GlideDate) || !(end instanceof GlideDate)) {
                throw new TypeError('GlideDate.subtract(start, end) expects two GlideDate objects')
            }
            return new GlideDuration((end[MS] ?? 0) - (start[MS] ?? 0))
        }
    }

    function dateOf(ms: number | null): GlideDate {
        const d = new GlideDate(null)
        d[MS] = ms === null ? null : ms - mod(ms, DAY)
        return d
    }

    /**
     * A point in time, stored as epoch ms (UTC), or no value. Invalid input leaves no value:
     * getValue() is '', getNumericValue() 0, isValid() false and getErrorMsg() says why. The
     * platform's message ("Invalid date time: '…', ignored") suggests it may keep the previous value;
     * the docs do not say, and the sandbox clears it so a script that skips isValid() cannot carry on
     * with a stale time. Arithmetic on an object without a value does nothing; the getters read it as
     * the epoch.
     */
    class GlideDateTime {
        // The semicolon is needed: without it the next computed key would index `null`.
        [MS]: number | null = null;
        [ERR]: string | null = null

        /**
         * () now from the clock; (GlideDateTime) a copy; (String) a UTC date-time in any of the
         * documented formats; (String, true) the same as a display value (UTC here). A GlideElement
         * or other object is read through its string value. A number is not a documented overload
         * and throws rather than guess (use setNumericValue).
         */
        constructor(...args: unknown[]) {
            if (args.length === 0) {
                this[MS] = now()
                return
            }
            const v = args[0]
            if (v instanceof GlideDateTime) this[MS] = v[MS]
            else if (typeof v === 'number') {
                throw new SandboxUnsupportedError('GlideDateTime', 'GlideDateTime', { detail: 'constructor(Number) is not a documented overload; use setNumericValue()' })
            } else if (v === null || v === undefined) this[MS] = null
            else setFromString(this, String(v), args[1] === true ? 'display' : 'value')
        }

        // --- values --------------------------------------------------------------------------

        /** yyyy-MM-dd HH:mm:ss in UTC, or '' without a value. */
        getValue(): string {
            return this[MS] === null ? '' : formatDateTime(this[MS])
        }

        toString(): string {
            return this.getValue()
        }

        getDisplayValue(): string {
            return this.getValue()
        }

        getDisplayValueInternal(): string {
            return this.getValue()
        }

        getUTCValue(): string {
            return this.getValue()
        }

        getNumericValue(): number {
            return this[MS] ?? 0
        }

        /**
         * A date-time string (UTC, the documented formats), a GlideDateTime, or a number of ms since
         * the epoch: the docs list all three, some releases' type files only the string.
         */
        setValue(value: unknown): void {
            if (value instanceof GlideDateTime) {
                this[MS] = value[MS]
                this[ERR] = null
            } else if (typeof value === 'number') {
                this[MS] = toLong(value)
                this[ERR] = null
            } else if (value === null || value === undefined) {
                this[MS] = null
                this[ERR] = null
            } else setFromString(this, String(value), 'value')
        }

        setNumericValue(ms: unknown): void {
            this[MS] = toLong(ms)
            this[ERR] = null
        }

        setGlideDateTime(other: unknown): void {
            if (!(other instanceof GlideDateTime)) throw new TypeError('GlideDateTime.setGlideDateTime() expects a GlideDateTime')
            this.setValue(other)
        }

        /**
         * In the user's format and time zone, which here are the internal format and UTC. With a
         * second argument, parses with that Java pattern and throws if the value does not match.
         */
        setDisplayValue(value: unknown, format?: unknown): void {
            if (format !== undefined) setWithFormat(this, String(value), String(format), 'setDisplayValue')
            else setFromString(this, String(value ?? ''), 'display')
        }

        setDisplayValueInternal(value: unknown): void {
            setFromString(this, String(value ?? ''), 'display')
        }

        /** Parses with the given Java pattern in UTC; throws if the value does not match it. */
        setValueUTC(value: unknown, format: unknown): void {
            setWithFormat(this, String(value), String(format), 'setValueUTC')
        }

        isValid(): boolean {
            return this[ERR] === null
        }

        /** The last parse error, or null when there is none. */
        getErrorMsg(): string | null {
            return this[ERR]
        }

        hasDate(): boolean {
            return this[MS] !== null
        }

        // --- arithmetic ----------------------------------------------------------------------

        /** Adds a number of ms, or the span of a GlideTime or GlideDuration. */
        add(value: unknown): void {
            const span = spanOf(value, 'GlideDateTime.add')
            shift(this, (ms) => ms + span)
        }

        /**
         * subtract(ms) and subtract(GlideTime) move this object back; subtract(start, end) called
         * on an instance is the static method (Rhino allows that).
         */
        subtract(value: unknown, end?: unknown): GlideDuration | undefined {
            if (end !== undefined) return GlideDateTime.subtract(value, end)
            if (value instanceof GlideDateTime) {
                throw new TypeError('GlideDateTime.subtract() takes a number of ms or a GlideTime; use GlideDateTime.subtract(start, end) for a duration')
            }
            const span = spanOf(value, 'GlideDateTime.subtract')
            shift(this, (ms) => ms - span)
            return undefined
        }

        /** The duration from start to end (end - start; negative when end is earlier). */
        static subtract(start: unknown, end: unknown): GlideDuration {
            if (!(start instanceof GlideDateTime) || !(end instanceof GlideDateTime)) {
                throw new TypeError('GlideDateTime.subtract(start, end) expects two GlideDateTime objects')
            }
            return new GlideDuration(end.getNumericValue() - start.getNumericValue())
        }

        addSeconds(seconds: unknown): void {
            const n = toLong(seconds)
            shift(this, (ms) => ms + n * SECOND)
        }

        addDaysUTC(days: unknown): void {
            const n = toLong(days)
            shift(this, (ms) => ms + n * DAY)
        }

        addDaysLocalTime(days: unknown): void {
            this.addDaysUTC(days)
        }

        /** Global-only (deprecated) on the platform; kept because scripts still use it. Local = UTC here. */
        addDays(days: unknown): void {
            this.addDaysUTC(days)
        }

        addWeeksUTC(weeks: unknown): void {
            const n = toLong(weeks)
            shift(this, (ms) => ms + n * 7 * DAY)
        }

        addWeeksLocalTime(weeks: unknown): void {
            this.addWeeksUTC(weeks)
        }

        addMonthsUTC(months: unknown): void {
            const n = toLong(months)
            shift(this, (ms) => addMonths(ms, n))
        }

        addMonthsLocalTime(months: unknown): void {
            this.addMonthsUTC(months)
        }

        /** Feb 29 plus a year is Feb 28, as Calendar.add(YEAR) does. */
        addYearsUTC(years: unknown): void {
            const n = toLong(years)
            shift(this, (ms) => addMonths(ms, n * 12))
        }

        addYearsLocalTime(years: unknown): void {
            this.addYearsUTC(years)
        }

        // --- comparison ----------------------------------------------------------------------

        /** 1 if this is after the other, -1 if before, 0 if equal. */
        compareTo(value: unknown): number {
            const a = this.getNumericValue()
            const b = otherOf(value, 'compareTo').getNumericValue()
            return a > b ? 1 : a < b ? -1 : 0
        }

        /** Equal to a GlideDateTime or a date-time string (per the docs); anything else is false. */
        equals(value: unknown): boolean {
            if (!(value instanceof GlideDateTime) && typeof value !== 'string') return false
            const o = otherOf(value, 'equals')
            return o.isValid() && o[MS] === this[MS]
        }

        before(value: unknown): boolean {
            return this.compareTo(otherOf(value, 'before')) < 0
        }

        after(value: unknown): boolean {
            return this.compareTo(otherOf(value, 'after')) > 0
        }

        onOrBefore(value: unknown): boolean {
            return this.compareTo(otherOf(value, 'onOrBefore')) <= 0
        }

        onOrAfter(value: unknown): boolean {
            return this.compareTo(otherOf(value, 'onOrAfter')) >= 0
        }

        // --- parts ---------------------------------------------------------------------------

        /** The UTC date ('yyyy-MM-dd' as its value and string). */
        getDate(): GlideDate {
            return dateOf(this[MS])
        }

        getLocalDate(): GlideDate {
            return this.getDate()
        }

        /** The time of day as a GlideTime (its numeric value is ms since midnight). */
        getTime(): GlideTime {
            const t = new GlideTime(0)
            t[MS] = this[MS] === null ? null : mod(this[MS], DAY)
            return t
        }

        getLocalTime(): GlideTime {
            return this.getTime()
        }

        /** HH:mm:ss in the user's time zone (UTC). */
        getInternalFormattedLocalTime(): string {
            return this[MS] === null ? '' : formatTime(this[MS])
        }

        /** The time in the user's format: the sandbox's users have the default HH:mm:ss. */
        getUserFormattedLocalTime(): string {
            return this.getInternalFormattedLocalTime()
        }

        getYearUTC(): number {
            return fieldsOf(this.getNumericValue()).year
        }

        getYearLocalTime(): number {
            return this.getYearUTC()
        }

        /** 1 = January. */
        getMonthUTC(): number {
            return fieldsOf(this.getNumericValue()).month
        }

        getMonthLocalTime(): number {
            return this.getMonthUTC()
        }

        getDayOfMonthUTC(): number {
            return fieldsOf(this.getNumericValue()).day
        }

        getDayOfMonthLocalTime(): number {
            return this.getDayOfMonthUTC()
        }

        /** 1 = Monday … 7 = Sunday. */
        getDayOfWeekUTC(): number {
            return dayOfWeek(this.getNumericValue())
        }

        getDayOfWeekLocalTime(): number {
            return this.getDayOfWeekUTC()
        }

        getDaysInMonthUTC(): number {
            const f = fieldsOf(this.getNumericValue())
            return daysInMonth(f.year, f.month)
        }

        getDaysInMonthLocalTime(): number {
            return this.getDaysInMonthUTC()
        }

        /** Weeks start on Sunday; week 1 contains January 1. */
        getWeekOfYearUTC(): number {
            return weekOfYear(this.getNumericValue())
        }

        getWeekOfYearLocalTime(): number {
            return this.getWeekOfYearUTC()
        }

        /** A day past the end of the month is the last day of the month, per the docs. */
        setDayOfMonthUTC(day: unknown): void {
            const d = toLong(day)
            shift(this, (ms) => {
                const f = fieldsOf(ms)
                return msOf({ ...f, day: Math.min(d, daysInMonth(f.year, f.month)) })
            })
        }

        setDayOfMonthLocalTime(day: unknown): void {
            this.setDayOfMonthUTC(day)
        }

        /** UTC has no offset and no daylight saving. */
        getTZOffset(): number {
            return 0
        }

        getDSTOffset(): number {
            return 0
        }

        isDST(): boolean {
            return false
        }
    }

    // Helpers of GlideDateTime kept off its prototype, so scripts only see platform methods.

    function setFromString(g: GlideDateTime, text: string, as: 'value' | 'display'): void {
        if (text.trim() === '') {
            g[MS] = null
            g[ERR] = null
            return
        }
        const ms = parseDateTime(text, now())
        g[MS] = ms
        g[ERR] = ms !== null ? null : as === 'value' ? `Invalid date time: '${text}', ignored` : `Could not parse DateTime: ${text}`
    }

    /** Parses with an explicit Java pattern; throws (after setting getErrorMsg()) when it does not match. */
    function setWithFormat(g: GlideDateTime, text: string, format: string, method: string): void {
        const ms = parsePattern(text.trim(), format, now(), { className: 'GlideDateTime', method })
        if (ms === null) {
            const msg = `Could not parse DateTime: ${text} using format ${format}`
            g[ERR] = msg
            throw new Error(msg)
        }
        g[MS] = ms
        g[ERR] = null
    }

    /** Arithmetic on an object without a value does nothing. */
    function shift(g: GlideDateTime, fn: (ms: number) => number): void {
        const ms = g[MS]
        if (ms !== null) g[MS] = fn(ms)
    }

    /** The other side of a comparison: a GlideDateTime, or a date-time string parsed as one. */
    function otherOf(value: unknown, method: string): GlideDateTime {
        if (value instanceof GlideDateTime) return value
        if (typeof value === 'string') return new GlideDateTime(value)
        throw new TypeError(`GlideDateTime.${method}() expects a GlideDateTime`)
    }

    installLoudStubs(GlideTime.prototype, 'GlideTime', glideMethodNames('GlideTime'))
    // On the platform GlideDuration inherits GlideTime's methods; stub those under its own name.
    installLoudStubs(GlideDuration.prototype, 'GlideDuration', [...glideMethodNames('GlideDuration'), ...glideMethodNames('GlideTime')])
    installLoudStubs(GlideDate.prototype, 'GlideDate', glideMethodNames('GlideDate'))
    installLoudStubs(GlideDate, 'GlideDate', ['parseDate'])
    installLoudStubs(GlideDateTime.prototype, 'GlideDateTime', glideMethodNames('GlideDateTime'))
    installLoudStubs(GlideDateTime, 'GlideDateTime', ['excludeZFromFormat'])

    return { GlideDateTime, GlideDuration, GlideTime, GlideDate }
}

export type DateTimeApi = ReturnType<typeof createDateTimeApi>
export type GlideDateTimeInstance = InstanceType<DateTimeApi['GlideDateTime']>
export type GlideDurationInstance = InstanceType<DateTimeApi['GlideDuration']>
export type GlideTimeInstance = InstanceType<DateTimeApi['GlideTime']>
export type GlideDateInstance = InstanceType<DateTimeApi['GlideDate']>
