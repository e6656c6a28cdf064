/**
 * 2. Refresh-job scale: N OAuth connections (10, 100, 1,000, 10,000), 1 % of them due (at least
 * one), and one run of each job at a frozen instant, repeated with the due connections put back
 * in the same state before every run:
 *
 * - Tether's job ("Tether: refresh OAuth tokens"), which queries only connections whose
 *   next_refresh_at has passed (an indexed column);
 * - a KB0823628-style job (test/e2e/kb0823628-job.js), which reads every OAuth connection and asks
 *   the platform for each one's stored token.
 *
 * Every connection holds a real token: the first connection gets one from the provider, the others
 * get copies of its stored credentials (the platform's oauth_credential rows, encrypted as stored),
 * so the due ones refresh against the provider exactly like the first. Due: 200 s of access token
 * left of 1800 (Tether refreshes with 20 % left, the KB job with 300 s left) and next_refresh_at
 * passed; not due: 1500 s left and next_refresh_at 20 minutes ahead.
 *
 * Measured per run: wall time (the sandbox's runJob as seen from the bench, IPC included), records
 * read (rows GlideRecord handed to the job's scripts — the platform's own reads of oauth_credential
 * behind sn_auth are not counted) and token requests the provider answered.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, InstanceHandle } from '../../sandbox'
import { run } from '../../test/e2e/setup'
import { benchPair, BenchPair, REFRESH_JOB, tokenRequestCount } from '../lib/pairing'
import { progress } from '../lib/progress'
import { summarize, timed, Timing } from '../lib/stats'

export const KB_JOB = 'KB0823628: refresh OAuth tokens'
export type JobKind = 'tether' | 'kb0823628'

export interface ScaleOptions {
    sizes: number[]
    repeats: number
    /** Share of the connections that are due, at least one. */
    dueShare: number
}

export interface JobMeasure {
    job: JobKind
    wall: Timing
    /** Records read per run (the same every run; the median is kept, min and max in the JSON). */
    recordsRead: Timing
    recordsReadByTable: Record<string, number>
    tokenRequests: Timing
}

export interface SizeResult {
    connections: number
    due: number
    tether: JobMeasure
    kb0823628: JobMeasure
    /** KB0823628-style job ÷ Tether's job, medians. */
    ratio: { wall: number; recordsRead: number; tokenRequests: number }
    /** Tether's records read per due connection: flat when its cost follows the due connections. */
    tetherRecordsPerDue: number
    /** The KB job's records read per connection: flat when its cost follows the total. */
    kbRecordsPerConnection: number
}

export interface ScaleResult {
    options: ScaleOptions
    setupSeconds: number
    results: SizeResult[]
    /** Wall time of the sandbox start (two instances booted and the app installed), ms. */
    bootMs: number
}

const START = '2026-01-05T09:00:00Z'
const DUE_LEFT_S = 200
const NOT_DUE_LEFT_S = 1500
const NOT_DUE_NEXT_CHECK_S = 1200

export function dueCount(connections: number, share: number): number {
    return Math.max(1, Math.round(connections * share))
}

/** The due connections: spread through the table, the first one always among them. */
function dueIndexes(connections: number, share: number): number[] {
    const due = dueCount(connections, share)
    const step = Math.floor(connections / due)
    return Array.from({ length: due }, (_, i) => i * step)
}

/** Creates connections (each with its own integration) until there are `total`, each holding a copy of the first connection's tokens. */
async function growTo(consumer: InstanceHandle, p: BenchPair, total: number): Promise<string[]> {
    return run<string[]>(
        consumer,
        `(function () {
            var ids = [];
            var all = new GlideRecord('x_tether_connection'); all.addQuery('authentication', 'oauth2'); all.orderBy('sys_created_on'); all.query();
            while (all.next()) ids.push(all.getUniqueValue());
            var t = new GlideRecord('x_tether_connection'); t.get('${p.connectionId}');
            var creds = [];
            var c = new GlideRecord('oauth_credential'); c.addQuery('requestor_id', '${p.connectionId}'); c.query();
            while (c.next()) creds.push({ type: c.getValue('type'), name: c.getValue('name'), token_received: c.getValue('token_received'), expires: c.getValue('expires'),
                token_issued: c.getValue('token_issued'), peer: c.getValue('peer'), scopes: c.getValue('scopes'), user: c.getValue('user') });
            if (creds.length != 2) throw new Error('the first connection should hold an access and a refresh token, not ' + creds.length + ' credentials');
            var process = t.integration.process.toString();
            var copied = ['endpoint_url', 'authentication', 'oauth_profile', 'grant_type', 'token_state', 'access_issued', 'access_expires', 'refresh_issued', 'refresh_expires', 'last_refresh_at', 'next_refresh_at', 'consecutive_failures'];
            for (var n = ids.length; n < ${total}; n++) {
                var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Bench integration ' + n; i.process = process; var iid = i.insert();
                var conn = new GlideRecord('x_tether_connection'); conn.initialize(); conn.name = 'Bench connection ' + n; conn.integration = iid; conn.environment = 'test';
                copied.forEach(function (f) { conn.setValue(f, t.getValue(f)); });
                conn.active = true; var cid = conn.insert();
                var rp = new GlideRecord('oauth_requestor_profile'); rp.initialize(); rp.oauth_entity_profile = t.getValue('oauth_profile');
                rp.requestor_context = 'x_tether_connection'; rp.requestor_id = cid; var rpid = rp.insert();
                creds.forEach(function (cred) {
                    var copy = new GlideRecord('oauth_credential'); copy.initialize();
                    for (var f in cred) copy.setValue(f, cred[f]);
                    copy.oauth_requestor_profile = rpid; copy.requestor_id = cid; copy.insert();
                });
                ids.push(cid);
            }
            return ids;
        })()`,
    )
}

/** Puts every connection in `ids` in the due (or not-due) state: ledger fields and the stored access token's expiry. */
async function setState(consumer: InstanceHandle, ids: string[], due: boolean): Promise<void> {
    const left = due ? DUE_LEFT_S : NOT_DUE_LEFT_S
    const nextCheck = due ? -60 : NOT_DUE_NEXT_CHECK_S
    await run(
        consumer,
        `(function () {
            function at(seconds) { var d = new GlideDateTime(); d.addSeconds(seconds); return d.getValue(); }
            var ids = ${JSON.stringify(ids)};
            var conn = new GlideRecord('x_tether_connection'); conn.addQuery('sys_id', 'IN', ids.join(',')); conn.query();
            while (conn.next()) {
                conn.setValue('access_issued', at(${left} - 1800)); conn.setValue('access_expires', at(${left})); conn.setValue('next_refresh_at', at(${nextCheck}));
                conn.setValue('token_state', 'valid'); conn.setValue('consecutive_failures', 0); conn.setWorkflow(false); conn.update();
            }
            var cred = new GlideRecord('oauth_credential'); cred.addQuery('requestor_id', 'IN', ids.join(',')); cred.addQuery('type', 'access_token'); cred.query();
            while (cred.next()) { cred.setValue('expires', at(${left})); cred.update(); }
        })()`,
    )
}

async function measureRun(p: BenchPair, job: string): Promise<{ ms: number; read: Record<string, number>; tokens: number }> {
    const before = await tokenRequestCount(p)
    await p.consumer.recordsRead({ reset: true })
    const { ms, value } = await timed(() => p.consumer.runJob(job))
    const read = await p.consumer.recordsRead({ reset: true })
    if (!value.ok) throw new Error(`${job} failed: ${value.error}`)
    return { ms, read, tokens: (await tokenRequestCount(p)) - before }
}

function total(read: Record<string, number>): number {
    return Object.values(read).reduce((a, b) => a + b, 0)
}

export async function refreshScale(o: ScaleOptions): Promise<ScaleResult> {
    const boot = await timed(() => startSandbox({ startTime: START }))
    const sandbox = boot.value
    try {
        const setupStarted = Date.now()
        const p = await benchPair(sandbox, { tetherJob: true })
        await run(
            p.consumer,
            `var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = '${KB_JOB}'; j.run_type = 'on_demand'; j.active = true;
             j.script = ${JSON.stringify(readFileSync(join(__dirname, '../../test/e2e/kb0823628-job.js'), 'utf8'))}; j.insert();`,
        )
        let setupMs = Date.now() - setupStarted
        const results: SizeResult[] = []
        for (const size of o.sizes) {
            const grown = Date.now()
            const ids = await growTo(p.consumer, p, size)
            const dueIds = dueIndexes(size, o.dueShare).map((i) => ids[i])
            await setState(p.consumer, ids.filter((id) => !dueIds.includes(id)), false)
            setupMs += Date.now() - grown
            progress(`refresh-job scale: ${size} connections (${dueIds.length} due) ready`)
            const samples: Record<JobKind, { ms: number[]; read: number[]; tokens: number[]; byTable: Record<string, number> }> = {
                tether: { ms: [], read: [], tokens: [], byTable: {} },
                kb0823628: { ms: [], read: [], tokens: [], byTable: {} },
            }
            for (let r = 0; r < o.repeats; r++) {
                for (const kind of ['tether', 'kb0823628'] as JobKind[]) {
                    await setState(p.consumer, dueIds, true)
                    const m = await measureRun(p, kind === 'tether' ? REFRESH_JOB : KB_JOB)
                    samples[kind].ms.push(m.ms)
                    samples[kind].read.push(total(m.read))
                    samples[kind].tokens.push(m.tokens)
                    samples[kind].byTable = m.read
                }
            }
            const measure = (kind: JobKind): JobMeasure => ({
                job: kind,
                wall: summarize(samples[kind].ms),
                recordsRead: summarize(samples[kind].read, 'records'),
                recordsReadByTable: samples[kind].byTable,
                tokenRequests: summarize(samples[kind].tokens, 'requests'),
            })
            const tether = measure('tether')
            const kb = measure('kb0823628')
            const result: SizeResult = {
                connections: size,
                due: dueIds.length,
                tether,
                kb0823628: kb,
                ratio: {
                    wall: kb.wall.median / tether.wall.median,
                    recordsRead: kb.recordsRead.median / tether.recordsRead.median,
                    tokenRequests: kb.tokenRequests.median / tether.tokenRequests.median,
                },
                tetherRecordsPerDue: tether.recordsRead.median / dueIds.length,
                kbRecordsPerConnection: kb.recordsRead.median / size,
            }
            results.push(result)
            progress(
                `refresh-job scale: ${size} connections: Tether ${tether.wall.median.toFixed(1)} ms, ${tether.recordsRead.median} records, ${tether.tokenRequests.median} token requests; ` +
                    `KB0823628-style ${kb.wall.median.toFixed(1)} ms, ${kb.recordsRead.median} records, ${kb.tokenRequests.median} token requests`,
            )
        }
        return { options: o, setupSeconds: setupMs / 1000, results, bootMs: boot.ms }
    } finally {
        await sandbox.stop()
    }
}
