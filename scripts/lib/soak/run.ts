/**
 * The soak: two sandbox instances paired both ways (`npm run pair -- --both-ways --demo`, through the
 * real pairing code), three integrations each way, messages at random times for hundreds of
 * simulated days, and a schedule of faults. Sends run inside the instances (a once-job per planned
 * message, pushed a day at a time), so whole days pass without a call per message. Afterwards it
 * counts what happened from both instances' stores and audits every secret issued during the run.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, Sandbox, InstanceHandle } from '../../../sandbox'
import { distApp } from '../sdk'
import { InstanceClient } from '../instance-client'
import { pairInstances } from '../pairing'
import { addSecrets, auditSecrets, AuditResult, credentialsOf, Secret, tokensOf } from '../secret-audit'
import { DAY_MS, faultWindows, INSTANCES, InstanceName, other, PlannedFault, PlannedMessage, planFaults, planMessages, PROCESSES } from './plan'
import { Directions, measure, Measured, openStores, pendingAt, Snapshot, storeEvidence } from './measure'

export interface SoakOptions {
    days: number
    /** Messages at random times over the whole run (both directions together), besides the fault windows' traffic. */
    messages: number
    seed: number
    /** Extra messages from each instance in each fault window. */
    windowMessages?: number
    startTime?: string
    /** Progress lines (simulated day, messages, faults). */
    progress?: (p: Progress) => void
    /** Pairing and set-up lines. */
    log?: (line: string) => void
    /** Keep the instances' data folder (printed through log) for a look afterwards. */
    keepData?: boolean
}

export interface Progress {
    day: number
    days: number
    sent: number
    delivered: number
    faultsDone: number
    faults: number
    current: string
    wallSeconds: number
}

export interface FaultOutcome extends PlannedFault {
    /** When it started and cleared (shared clock, ISO); for a kill: when the instance died and came back. */
    started: string
    cleared: string
    triggered: boolean
    /** What shows it happened (a crash line, failed calls, a changed secret); '' when nothing did. */
    evidence: string
    snapshot?: Snapshot
}

export interface SoakResult {
    options: { days: number; messages: number; seed: number; windowMessages: number; startTime: string }
    planned: number
    wallSeconds: number
    measured: Measured
    faults: FaultOutcome[]
    audit: AuditResult
    /** Lines the sandbox printed over the run (all audited). */
    outputLines: number
    restarts: { instance: string; at: string; fault: string }[]
}

const SCENARIO_MODULE = 'x_tether/tether/0.1.0/src/server/inbound/incident-scenario.ts'
const SEND_JOB_PREFIX = 'Soak: send '
/** Integration settings of the soak: retries that outlast a six-hour outage, one minute apart. */
export const SOAK_INTEGRATION = { retry_limit: 1000, retry_delay_seconds: 60, backoff: 'fixed', heartbeat_minutes: 0 }
/** The security_incident integrations give up on an answer after 1 s: the slow faults make them time out and resend. */
export const SHORT_TIMEOUT_PROCESS = 'security_incident'

function iso(ms: number): string {
    return new Date(ms).toISOString()
}

function glideTime(ms: number): string {
    return iso(ms).replace('T', ' ').slice(0, 19)
}

function client(i: InstanceHandle, role: string): InstanceClient {
    return new InstanceClient(role, { url: i.url, user: 'admin', password: i.password })
}

async function script<T>(instance: InstanceHandle, code: string): Promise<T> {
    return (await instance.runScript(code)).result as T
}

/** The integration users of the soak's extra processes, on one instance: passwords and sys_ids by process. */
interface SoakUsers {
    passwords: Record<string, string>
    ids: Record<string, string>
}

function soakUser(apiName: string): string {
    return `tether.soak.${apiName}`
}

/**
 * On one instance, a user per extra process holding only x_tether.integration, with a password made
 * here: each integration signs in to its partner as its own user, so each gets its own tokens from
 * the provider (a ServiceNow provider hands the same user and client the same access token, which
 * one integration's refreshes would keep alive for the others and hide an expired-token call).
 */
async function addSoakUsers(instance: InstanceHandle): Promise<SoakUsers> {
    const passwords = Object.fromEntries(PROCESSES.slice(1).map((p) => [p.apiName, `Soak-${randomBytes(18).toString('base64url')}-7a!`]))
    const ids = await script<Record<string, string>>(
        instance,
        `var defs = ${JSON.stringify(passwords)}; var ids = {};
         var role = new GlideRecord('sys_user_role'); role.get('name', 'x_tether.integration');
         for (var api in defs) {
             var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = 'tether.soak.' + api; u.first_name = 'Tether soak'; u.last_name = api;
             u.web_service_access_only = true; u.active = true; u.user_password.setDisplayValue(defs[api]); var uid = u.insert();
             var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = role.getUniqueValue(); h.insert();
             ids[api] = uid;
         }
         ids`,
    )
    return { passwords, ids }
}

/**
 * On one instance: the two more processes (on the incident table) with an integration each, whose
 * connection reaches the partner with the pairing's OAuth profile as that process's own soak user
 * there, and accepts the partner's messages as its soak user here; their first tokens; the soak's
 * integration settings everywhere. Returns the integration per process.
 */
async function addIntegrations(instance: InstanceHandle, partner: InstanceHandle, users: Record<InstanceName, SoakUsers>): Promise<string[]> {
    const endpoint = `${partner.url}/api/x_tether/v1`
    const host = new URL(partner.url).host
    const mine = users[instance.name as InstanceName]
    const theirs = users[partner.name as InstanceName]
    // [api name, name, the partner's user this connection signs in as, its password, this instance's user the partner calls in as]
    const extra = PROCESSES.slice(1).map((p) => [p.apiName, p.name, soakUser(p.apiName), theirs.passwords[p.apiName], mine.ids[p.apiName]])
    const out = await script<Record<string, string> & { error?: string }>(
        instance,
        `var out = {};
         var base = new GlideRecord('x_tether_connection'); base.addQuery('endpoint_url', '${endpoint}'); base.addQuery('active', true); base.query();
         if (!base.next()) { out.error = 'no paired connection to ${endpoint}'; } else {
         out.incident = base.integration + '';
         var defs = ${JSON.stringify(extra)};
         for (var k = 0; k < defs.length && !out.error; k++) {
             var pr = new GlideRecord('x_tether_process');
             if (!pr.get('api_name', defs[k][0])) { pr.initialize(); pr.name = defs[k][1]; pr.api_name = defs[k][0]; pr.target_table = 'incident'; pr.description = 'Soak'; pr.insert(); }
             var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = defs[k][1] + ' with ${host}'; i.process = pr.getUniqueValue(); i.partner = '${host}'; var iid = i.insert();
             var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = '${host} - ' + defs[k][0]; c.integration = iid; c.environment = 'production';
             c.endpoint_url = '${endpoint}'; c.authentication = 'oauth2'; c.oauth_profile = base.oauth_profile + ''; c.grant_type = base.grant_type + '';
             c.oauth_username = defs[k][2]; c.oauth_password.setDisplayValue(defs[k][3]); c.inbound_user = defs[k][4]; c.active = true;
             var cid = c.insert();
             require('${SCENARIO_MODULE}').ensureIncidentScenario(iid);
             var t = new x_tether.TetherOAuth().requestToken(cid, {});
             if (!t.ok) out.error = defs[k][0] + ': ' + t.code + ' ' + t.message;
             out[defs[k][0]] = iid;
         }
         var all = new GlideRecord('x_tether_integration'); all.query();
         while (all.next()) {
             var pid = all.process + ''; var p2 = new GlideRecord('x_tether_process'); p2.get(pid);
             all.retry_limit = ${SOAK_INTEGRATION.retry_limit}; all.retry_delay_seconds = ${SOAK_INTEGRATION.retry_delay_seconds}; all.backoff = '${SOAK_INTEGRATION.backoff}';
             all.heartbeat_minutes = ${SOAK_INTEGRATION.heartbeat_minutes}; all.sync_timeout_seconds = (p2.api_name + '') == '${SHORT_TIMEOUT_PROCESS}' ? 1 : 30; all.update();
         } }
         out`,
    )
    if (out.error) throw new Error(`Setting up the soak's integrations on ${instance.name} failed: ${out.error}`)
    return PROCESSES.map((p) => out[p.apiName])
}

/**
 * Once-jobs for one instance's messages of a day; the jobs whose time has passed on the instance's
 * own clock (all run: a clock 5 minutes behind has not reached the last ones of the day yet) are deleted.
 */
async function pushPlan(instance: InstanceHandle, messages: PlannedMessage[], integrations: string[]): Promise<void> {
    const plan = messages.map((m) => [m.key, glideTime(m.at), integrations[m.process]])
    await script(
        instance,
        `var old = new GlideRecord('sysauto_script'); old.addQuery('name', 'STARTSWITH', '${SEND_JOB_PREFIX}'); old.addQuery('run_start', '<', new GlideDateTime().getValue()); old.query();
         while (old.next()) old.deleteRecord();
         var plan = ${JSON.stringify(plan)};
         for (var k = 0; k < plan.length; k++) {
             var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = '${SEND_JOB_PREFIX}' + plan[k][0]; j.run_type = 'once'; j.run_start = plan[k][1]; j.active = true;
             j.script = "var r = new x_tether.TetherClient().send('" + plan[k][2] + "', 'CreateIncident', { short_description: '" + plan[k][0] + "' }, { reference: '" + plan[k][0] + "' });" +
                 " if (!r.ok) gs.error('Soak send refused: " + plan[k][0] + ": ' + r.code + ' ' + r.message);";
             j.insert();
         }`,
    )
}

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
    const started = Date.now()
    const log = options.log ?? (() => undefined)
    const startTime = options.startTime ?? '2026-01-01T00:00:00Z'
    const start = Date.parse(startTime)
    const windowMessages = options.windowMessages ?? 4
    const faults = planFaults(start, options.days, options.seed)
    const messages = planMessages(start, options.days, options.messages, options.seed, faultWindows(faults, windowMessages))
    if (!existsSync(distApp)) throw new Error(`No build output at ${distApp}: run npm run build first`)
    // Everything the sandbox prints, kept whole in a file for the secret audit; the crash lines (the
    // kill faults' evidence) in memory.
    const outputDir = mkdtempSync(join(tmpdir(), 'tether-soak-output-'))
    const outputFile = join(outputDir, 'sandbox-output.log')
    const outputStream = createWriteStream(outputFile)
    const crashes: { instance: string; when: string; path: string }[] = []
    let outputLines = 0
    const sandbox: Sandbox = await startSandbox({
        names: [...INSTANCES],
        startTime,
        keepData: options.keepData,
        log: (line) => {
            outputStream.write(line + '\n')
            outputLines++
            const crash = /^\[(\w+)\] Sandbox fault: \w+ crashes \(SIGKILL\) (before|after) its request to (\S+)/.exec(line)
            if (crash) crashes.push({ instance: crash[1], when: crash[2], path: crash[3] })
        },
    })
    if (options.keepData) log(`data folder (kept): ${sandbox.dataDir}`)
    const secrets = new Map<string, Secret>()
    const restarts: SoakResult['restarts'] = []
    const outcomes: FaultOutcome[] = []
    try {
        const inst = (name: InstanceName) => sandbox.instance(name)
        addSecrets(secrets, INSTANCES.map((n) => ({ kind: 'password' as const, value: inst(n).password })))
        const pairingLog: string[] = []
        const pairLog = (line: string) => {
            pairingLog.push(line)
            log(line)
        }
        // 1. Paired both ways with the Incident scenario, as `npm run pair -- --both-ways --demo` does.
        await pairInstances(client(inst('alpha'), 'provider'), client(inst('beta'), 'consumer'), { demo: true, log: pairLog })
        await pairInstances(client(inst('beta'), 'provider'), client(inst('alpha'), 'consumer'), { demo: true, log: pairLog })
        const collectCredentials = async () => {
            for (const n of INSTANCES) addSecrets(secrets, await credentialsOf(inst(n)))
        }
        const collectTokens = async () => {
            for (const n of INSTANCES) if (inst(n).running) addSecrets(secrets, await tokensOf(inst(n)))
        }
        // The soak counts HTTP requests and token events over the whole run and audits them all for
        // secrets: keep them past the nightly purge's 30 days (x_tether.log.retention_days 0 = keep).
        for (const n of INSTANCES) await script(inst(n), `gs.setProperty('x_tether.log.retention_days', '0'); 'ok'`)
        await collectCredentials()
        // 2. Two more integrations each way, sharing the pair's registries, each with its own user.
        const users: Record<InstanceName, SoakUsers> = { alpha: await addSoakUsers(inst('alpha')), beta: await addSoakUsers(inst('beta')) }
        for (const n of INSTANCES) addSecrets(secrets, PROCESSES.slice(1).map((p) => ({ kind: 'password' as const, value: users[n].passwords[p.apiName] })))
        const integrations: Record<InstanceName, string[]> = {
            alpha: await addIntegrations(inst('alpha'), inst('beta'), users),
            beta: await addIntegrations(inst('beta'), inst('alpha'), users),
        }
        await collectCredentials()
        const stores = openStores(INSTANCES.map((n) => ({ name: n, dataDir: inst(n).dataDir, url: inst(n).url })))
        const directions: Directions = INSTANCES.map((from) => ({ from, to: other(from) }))

        // 3. The timeline: a plan push at each day start, fault starts and clears.
        const advanceTo = async (target: number, during?: PlannedFault): Promise<void> => {
            while (sandbox.clock.now() < target) {
                try {
                    await sandbox.clock.advance(target - sandbox.clock.now())
                } catch (e) {
                    const dead = INSTANCES.filter((n) => !inst(n).running)
                    if (dead.length === 0) throw e
                    for (const n of dead) {
                        await inst(n).restart()
                        restarts.push({ instance: n, at: iso(sandbox.clock.now()), fault: during?.label ?? 'none' })
                    }
                    if (!during || (during.kind !== 'kill-refresh' && during.kind !== 'kill-send')) {
                        throw new Error(`${dead.join(', ')} died outside a kill fault${during ? ` (during "${during.label}")` : ''}: ${(e as Error).message}`)
                    }
                    return
                }
            }
        }
        const end = start + options.days * DAY_MS
        let sentSoFar = 0
        let deliveredSoFar = 0
        let current = 'no fault'
        const report = (day: number) => {
            const counts = stores.progress()
            sentSoFar = counts.sent
            deliveredSoFar = counts.delivered
            options.progress?.({ day, days: options.days, sent: sentSoFar, delivered: deliveredSoFar, faultsDone: outcomes.length, faults: faults.length, current, wallSeconds: (Date.now() - started) / 1000 })
        }
        const pushed = new Set<number>()
        const pushDay = async (dayStart: number) => {
            // Once per day: a fault reaching past midnight pushes the next day's plan early.
            if (pushed.has(dayStart)) return
            pushed.add(dayStart)
            const dayEnd = dayStart + DAY_MS
            for (const n of INSTANCES) {
                const today = messages.filter((m) => m.from === n && m.at >= dayStart && m.at < dayEnd)
                await pushPlan(inst(n), today, integrations[n])
            }
        }

        let faultIndex = 0
        for (let day = 0; day < options.days; day++) {
            const dayStart = start + day * DAY_MS
            await advanceTo(dayStart)
            await pushDay(dayStart)
            const dayEnd = Math.min(end, dayStart + DAY_MS)
            while (faultIndex < faults.length && faults[faultIndex].at < dayEnd) {
                const fault = faults[faultIndex++]
                await advanceTo(fault.at)
                current = fault.label
                report(day)
                const outcome = await applyFault(fault)
                outcomes.push(outcome)
                current = 'no fault'
                // A fault may reach into the next day: that day's plan is pushed now, the rest of it later.
                if (sandbox.clock.now() >= dayEnd) await pushDay(dayEnd)
            }
            await advanceTo(dayEnd)
            report(day + 1)
        }

        async function applyFault(fault: PlannedFault): Promise<FaultOutcome> {
            const target = inst(fault.target)
            await collectTokens()
            const at = sandbox.clock.now()
            // What shows the fault happened: here for the kinds only the moment can show, from the
            // stores afterwards for the others (storeEvidence).
            let evidence = ''
            let clearedAt: number
            switch (fault.kind) {
                case 'down':
                    await target.fault({ kind: 'down' })
                    await advanceTo(at + fault.durationMs, fault)
                    await target.clearFaults()
                    break
                case '5xx':
                    await target.fault({ kind: 'fail', path: '/', share: 1, status: fault.value })
                    await advanceTo(at + fault.durationMs, fault)
                    await target.clearFaults()
                    break
                case 'slow':
                    await target.fault({ kind: 'slow', latencyMs: fault.value })
                    await advanceTo(at + fault.durationMs, fault)
                    await target.clearFaults()
                    break
                case 'skew': {
                    await target.setSkew(fault.value ?? 0)
                    const seen = await script<number>(target, `new GlideDateTime().getNumericValue()`)
                    const off = Number(seen) - sandbox.clock.now()
                    if (Math.abs(off - (fault.value ?? 0)) < 5000) evidence = `${fault.target}'s clock read ${Math.round(off / 1000)} s off the shared clock`
                    await advanceTo(at + fault.durationMs, fault)
                    await target.clearFaults()
                    break
                }
                case 'revoke':
                    await target.fault({ kind: 'revoke_tokens' })
                    break
                case 'rotate': {
                    // The consumer (target) of the other instance's tokens gets a new client secret, the
                    // provider's integration user a new password, without downtime.
                    const secretsOf = async () => (await credentialsOf(target)).filter((c) => c.kind === 'client secret').map((c) => c.value)
                    const before = await secretsOf()
                    await pairInstances(client(inst(other(fault.target)), 'provider'), client(target, 'consumer'), { rotateSecret: true, log: pairLog })
                    await collectCredentials()
                    const fresh = (await secretsOf()).filter((v) => !before.includes(v)).length
                    if (fresh > 0) evidence = `${fault.target} holds ${fresh} new client secret(s)`
                    break
                }
                case 'kill-refresh':
                case 'kill-send': {
                    const path = fault.kind === 'kill-refresh' ? '/oauth_token.do' : '/api/x_tether/v1/messages'
                    await target.fault({ kind: 'crash', path, when: fault.when ?? 'after' })
                    const before = restarts.length
                    const crashesBefore = crashes.length
                    const until = at + fault.durationMs
                    while (restarts.length === before && sandbox.clock.now() < until) await advanceTo(until, fault)
                    const crash = crashes.slice(crashesBefore).find((c) => c.instance === fault.target && c.when === (fault.when ?? 'after') && c.path.startsWith(path))
                    const restarted = restarts.slice(before).some((r) => r.instance === fault.target)
                    if (crash && restarted) evidence = `${fault.target} crashed ${crash.when} its request to ${crash.path} and was restarted`
                    else if (restarts.length === before) await target.clearFaults()
                    break
                }
            }
            clearedAt = sandbox.clock.now()
            if ((fault.kind === 'kill-refresh' || fault.kind === 'kill-send') && evidence) clearedAt = Date.parse(restarts[restarts.length - 1].at)
            const snapshot = pendingAt(stores, directions, clearedAt)
            return { ...fault, started: iso(at), cleared: iso(clearedAt), triggered: evidence !== '', evidence, snapshot }
        }

        // 4. A quiet day to drain what is still queued, then count.
        current = 'draining'
        await advanceTo(end + DAY_MS)
        report(options.days)
        await collectTokens()
        await collectCredentials()
        for (const [i, o] of outcomes.entries()) {
            if (o.evidence) continue
            o.evidence = storeEvidence(stores, o, i + 1 < outcomes.length ? Date.parse(outcomes[i + 1].started) : sandbox.clock.now())
            o.triggered = o.evidence !== ''
        }
        const measured = measure(stores, directions, messages, outcomes)
        stores.close()
        await new Promise<void>((done) => outputStream.end(done))
        const audit = auditSecrets([...secrets.values()], {
            stores: INSTANCES.map((n) => ({ name: n, dataDir: inst(n).dataDir })),
            // dist/app, and every line the sandbox printed (`outputLines` of them)
            paths: [distApp, outputFile],
            texts: [{ place: 'pairing output', text: pairingLog.join('\n') }],
            root: process.cwd(),
        })
        return {
            options: { days: options.days, messages: options.messages, seed: options.seed, windowMessages, startTime },
            planned: messages.length,
            wallSeconds: (Date.now() - started) / 1000,
            measured,
            faults: outcomes,
            audit,
            outputLines,
            restarts,
        }
    } finally {
        await sandbox.stop()
        outputStream.destroy()
        rmSync(outputDir, { recursive: true, force: true })
    }
}
