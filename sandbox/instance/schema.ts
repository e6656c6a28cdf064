/**
 * Table schemas as the simulated instance knows them: the platform tables it pre-creates and the
 * app's tables from the build's dictionary. Values are stored the way the platform hands them to
 * scripts: strings, with booleans as "1"/"0", date-times as "YYYY-MM-DD HH:mm:ss" UTC, and empty as null.
 */

/** A column's internal type as in sys_dictionary (string, integer, boolean, glide_date_time, reference, choice, password2, url, …). */
export type ColumnType = string

export interface ColumnSchema {
    name: string
    type: ColumnType
    label?: string
    reference?: string
    maxLength?: number
    mandatory?: boolean
    readOnly?: boolean
    unique?: boolean
    defaultValue?: string
    /** For document_id columns: the column that holds the table name. */
    dependent?: string
    choices?: { value: string; label: string; sequence: number }[]
}

export interface TableSchema {
    name: string
    label: string
    display?: string
    extends?: string
    columns: Map<string, ColumnSchema>
    autoNumber?: { prefix: string; digits: number }
    /** Database indexes besides the automatic ones on sys_id and reference columns. */
    indexes?: { name: string; unique: boolean; columns: string[] }[]
    /** The app's tables come from the build; platform tables are pre-created by the sandbox. */
    origin: 'platform' | 'app'
}

/** What the query compiler needs to know about a field. */
export interface FieldInfo {
    type: ColumnType
    reference?: string
}

/** Looks up a field of a table (system columns included); undefined when the table has no such field. */
export type FieldResolver = (table: string, field: string) => FieldInfo | undefined

/** Columns every table has on the platform. */
export const SYSTEM_COLUMNS: ColumnSchema[] = [
    { name: 'sys_id', type: 'GUID', maxLength: 32 },
    { name: 'sys_created_on', type: 'glide_date_time' },
    { name: 'sys_created_by', type: 'string', maxLength: 40 },
    { name: 'sys_updated_on', type: 'glide_date_time' },
    { name: 'sys_updated_by', type: 'string', maxLength: 40 },
    { name: 'sys_mod_count', type: 'integer' },
    { name: 'sys_class_name', type: 'sys_class_name', maxLength: 80 },
]

export const NUMERIC_TYPES = new Set(['integer', 'decimal', 'float', 'longint', 'numeric', 'currency', 'price'])
export const DATE_TYPES = new Set(['glide_date_time', 'glide_date', 'due_date', 'date', 'datetime'])

/**
 * Normalises a value to its stored form for a column type: booleans "1"/"0", numbers as decimal
 * strings, empty as null. Date-times are stored as given (callers pass "YYYY-MM-DD HH:mm:ss" UTC).
 */
export function toStored(type: ColumnType, value: unknown): string | null {
    if (value === undefined || value === null) return null
    if (type === 'boolean') {
        const s = String(value).trim().toLowerCase()
        if (s === '') return null
        return s === 'true' || s === '1' ? '1' : '0'
    }
    const s = typeof value === 'string' ? value : String(value)
    if (s === '') return null
    if (NUMERIC_TYPES.has(type)) {
        const n = Number(s)
        return Number.isFinite(n) ? String(n) : s
    }
    return s
}
