/**
 * One simulated instance's database: SQLite through better-sqlite3, one SQL table per platform table,
 * every column TEXT holding the value as the platform hands it to scripts (see schema.ts). Table
 * schemas live in the database too, so an instance killed with SIGKILL reopens with its data.
 */
import Database from 'better-sqlite3'
import { randomBytes } from 'node:crypto'
import { ColumnSchema, FieldInfo, SYSTEM_COLUMNS, TableSchema, toStored } from './schema'

export type Row = Record<string, string | null>

interface StoredSchema {
    name: string
    label: string
    display?: string
    extends?: string
    columns: ColumnSchema[]
    autoNumber?: { prefix: string; digits: number }
    origin: 'platform' | 'app'
}

export function quoteIdent(name: string): string {
    if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(name)) throw new Error(`Invalid table or column name "${name}"`)
    return `"${name}"`
}

/** A new 32-hex sys_id, as the platform generates them. */
export function newSysId(): string {
    return randomBytes(16).toString('hex')
}

export class Store {
    readonly db: Database.Database
    private readonly schemas = new Map<string, TableSchema>()
    private readonly statements = new Map<string, Database.Statement>()

    /** A prepared statement, cached: preparing dominates the cost of small queries. */
    prepare(sql: string): Database.Statement {
        let stmt = this.statements.get(sql)
        if (!stmt) {
            stmt = this.db.prepare(sql)
            this.statements.set(sql, stmt)
        }
        return stmt
    }

    constructor(readonly file: string) {
        this.db = new Database(file)
        this.db.pragma('journal_mode = WAL')
        this.db.pragma('synchronous = NORMAL')
        this.db.exec(`CREATE TABLE IF NOT EXISTS _schema (name TEXT PRIMARY KEY, json TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS _meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS _counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL)`)
        for (const row of this.prepare('SELECT json FROM _schema').all() as { json: string }[]) {
            const s = JSON.parse(row.json) as StoredSchema
            this.schemas.set(s.name, { ...s, columns: new Map(s.columns.map((c) => [c.name, c])) })
        }
    }

    close(): void {
        this.db.close()
    }

    transaction<T>(fn: () => T): T {
        if (this.db.inTransaction) return fn()
        return this.db.transaction(fn)()
    }

    getMeta(key: string): string | undefined {
        const row = this.prepare('SELECT value FROM _meta WHERE key = ?').get(key) as { value: string } | undefined
        return row?.value
    }

    setMeta(key: string, value: string): void {
        this.prepare('INSERT INTO _meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value)
    }

    /** The next value of a named counter (auto-numbers), starting at `start`. */
    nextCounter(name: string, start: number): number {
        return this.transaction(() => {
            const row = this.prepare('SELECT value FROM _counter WHERE name = ?').get(name) as { value: number } | undefined
            const next = row ? row.value + 1 : start
            this.prepare('INSERT INTO _counter (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value').run(name, next)
            return next
        })
    }

    /** Sets a counter so the next number is at least `next` (an upgrade never moves it backwards). */
    ensureCounterAtLeast(name: string, next: number): void {
        const row = this.prepare('SELECT value FROM _counter WHERE name = ?').get(name) as { value: number } | undefined
        if (!row) this.prepare('INSERT INTO _counter (name, value) VALUES (?, ?)').run(name, next - 1)
    }

    tables(): TableSchema[] {
        return [...this.schemas.values()]
    }

    table(name: string): TableSchema | undefined {
        return this.schemas.get(name)
    }

    requireTable(name: string): TableSchema {
        const t = this.schemas.get(name)
        if (!t) throw new Error(`Table "${name}" does not exist on this instance`)
        return t
    }

    /** The column of a table, its parents' and the system columns included. */
    column(table: string, field: string): ColumnSchema | undefined {
        let t = this.schemas.get(table)
        const seen = new Set<string>()
        while (t && !seen.has(t.name)) {
            seen.add(t.name)
            const c = t.columns.get(field)
            if (c) return c
            t = t.extends ? this.schemas.get(t.extends) : undefined
        }
        return SYSTEM_COLUMNS.find((c) => c.name === field)
    }

    /** Every column of a table in order: system columns, then parents', then its own. */
    columns(table: string): ColumnSchema[] {
        const chain: TableSchema[] = []
        let t = this.schemas.get(table)
        while (t && !chain.includes(t)) {
            chain.unshift(t)
            t = t.extends ? this.schemas.get(t.extends) : undefined
        }
        const out = new Map<string, ColumnSchema>(SYSTEM_COLUMNS.map((c) => [c.name, c]))
        for (const s of chain) for (const c of s.columns.values()) out.set(c.name, c)
        return [...out.values()]
    }

    readonly resolveField = (table: string, field: string): FieldInfo | undefined => {
        if (!this.schemas.has(table)) return undefined
        const c = this.column(table, field)
        return c ? { type: c.type, reference: c.reference } : undefined
    }

    /**
     * Creates a table or brings an existing one up to the given schema: new columns are added,
     * changed column definitions replace the old ones, data is kept. Columns missing from the new
     * schema are dropped when `dropMissing` is set (an upgraded app table), kept otherwise.
     */
    defineTable(schema: TableSchema, options: { dropMissing?: boolean } = {}): void {
        const existing = this.schemas.get(schema.name)
        const name = quoteIdent(schema.name)
        this.transaction(() => {
            if (!existing) {
                const cols = SYSTEM_COLUMNS.map((c) => `${quoteIdent(c.name)} TEXT${c.name === 'sys_id' ? ' PRIMARY KEY' : ''}`)
                this.db.exec(`CREATE TABLE IF NOT EXISTS ${name} (${cols.join(', ')})`)
            }
            const have = new Set((this.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((r) => r.name))
            for (const c of schema.columns.values()) {
                if (!have.has(c.name)) this.db.exec(`ALTER TABLE ${name} ADD COLUMN ${quoteIdent(c.name)} TEXT`)
            }
            // Reference columns are looked up by sys_id all the time; the platform indexes them too.
            for (const c of schema.columns.values()) {
                if (c.type === 'reference') this.db.exec(`CREATE INDEX IF NOT EXISTS ${quoteIdent(`ix_${schema.name}_${c.name}`)} ON ${name} (${quoteIdent(c.name)})`)
            }
            for (const ix of schema.indexes ?? []) {
                const ixName = quoteIdent(`ix_${schema.name}_${ix.columns.join('_')}`)
                this.db.exec(`CREATE ${ix.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${ixName} ON ${name} (${ix.columns.map(quoteIdent).join(', ')})`)
            }
            if (existing && options.dropMissing) {
                for (const c of existing.columns.keys()) {
                    if (!schema.columns.has(c) && have.has(c)) this.db.exec(`ALTER TABLE ${name} DROP COLUMN ${quoteIdent(c)}`)
                }
            }
            this.statements.clear()
            const merged: TableSchema =
                existing && !options.dropMissing
                    ? { ...schema, columns: new Map([...existing.columns, ...schema.columns]) }
                    : schema
            this.schemas.set(schema.name, merged)
            const stored: StoredSchema = { ...merged, columns: [...merged.columns.values()] }
            this.db
                .prepare('INSERT INTO _schema (name, json) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET json = excluded.json')
                .run(schema.name, JSON.stringify(stored))
        })
    }

    /** Adds string columns for fields a record carries that its (generic) table does not have yet. */
    ensureColumns(table: string, fields: string[]): void {
        const schema = this.requireTable(table)
        const missing = fields.filter((f) => !this.column(table, f))
        if (missing.length === 0) return
        const columns = new Map(schema.columns)
        for (const f of missing) columns.set(f, { name: f, type: 'string' })
        this.defineTable({ ...schema, columns })
    }

    dropTable(table: string): void {
        this.transaction(() => {
            this.statements.clear()
            this.db.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`)
            this.prepare('DELETE FROM _schema WHERE name = ?').run(table)
            this.schemas.delete(table)
        })
    }

    /** Stored form of a value for a column of a table (booleans "1"/"0", empty null). */
    stored(table: string, field: string, value: unknown): string | null {
        const c = this.column(table, field)
        return toStored(c?.type ?? 'string', value)
    }

    getRow(table: string, sysId: string): Row | undefined {
        this.requireTable(table)
        return this.prepare(`SELECT * FROM ${quoteIdent(table)} WHERE sys_id = ?`).get(sysId) as Row | undefined
    }

    insertRow(table: string, row: Row): void {
        this.requireTable(table)
        const keys = Object.keys(row)
        const sql = `INSERT INTO ${quoteIdent(table)} (${keys.map(quoteIdent).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`
        this.prepare(sql).run(...keys.map((k) => row[k]))
    }

    updateRow(table: string, sysId: string, changes: Row): void {
        const keys = Object.keys(changes).filter((k) => k !== 'sys_id')
        if (keys.length === 0) return
        const sql = `UPDATE ${quoteIdent(table)} SET ${keys.map((k) => `${quoteIdent(k)} = ?`).join(', ')} WHERE sys_id = ?`
        this.prepare(sql).run(...keys.map((k) => changes[k]), sysId)
    }

    deleteRow(table: string, sysId: string): boolean {
        return this.prepare(`DELETE FROM ${quoteIdent(table)} WHERE sys_id = ?`).run(sysId).changes > 0
    }

    select(table: string, query: { where?: string; params?: unknown[]; orderBy?: string; limit?: number; offset?: number }): Row[] {
        this.requireTable(table)
        let sql = `SELECT * FROM ${quoteIdent(table)} WHERE ${query.where || '1=1'}`
        if (query.orderBy) sql += ` ORDER BY ${query.orderBy}`
        if (query.limit !== undefined) sql += ` LIMIT ${Math.max(0, Math.floor(query.limit))}`
        if (query.offset) sql += `${query.limit === undefined ? ' LIMIT -1' : ''} OFFSET ${Math.max(0, Math.floor(query.offset))}`
        return this.prepare(sql).all(...(query.params ?? [])) as Row[]
    }

    count(table: string, where = '1=1', params: unknown[] = []): number {
        this.requireTable(table)
        const row = this.prepare(`SELECT COUNT(*) AS n FROM ${quoteIdent(table)} WHERE ${where}`).get(...params) as { n: number }
        return row.n
    }
}
