/**
 * Roles and access controls as the platform evaluates them for a session user.
 *
 * - A user's roles are the roles granted in sys_user_has_role plus everything they contain
 *   (sys_user_role_contains, transitively). `admin` passes every role check (gs.hasRole), and the
 *   pseudo-user "system" (jobs without run-as) passes everything.
 * - Table-level ACLs (name = table) for the operation: the user must pass at least one; if none
 *   exists the operation is denied (the platform's default-deny for scoped tables).
 * - Field-level ACLs (name = table.field, else table.*) for read/write: if any exists the user must
 *   pass one; otherwise the table-level result stands.
 * - An ACL passes when (admin and admin_overrides) or (roles empty or the user has one of them) and
 *   the condition matches and the script leaves answer true.
 *
 * Simplification: no ACL inheritance from parent tables or the "*" wildcard table, no deny-unless
 * ACLs beyond decision_type=deny on a matching ACL, no security attributes.
 */
import type { Runtime } from './runtime'
import { parseEncodedQuery, matchesRecord } from './encoded-query'

export type AclOperation = 'read' | 'write' | 'create' | 'delete'

interface AclRow {
    sys_id: string
    name: string
    operation: string
    condition: string | null
    script: string | null
    admin_overrides: string | null
    decision_type: string | null
    roles: string[]
}

/** A record an ACL condition or script can look at. */
export interface AclSubject {
    table: string
    get(field: string): string | null
    /** The GlideRecord handed to ACL scripts as `current`. */
    current: unknown
}

export class Security {
    private generation = -1
    private acls = new Map<string, AclRow[]>()
    private roleCache = new Map<string, Set<string>>()

    constructor(private readonly rt: Runtime) {}

    private refresh(): void {
        if (this.generation === this.rt.securityGeneration) return
        this.generation = this.rt.securityGeneration
        this.acls.clear()
        this.roleCache.clear()
        const db = this.rt.store
        const rows = db
            .prepare(`SELECT sys_id, name, operation, condition, script, admin_overrides, decision_type FROM sys_security_acl WHERE active = '1' AND (type = 'record' OR type IS NULL)`)
            .all() as Omit<AclRow, 'roles'>[]
        const roleRows = db
            .prepare('SELECT ar.sys_security_acl AS acl, r.name AS role FROM sys_security_acl_role ar JOIN sys_user_role r ON r.sys_id = ar.sys_user_role')
            .all() as { acl: string; role: string }[]
        for (const row of rows) {
            const key = `${row.name}\u0000${row.operation}`
            const list = this.acls.get(key) ?? []
            list.push({ ...row, roles: roleRows.filter((r) => r.acl === row.sys_id).map((r) => r.role) })
            this.acls.set(key, list)
        }
    }

    /** Every role the user has, containment included. */
    rolesOf(userId: string): Set<string> {
        this.refresh()
        const cached = this.roleCache.get(userId)
        if (cached) return cached
        const db = this.rt.store
        const direct = (db
            .prepare(`SELECT r.name AS name, r.sys_id AS id FROM sys_user_has_role h JOIN sys_user_role r ON r.sys_id = h.role WHERE h.user = ? AND (h.state IS NULL OR h.state = 'active')`)
            .all(userId) as { name: string; id: string }[])
        const contains = db
            .prepare('SELECT c.role AS parent, r.sys_id AS id, r.name AS name FROM sys_user_role_contains c JOIN sys_user_role r ON r.sys_id = c.contains')
            .all() as { parent: string; id: string; name: string }[]
        const roles = new Set<string>()
        const queue = [...direct]
        while (queue.length > 0) {
            const r = queue.shift()!
            if (roles.has(r.name)) continue
            roles.add(r.name)
            for (const c of contains.filter((x) => x.parent === r.id)) queue.push({ name: c.name, id: c.id })
        }
        this.roleCache.set(userId, roles)
        return roles
    }

    isSystem(userId: string): boolean {
        return userId === 'system'
    }

    isAdmin(userId: string): boolean {
        return this.isSystem(userId) || this.rolesOf(userId).has('admin')
    }

    /** gs.hasRole: true for admin; a comma-separated list passes if the user has any of them. */
    hasRole(userId: string, role: string): boolean {
        if (this.isAdmin(userId)) return true
        const roles = this.rolesOf(userId)
        return role
            .split(',')
            .map((r) => r.trim())
            .filter(Boolean)
            .some((r) => roles.has(r))
    }

    private acl(name: string, op: string): AclRow[] {
        this.refresh()
        return this.acls.get(`${name}\u0000${op}`) ?? []
    }

    private passes(acl: AclRow, userId: string, subject: AclSubject | null): boolean {
        if (this.isSystem(userId)) return true
        if (acl.admin_overrides !== '0' && this.isAdmin(userId)) return true
        if (acl.roles.length > 0) {
            const roles = this.rolesOf(userId)
            if (!acl.roles.some((r) => roles.has(r))) return false
        }
        if (acl.condition && subject) {
            const parsed = parseEncodedQuery(acl.condition)
            if (!matchesRecord(subject.table, parsed, subject.get, this.rt.store.resolveField, this.rt.relatedValue)) return false
        }
        if (acl.script) {
            const answer = this.rt.scripts.evaluateAnswer(acl.script, { current: subject?.current ?? null }, `acl:${acl.name}:${acl.operation}`)
            if (answer !== true && String(answer) !== 'true') return false
        }
        return true
    }

    private decide(list: AclRow[], userId: string, subject: AclSubject | null): boolean {
        const allow = list.filter((a) => a.decision_type !== 'deny')
        const deny = list.filter((a) => a.decision_type === 'deny')
        if (deny.some((a) => !this.passes(a, userId, subject))) return false
        return allow.length === 0 ? deny.length > 0 : allow.some((a) => this.passes(a, userId, subject))
    }

    /** Table-level access for an operation (create, read, write, delete). */
    canAccessTable(op: AclOperation, table: string, userId: string, subject: AclSubject | null): boolean {
        if (this.isSystem(userId)) return true
        const list = this.acl(table, op)
        if (list.length === 0) return this.isAdmin(userId)
        return this.decide(list, userId, subject)
    }

    /** Field-level access (read or write) once table-level access is granted. */
    canAccessField(op: AclOperation, table: string, field: string, userId: string, subject: AclSubject | null): boolean {
        if (!this.canAccessTable(op === 'create' ? 'create' : op, table, userId, subject)) return false
        let list = this.acl(`${table}.${field}`, op)
        if (list.length === 0) list = this.acl(`${table}.*`, op)
        if (list.length === 0) return true
        return this.decide(list, userId, subject)
    }
}
