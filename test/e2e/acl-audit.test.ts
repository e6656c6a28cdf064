/**
 * The ACL audit: for each kind of user (x_tether.admin, manager, user, integration, no role, and the
 * read role itil), create, read, write and delete on every Tether table, and read and write on the
 * password2 fields — through the Table API (HTTP, Basic auth as that user) and through
 * GlideRecordSecure in a script run as that user. Every attempt is judged by its effect (the record
 * exists, the value changed, the record is gone), not only by the answer. The observed matrix must
 * equal the intended one (test/build/model.ts), which is also the table in the README.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { httpCall } from '../sandbox/helpers'
import { aclAuditTable, auditRoles, expectedTables, intendedAllowed, intendedSecretAllowed, Operation, operations, secretFields, secretOperations } from '../build/model'
import { run } from './setup'

jest.setTimeout(120000)

const PASSWORD = 'Audit-User-Pw-2026!'
const SECRET = 'Basic-Secret-Of-The-Seed-77'
const tables = Object.keys(expectedTables)
const roles = Object.keys(auditRoles)
const channels = ['Table API', 'GlideRecordSecure'] as const
type Channel = (typeof channels)[number]

let sandbox: Sandbox
let instance: InstanceHandle
/** The record each table's read and write attempts use. */
let seeds: Record<string, string>
/** One record per (channel, role, table) for the delete attempts. */
let victims: Record<string, string>

const userOf = (role: string) => `audit.${role.replace(/\W+/g, '_')}`
const victimKey = (channel: Channel, role: string, table: string) => `${channel}|${role}|${table}`

/** A string field each table has, which a write attempt changes. */
const writable: Record<string, string> = {
    x_tether_process: 'description',
    x_tether_integration: 'description',
    x_tether_connection: 'basic_user',
    x_tether_message: 'path',
    x_tether_transaction: 'error',
    x_tether_http_request: 'error',
    x_tether_bond: 'internal_reference',
    x_tether_token_event: 'detail',
}

let unique = 0
/** The fields of a valid new record of each table (unique where the table needs it). */
function newRecord(table: string): Record<string, string> {
    unique++
    const fields: Record<string, Record<string, string>> = {
        x_tether_process: { name: `Audit process ${unique}`, api_name: `audit_${unique}`, target_table: 'incident' },
        x_tether_integration: { name: `Audit integration ${unique}`, process: seeds.x_tether_process },
        x_tether_connection: { name: `Audit connection ${unique}`, integration: seeds.x_tether_integration, environment: 'test', authentication: 'none', endpoint_url: 'https://partner.example.com/api/x_tether/v1', active: 'false' },
        x_tether_message: { integration: seeds.x_tether_integration, name: `AuditMessage${unique}`, type: 'update', direction: 'inbound', path: '/messages' },
        x_tether_transaction: { integration: seeds.x_tether_integration, direction: 'inbound', state: 'complete', message_id: `audit-${unique}` },
        x_tether_http_request: { direction: 'inbound', method: 'GET', url: 'https://partner.example.com/ping', status_code: '200', state: 'ok' },
        x_tether_bond: { integration: seeds.x_tether_integration, table: 'incident', state: 'pending', external_reference: `AUD${unique}` },
        x_tether_token_event: { connection: seeds.x_tether_connection, event: 'failed', error_code: 'audit' },
    }
    return fields[table]
}

/** Creates records as the system (no ACLs), returning their sys_ids. */
async function createAsSystem(records: { key: string; table: string; fields: Record<string, string> }[]): Promise<Record<string, string>> {
    return run(
        instance,
        `var out = {}; var list = ${JSON.stringify(records)};
         list.forEach(function (r) { var g = new GlideRecord(r.table); g.initialize(); for (var k in r.fields) g.setValue(k, r.fields[k]); out[r.key] = g.insert(); });
         out`,
    )
}

async function exists(table: string, sysId: string): Promise<boolean> {
    return (await instance.query(table, `sys_id=${sysId}`)).length === 1
}

async function valueOf(table: string, sysId: string, field: string): Promise<string | null> {
    return (await instance.query(table, `sys_id=${sysId}`))[0]?.[field] ?? null
}

async function secretOf(field: string): Promise<string> {
    return run(instance, `var c = new GlideRecord('x_tether_connection'); c.get('${seeds.x_tether_connection}'); c.${field}.getDecryptedValue()`)
}

beforeAll(async () => {
    sandbox = await startSandbox({ names: ['audit'], startTime: '2026-04-06T08:00:00Z' })
    instance = sandbox.instance('audit')
    await run(
        instance,
        `var roles = ${JSON.stringify(auditRoles)};
         for (var kind in roles) {
             var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = 'audit.' + kind.replace(/\\W+/g, '_'); u.setValue('user_password', '${PASSWORD}'); u.active = true; var uid = u.insert();
             roles[kind].forEach(function (name) {
                 var r = new GlideRecord('sys_user_role'); if (!r.get('name', name)) { r.initialize(); r.name = name; r.insert(); }
                 var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();
             });
         }`,
    )
    seeds = {}
    // Seeds in dependency order: each table's references point at the seeds before it.
    for (const table of tables) {
        Object.assign(seeds, await createAsSystem([{ key: table, table, fields: newRecord(table) }]))
    }
    await run(
        instance,
        `var c = new GlideRecord('x_tether_connection'); c.get('${seeds.x_tether_connection}');
         c.basic_password.setDisplayValue('${SECRET}'); c.oauth_password.setDisplayValue('${SECRET}'); c.update()`,
    )
    const wanted = channels.flatMap((channel) => roles.flatMap((role) => tables.map((table) => ({ key: victimKey(channel, role, table), table, fields: newRecord(table) }))))
    victims = await createAsSystem(wanted)
    expect(Object.values(victims).every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true)
})

afterAll(async () => {
    await sandbox?.stop()
})

/** One attempt through the Table API, judged by its effect. */
async function viaTableApi(role: string, table: string, op: Operation): Promise<boolean> {
    const credentials: [string, string] = [userOf(role), PASSWORD]
    const base = `/api/now/table/${table}`
    switch (op) {
        case 'create': {
            const r = await httpCall(instance.url, 'POST', base, { credentials, body: newRecord(table) })
            const id = r.status === 201 ? String(r.json.result.sys_id) : ''
            expect([201, 403]).toContain(r.status)
            return id !== '' && (await exists(table, id))
        }
        case 'read': {
            const r = await httpCall(instance.url, 'GET', `${base}/${seeds[table]}`, { credentials })
            expect([200, 404]).toContain(r.status)
            const list = await httpCall(instance.url, 'GET', `${base}?sysparm_query=sys_id=${seeds[table]}`, { credentials })
            // A single record and a list agree: the record is there, or it is not (never a refusal that tells).
            expect(list.status).toBe(200)
            expect(list.json.result.length).toBe(r.status === 200 ? 1 : 0)
            return r.status === 200 && r.json.result.sys_id === seeds[table]
        }
        case 'write': {
            const value = `written by ${role} through the Table API`
            const r = await httpCall(instance.url, 'PATCH', `${base}/${seeds[table]}`, { credentials, body: { [writable[table]]: value } })
            expect([200, 403, 404]).toContain(r.status)
            return (await valueOf(table, seeds[table], writable[table])) === value
        }
        case 'delete': {
            const id = victims[victimKey('Table API', role, table)]
            const r = await httpCall(instance.url, 'DELETE', `${base}/${id}`, { credentials })
            expect([204, 403, 404]).toContain(r.status)
            return !(await exists(table, id))
        }
    }
}

/** One attempt through GlideRecordSecure in a script run as the user, judged by its effect. */
async function viaGlideRecordSecure(role: string, table: string, op: Operation): Promise<boolean> {
    const as = userOf(role)
    switch (op) {
        case 'create': {
            const id = await run<string | null>(
                instance,
                `var g = new GlideRecordSecure('${table}'); g.initialize(); var f = ${JSON.stringify(newRecord(table))}; for (var k in f) g.setValue(k, f[k]); g.insert()`,
                as,
            )
            return Boolean(id) && (await exists(table, String(id)))
        }
        case 'read':
            return run<boolean>(instance, `var g = new GlideRecordSecure('${table}'); g.get('${seeds[table]}') && g.getUniqueValue() == '${seeds[table]}'`, as)
        case 'write': {
            const value = `written by ${role} through GlideRecordSecure`
            await run(instance, `var g = new GlideRecordSecure('${table}'); if (g.get('${seeds[table]}')) { g.setValue('${writable[table]}', '${value}'); g.update(); }`, as)
            return (await valueOf(table, seeds[table], writable[table])) === value
        }
        case 'delete': {
            const id = victims[victimKey('GlideRecordSecure', role, table)]
            await run(instance, `var g = new GlideRecordSecure('${table}'); if (g.get('${id}')) g.deleteRecord();`, as)
            return !(await exists(table, id))
        }
    }
}

/** A password2 field: read shows it is set (Table API) or gives the secret (script); write changes it. */
async function secretAttempt(channel: Channel, role: string, field: string, op: Operation): Promise<boolean> {
    const name = field.split('.')[1]
    const id = seeds.x_tether_connection
    const before = await secretOf(name)
    if (channel === 'Table API') {
        const credentials: [string, string] = [userOf(role), PASSWORD]
        if (op === 'read') {
            const r = await httpCall(instance.url, 'GET', `/api/now/table/x_tether_connection/${id}?sysparm_fields=${name},name`, { credentials })
            // Never the clear value, whoever asks.
            expect(r.text).not.toContain(before)
            return r.status === 200 && r.json.result[name] !== ''
        }
        const value = `New-${name}-by-${userOf(role)}`
        await httpCall(instance.url, 'PATCH', `/api/now/table/x_tether_connection/${id}`, { credentials, body: { [name]: value } })
        return (await secretOf(name)) === value
    }
    if (op === 'read') {
        const seen = await run<string | null>(instance, `var g = new GlideRecordSecure('x_tether_connection'); g.get('${id}') ? g.${name}.getDecryptedValue() : null`, userOf(role))
        return seen === before
    }
    const value = `New-${name}-by-${userOf(role)}-in-a-script`
    await run(instance, `var g = new GlideRecordSecure('x_tether_connection'); if (g.get('${id}')) { g.setValue('${name}', '${value}'); g.update(); }`, userOf(role))
    return (await secretOf(name)) === value
}

type Matrix = Record<string, Record<string, string>>

/** A matrix as letters per cell, so a mismatch reads like the README table. */
function lettersOf(allowed: (role: string, row: string, op: Operation) => boolean, rows: string[], ops: Operation[]): Matrix {
    const out: Matrix = {}
    for (const role of roles) {
        out[role] = {}
        for (const row of rows) out[role][row] = ops.filter((op) => allowed(role, row, op)).map((op) => op[0].toUpperCase()).join('') || '—'
    }
    return out
}

const intended = {
    tables: lettersOf((role, table, op) => intendedAllowed(role, table, op), tables, operations),
    secrets: lettersOf((role, _field, op) => intendedSecretAllowed(role, op), secretFields, secretOperations),
}

describe.each(channels)('through %s', (channel) => {
    test('every role × table × operation: observed = intended', async () => {
        const observed: Record<string, Record<string, Record<string, boolean>>> = {}
        for (const role of roles) {
            observed[role] = {}
            for (const table of tables) {
                observed[role][table] = {}
                for (const op of operations) {
                    observed[role][table][op] = channel === 'Table API' ? await viaTableApi(role, table, op) : await viaGlideRecordSecure(role, table, op)
                }
            }
        }
        expect(lettersOf((role, table, op) => observed[role][table][op], tables, operations)).toEqual(intended.tables)
    })

    test('password2 fields: read and write, observed = intended (admins only)', async () => {
        const observed: Record<string, Record<string, Record<string, boolean>>> = {}
        for (const role of roles) {
            observed[role] = {}
            for (const field of secretFields) {
                observed[role][field] = {}
                for (const op of secretOperations) observed[role][field][op] = await secretAttempt(channel, role, field, op)
            }
        }
        expect(lettersOf((role, field, op) => observed[role][field][op], secretFields, secretOperations)).toEqual(intended.secrets)
    })
})

test('the README shows the intended matrix, as audited', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('### ACL audit'))
    expect(readme.indexOf('## Reliability')).toBeGreaterThan(-1)
    expect(readme.indexOf('### ACL audit')).toBeGreaterThan(readme.indexOf('## Reliability'))
    expect(section).toContain(aclAuditTable())
})
