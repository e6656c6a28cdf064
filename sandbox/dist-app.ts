/**
 * Reads the SDK's build output (`dist/app`) into plain objects: the scope record, the table
 * dictionary with columns and choices, and every record of the update XML. The sandbox installs
 * from this, `npm start` summarises it, and the build-output tests assert on it.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { XMLParser } from 'fast-xml-parser'

export interface ChoiceDef {
    value: string
    label: string
    sequence: number
    inactive: boolean
}

export interface ColumnDef {
    name: string
    type: string
    label: string
    maxLength?: number
    mandatory: boolean
    readOnly: boolean
    unique: boolean
    defaultValue?: string
    reference?: string
    referenceCascadeRule?: string
    dependent?: string
    choices: ChoiceDef[]
}

export interface TableDef {
    name: string
    label: string
    display?: string
    extends?: string
    audit: boolean
    wsAccess: boolean
    columns: ColumnDef[]
    indexes: { name: string; unique: boolean; columns: string[] }[]
    /** The dictionary file this came from, relative to dist/app. */
    file: string
}

/** A reference-style field keeps its display value (e.g. a role's name) next to the sys_id. */
export interface FieldValue {
    value: string
    display?: string
}

export interface AppRecord {
    table: string
    sysId: string
    action: string
    /** Which install set it belongs to: update (always), unload (first install), unload.demo (demo data). */
    folder: string
    file: string
    fields: Record<string, FieldValue>
}

export interface DeleteDirective {
    table: string
    sysId?: string
    query?: string
    file: string
}

export interface ChoiceRecord {
    table: string
    element: string
    value: string
    label: string
    sequence: number
    file: string
}

export interface DistApp {
    root: string
    scope: { sysId: string; scope: string; name: string; version: string; fields: Record<string, FieldValue> }
    tables: TableDef[]
    records: AppRecord[]
    deletes: DeleteDirective[]
    choices: ChoiceRecord[]
    /** Every file under dist/app with its text, for audits (no secret may appear in any of them). */
    files: { path: string; text: string }[]
}

const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    textNodeName: '#text',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: false as unknown as string,
    isArray: (name, jpath) => {
        const path = String(jpath)
        if (path.startsWith('database.')) return name === 'element' || name === 'choice' || name === 'index'
        // Children of a record_update's element: a record's fields, or the records of a group (see parseUpdate).
        if (path.startsWith('record_update.') && path.split('.').length === 3) return true
        return name === 'sys_choice'
    },
})

function asText(node: unknown): string {
    if (node === undefined || node === null) return ''
    if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') return String(node)
    if (typeof node === 'object' && '#text' in (node as Record<string, unknown>)) {
        return String((node as Record<string, unknown>)['#text'])
    }
    return ''
}

function fieldsOf(node: Record<string, unknown>): Record<string, FieldValue> {
    const fields: Record<string, FieldValue> = {}
    for (const [key, raw] of Object.entries(node)) {
        if (key.startsWith('@') || key === '#text') continue
        const item = Array.isArray(raw) ? raw[0] : raw
        const value = asText(item)
        const attrs = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {}
        const display = (attrs['@display_value'] ?? attrs['@name']) as string | undefined
        fields[key] = display === undefined ? { value } : { value, display: String(display) }
    }
    return fields
}

/** True for a group update: its children are records (elements with an action), not fields. */
function isGroup(node: Record<string, unknown>): boolean {
    return Object.entries(node).some(
        ([key, items]) => !key.startsWith('@') && Array.isArray(items) && items.some((i) => typeof i === 'object' && i !== null && (i as Record<string, unknown>)['@action'] !== undefined),
    )
}

function bool(v: unknown): boolean {
    return String(v) === 'true'
}

function listXml(dir: string): string[] {
    if (!existsSync(dir)) return []
    return readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .sort()
        .map((f) => join(dir, f))
}

function listAll(dir: string): string[] {
    const out: string[] = []
    for (const entry of readdirSync(dir)) {
        const full = join(dir, entry)
        if (statSync(full).isDirectory()) out.push(...listAll(full))
        else out.push(full)
    }
    return out.sort()
}

function parseDictionary(file: string, root: string): TableDef[] {
    const doc = parser.parse(readFileSync(file, 'utf8'))
    const tables: TableDef[] = []
    for (const t of doc.database?.element ?? []) {
        const columns: ColumnDef[] = []
        for (const c of t.element ?? []) {
            const choices: ChoiceDef[] = []
            for (const group of c.choice ?? []) {
                const entries = group.element ?? []
                for (const ch of Array.isArray(entries) ? entries : [entries]) {
                    choices.push({
                        value: String(ch['@value']),
                        label: String(ch['@label'] ?? ch['@value']),
                        sequence: Number(ch['@sequence'] ?? 0),
                        inactive: bool(ch['@inactive']),
                    })
                }
            }
            columns.push({
                name: String(c['@name']),
                type: String(c['@type']),
                label: String(c['@label'] ?? c['@name']),
                maxLength: c['@max_length'] !== undefined ? Number(c['@max_length']) : undefined,
                mandatory: bool(c['@mandatory']),
                readOnly: bool(c['@read_only']),
                unique: bool(c['@unique']),
                defaultValue: c['@default_value'] !== undefined ? String(c['@default_value']) : undefined,
                reference: c['@reference'] !== undefined ? String(c['@reference']) : undefined,
                referenceCascadeRule: c['@reference_cascade_rule'],
                dependent: c['@dependent'] !== undefined ? String(c['@dependent']) : undefined,
                choices,
            })
        }
        tables.push({
            name: String(t['@name']),
            label: String(t['@label'] ?? t['@name']),
            display: columns.find((c) => c.name === t['@display'])?.name ?? (t['@display'] ? String(t['@display']) : undefined),
            extends: t['@extends'] ? String(t['@extends']) : undefined,
            audit: bool(t['@audit']),
            wsAccess: bool(t['@ws_access']),
            columns,
            indexes: ((t.index ?? []) as Record<string, unknown>[]).map((ix) => ({
                name: String(ix['@name']),
                unique: bool(ix['@unique']),
                columns: ((ix.element ?? []) as Record<string, unknown>[]).map((e) => String(e['@name'])),
            })),
            file: relative(root, file),
        })
    }
    return tables
}

/** Parses one record_update file into records, delete directives and v2 choices. */
function parseUpdate(file: string, root: string, folder: string, into: DistApp): void {
    const doc = parser.parse(readFileSync(file, 'utf8'))
    const update = doc.record_update
    if (!update) return
    const rel = relative(root, file)
    const mainTag = Object.keys(update).find((k) => !k.startsWith('@') && k !== '#text')
    const addRecord = (table: string, node: Record<string, unknown>): void => {
        const action = String(node['@action'] ?? 'INSERT_OR_UPDATE')
        if (action === 'delete_multiple') {
            // "Replace the children": the installer's ledger already removes records a build no longer has.
            into.deletes.push({ table, query: String(node['@query'] ?? ''), file: rel })
            return
        }
        const fields = fieldsOf(node)
        if (action === 'DELETE' || action === 'delete') into.deletes.push({ table, sysId: fields.sys_id?.value, file: rel })
        else into.records.push({ table, sysId: fields.sys_id?.value ?? '', action, folder, file: rel, fields })
    }
    for (const [tag, body] of Object.entries(update as Record<string, unknown>)) {
        if (tag.startsWith('@') || tag === '#text') continue
        if (tag === 'sys_choice_v2') {
            const v2 = body as Record<string, unknown>
            for (const ch of (v2.sys_choice as Record<string, unknown>[] | undefined) ?? []) {
                if (ch['@action'] !== 'INSERT_OR_UPDATE') continue
                const f = fieldsOf(ch)
                into.choices.push({
                    table: f.name?.value ?? String(v2['@table']),
                    element: f.element?.value ?? String(v2['@field']),
                    value: f.value?.value ?? '',
                    label: f.label?.value ?? '',
                    sequence: Number(f.sequence?.value ?? 0),
                    file: rel,
                })
            }
            continue
        }
        // The main record's table is the file's `table`; other elements in the same file (an ATF
        // step's sys_variable_value inputs) are records of the table their tag names, and a repeated
        // tag is an array of them. A group update (a form's sections, a section's elements, a list's
        // columns) has no action itself: each child element with an action is a record of its tag's table.
        const table = tag === mainTag ? String(update['@table'] ?? tag) : tag
        for (const node of (Array.isArray(body) ? body : [body]) as Record<string, unknown>[]) {
            if (node['@action'] === undefined && isGroup(node)) {
                for (const [childTag, items] of Object.entries(node)) {
                    if (childTag.startsWith('@') || childTag === '#text') continue
                    for (const item of items as Record<string, unknown>[]) {
                        if (typeof item === 'object' && item !== null && item['@action'] !== undefined) addRecord(childTag, item)
                    }
                }
                continue
            }
            addRecord(table, node)
        }
    }
}

export function readDistApp(root: string): DistApp {
    if (!existsSync(join(root, 'scope'))) {
        throw new Error(`No build output at ${root}: run "npm run build" first.`)
    }
    const scopeFile = listXml(join(root, 'scope'))[0]
    const scopeDoc = parser.parse(readFileSync(scopeFile, 'utf8')).record_update.sys_app
    const scopeFields = fieldsOf(scopeDoc)
    const app: DistApp = {
        root,
        scope: {
            sysId: scopeFields.sys_id.value,
            scope: scopeFields.scope.value,
            name: scopeFields.name.value,
            version: scopeFields.version?.value ?? '',
            fields: scopeFields,
        },
        tables: [],
        records: [],
        deletes: [],
        choices: [],
        files: [],
    }
    for (const f of listXml(join(root, 'dictionary'))) app.tables.push(...parseDictionary(f, root))
    for (const folder of ['update', 'author_elective_update', 'unload', 'unload.demo']) {
        for (const f of listXml(join(root, folder))) parseUpdate(f, root, folder, app)
    }
    for (const f of listAll(root)) app.files.push({ path: relative(root, f), text: readFileSync(f, 'utf8') })
    return app
}

/** Records of one table, optionally only those whose fields match. */
export function recordsOf(app: DistApp, table: string, match: Record<string, string> = {}): AppRecord[] {
    return app.records.filter(
        (r) => r.table === table && Object.entries(match).every(([k, v]) => (r.fields[k]?.value ?? '') === v),
    )
}

export function tableOf(app: DistApp, name: string): TableDef {
    const t = app.tables.find((x) => x.name === name)
    if (!t) throw new Error(`Table ${name} is not in the build output`)
    return t
}
