/**
 * The date functions the platform's condition builder writes into encoded queries, e.g. the filter
 * "Created on Today": `sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()`.
 * The platform evaluates the two `javascript:` bounds; the sandbox evaluates only this known set of
 * GlideSystem date functions (in UTC: sandbox users have no time zone) and turns the condition into
 * `BETWEEN start@end`. Any other `javascript:` value still throws where the query is compiled.
 */
import { toGlideDateTime } from './time'

const DAY = 86400000

function startOfDay(ms: number): number {
    return Math.floor(ms / DAY) * DAY
}

/** gs.<name>(args) for the supported date functions, as epoch ms at `now`. */
function evaluate(call: string, now: number): number | undefined {
    const m = /^gs\.(\w+)\((-?\d*)\)$/.exec(call.replace(/\s+/g, '').replace(/['"]/g, ''))
    if (!m) return undefined
    const n = m[2] === '' ? 0 : Number(m[2])
    switch (m[1]) {
        case 'beginningOfToday':
            return startOfDay(now)
        case 'endOfToday':
            return startOfDay(now) + DAY - 1000
        case 'beginningOfYesterday':
            return startOfDay(now) - DAY
        case 'endOfYesterday':
            return startOfDay(now) - 1000
        case 'daysAgoStart':
            return startOfDay(now) - n * DAY
        case 'daysAgoEnd':
            return startOfDay(now) - n * DAY + DAY - 1000
        default:
            return undefined
    }
}

/** Rewrites `fieldON<label>@javascript:gs.a()@javascript:gs.b()` segments into `fieldBETWEEN<a>@<b>` at `now`. */
export function expandDateFunctions(encoded: string, now: number): string {
    if (!encoded || encoded.indexOf('javascript:') < 0) return encoded
    return encoded
        .split('^')
        .map((segment) => {
            const m = /^(NQ|OR)?([\w.]+)ON[^@^]*@javascript:([^@]+)@javascript:(.+)$/.exec(segment)
            if (!m) return segment
            const start = evaluate(m[3], now)
            const end = evaluate(m[4], now)
            if (start === undefined || end === undefined) return segment
            return `${m[1] ?? ''}${m[2]}BETWEEN${toGlideDateTime(start)}@${toGlideDateTime(end)}`
        })
        .join('^')
}
