/**
 * Build-output tests for the data model: every table of the architecture page is in dist/app with
 * its columns, types, choices, references, defaults, display field and auto-number.
 */
import { DistApp, readDistApp, recordsOf, tableOf } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'
import { configTables, expectedTables } from './model'

let app: DistApp
beforeAll(() => {
    app = readDistApp(distApp)
})

describe.each(Object.entries(expectedTables))('%s', (tableName, spec) => {
    test('is in the dictionary with its display field and a sys_db_object record', () => {
        const table = tableOf(app, tableName)
        expect(table.display).toBe(spec.display)
        expect(recordsOf(app, 'sys_db_object', { name: tableName })).toHaveLength(1)
        expect(table.wsAccess).toBe(true)
    })

    test('has exactly the designed columns, with their types', () => {
        const table = tableOf(app, tableName)
        const actual = Object.fromEntries(table.columns.map((c) => [c.name, c.type]))
        const expected = Object.fromEntries(Object.entries(spec.columns).map(([name, c]) => [name, c.type]))
        expect(actual).toEqual(expected)
    })

    test.each(Object.entries(spec.columns))('column %s: reference, choices, mandatory, default', (name, col) => {
        const column = tableOf(app, tableName).columns.find((c) => c.name === name)!
        expect(column.reference).toBe(col.reference)
        if (col.choices) {
            expect(column.choices.map((c) => c.value).sort()).toEqual([...col.choices].sort())
            const v2 = app.choices.filter((c) => c.table === tableName && c.element === name).map((c) => c.value)
            expect(v2.sort()).toEqual([...col.choices].sort())
        } else {
            expect(column.choices).toEqual([])
        }
        if (col.mandatory) expect(column.mandatory).toBe(true)
        if (col.default !== undefined) expect(column.defaultValue).toBe(col.default)
        expect(column.label).not.toBe(name)
    })

    test('columns carry labels, and configuration columns a hint for the integrator (sys_documentation)', () => {
        const docs = recordsOf(app, 'sys_documentation').filter((d) => d.fields.name?.value === tableName)
        const isConfig = configTables.includes(tableName)
        for (const column of tableOf(app, tableName).columns) {
            expect(column.label.length).toBeGreaterThan(1)
            const doc = docs.find((d) => d.fields.element?.value === column.name)
            if (doc) expect(doc.fields.label?.value).toBe(column.label)
            if (isConfig) expect([column.name, (doc?.fields.hint?.value ?? '').length > 15]).toEqual([column.name, true])
        }
    })

    if (spec.autoNumber) {
        test(`auto-numbers with prefix ${spec.autoNumber}`, () => {
            const numbers = recordsOf(app, 'sys_number', { category: tableName })
            expect(numbers).toHaveLength(1)
            expect(numbers[0].fields.prefix.value).toBe(spec.autoNumber)
        })
    }
})

test('no table beyond the designed eight is shipped', () => {
    expect(app.tables.map((t) => t.name).sort()).toEqual(Object.keys(expectedTables).sort())
})

test('every secret column is a password2 column', () => {
    const secretish = /password|secret|token_value|client_secret/
    for (const table of app.tables) {
        for (const column of table.columns.filter((c) => secretish.test(c.name))) {
            expect(`${table.name}.${column.name}:${column.type}`).toBe(`${table.name}.${column.name}:password2`)
        }
    }
})

test('an integration cannot be activated by hand: its Active flag is read-only', () => {
    const active = tableOf(app, 'x_tether_integration').columns.find((c) => c.name === 'active')!
    expect(active.readOnly).toBe(true)
})

test('the one-active-connection business rule runs after insert and update, and after delete', () => {
    const rules = recordsOf(app, 'sys_script', { collection: 'x_tether_connection' })
    const single = rules.find((r) => r.fields.name.value === 'Tether: one active connection per integration')!
    expect(single.fields.when.value).toBe('after')
    expect([single.fields.action_insert.value, single.fields.action_update.value]).toEqual(['true', 'true'])
    expect(single.fields.script.value).toContain('enforceSingleActiveConnection')
    const deleted = rules.find((r) => r.fields.action_delete.value === 'true')!
    expect(deleted.fields.script.value).toContain('onConnectionDeleted')
    const modulePath = /require\('([^']+)'\)/.exec(single.fields.script.value)![1]
    expect(recordsOf(app, 'sys_module', { path: modulePath })).toHaveLength(1)
})

test('connection settings are validated before insert and update, on the fields a save can set', () => {
    const rules = recordsOf(app, 'sys_script', { collection: 'x_tether_connection' })
    const validate = rules.find((r) => r.fields.name.value === 'Tether: validate connection settings')!
    expect(validate).toBeDefined()
    expect([validate.fields.when.value, validate.fields.action_insert.value, validate.fields.action_update.value, validate.fields.active.value]).toEqual(['before', 'true', 'true', 'true'])
    expect(validate.fields.script.value).toContain('validateConnectionSettings')
    for (const field of ['endpoint_url', 'authentication', 'oauth_profile', 'active']) expect(validate.fields.condition.value).toContain(`current.${field}.changes()`)
    const modulePath = /require\('([^']+)'\)/.exec(validate.fields.script.value)![1]
    expect(recordsOf(app, 'sys_module', { path: modulePath })).toHaveLength(1)
    // Before the one-active rule (after) and any other before rule on the table.
    expect(rules.filter((r) => r.fields.when.value === 'before').every((r) => Number(r.fields.order.value) >= Number(validate.fields.order.value))).toBe(true)
})
