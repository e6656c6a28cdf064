/**
 * Build-output tests for roles and ACLs: role containment, an ACL for each of create, read, write and
 * delete on every table with the intended roles, admin-only secrets, and nothing for integration users.
 */
import { AppRecord, DistApp, readDistApp, recordsOf } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'
import { auditTables, configTables, effectiveRoles, expectedTables, intendedRole, operations, runtimeTables } from './model'

let app: DistApp
beforeAll(() => {
    app = readDistApp(distApp)
})

function rolesOf(acl: AppRecord): string[] {
    return recordsOf(app, 'sys_security_acl_role', { sys_security_acl: acl.sysId })
        .map((r) => r.fields.sys_user_role.display ?? '')
        .sort()
}

function tableAcls(table: string, op: string): AppRecord[] {
    return recordsOf(app, 'sys_security_acl', { name: table, operation: op, type: 'record' })
}

/** Who passes the table-level ACLs of one operation: a role passes if any ACL lists a role it has. */
function roleAllowed(table: string, op: string, role: string): boolean {
    return tableAcls(table, op).some((acl) => {
        const roles = rolesOf(acl)
        return roles.length > 0 && roles.some((r) => effectiveRoles[role].includes(r))
    })
}

test('roles: admin contains manager, manager contains user; integration stands alone', () => {
    const contains = recordsOf(app, 'sys_user_role_contains').map((c) => `${c.fields.role.display} > ${c.fields.contains.display}`)
    expect(contains.sort()).toEqual(['x_tether.admin > x_tether.manager', 'x_tether.manager > x_tether.user'])
    expect(recordsOf(app, 'sys_user_role').map((r) => r.fields.name.value).sort()).toEqual(Object.keys(effectiveRoles).sort())
})

describe.each(Object.keys(expectedTables))('%s', (table) => {
    test.each(operations)('%s has an active ACL with the intended role', (op) => {
        const acls = tableAcls(table, op)
        expect(acls.length).toBeGreaterThan(0)
        const roleAcls = acls.filter((a) => rolesOf(a).length > 0)
        expect(roleAcls.map(rolesOf)).toEqual([[intendedRole(table, op)]])
        for (const acl of acls) {
            expect(acl.fields.active.value).toBe('true')
            expect(acl.fields.decision_type.value).toBe('allow')
        }
    })

    test('the effective matrix matches the design for every role', () => {
        for (const role of Object.keys(effectiveRoles)) {
            for (const op of operations) {
                expect([role, op, roleAllowed(table, op, role)]).toEqual([role, op, effectiveRoles[role].includes(intendedRole(table, op))])
            }
        }
    })

    test('integration users get nothing on it', () => {
        for (const op of operations) expect(roleAllowed(table, op, 'x_tether.integration')).toBe(false)
    })
})

test('configuration is changed by admins only and read by managers and admins', () => {
    for (const table of configTables) {
        expect(roleAllowed(table, 'write', 'x_tether.manager')).toBe(false)
        expect(roleAllowed(table, 'read', 'x_tether.manager')).toBe(true)
        expect(roleAllowed(table, 'read', 'x_tether.user')).toBe(false)
    }
})

test('runtime records are operated by managers and read by users and the read role', () => {
    for (const table of [...runtimeTables, ...auditTables]) {
        expect(roleAllowed(table, 'read', 'x_tether.user')).toBe(true)
        const readRole = tableAcls(table, 'read').filter((a) => rolesOf(a).length === 0)
        expect(readRole).toHaveLength(1)
        expect(readRole[0].fields.script.value).toContain('readRoleGrantsAccess')
    }
    for (const table of runtimeTables) expect(roleAllowed(table, 'write', 'x_tether.manager')).toBe(true)
    expect(roleAllowed('x_tether_token_event', 'write', 'x_tether.manager')).toBe(false)
})

test('every password2 field has read and write ACLs for admins only', () => {
    const secrets = app.tables.flatMap((t) => t.columns.filter((c) => c.type === 'password2').map((c) => `${t.name}.${c.name}`))
    expect(secrets.sort()).toEqual(['x_tether_connection.basic_password', 'x_tether_connection.oauth_password'])
    for (const field of secrets) {
        for (const op of ['read', 'write']) {
            const acls = recordsOf(app, 'sys_security_acl', { name: field, operation: op })
            expect(acls).toHaveLength(1)
            expect(rolesOf(acls[0])).toEqual(['x_tether.admin'])
        }
    }
})

test('no ACL grants anything by script alone except the documented read-role ACLs', () => {
    const scriptOnly = recordsOf(app, 'sys_security_acl').filter((a) => rolesOf(a).length === 0)
    expect(scriptOnly.map((a) => `${a.fields.name.value}:${a.fields.operation.value}`).sort()).toEqual(
        [...runtimeTables, ...auditTables].map((t) => `${t}:read`).sort(),
    )
})
