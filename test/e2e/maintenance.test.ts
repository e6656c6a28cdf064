/**
 * Housekeeping on a sandbox instance: the daily job "Tether: purge old logs" keeps HTTP request
 * records and token events to x_tether.log.retention_days (transactions stay), and
 * x_tether.log.level decides which of Tether's lines reach the system log.
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { run } from './setup'

jest.setTimeout(120000)

let sandbox: Sandbox
let instance: InstanceHandle

beforeAll(async () => {
    sandbox = await startSandbox({ names: ['consumer'], startTime: '2026-06-01T10:00:00Z' })
    instance = sandbox.instance('consumer')
})

afterAll(async () => {
    await sandbox?.stop()
})

async function setProperty(name: string, value: string): Promise<void> {
    await run(instance, `gs.setProperty('${name}', '${value}')`)
}

/** One HTTP request record, one token event and one transaction, created now (virtual time). */
async function logRecords(tag: string): Promise<void> {
    await run(
        instance,
        `var h = new GlideRecord('x_tether_http_request'); h.initialize(); h.direction = 'outbound'; h.method = 'GET'; h.url = 'https://partner.example/${tag}'; h.insert();
         var e = new GlideRecord('x_tether_token_event'); e.initialize(); e.event = 'refreshed'; e.detail = '${tag}'; e.insert();
         var t = new GlideRecord('x_tether_transaction'); t.initialize(); t.direction = 'outbound'; t.state = 'complete'; t.message_id = '${tag}'; t.insert();`,
    )
}

const count = async (table: string, query: string) => (await instance.query(table, query)).length

test('the daily purge deletes log records older than the retention and keeps newer ones and transactions', async () => {
    await logRecords('day-0')
    await sandbox.clock.advance('20d')
    await logRecords('day-20')
    await sandbox.clock.advance('11d')
    // Day 31: the job has run every night at 02:15; the day-0 records are past 30 days, the day-20 ones are not.
    expect(await count('x_tether_http_request', 'urlENDSWITH/day-0')).toBe(0)
    expect(await count('x_tether_token_event', 'detail=day-0')).toBe(0)
    expect(await count('x_tether_http_request', 'urlENDSWITH/day-20')).toBe(1)
    expect(await count('x_tether_token_event', 'detail=day-20')).toBe(1)
    expect(await count('x_tether_transaction', 'message_idINday-0,day-20')).toBe(2)
    const lines = await instance.query('syslog', 'messageSTARTSWITHTether: purged 1 HTTP requests and 1 token events created before')
    expect(lines).toHaveLength(1)
    expect(lines[0].message).toMatch(/created before 2026-06-0[12] 02:15:00 UTC \(retention 30 days\)$/)
})

test('retention 0 keeps everything; a shorter retention takes effect at the next night', async () => {
    await setProperty('x_tether.log.retention_days', '0')
    await logRecords('keep-all')
    await sandbox.clock.advance('40d')
    expect(await count('x_tether_http_request', 'urlENDSWITH/keep-all')).toBe(1)
    await setProperty('x_tether.log.retention_days', '7')
    await sandbox.clock.advance('1d')
    expect(await count('x_tether_http_request', 'urlENDSWITH/keep-all')).toBe(0)
    expect(await count('x_tether_token_event', 'detail=keep-all')).toBe(0)
    await setProperty('x_tether.log.retention_days', '30')
})

test('the HTTP requests of a transaction still open outlive the retention; one run deletes a bounded batch and the next goes on', async () => {
    const RETENTION = 'x_tether/tether/0.1.0/src/server/maintenance/retention.ts'
    // An errored transaction (waiting for Repair) and a completed one, each with an HTTP request.
    await run(
        instance,
        `['open-error', 'closed-ok'].forEach(function (tag) {
             var t = new GlideRecord('x_tether_transaction'); t.initialize(); t.direction = 'outbound'; t.state = tag == 'open-error' ? 'error' : 'complete'; t.message_id = tag; var tid = t.insert();
             var h = new GlideRecord('x_tether_http_request'); h.initialize(); h.direction = 'outbound'; h.method = 'POST'; h.url = 'https://partner.example/' + tag; h.transaction = tid; h.insert();
         });
         for (var k = 0; k < 3; k++) { var e = new GlideRecord('x_tether_token_event'); e.initialize(); e.event = 'refreshed'; e.detail = 'batch-' + k; e.insert(); }`,
    )
    await setProperty('x_tether.log.retention_days', '0')
    await sandbox.clock.advance('31d')
    await setProperty('x_tether.log.retention_days', '30')
    const first = await run<{ deleted: Record<string, number>; keptOpen: number; more: boolean }>(instance, `require('${RETENTION}').purgeOldLogs(2)`)
    expect(first).toMatchObject({ deleted: { x_tether_http_request: 1, x_tether_token_event: 2 }, keptOpen: 1, more: true })
    expect(await count('x_tether_http_request', 'urlENDSWITH/open-error')).toBe(1)
    expect(await count('x_tether_http_request', 'urlENDSWITH/closed-ok')).toBe(0)
    expect(await count('x_tether_token_event', 'detailSTARTSWITHbatch-')).toBe(1)
    const second = await run<{ deleted: Record<string, number>; more: boolean }>(instance, `require('${RETENTION}').purgeOldLogs(2)`)
    expect(second).toMatchObject({ deleted: { x_tether_http_request: 0, x_tether_token_event: 1 }, more: false })
    expect(await count('x_tether_token_event', 'detailSTARTSWITHbatch-')).toBe(0)
    // Once the transaction is repaired (no longer open), its old HTTP request goes too.
    await run(instance, `var t = new GlideRecord('x_tether_transaction'); t.get('message_id', 'open-error'); t.state = 'ignored'; t.update()`)
    await run(instance, `require('${RETENTION}').purgeOldLogs(2)`)
    expect(await count('x_tether_http_request', 'urlENDSWITH/open-error')).toBe(0)
})

test('x_tether.log.level: info lines are written at info and dropped at warn; warnings pass both', async () => {
    const LOG = 'x_tether/tether/0.1.0/src/server/shared/log.ts'
    await setProperty('x_tether.log.level', 'warn')
    await run(instance, `var l = require('${LOG}'); l.log('info', 'level-test info at warn'); l.log('warn', 'level-test warn at warn');`)
    await setProperty('x_tether.log.level', 'info')
    await run(instance, `var l = require('${LOG}'); l.log('info', 'level-test info at info'); l.log('debug', 'level-test debug at info');`)
    const messages = (await instance.query('syslog', 'messageSTARTSWITHlevel-test^ORDERBYsys_created_on')).map((r) => r.message)
    expect(messages).toEqual(['level-test warn at warn', 'level-test info at info'])
})
