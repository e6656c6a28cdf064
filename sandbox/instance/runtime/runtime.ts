/**
 * The Glide runtime of one simulated instance: the store, the clock, the session, security, the
 * script host (vm context with gs, GlideRecord, modules and script includes) and the business-rule
 * engine, wired together. Everything is synchronous, as platform scripts are.
 */
import { Store } from '../store'
import { InstanceCrypto } from './crypto'
import { Security } from './security'
import { Session, systemSession } from './session'
import { ScriptHost } from './scripts'
import { BusinessRules } from './business-rules'
import { toGlideDateTime } from './time'

/** Tables whose changes invalidate cached roles and ACLs. */
const SECURITY_TABLES = new Set(['sys_security_acl', 'sys_security_acl_role', 'sys_user_has_role', 'sys_user_role', 'sys_user_role_contains'])
/** Tables whose changes invalidate loaded modules, script includes and rules. */
const CODE_TABLES = new Set(['sys_module', 'sys_script_include', 'sys_script'])

export interface RuntimeOptions {
    name: string
    store: Store
    crypto: InstanceCrypto
    now: () => number
    /** The instance's base URL, for scripts that ask (gs.getProperty('glide.servlet.uri')). */
    url?: () => string | undefined
}

export class Runtime {
    readonly name: string
    readonly store: Store
    readonly crypto: InstanceCrypto
    readonly security: Security
    readonly scripts: ScriptHost
    readonly rules: BusinessRules
    readonly now: () => number
    readonly url: () => string | undefined
    securityGeneration = 0
    /** Called when scheduled jobs change, so a supervisor can re-read when the next one is due. */
    onJobsChanged: (() => void) | undefined
    codeGeneration = 0
    /** Bumped when scheduled jobs change, so the scheduler re-reads them. */
    jobsGeneration = 0
    private sessions: Session[] = []
    /**
     * Rows GlideRecord handed to scripts (each successful next(), get() included), per table, since
     * the last reset. A sandbox-only measure for `npm run bench`; the platform has no such counter.
     */
    private readonly rowsRead = new Map<string, number>()

    constructor(options: RuntimeOptions) {
        this.name = options.name
        this.store = options.store
        this.crypto = options.crypto
        this.now = options.now
        this.url = options.url ?? (() => undefined)
        this.security = new Security(this)
        this.scripts = new ScriptHost(this)
        this.rules = new BusinessRules(this)
    }

    nowString(): string {
        return toGlideDateTime(this.now())
    }

    get session(): Session {
        return this.sessions[this.sessions.length - 1] ?? systemSession('system')
    }

    /** Runs fn in a session (as a user), restoring the previous one afterwards. */
    withSession<T>(session: Session, fn: () => T): T {
        this.sessions.push(session)
        try {
            return fn()
        } finally {
            this.sessions.pop()
        }
    }

    /** A session for a user by user_name or sys_id ('system' for the system user). */
    sessionFor(user: string, interactive = false): Session {
        if (user === 'system') return { ...systemSession('system'), interactive }
        const row = this.store.prepare('SELECT sys_id, user_name FROM sys_user WHERE user_name = ? OR sys_id = ?').get(user, user) as
            | { sys_id: string; user_name: string }
            | undefined
        if (!row) throw new Error(`No user "${user}" on instance ${this.name}`)
        return { userId: row.sys_id, userName: row.user_name, interactive, messages: [] }
    }

    countRead(table: string): void {
        this.rowsRead.set(table, (this.rowsRead.get(table) ?? 0) + 1)
    }

    /** The rows read per table since the last reset; resets the counts when asked. */
    recordsRead(reset = false): Record<string, number> {
        const counts = Object.fromEntries(this.rowsRead)
        if (reset) this.rowsRead.clear()
        return counts
    }

    /** Called after every write, so caches of roles, ACLs and code stay true to the tables. */
    touched(table: string): void {
        if (SECURITY_TABLES.has(table)) this.securityGeneration++
        if (CODE_TABLES.has(table)) this.codeGeneration++
        if (table === 'sysauto_script') {
            this.jobsGeneration++
            this.onJobsChanged?.()
        }
    }

    /** Invalidate everything cached (after an install). */
    invalidateAll(): void {
        this.securityGeneration++
        this.codeGeneration++
        this.jobsGeneration++
    }

    /** Value of a field of another record, for dot-walked conditions. */
    readonly relatedValue = (table: string, sysId: string, field: string): string | null => {
        if (!this.store.table(table) || !this.store.column(table, field)) return null
        const row = this.store.getRow(table, sysId)
        return row ? (row[field] ?? null) : null
    }

    /** Writes a syslog line (level: -1 debug, 0 info, 1 warning, 2 error), as gs.info and friends do. */
    log(level: -1 | 0 | 1 | 2, message: string, source: string): void {
        const now = this.nowString()
        this.store.insertRow('syslog', {
            sys_id: this.scripts.newGuid(),
            level: String(level),
            message,
            source,
            sys_created_on: now,
            sys_created_by: this.session.userName,
            sys_updated_on: now,
            sys_updated_by: this.session.userName,
            sys_mod_count: '0',
            sys_class_name: 'syslog',
        })
    }
}
