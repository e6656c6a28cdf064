/**
 * One simulated instance, in-process: its store, Glide runtime, scheduler and installer behind the
 * CoreApi that the instance's process exposes over IPC.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { ClockState, clockNow } from '../clock'
import { readDistApp } from '../dist-app'
import { CoreApi, InstanceOptions, JobRun, ScriptResult, UiActionResult } from './core-api'
import { ensurePlatformTables, installApp, InstallReport } from './installer'
import { Store } from './store'
import { InstanceCrypto } from './runtime/crypto'
import { Runtime } from './runtime/runtime'
import { Scheduler } from './scheduler'
import { compileToSql, parseEncodedQuery } from './runtime/encoded-query'
import { errorMessage } from './runtime/unsupported'
import { redirectTarget } from './runtime/gs'
import { expandDateFunctions } from './runtime/date-functions'
import { SyncHttpClient } from './platform/sync-http'
import { createOAuthClasses } from './platform/oauth-client'
import { createRestMessageClasses } from './platform/rest-message'
import { FaultBoard, FaultDecision, FaultSpec, FaultState } from './faults'
import { IssuedTokens } from './platform/issued-tokens'

/** Properties a fresh instance has: OAuth is active (as on new instances); inbound client credentials are not enabled. */
const PLATFORM_PROPERTIES: Record<string, [string, string]> = {
    'com.snc.platform.security.oauth.is.active': ['true', 'boolean'],
    'glide.oauth.inbound.client.credential.grant_type.enabled': ['false', 'boolean'],
}

/** Converts a script's completion value to plain JSON (records become their sys_id). */
function toJson(value: unknown): unknown {
    if (value === undefined) return null
    if (value && typeof value === 'object' && typeof (value as { getUniqueValue?: unknown }).getUniqueValue === 'function') {
        return (value as { getUniqueValue(): string }).getUniqueValue()
    }
    if (value && typeof value === 'object' && typeof (value as { getValue?: unknown }).getValue === 'function' && !Array.isArray(value)) {
        return (value as { getValue(): unknown }).getValue()
    }
    try {
        return JSON.parse(JSON.stringify(value) ?? 'null')
    } catch {
        return String(value)
    }
}

export class InstanceCore implements CoreApi {
    readonly store: Store
    readonly rt: Runtime
    readonly scheduler: Scheduler
    readonly http = new SyncHttpClient(() => this.sharedNow())
    /** Set by the instance's process: tells the supervisor that the scheduled jobs changed. */
    onJobsChanged: (() => void) | undefined
    readonly faults = new FaultBoard()
    /** Set by the instance's process: closes or reopens the listener when "down" changes. */
    onDownChange: ((down: boolean) => void) | undefined
    private changedSecrets = new Map<string, string | null>()
    private clock: ClockState
    private skewMs: number
    url: string | undefined

    constructor(readonly options: InstanceOptions) {
        mkdirSync(options.dataDir, { recursive: true })
        this.clock = options.clock
        this.skewMs = options.skewMs ?? 0
        this.url = options.url
        this.store = new Store(join(options.dataDir, 'instance.db'))
        ensurePlatformTables(this.store)
        this.rt = new Runtime({
            name: options.name,
            store: this.store,
            crypto: new InstanceCrypto(options.dataDir),
            now: () => this.now(),
            url: () => this.url,
        })
        this.scheduler = new Scheduler(this.rt)
        this.http.onExchange = (phase, req) => this.crashIfArmed(phase, req.url)
        this.rt.onJobsChanged = () => this.onJobsChanged?.()
        const oauth = createOAuthClasses(this.rt, this.http)
        const rest = createRestMessageClasses(this.rt, this.http, oauth)
        this.rt.scripts.registerNamespace('sn_auth', {
            GlideOAuthClient: oauth.GlideOAuthClient,
            GlideOAuthClientRequest: oauth.GlideOAuthClientRequest,
            GlideOAuthClientResponse: oauth.GlideOAuthClientResponse,
            GlideOAuthToken: oauth.GlideOAuthToken,
        })
        this.rt.scripts.registerNamespace('sn_ws', { RESTMessageV2: rest.RESTMessageV2, RESTResponseV2: rest.RESTResponseV2 })
        this.ensureAdmin(options.adminPassword)
        this.ensurePlatformProperties()
    }

    private ensurePlatformProperties(): void {
        const now = this.rt.nowString()
        for (const [name, [value, type]] of Object.entries(PLATFORM_PROPERTIES)) {
            if (this.store.prepare('SELECT 1 FROM sys_properties WHERE name = ?').get(name)) continue
            this.store.insertRow('sys_properties', {
                sys_id: this.rt.scripts.newGuid(), name, value, type,
                sys_created_on: now, sys_updated_on: now, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '0', sys_class_name: 'sys_properties',
            })
        }
    }

    /** The admin user with the admin role, created on first start with the generated password. */
    private ensureAdmin(password: string): void {
        const db = this.store
        const now = this.rt.nowString()
        const sys = { sys_created_on: now, sys_updated_on: now, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '0' }
        let role = db.prepare(`SELECT sys_id FROM sys_user_role WHERE name = 'admin'`).get() as { sys_id: string } | undefined
        if (!role) {
            role = { sys_id: this.rt.scripts.newGuid() }
            this.store.insertRow('sys_user_role', { ...sys, sys_id: role.sys_id, name: 'admin', description: 'System administrator', sys_class_name: 'sys_user_role' })
        }
        const user = db.prepare(`SELECT sys_id FROM sys_user WHERE user_name = 'admin'`).get() as { sys_id: string } | undefined
        if (user) return
        const userId = this.rt.scripts.newGuid()
        this.store.insertRow('sys_user', {
            ...sys,
            sys_id: userId,
            user_name: 'admin',
            first_name: 'System',
            last_name: 'Administrator',
            name: 'System Administrator',
            active: '1',
            locked_out: '0',
            user_password: this.rt.crypto.hashPassword(password),
            sys_class_name: 'sys_user',
        })
        this.store.insertRow('sys_user_has_role', { ...sys, sys_id: this.rt.scripts.newGuid(), user: userId, role: role.sys_id, inherited: '0', state: 'active', sys_class_name: 'sys_user_has_role' })
        this.rt.invalidateAll()
    }

    install(distAppDir: string, options: { demo?: boolean } = {}): InstallReport {
        const report = installApp(this.store, readDistApp(distAppDir), { now: this.rt.nowString(), demo: options.demo })
        this.rt.invalidateAll()
        return report
    }

    setClock(state: ClockState): void {
        this.clock = state
    }

    setSkew(skewMs: number): void {
        this.skewMs = Number(skewMs) || 0
    }

    now(): number {
        return clockNow(this.clock) + this.skewMs
    }

    nextDueJob(): { at: number; job: string } | null {
        return this.scheduler.nextDue()
    }

    runDueJobs(): JobRun[] {
        return this.scheduler.runDue()
    }

    runJobsThrough(limit: number): { runs: JobRun[]; next: { at: number; job: string } | null; calledOut: boolean } {
        const runs: JobRun[] = []
        const requestsBefore = this.http.requests
        let sameInstant = 0
        let last = Number.NEGATIVE_INFINITY
        for (;;) {
            const next = this.scheduler.nextDue()
            if (!next || next.at > limit) return { runs, next, calledOut: this.http.requests !== requestsBefore }
            sameInstant = next.at === last ? sameInstant + 1 : 0
            if (sameInstant > 100) throw new Error(`Job "${next.job}" keeps falling due at ${new Date(next.at).toISOString()}: its next run time does not move forward`)
            last = next.at
            if (next.at > this.now()) this.clock = { virtualBase: next.at - this.skewMs, realBase: Date.now(), frozen: true }
            const ran = this.scheduler.runDue()
            if (ran.length === 0) throw new Error(`Job "${next.job}" was due at ${new Date(next.at).toISOString()} but did not run`)
            runs.push(...ran)
            // A call to another instance may have made one of its jobs due: hand back to the
            // supervisor so time does not run ahead here.
            if (this.http.requests !== requestsBefore) return { runs, next: this.scheduler.nextDue(), calledOut: true }
        }
    }

    catchUpClock(sharedMs: number): void {
        if (this.clock.frozen && Number.isFinite(sharedMs) && sharedMs > clockNow(this.clock)) {
            this.clock = { virtualBase: sharedMs, realBase: Date.now(), frozen: true }
        }
    }

    /** The shared timeline's now (without this instance's skew), sent along with outbound calls. */
    sharedNow(): number {
        return clockNow(this.clock)
    }

    runJob(nameOrSysId: string): JobRun {
        return this.scheduler.run(nameOrSysId)
    }

    invokeUiAction(action: string, table: string, sysId: string, options: { user?: string } = {}): UiActionResult {
        const session = this.rt.sessionFor(options.user ?? 'admin', true)
        const result: UiActionResult = { action, table, sysId, messages: session.messages, ok: false }
        const row = this.store.db
            .prepare(`SELECT * FROM sys_ui_action WHERE (action_name = ? OR name = ? OR sys_id = ?) AND (\`table\` = ? OR \`table\` = 'global') AND (active = '1' OR active IS NULL)`)
            .get(action, action, action, table) as Record<string, string | null> | undefined
        if (!row) {
            result.error = `No active UI action "${action}" on ${table}`
            return result
        }
        if (row.client === '1' || row.client === 'true') {
            result.error = `"${row.name}" runs in the browser (onclick ${row.onclick}); the sandbox runs only server-side UI action scripts`
            return result
        }
        return this.rt.withSession(session, () => {
            const current = new this.rt.scripts.glide.GlideRecord(table)
            if (!current.get(sysId)) {
                result.error = `No ${table} record ${sysId}`
                return result
            }
            const roles = this.uiActionRoles(row)
            if (roles.length > 0 && !roles.some((r) => this.rt.security.hasRole(session.userId, r))) {
                result.error = `User ${session.userName} lacks the roles for "${row.name}" (${roles.join(', ')})`
                return result
            }
            try {
                if (row.condition && row.condition.trim() !== '') {
                    const show = this.rt.scripts.evaluate(row.condition, { current }, `sys_ui_action:${row.name}:condition`)
                    if (!show) {
                        result.error = `The condition of "${row.name}" is false for this record`
                        return result
                    }
                }
                // The platform's `action` object: where to send the user next.
                const actionApi = { setRedirectURL: (o: unknown) => { session.redirect = redirectTarget(o) } }
                this.rt.scripts.evaluate(row.script ?? '', { current, action: actionApi }, `sys_ui_action:${row.name}`)
                result.ok = true
            } catch (e) {
                result.error = errorMessage(e)
            }
            if (session.redirect !== undefined) result.redirect = session.redirect
            return result
        })
    }

    /** A UI action's roles: the legacy roles column and its sys_ui_action_role records (by role name). */
    private uiActionRoles(row: Record<string, string | null>): string[] {
        const roles = (row.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean)
        if (this.store.table('sys_ui_action_role')) {
            const linked = this.store.db
                .prepare('SELECT r.name AS name FROM sys_ui_action_role a JOIN sys_user_role r ON r.sys_id = a.sys_user_role WHERE a.sys_ui_action = ?')
                .all(row.sys_id) as { name: string }[]
            for (const { name } of linked) if (name && !roles.includes(name)) roles.push(name)
        }
        return roles
    }

    runScript(code: string, options: { user?: string } = {}): ScriptResult {
        const session = this.rt.sessionFor(options.user ?? 'admin')
        return this.rt.withSession(session, () => {
            const value = this.rt.scripts.evaluate(code, {}, 'runScript')
            return { result: toJson(value), messages: session.messages }
        })
    }

    query(table: string, encodedQuery = '', options: { limit?: number } = {}): Record<string, string | null>[] {
        const sql = compileToSql(table, parseEncodedQuery(expandDateFunctions(encodedQuery, this.now())), this.store.resolveField)
        return this.store.select(table, { where: sql.where, params: sql.params, orderBy: sql.orderBy || 'sys_created_on, rowid', limit: options.limit })
    }

    recordsRead(options: { reset?: boolean } = {}): Record<string, number> {
        return this.rt.recordsRead(options.reset === true)
    }

    fault(spec: FaultSpec): FaultState {
        switch (spec?.kind) {
            case 'down':
                this.faults.down = true
                this.onDownChange?.(true)
                break
            case 'slow':
                if (typeof spec.latencyMs !== 'number' || spec.latencyMs < 0) throw new Error('slow needs latencyMs >= 0')
                this.faults.latencyMs = spec.latencyMs
                break
            case 'fail':
            case 'drop':
                this.faults.addHttp(spec)
                break
            case 'revoke_tokens':
                new IssuedTokens(this.rt).revokeAll()
                this.rt.log(1, 'Sandbox fault: every token issued by this instance was revoked', 'Sandbox')
                break
            case 'client_secret': {
                if (!spec.registry || !spec.secret) throw new Error('client_secret needs registry (name or client_id) and secret')
                const row = this.store.prepare('SELECT sys_id, client_secret FROM oauth_entity WHERE name = ? OR client_id = ?').get(spec.registry, spec.registry) as
                    | { sys_id: string; client_secret: string | null }
                    | undefined
                if (!row) throw new Error(`No Application Registry record "${spec.registry}"`)
                if (!this.changedSecrets.has(row.sys_id)) this.changedSecrets.set(row.sys_id, row.client_secret)
                this.store.updateRow('oauth_entity', row.sys_id, { client_secret: this.rt.crypto.encrypt(spec.secret) })
                break
            }
            case 'skew':
                throw new Error('skew is set through the supervisor (setSkew)')
            case 'crash':
                this.faults.addCrash(spec)
                break
            default:
                throw new Error(`Unknown fault kind "${(spec as { kind?: unknown })?.kind}": use down, slow, fail, drop, revoke_tokens, client_secret, skew or crash`)
        }
        return this.faultState()
    }

    clearFaults(): FaultState {
        const wasDown = this.faults.down
        this.faults.clearHttp()
        for (const [sysId, secret] of this.changedSecrets) this.store.updateRow('oauth_entity', sysId, { client_secret: secret })
        this.changedSecrets.clear()
        if (wasDown) this.onDownChange?.(false)
        return this.faultState()
    }

    faultState(): FaultState {
        return { down: this.faults.down, latencyMs: this.faults.latencyMs, http: this.faults.httpFaults(), skewMs: this.skewMs, secretsChanged: [...this.changedSecrets.keys()], crash: this.faults.crashFaults() }
    }

    /**
     * The crash fault: SIGKILL, as a node dies — no store close, no answer to the script or the
     * supervisor. SQLite keeps what was committed before this moment, nothing after it.
     */
    private crashIfArmed(phase: 'before' | 'after', url: string): void {
        let path: string
        try {
            path = new URL(url).pathname
        } catch {
            return
        }
        if (!this.faults.crashDue(path, phase)) return
        process.stderr.write(`Sandbox fault: ${this.options.name} crashes (SIGKILL) ${phase} its request to ${path}\n`)
        process.kill(process.pid, 'SIGKILL')
    }

    logTransaction(entry: { method: string; path: string; status: number; durationMs: number }): void {
        const now = this.rt.nowString()
        this.store.insertRow('syslog_transaction', {
            sys_id: this.rt.scripts.newGuid(),
            url: entry.path,
            type: entry.path.startsWith('/api/') ? 'REST' : 'FORM',
            method: entry.method,
            response_status: String(entry.status),
            response_time: String(Math.round(entry.durationMs)),
            sys_created_on: now,
            sys_updated_on: now,
            sys_created_by: 'system',
            sys_updated_by: 'system',
            sys_mod_count: '0',
            sys_class_name: 'syslog_transaction',
        })
    }

    faultDecision(path: string): FaultDecision {
        return this.faults.decide(path)
    }

    close(): void {
        this.http.close()
        this.store.close()
    }
}

export function createInstanceCore(options: InstanceOptions): InstanceCore {
    return new InstanceCore(options)
}
