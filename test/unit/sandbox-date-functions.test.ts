/**
 * The condition builder's date functions in encoded queries, as the sandbox evaluates them: the
 * "on Today" family becomes BETWEEN start@end at the instance's time; anything else is left alone
 * (and then throws where the query is compiled, as before).
 */
import { expandDateFunctions } from '../../sandbox/instance/runtime/date-functions'
import { parseEncodedQuery } from '../../sandbox/instance/runtime/encoded-query'

const NOW = Date.UTC(2026, 4, 6, 15, 30, 12)

test.each([
    ['sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()', 'sys_created_onBETWEEN2026-05-06 00:00:00@2026-05-06 23:59:59'],
    ['sys_created_onONYesterday@javascript:gs.beginningOfYesterday()@javascript:gs.endOfYesterday()', 'sys_created_onBETWEEN2026-05-05 00:00:00@2026-05-05 23:59:59'],
    ["opened_atONLast 7 days@javascript:gs.daysAgoStart(7)@javascript:gs.daysAgoEnd(0)", 'opened_atBETWEEN2026-04-29 00:00:00@2026-05-06 23:59:59'],
    ['active=true^sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()^ORDERBYDESCsys_created_on', 'active=true^sys_created_onBETWEEN2026-05-06 00:00:00@2026-05-06 23:59:59^ORDERBYDESCsys_created_on'],
    ['a=1^ORsys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()', 'a=1^ORsys_created_onBETWEEN2026-05-06 00:00:00@2026-05-06 23:59:59'],
])('%s', (query, expanded) => {
    expect(expandDateFunctions(query, NOW)).toBe(expanded)
    expect(() => parseEncodedQuery(expandDateFunctions(query, NOW))).not.toThrow()
})

test('other javascript: values are left for the compiler to refuse; plain queries are untouched', () => {
    const unknown = 'sys_created_onONToday@javascript:gs.minutesAgoStart(5)@javascript:gs.endOfToday()'
    expect(expandDateFunctions(unknown, NOW)).toBe(unknown)
    expect(expandDateFunctions('name=javascript:gs.getUserID()', NOW)).toBe('name=javascript:gs.getUserID()')
    expect(expandDateFunctions('active=true^nameSTARTSWITHa', NOW)).toBe('active=true^nameSTARTSWITHa')
})

test('the day boundaries follow the clock: just before and just after midnight UTC', () => {
    const q = 'xONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()'
    expect(expandDateFunctions(q, Date.UTC(2026, 4, 6, 23, 59, 59))).toBe('xBETWEEN2026-05-06 00:00:00@2026-05-06 23:59:59')
    expect(expandDateFunctions(q, Date.UTC(2026, 4, 7, 0, 0, 0))).toBe('xBETWEEN2026-05-07 00:00:00@2026-05-07 23:59:59')
})
