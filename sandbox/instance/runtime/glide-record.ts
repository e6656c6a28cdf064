/**
 * GlideRecord, GlideRecordSecure and GlideElement over the instance's SQLite store, following the
 * platform's documented behaviour for what Tether uses. Field access works both ways the platform
 * allows: `gr.getValue('name')` and `gr.name` (a GlideElement; assigning `gr.name = 'x'` sets it).
 *
 * Values are strings as the platform hands them out: getValue() of a boolean is "1"/"0", of an empty
 * field null; a GlideElement prints "true"/"false" for booleans. password2 values are encrypted when
 * set and only getDecryptedValue() returns them in clear.
 *
 * Simplifications (written down in sandbox/README.md): mandatory fields are not enforced for
 * scripts (the platform enforces them in forms and data policies, not in GlideRecord); unique
 * columns are enforced on insert/update; no domain separation, no query business rules, no
 * before-query ACL row counts; getRowCount() counts the rows fetched by query().
 */
import type { Runtime } from './runtime'
import { ColumnSchema, TableSchema, toStored } from '../schema'
import { Row, quoteIdent } from '../store'
import { PLATFORM_DEFAULTS } from '../platform-tables'
import { buildCondition, compileToSql, parseEncodedQuery, ParsedQuery, Condition, toEncodedQuery } from './encoded-query'
import { expandDateFunctions } from './date-functions'
import { SandboxUnsupportedError } from './unsupported'
import type { AclOperation } from './security'

/** Names that tooling (Node inspect, jest, promises) probes on any object; never treated as fields. */
const PROBES = new Set(['then', 'toJSON', 'inspect', 'constructor', 'nodeType', 'asymmetricMatch', '$$typeof', '@@__IMMUTABLE_ITERABLE__@@', 'prototype'])

const GLIDE_RECORD_METHODS = [
    'addActiveQuery', 'addEncodedQuery', 'addFunction', 'addJoinQuery', 'addNotNullQuery', 'addNullQuery', 'addQuery',
    'addValue', 'applyEncodedQuery', 'autoSysFields', 'canCreate', 'canDelete', 'canRead', 'canWrite', 'chooseWindow',
    'deleteMultiple', 'deleteRecord', 'disableSecurityFeature', 'enableSecurityFeature', 'get', 'getAttribute',
    'getClassDisplayValue', 'getDisplayValue', 'getED', 'getElement', 'getEncodedQuery', 'getLabel', 'getLastErrorMessage',
    'getLink', 'getLocation', 'getRecordClassName', 'getRowCount', 'getTableName', 'getUniqueValue', 'getValue', 'hasNext',
    'initialize', 'insert', 'isActionAborted', 'isEncodedQueryValid', 'isNewRecord', 'isValid', 'isValidEncodedQuery',
    'isValidField', 'isValidRecord', 'newRecord', 'next', 'onePassQuery', 'operation', 'orderBy', 'orderByDesc', 'query',
    'setAbortAction', 'setLimit', 'setNewGuidValue', 'setValue', 'setWorkflow', 'update', 'updateMultiple', 'getFields',
]

export interface GlideRecordClasses {
    GlideRecord: new (table: string) => GlideRecordImpl
    GlideRecordSecure: new (table: string) => GlideRecordImpl
    GlideElement: typeof GlideElementImpl
}

/** A GlideRecord's field: its value, display value, changes and dot-walking through references. */
export class GlideElementImpl {
    constructor(
        readonly _record: GlideRecordImpl,
        readonly _name: string,
        readonly _column: ColumnSchema,
    ) {}

    getName(): string {
        return this._name
    }

    getTableName(): string {
        return this._record.getTableName()
    }

    getLabel(): string {
        return this._column.label ?? this._name
    }

    getValue(): string | null {
        return this._record.getValue(this._name)
    }

    setValue(value: unknown): void {
        this._record.setValue(this._name, value)
    }

    toString(): string {
        const v = this._record.getValue(this._name)
        if (this._column.type === 'boolean') return v === '1' ? 'true' : 'false'
        return v ?? ''
    }

    /** So that `current.active == true` and `current.count > 3` behave as on the platform. */
    valueOf(): string | number | boolean {
        const v = this._record.getValue(this._name)
        if (this._column.type === 'boolean') return v === '1'
        return v ?? ''
    }

    nil(): boolean {
        const v = this._record.getValue(this._name)
        return v === null || v === ''
    }

    getDisplayValue(): string {
        return this._record.getDisplayValue(this._name)
    }

    setDisplayValue(value: unknown): void {
        this._record.setValue(this._name, value)
    }

    /** The clear text of a password2 field (the platform's only way to read one). */
    getDecryptedValue(): string {
        if (this._column.type !== 'password2') {
            throw new SandboxUnsupportedError(`GlideElement.getDecryptedValue() on ${this._record.getTableName()}.${this._name} (type ${this._column.type}, not password2)`)
        }
        return this._record._rt.crypto.decrypt(this._record.getValue(this._name))
    }

    changes(): boolean {
        return this._record._changed(this._name)
    }

    changesTo(value: unknown): boolean {
        return this.changes() && (this.getValue() === toStored(this._column.type, value) || this.toString() === String(value))
    }

    changesFrom(value: unknown): boolean {
        const before = this._record._originalValue(this._name)
        return this.changes() && (before === toStored(this._column.type, value))
    }

    getReferenceTable(): string | undefined {
        return this._column.reference
    }

    getRefRecord(): GlideRecordImpl {
        if (!this._column.reference) throw new SandboxUnsupportedError(`GlideElement.getRefRecord() on non-reference field ${this._name}`)
        const Ctor = this._record.constructor as new (t: string) => GlideRecordImpl
        const gr = new Ctor(this._column.reference)
        const id = this.getValue()
        if (id) gr.get(id)
        return gr
    }

    canRead(): boolean {
        return this._record._canField('read', this._name)
    }

    canWrite(): boolean {
        return this._record._canField('write', this._name)
    }

    getED(): { getInternalType(): string; getLabel(): string; getName(): string } {
        const c = this._column
        return { getInternalType: () => c.type, getLabel: () => c.label ?? c.name, getName: () => c.name }
    }
}

function elementProxy(el: GlideElementImpl): GlideElementImpl {
    return new Proxy(el, {
        get(target, prop, receiver) {
            if (typeof prop === 'symbol' || prop in target || PROBES.has(prop)) return Reflect.get(target, prop, receiver)
            // Dot-walking: current.integration.name
            if (target._column.reference) {
                const ref = target.getRefRecord()
                return (ref as unknown as Record<string, unknown>)[prop]
            }
            throw new SandboxUnsupportedError(`GlideElement.${prop} (field ${target.getTableName()}.${target.getName()})`)
        },
    })
}

export class GlideRecordImpl {
    readonly _rt: Runtime
    readonly _table: string
    readonly _schema: TableSchema | undefined
    readonly _secure: boolean
    _row: Row = {}
    _original: Row | null = null
    /** What changes() compares with: the record before this operation ({} during an insert). */
    private _baseline: Row | null = null
    _isNew = false
    private _rows: Row[] = []
    private _index = -1
    private _queried = false
    private _parsed: ParsedQuery = { queries: [[]], orderBy: [] }
    private _limit: number | undefined
    private _offset = 0
    private _workflow = true
    private _autoSys = true
    _abort = false
    _operation = ''
    private _lastError = ''

    constructor(rt: Runtime, table: string, secure: boolean) {
        this._rt = rt
        this._table = table
        this._schema = rt.store.table(table)
        this._secure = secure
    }

    private _requireValid(): TableSchema {
        if (!this._schema) throw new Error(`Invalid table name "${this._table}" (GlideRecord on instance ${this._rt.name})`)
        return this._schema
    }

    _column(field: string): ColumnSchema | undefined {
        return this._rt.store.column(this._table, field)
    }

    private _requireColumn(field: string): ColumnSchema {
        const c = this._column(field)
        if (!c) throw new Error(`Field "${field}" does not exist on table ${this._table}`)
        return c
    }

    private get _userId(): string {
        return this._rt.session.userId
    }

    // ---- security -----------------------------------------------------------------------------

    private _subject() {
        return { table: this._table, get: (f: string) => this._row[f] ?? null, current: this._self() }
    }

    _canTable(op: AclOperation): boolean {
        return this._rt.security.canAccessTable(op, this._table, this._userId, this._subject())
    }

    _canField(op: AclOperation, field: string): boolean {
        return this._rt.security.canAccessField(op, this._table, field, this._userId, this._subject())
    }

    canRead(): boolean {
        return this._canTable('read')
    }

    canWrite(): boolean {
        return this._canTable('write')
    }

    canCreate(): boolean {
        return this._canTable('create')
    }

    canDelete(): boolean {
        return this._canTable('delete')
    }

    /** The proxied GlideRecord the scripts see (so `current.field` works in ACL scripts too). */
    _self(): GlideRecordImpl {
        return (this as unknown as { __proxy?: GlideRecordImpl }).__proxy ?? this
    }

    // ---- query building ---------------------------------------------------------------------

    private _andAll(conditions: Condition[][]): void {
        this._parsed.queries = this._parsed.queries.map((q) => [...q, ...conditions])
    }

    addQuery(field: string, operatorOrValue?: unknown, value?: unknown): { addOrCondition: (f: string, o?: unknown, v?: unknown) => unknown } {
        this._requireValid()
        if (operatorOrValue === undefined && value === undefined) {
            // addQuery('active=true^name=x'): an encoded query
            this.addEncodedQuery(field)
            return this._orHandle(null)
        }
        const condition =
            value === undefined
                ? buildCondition(field, '=', this._queryValue(operatorOrValue))
                : buildCondition(field, String(operatorOrValue).toUpperCase(), this._queryValue(value))
        const clause: Condition[] = [condition]
        this._andAll([clause])
        return this._orHandle(clause)
    }

    private _orHandle(clause: Condition[] | null) {
        const handle = {
            addOrCondition: (f: string, o?: unknown, v?: unknown) => {
                if (!clause) throw new SandboxUnsupportedError('GlideQueryCondition.addOrCondition() after an encoded addQuery()')
                clause.push(v === undefined ? buildCondition(f, '=', this._queryValue(o)) : buildCondition(f, String(o).toUpperCase(), this._queryValue(v)))
                return handle
            },
            addCondition: (f: string, o?: unknown, v?: unknown) => this.addQuery(f, o, v),
        }
        return handle
    }

    private _queryValue(value: unknown): string {
        if (Array.isArray(value)) return value.map((v) => this._queryValue(v)).join(',')
        if (value instanceof GlideElementImpl) return value.getValue() ?? ''
        if (value && typeof value === 'object' && typeof (value as { getValue?: unknown }).getValue === 'function') {
            return String((value as { getValue(): unknown }).getValue() ?? '')
        }
        return value === null || value === undefined ? '' : String(value)
    }

    addEncodedQuery(encoded: string): void {
        this._requireValid()
        const parsed = parseEncodedQuery(expandDateFunctions(String(encoded ?? ''), this._rt.now()))
        if (parsed.queries.length > 0 && parsed.queries.some((q) => q.length > 0)) {
            const next: Condition[][][] = []
            for (const existing of this._parsed.queries) for (const q of parsed.queries) next.push([...existing, ...q])
            this._parsed.queries = next
        }
        this._parsed.orderBy.push(...parsed.orderBy)
    }

    addNullQuery(field: string): void {
        this._andAll([[buildCondition(field, 'ISEMPTY', '')]])
    }

    addNotNullQuery(field: string): void {
        this._andAll([[buildCondition(field, 'ISNOTEMPTY', '')]])
    }

    addActiveQuery(): void {
        this._andAll([[buildCondition('active', '=', 'true')]])
    }

    orderBy(field: string): void {
        this._parsed.orderBy.push({ field, desc: false })
    }

    orderByDesc(field: string): void {
        this._parsed.orderBy.push({ field, desc: true })
    }

    setLimit(limit: number): void {
        this._limit = Number(limit)
    }

    chooseWindow(first: number, last: number): void {
        this._offset = Number(first)
        this._limit = Math.max(0, Number(last) - Number(first))
    }

    getEncodedQuery(): string {
        return toEncodedQuery(this._parsed)
    }

    // ---- query execution --------------------------------------------------------------------

    query(): void {
        this._requireValid()
        if (this._secure && !this._canTable('read')) {
            this._rows = []
        } else {
            const sql = compileToSql(this._table, this._parsed, this._rt.store.resolveField)
            const orderBy = sql.orderBy || `${quoteIdent('sys_created_on')}, rowid`
            let rows = this._rt.store.select(this._table, { where: sql.where, params: sql.params, orderBy: `${orderBy}`, limit: this._secure ? undefined : this._limit, offset: this._secure ? 0 : this._offset })
            if (this._secure) {
                rows = rows.filter((r) => {
                    this._row = r
                    return this._canTable('read')
                })
                rows = rows.slice(this._offset, this._limit === undefined ? undefined : this._offset + this._limit)
            }
            this._rows = rows
        }
        this._index = -1
        this._queried = true
        this._row = {}
        this._original = null
        this._isNew = false
    }

    hasNext(): boolean {
        if (!this._queried) return false
        return this._index + 1 < this._rows.length
    }

    next(): boolean {
        if (!this._queried) return false
        if (this._index + 1 >= this._rows.length) return false
        this._index++
        this._load(this._rows[this._index])
        this._rt.countRead(this._table)
        return true
    }

    _next(): boolean {
        return this.next()
    }

    private _load(row: Row): void {
        this._row = { ...row }
        this._original = { ...row }
        this._isNew = false
    }

    getRowCount(): number {
        return this._rows.length
    }

    get(fieldOrId: unknown, value?: unknown): boolean {
        this._requireValid()
        const saved = this._parsed
        this._parsed = { queries: [[]], orderBy: [] }
        if (value === undefined) this.addQuery('sys_id', this._queryValue(fieldOrId))
        else this.addQuery(String(fieldOrId), value)
        const limit = this._limit
        this._limit = 1
        this.query()
        this._limit = limit
        this._parsed = saved
        return this.next()
    }

    isValid(): boolean {
        return this._schema !== undefined
    }

    isValidField(field: string): boolean {
        return this._column(field) !== undefined
    }

    isValidRecord(): boolean {
        return !this._isNew && this._original !== null && Boolean(this._row.sys_id)
    }

    isNewRecord(): boolean {
        return this._isNew
    }

    getTableName(): string {
        return this._table
    }

    getRecordClassName(): string {
        return this._row.sys_class_name ?? this._table
    }

    getUniqueValue(): string {
        return this._row.sys_id ?? ''
    }

    getLastErrorMessage(): string {
        return this._lastError
    }

    getLink(): string {
        return `${this._table}.do?sys_id=${this.getUniqueValue()}`
    }

    getLabel(): string {
        return this._schema?.label ?? this._table
    }

    // ---- values -------------------------------------------------------------------------------

    getValue(field: string): string | null {
        if (field.includes('.')) return this._dotWalk(field)
        this._requireColumn(field)
        if (this._secure && !this._isNew && this._original && !this._canField('read', field)) return null
        const v = this._row[field]
        return v === undefined || v === '' ? null : v
    }

    private _dotWalk(path: string): string | null {
        const [head, ...rest] = path.split('.')
        const c = this._requireColumn(head)
        if (!c.reference) throw new Error(`Cannot dot-walk through non-reference field ${this._table}.${head}`)
        const id = this._row[head]
        if (!id) return null
        const Ctor = this.constructor as new (t: string) => GlideRecordImpl
        const ref = new Ctor(c.reference)
        if (!ref.get(id)) return null
        return ref.getValue(rest.join('.'))
    }

    setValue(field: string, value: unknown): void {
        const c = this._requireColumn(field)
        if (this._secure && !this._isNew && !this._canField('write', field)) return
        let raw: unknown = value
        if (value instanceof GlideElementImpl) raw = value.getValue()
        else if (value && typeof value === 'object' && typeof (value as { getValue?: unknown }).getValue === 'function') {
            raw = (value as { getValue(): unknown }).getValue()
        }
        let stored = toStored(c.type, raw)
        if (stored !== null && c.type === 'password2' && !this._rt.crypto.isEncrypted(stored)) stored = this._rt.crypto.encrypt(stored)
        if (stored !== null && c.type === 'password' && !this._rt.crypto.isHashed(stored)) stored = this._rt.crypto.hashPassword(stored)
        this._row[field] = stored
    }

    getDisplayValue(field?: string): string {
        if (field === undefined) {
            const display = this._schema?.display
            return display ? this.getDisplayValue(display) : this.getUniqueValue()
        }
        const c = this._requireColumn(field)
        const v = this.getValue(field)
        if (v === null) return ''
        if (c.type === 'boolean') return v === '1' ? 'true' : 'false'
        if (c.type === 'password2' || c.type === 'password') return '********'
        if (c.reference) {
            const Ctor = this.constructor as new (t: string) => GlideRecordImpl
            const ref = new Ctor(c.reference)
            return ref.get(v) ? ref.getDisplayValue() : v
        }
        if (c.choices && c.choices.length > 0) return c.choices.find((ch) => ch.value === v)?.label ?? v
        return v
    }

    getElement(field: string): GlideElementImpl | null {
        const c = this._column(field)
        return c ? elementProxy(new GlideElementImpl(this._self(), field, c)) : null
    }

    _changed(field: string): boolean {
        const now = this._row[field] ?? null
        const base = this._baseline ?? (this._isNew ? null : this._original)
        if (base === null) return now !== null && now !== ''
        return (base[field] ?? null) !== now
    }

    _originalValue(field: string): string | null {
        const base = this._baseline ?? this._original
        return base ? (base[field] ?? null) : null
    }

    // ---- writes -------------------------------------------------------------------------------

    initialize(): void {
        this._requireValid()
        this._row = {}
        this._original = null
        this._isNew = true
        this._queried = false
    }

    newRecord(): void {
        this.initialize()
        this._applyDefaults()
        this._row.sys_id = this._rt.scripts.newGuid()
    }

    setNewGuidValue(id: string): void {
        this._row.sys_id = String(id)
    }

    setWorkflow(enabled: boolean): void {
        this._workflow = Boolean(enabled)
    }

    autoSysFields(enabled: boolean): void {
        this._autoSys = Boolean(enabled)
    }

    setAbortAction(abort: boolean): void {
        this._abort = Boolean(abort)
    }

    isActionAborted(): boolean {
        return this._abort
    }

    operation(): string {
        return this._operation
    }

    private _applyDefaults(): void {
        for (const [field, value] of Object.entries(PLATFORM_DEFAULTS[this._table] ?? {})) {
            if (this._row[field] === undefined || this._row[field] === null) this._row[field] = value
        }
        for (const c of this._rt.store.columns(this._table)) {
            if (this._row[c.name] !== undefined && this._row[c.name] !== null) continue
            if (c.defaultValue === undefined || c.defaultValue === '') continue
            const value = c.defaultValue.startsWith('javascript:')
                ? this._rt.scripts.evaluate(c.defaultValue.slice('javascript:'.length), {}, `default:${this._table}.${c.name}`)
                : c.defaultValue
            this._row[c.name] = toStored(c.type, value)
        }
    }

    private _uniqueConflict(): string | null {
        for (const c of this._rt.store.columns(this._table)) {
            if (!c.unique || c.name === 'sys_id') continue
            const v = this._row[c.name]
            if (v === null || v === undefined || v === '') continue
            const clash = this._rt.store.count(this._table, `${quoteIdent(c.name)} = ? AND sys_id != ?`, [v, this._row.sys_id ?? ''])
            if (clash > 0) return `Unique Key violation detected by database ((${this._table}.${c.name}) Duplicate entry '${v}')`
        }
        return null
    }

    private _stamp(insert: boolean): void {
        if (!this._autoSys) return
        const now = this._rt.nowString()
        const who = this._rt.session.userName
        if (insert) {
            this._row.sys_created_on = this._row.sys_created_on ?? now
            this._row.sys_created_by = this._row.sys_created_by ?? who
            this._row.sys_mod_count = '0'
        } else {
            this._row.sys_mod_count = String(Number(this._original?.sys_mod_count ?? 0) + 1)
        }
        this._row.sys_updated_on = now
        this._row.sys_updated_by = who
    }

    /** Runs a database write; a unique index violation fails the operation as on the platform (logged, null). */
    private _write(write: () => void): boolean {
        try {
            write()
            return true
        } catch (e) {
            if (!/UNIQUE constraint failed/.test(String((e as Error).message))) throw e
            this._lastError = `Unique Key violation detected by database (${String((e as Error).message).replace('UNIQUE constraint failed: ', '')})`
            this._rt.log(2, this._lastError, 'GlideRecord')
            this._operation = ''
            return false
        }
    }

    private _previous(): GlideRecordImpl | null {
        if (!this._original) return null
        const Ctor = this.constructor as new (t: string) => GlideRecordImpl
        const prev = new Ctor(this._table)
        prev._row = { ...this._original }
        prev._original = { ...this._original }
        return prev
    }

    insert(): string | null {
        const schema = this._requireValid()
        if (this._secure && !this._canTable('create')) {
            this._lastError = `Security restricted: cannot create ${this._table}`
            this._rt.log(1, `Security restricted: create operation against '${this._table}' from scope denied`, 'GlideRecordSecure')
            return null
        }
        this._isNew = true
        this._applyDefaults()
        if (!this._row.sys_id) this._row.sys_id = this._rt.scripts.newGuid()
        if (schema.autoNumber && this._column('number') && !this._row.number) {
            const start = 1000
            const n = this._rt.store.nextCounter(`number:${this._table}`, start)
            this._row.number = schema.autoNumber.prefix + String(n).padStart(schema.autoNumber.digits, '0')
        }
        this._row.sys_class_name = this._row.sys_class_name ?? this._table
        this._operation = 'insert'
        this._abort = false
        if (this._workflow) this._rt.rules.run('before', 'insert', this._self(), null)
        if (this._abort) {
            this._lastError = 'Operation aborted by a business rule'
            return null
        }
        const conflict = this._uniqueConflict()
        if (conflict) {
            this._lastError = conflict
            this._rt.log(2, conflict, 'GlideRecord')
            return null
        }
        this._stamp(true)
        const row: Row = {}
        for (const [k, v] of Object.entries(this._row)) if (this._column(k)) row[k] = v
        if (!this._write(() => this._rt.store.insertRow(this._table, row))) return null
        this._rt.touched(this._table)
        this._original = { ...this._row }
        this._isNew = false
        this._baseline = {}
        try {
            if (this._workflow) this._rt.rules.run('after', 'insert', this._self(), null)
        } finally {
            this._baseline = null
            this._operation = ''
        }
        return this._row.sys_id
    }

    update(): string | null {
        this._requireValid()
        if (this._isNew || this._original === null) return this.insert()
        if (this._secure && !this._canTable('write')) {
            this._lastError = `Security restricted: cannot write ${this._table}`
            return null
        }
        const previous = this._previous()
        this._operation = 'update'
        this._abort = false
        if (this._workflow) this._rt.rules.run('before', 'update', this._self(), previous)
        if (this._abort) {
            this._lastError = 'Operation aborted by a business rule'
            this._operation = ''
            return null
        }
        const conflict = this._uniqueConflict()
        if (conflict) {
            this._lastError = conflict
            this._rt.log(2, conflict, 'GlideRecord')
            return null
        }
        const changes: Row = {}
        for (const [k, v] of Object.entries(this._row)) {
            if (this._column(k) && (this._original[k] ?? null) !== (v ?? null)) changes[k] = v
        }
        if (Object.keys(changes).length > 0) {
            this._stamp(false)
            for (const k of ['sys_updated_on', 'sys_updated_by', 'sys_mod_count']) if (this._autoSys) changes[k] = this._row[k]
            if (!this._write(() => this._rt.store.updateRow(this._table, this._row.sys_id!, changes))) return null
            this._rt.touched(this._table)
        }
        this._baseline = previous ? { ...previous._row } : null
        this._original = { ...this._row }
        try {
            if (this._workflow) this._rt.rules.run('after', 'update', this._self(), previous)
        } finally {
            this._baseline = null
            this._operation = ''
        }
        return this._row.sys_id ?? null
    }

    deleteRecord(): boolean {
        this._requireValid()
        if (!this._row.sys_id || this._isNew) return false
        if (this._secure && !this._canTable('delete')) {
            this._lastError = `Security restricted: cannot delete ${this._table}`
            return false
        }
        this._operation = 'delete'
        this._abort = false
        if (this._workflow) this._rt.rules.run('before', 'delete', this._self(), null)
        if (this._abort) {
            this._operation = ''
            return false
        }
        const ok = this._rt.store.deleteRow(this._table, this._row.sys_id)
        this._rt.touched(this._table)
        if (this._workflow) this._rt.rules.run('after', 'delete', this._self(), null)
        this._operation = ''
        return ok
    }

    deleteMultiple(): void {
        this.query()
        while (this.next()) this.deleteRecord()
    }

    updateMultiple(): void {
        const pending = { ...this._row }
        this.query()
        while (this.next()) {
            for (const [k, v] of Object.entries(pending)) if (k !== 'sys_id') this._row[k] = v
            this.update()
        }
    }

    getFields(): GlideElementImpl[] {
        return this._rt.store.columns(this._table).map((c) => this.getElement(c.name)!)
    }
}

/** Wraps a GlideRecord so `gr.field` reads an element and `gr.field = v` sets it; unknown names fail loudly. */
function recordProxy(gr: GlideRecordImpl): GlideRecordImpl {
    const proxy = new Proxy(gr, {
        get(target, prop, receiver) {
            if (typeof prop === 'symbol' || prop in target || PROBES.has(prop)) return Reflect.get(target, prop, receiver)
            if (prop === '__proxy') return proxy
            const el = target.getElement(prop)
            if (el) return el
            if (GLIDE_RECORD_METHODS.includes(prop)) throw new SandboxUnsupportedError(`GlideRecord.${prop}()`)
            throw new SandboxUnsupportedError(`GlideRecord.${prop} (not a field of ${target.getTableName()} nor a supported method)`)
        },
        set(target, prop, value) {
            if (typeof prop === 'string' && !(prop in target) && target._column(prop)) {
                target.setValue(prop, value)
                return true
            }
            return Reflect.set(target, prop, value)
        },
    })
    ;(gr as unknown as { __proxy: GlideRecordImpl }).__proxy = proxy
    return proxy
}

/** The GlideRecord classes scripts on this instance see. */
export function createGlideRecordClasses(rt: Runtime): GlideRecordClasses {
    class GlideRecord extends GlideRecordImpl {
        constructor(table: string) {
            super(rt, String(table), false)
            return recordProxy(this)
        }
    }
    class GlideRecordSecure extends GlideRecordImpl {
        constructor(table: string) {
            super(rt, String(table), true)
            return recordProxy(this)
        }
    }
    return { GlideRecord, GlideRecordSecure, GlideElement: GlideElementImpl }
}
