/**
 * Installs a built app (dist/app, or the packed zip once unpacked) into a simulated instance: the
 * app's tables from the dictionary, their choices and auto-numbers, and every record of the update
 * set. Reinstalling a newer build upgrades in place: the same sys_ids are updated, records and
 * tables the new build no longer has are deleted, and runtime data in app tables is kept.
 */
import { AppRecord, DistApp } from '../dist-app'
import { PLATFORM_DEFAULTS, platformTables } from './platform-tables'
import { ColumnSchema, TableSchema } from './schema'
import { newSysId, Row, Store } from './store'

export interface InstallReport {
    scope: string
    version: string
    previousVersion?: string
    tables: number
    inserted: number
    updated: number
    deleted: number
    droppedTables: string[]
}

export interface UninstallReport {
    scope: string
    /** The version that was installed, if the store knew it. */
    version?: string
    /** Records the app had installed that were deleted (tables dropped with their rows not counted). */
    deleted: number
    droppedTables: string[]
}

/** Creates the platform tables a fresh instance has; safe to call on every start. */
export function ensurePlatformTables(store: Store): void {
    for (const t of platformTables()) store.defineTable(t)
    store.db.exec('CREATE TABLE IF NOT EXISTS _installed (app TEXT, tbl TEXT, sys_id TEXT, PRIMARY KEY (app, tbl, sys_id))')
}

function tableSchemaFor(app: DistApp, name: string): TableSchema {
    const def = app.tables.find((t) => t.name === name)!
    const numbering = app.records.find((r) => r.table === 'sys_number' && r.fields.category?.value === name)
    const columns = new Map<string, ColumnSchema>()
    for (const c of def.columns) {
        columns.set(c.name, {
            name: c.name,
            type: c.type,
            label: c.label,
            reference: c.reference,
            maxLength: c.maxLength,
            mandatory: c.mandatory,
            readOnly: c.readOnly,
            unique: c.unique,
            defaultValue: c.defaultValue,
            dependent: c.dependent,
            choices: c.choices.map((ch) => ({ value: ch.value, label: ch.label, sequence: ch.sequence })),
        })
    }
    return {
        name,
        label: def.label,
        display: def.display,
        extends: def.extends,
        columns,
        indexes: def.indexes,
        autoNumber: numbering
            ? { prefix: numbering.fields.prefix.value, digits: Number(numbering.fields.maximum_digits?.value ?? 7) }
            : undefined,
        origin: 'app',
    }
}

/** Which install folders load: update always; unload on first install; unload.demo with demo data. */
function wanted(record: AppRecord, firstInstall: boolean, demo: boolean): boolean {
    if (record.folder === 'update' || record.folder === 'author_elective_update') return true
    if (record.folder === 'unload') return firstInstall
    if (record.folder === 'unload.demo') return demo
    return false
}

function rowOf(store: Store, record: AppRecord, now: string): Row {
    const row: Row = {}
    for (const [field, v] of Object.entries(record.fields)) row[field] = store.stored(record.table, field, v.value)
    row.sys_id = record.sysId
    row.sys_updated_on = now
    row.sys_updated_by = 'system'
    row.sys_class_name = record.table
    return row
}

export function installApp(store: Store, app: DistApp, options: { now: string; demo?: boolean }): InstallReport {
    ensurePlatformTables(store)
    const scope = app.scope.scope
    const previousVersion = store.getMeta(`app:${scope}:version`)
    const firstInstall = previousVersion === undefined
    const report: InstallReport = {
        scope,
        version: app.scope.version,
        previousVersion,
        tables: app.tables.length,
        inserted: 0,
        updated: 0,
        deleted: 0,
        droppedTables: [],
    }
    store.transaction(() => {
        // Tables first, so records of the app's own tables (demo data) have somewhere to go.
        const previousTables: string[] = JSON.parse(store.getMeta(`app:${scope}:tables`) ?? '[]')
        for (const t of app.tables) {
            const schema = tableSchemaFor(app, t.name)
            store.defineTable(schema, { dropMissing: true })
            if (schema.autoNumber) {
                const start = Number(app.records.find((r) => r.table === 'sys_number' && r.fields.category?.value === t.name)?.fields.number?.value ?? 1000)
                store.ensureCounterAtLeast(`number:${t.name}`, start)
            }
        }
        for (const gone of previousTables.filter((t) => !app.tables.some((x) => x.name === t))) {
            store.dropTable(gone)
            report.droppedTables.push(gone)
        }
        store.setMeta(`app:${scope}:tables`, JSON.stringify(app.tables.map((t) => t.name)))

        // Choices of the app's tables, rebuilt from the dictionary.
        for (const t of app.tables) {
            store.prepare('DELETE FROM sys_choice WHERE name = ?').run(t.name)
            for (const c of t.columns) {
                for (const ch of c.choices) {
                    store.insertRow('sys_choice', {
                        sys_id: newSysId(),
                        name: t.name,
                        element: c.name,
                        value: ch.value,
                        label: ch.label,
                        sequence: String(ch.sequence),
                        inactive: ch.inactive ? '1' : '0',
                        language: 'en',
                        sys_created_on: options.now,
                        sys_updated_on: options.now,
                        sys_class_name: 'sys_choice',
                    })
                }
            }
        }

        // The application record itself (dist/app/scope), so scripts can read the installed version.
        const appRow: Row = {}
        for (const [field, v] of Object.entries(app.scope.fields)) appRow[field] = store.stored('sys_app', field, v.value)
        store.ensureColumns('sys_app', Object.keys(app.scope.fields))
        if (store.getRow('sys_app', app.scope.sysId)) store.updateRow('sys_app', app.scope.sysId, { ...appRow, sys_updated_on: options.now })
        else store.insertRow('sys_app', { ...appRow, sys_id: app.scope.sysId, sys_created_on: options.now, sys_updated_on: options.now, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '0', sys_class_name: 'sys_app' })

        // Its sys_scope row (sys_app extends sys_scope on the platform): what `now-sdk install` looks up
        // to tell a first install from an update, and what an uninstall removes.
        const scopeRow: Row = { sys_class_name: 'sys_app', sys_updated_on: options.now, sys_updated_by: 'system' }
        for (const c of platformTables().find((t) => t.name === 'sys_scope')!.columns.keys()) {
            if (app.scope.fields[c]) scopeRow[c] = store.stored('sys_scope', c, app.scope.fields[c].value)
        }
        scopeRow.scope = scope
        scopeRow.active = scopeRow.active ?? '1'
        const scopeExisting = store.getRow('sys_scope', app.scope.sysId)
        if (scopeExisting) store.updateRow('sys_scope', app.scope.sysId, { ...scopeRow, sys_mod_count: String(Number(scopeExisting.sys_mod_count ?? 0) + 1) })
        else store.insertRow('sys_scope', { ...scopeRow, sys_id: app.scope.sysId, sys_created_on: options.now, sys_created_by: 'system', sys_mod_count: '0' })

        // Records: upsert by sys_id, remembering what belongs to the app.
        const installed = new Set<string>()
        for (const record of app.records.filter((r) => wanted(r, firstInstall, options.demo ?? false))) {
            if (!store.table(record.table)) {
                store.defineTable({ name: record.table, label: record.table, columns: new Map(), origin: 'platform' })
            }
            store.ensureColumns(record.table, Object.keys(record.fields))
            const row = rowOf(store, record, options.now)
            const existing = store.getRow(record.table, record.sysId)
            if (existing) {
                store.updateRow(record.table, record.sysId, { ...row, sys_mod_count: String(Number(existing.sys_mod_count ?? 0) + 1) })
                report.updated++
            } else {
                const defaults = PLATFORM_DEFAULTS[record.table] ?? {}
                store.insertRow(record.table, { ...defaults, ...row, sys_created_on: options.now, sys_created_by: 'system', sys_mod_count: '0' })
                report.inserted++
            }
            installed.add(`${record.table}\u0000${record.sysId}`)
            store.prepare('INSERT OR IGNORE INTO _installed (app, tbl, sys_id) VALUES (?, ?, ?)').run(scope, record.table, record.sysId)
        }

        // Explicit deletes in the build, then anything an earlier version installed that this one lacks.
        for (const d of app.deletes) {
            if (d.sysId && store.table(d.table) && store.deleteRow(d.table, d.sysId)) report.deleted++
        }
        const before = store.prepare('SELECT tbl, sys_id FROM _installed WHERE app = ?').all(scope) as { tbl: string; sys_id: string }[]
        for (const r of before) {
            if (installed.has(`${r.tbl}\u0000${r.sys_id}`)) continue
            // Demo or first-install records stay once loaded; only update-set records are managed.
            const inBuild = app.records.some((x) => x.table === r.tbl && x.sysId === r.sys_id)
            if (inBuild) continue
            if (store.table(r.tbl) && store.deleteRow(r.tbl, r.sys_id)) report.deleted++
            store.prepare('DELETE FROM _installed WHERE app = ? AND tbl = ? AND sys_id = ?').run(scope, r.tbl, r.sys_id)
        }
        store.setMeta(`app:${scope}:version`, app.scope.version)
    })
    return report
}

/**
 * Deletes an installed app as the platform's "Delete application" does: every record the app
 * installed (the `_installed` ledger), its tables with all their runtime data, their choices and
 * auto-number counters, grants of the app's roles, the sys_app and sys_scope rows and the app's meta
 * keys. One transaction: an error leaves the app as it was. Unknown scope: nothing to do.
 */
export function uninstallApp(store: Store, scope: string): UninstallReport {
    ensurePlatformTables(store)
    const report: UninstallReport = { scope, version: store.getMeta(`app:${scope}:version`), deleted: 0, droppedTables: [] }
    store.transaction(() => {
        const tables: string[] = JSON.parse(store.getMeta(`app:${scope}:tables`) ?? '[]')
        const records = store.prepare('SELECT tbl, sys_id FROM _installed WHERE app = ?').all(scope) as { tbl: string; sys_id: string }[]
        // Grants of the app's roles go with the roles (the platform cascades them).
        const roles = records.filter((r) => r.tbl === 'sys_user_role').map((r) => r.sys_id)
        for (const role of roles) {
            store.prepare('DELETE FROM sys_user_has_role WHERE role = ?').run(role)
            store.prepare('DELETE FROM sys_user_role_contains WHERE role = ? OR contains = ?').run(role, role)
            store.prepare('DELETE FROM sys_security_acl_role WHERE sys_user_role = ?').run(role)
        }
        for (const r of records) {
            if (tables.includes(r.tbl) || !store.table(r.tbl)) continue
            if (store.deleteRow(r.tbl, r.sys_id)) report.deleted++
        }
        store.prepare('DELETE FROM _installed WHERE app = ?').run(scope)
        for (const t of tables) {
            if (store.table(t)) {
                store.dropTable(t)
                report.droppedTables.push(t)
            }
            store.prepare('DELETE FROM sys_choice WHERE name = ?').run(t)
            store.prepare('DELETE FROM _counter WHERE name = ?').run(`number:${t}`)
        }
        for (const table of ['sys_app', 'sys_scope']) {
            for (const row of store.select(table, { where: 'scope = ?', params: [scope] })) store.deleteRow(table, row.sys_id!)
        }
        const prefix = `app:${scope}:`
        store.prepare('DELETE FROM _meta WHERE substr(key, 1, ?) = ?').run(prefix.length, prefix)
    })
    return report
}
