/**
 * ServiceNow encoded queries for the sandbox: parsing (`active=true^nameSTARTSWITHa^ORnameISEMPTY^NQ…`),
 * compiling to SQLite over the sandbox's all-TEXT tables, and evaluating the same conditions in memory
 * (business-rule filter conditions, ACL conditions). The SQL compiler and the in-memory matcher share
 * one normalisation step ("plan") per condition so that they cannot drift apart.
 *
 * Platform semantics followed (KB0715430 "How Filters and Report Criteria Handle null Values"):
 * - `!=`, `NOT IN`, `SAMEAS`, `NSAMEAS` (and every other value comparison) never match an empty field;
 *   use `^ORfieldISEMPTY` to include empties. `DOES NOT CONTAIN` is treated the same way (SQL NOT LIKE).
 * - Booleans: an empty boolean is false, so `active=false` and `active!=true` match empty rows.
 * - `field=` (empty value) means ISEMPTY and `field!=` means ISNOTEMPTY, as addQuery('f', '') does.
 * - String equality, ordering and LIKE are case-insensitive (the platform's MySQL collation); sys_id,
 *   reference and document_id fields compare exactly. Case folding is ASCII-only, as SQLite's NOCASE.
 * - Dot-walks behave like the platform's LEFT JOIN: an empty or dangling reference reads as a record whose
 *   fields are all empty, so `parent.nameISEMPTY` also matches rows without a parent.
 * Deliberate departures: an unknown field throws instead of being silently dropped (the platform would
 * return every row), `javascript:` values throw (nothing evaluates them here), and operators the sandbox
 * does not implement (INSTANCEOF, ON, RELATIVE…, VALCHANGES, …) throw rather than being mis-read.
 */
import { DATE_TYPES, NUMERIC_TYPES, toStored, type FieldInfo, type FieldResolver } from '../schema'

export type Operator =
    | '='
    | '!='
    | '<'
    | '<='
    | '>'
    | '>='
    | 'IN'
    | 'NOT IN'
    | 'STARTSWITH'
    | 'ENDSWITH'
    | 'CONTAINS'
    | 'DOES NOT CONTAIN'
    | 'ISEMPTY'
    | 'ISNOTEMPTY'
    | 'ANYTHING'
    | 'SAMEAS'
    | 'NSAMEAS'
    | 'BETWEEN'

/** One condition; `field` may be dot-walked through references (`parent.manager.name`). */
export interface Condition {
    field: string
    operator: Operator
    value: string
}

/** Conditions joined by ^OR. */
export type Clause = Condition[]
/** Clauses joined by ^ (AND). */
export type Query = Clause[]

export interface OrderBy {
    field: string
    desc: boolean
}

export interface ParsedQuery {
    /** Joined by ^NQ: a record matches when any query matches (no queries: every record matches). */
    queries: Query[]
    orderBy: OrderBy[]
}

export interface CompiledQuery {
    /** SQL boolean expression over the table's unqualified columns ("1=1" when there is no condition). */
    where: string
    params: (string | number | null)[]
    /** SQL ORDER BY list without the keywords, or ''. */
    orderBy: string
}

/** Reads a field of the record being matched; null when empty. */
export type FieldGetter = (field: string) => string | null
/** Reads a field of another record (for dot-walks); null when the record or the value is missing. */
export type RelatedGetter = (table: string, sysId: string, field: string) => string | null

/** Operators that take no value. */
const VALUELESS = new Set<Operator>(['ISEMPTY', 'ISNOTEMPTY', 'ANYTHING'])

/** Encoded-query tokens, including the platform's aliases, mapped to our operators. */
const TOKENS = new Map<string, Operator>([
    ['=', '='],
    ['!=', '!='],
    ['<', '<'],
    ['<=', '<='],
    ['>', '>'],
    ['>=', '>='],
    ['IN', 'IN'],
    ['NOT IN', 'NOT IN'],
    ['STARTSWITH', 'STARTSWITH'],
    ['ENDSWITH', 'ENDSWITH'],
    ['CONTAINS', 'CONTAINS'],
    ['LIKE', 'CONTAINS'],
    ['DOES NOT CONTAIN', 'DOES NOT CONTAIN'],
    ['NOT LIKE', 'DOES NOT CONTAIN'],
    ['NOTLIKE', 'DOES NOT CONTAIN'],
    ['ISEMPTY', 'ISEMPTY'],
    ['ISNOTEMPTY', 'ISNOTEMPTY'],
    ['ANYTHING', 'ANYTHING'],
    ['SAMEAS', 'SAMEAS'],
    ['NSAMEAS', 'NSAMEAS'],
    ['BETWEEN', 'BETWEEN'],
])

/**
 * Platform operators the sandbox does not implement. They are recognised only so that a query using
 * them fails loudly instead of being mis-read (e.g. `INSTANCEOF` parsed as `IN` with value "STANCEOF…").
 */
const UNSUPPORTED_TOKENS = [
    'INSTANCEOF', 'ON', 'NOTON', 'DATEPART', 'RELATIVEGT', 'RELATIVELT', 'RELATIVEGE', 'RELATIVELE',
    'RELATIVEEE', 'RELATIVENE', 'VALCHANGES', 'CHANGESFROM', 'CHANGESTO', 'DYNAMIC', 'EMPTYSTRING',
    'GT_FIELD', 'LT_FIELD', 'GT_OR_EQUALS_FIELD', 'LT_OR_EQUALS_FIELD', 'MORETHAN', 'LESSTHAN', 'SINCE',
    'NOT_CONTAINS', 'IS_NULL', 'IS_NOT_NULL', 'NOT_IN',
]

/** Longest first, so `<=` wins over `<` and `INSTANCEOF` over `IN`. */
const ALL_TOKENS = [...TOKENS.keys(), ...UNSUPPORTED_TOKENS].sort((a, b) => b.length - a.length)

/** Canonical encoded form of each operator (what the platform's "Copy query" produces). */
const ENCODED: Record<Operator, string> = {
    '=': '=',
    '!=': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>=',
    IN: 'IN',
    'NOT IN': 'NOT IN',
    STARTSWITH: 'STARTSWITH',
    ENDSWITH: 'ENDSWITH',
    CONTAINS: 'LIKE',
    'DOES NOT CONTAIN': 'NOT LIKE',
    ISEMPTY: 'ISEMPTY',
    ISNOTEMPTY: 'ISNOTEMPTY',
    ANYTHING: 'ANYTHING',
    SAMEAS: 'SAMEAS',
    NSAMEAS: 'NSAMEAS',
    BETWEEN: 'BETWEEN',
}

const FIELD_CHARS = /^[A-Za-z0-9_.]+$/
/** Platform column names are lower case, so the longest lower-case prefix is the field in almost every query. */
const LOWER_FIELD_PREFIX = /^[a-z0-9_.]*/

function isFieldName(s: string): boolean {
    return FIELD_CHARS.test(s) && s.split('.').every(p => p !== '')
}

function tokenAt(s: string, from: number): string | undefined {
    for (const t of ALL_TOKENS) if (s.startsWith(t, from)) return t
    return undefined
}

/** Splits `nameSTARTSWITHfoo` into field, operator and value. */
function parseCondition(segment: string): Condition {
    const invalid = (): Error => new Error(`Invalid encoded query segment "${segment}"`)
    let split = -1
    let token: string | undefined
    const lower = LOWER_FIELD_PREFIX.exec(segment)?.[0].length ?? 0
    if (lower > 0) {
        token = tokenAt(segment, lower)
        if (token !== undefined) split = lower
    }
    if (split < 0) {
        // Mixed-case field names: take the leftmost split where a supported operator follows.
        for (let i = 1; i < segment.length && FIELD_CHARS.test(segment[i - 1]); i++) {
            const t = tokenAt(segment, i)
            if (t !== undefined && TOKENS.has(t)) {
                split = i
                token = t
                break
            }
        }
    }
    if (split < 0 || token === undefined) throw invalid()
    const field = segment.slice(0, split)
    if (!isFieldName(field)) throw invalid()
    const operator = TOKENS.get(token)
    if (operator === undefined) throw new Error(`Unsupported operator "${token}" in encoded query segment "${segment}"`)
    const value = segment.slice(split + token.length)
    return { field, operator, value: VALUELESS.has(operator) ? '' : value }
}

/**
 * Parses an encoded query. `a^ORb^c` is (a OR b) AND c; `^NQ` starts a new query OR-ed with the previous
 * ones; ORDERBY/ORDERBYDESC apply to the whole result wherever they appear. Empty segments and the `EQ`
 * end marker the list UI appends are ignored. Throws on a segment without a recognisable operator.
 */
export function parseEncodedQuery(encoded: string): ParsedQuery {
    const queries: Query[] = []
    const orderBy: OrderBy[] = []
    let current: Query = []
    for (const raw of (encoded ?? '').split('^')) {
        let segment = raw
        if (segment === '' || segment === 'EQ') continue
        if (segment.startsWith('ORDERBYDESC') || segment.startsWith('ORDERBY')) {
            const desc = segment.startsWith('ORDERBYDESC')
            const field = segment.slice(desc ? 11 : 7)
            if (!isFieldName(field)) throw new Error(`Invalid encoded query segment "${segment}"`)
            orderBy.push({ field, desc })
            continue
        }
        if (segment.startsWith('NQ')) {
            if (current.length > 0) queries.push(current)
            current = []
            segment = segment.slice(2)
            if (segment === '') continue
        }
        let or = false
        if (segment.startsWith('OR')) {
            or = true
            segment = segment.slice(2)
        }
        const condition = parseCondition(segment)
        // An ^OR with nothing before it in its query can only start a new clause.
        if (or && current.length > 0) current[current.length - 1].push(condition)
        else current.push([condition])
    }
    if (current.length > 0) queries.push(current)
    return { queries, orderBy }
}

/** GlideRecord operator spellings (case-insensitive) mapped to our operators. */
function normaliseOperator(operator: string): Operator {
    const t = operator.trim()
    const op = TOKENS.get(t) ?? TOKENS.get(t.toUpperCase())
    if (op === undefined) throw new Error(`Unsupported query operator "${operator}"`)
    return op
}

/** Values as GlideRecord passes them: arrays become comma lists (for IN), null and undefined become ''. */
function valueToString(value: unknown): string {
    if (value === undefined || value === null) return ''
    if (Array.isArray(value)) return value.map(valueToString).join(',')
    return String(value)
}

/**
 * The condition addQuery(field, operator, value) creates. The value is kept raw ('true' stays 'true');
 * typing happens at compile/match time where the field's type is known.
 */
export function buildCondition(field: string, operator: string, value?: unknown): Condition {
    if (!isFieldName(field)) throw new Error(`Invalid field name "${field}" in query`)
    const op = normaliseOperator(operator)
    return { field, operator: op, value: VALUELESS.has(op) ? '' : valueToString(value) }
}

/** The condition for GlideRecord.addQuery's argument forms: (field, value) or (field, operator, value). */
export function conditionFromAddQuery(args: readonly unknown[]): Condition {
    if (args.length === 2) return buildCondition(String(args[0]), '=', args[1])
    if (args.length === 3) return buildCondition(String(args[0]), String(args[1]), args[2])
    throw new Error(`addQuery takes (field, value) or (field, operator, value), got ${args.length} arguments`)
}

/** addNullQuery(field). */
export function nullCondition(field: string): Condition {
    return buildCondition(field, 'ISEMPTY')
}

/** addNotNullQuery(field). */
export function notNullCondition(field: string): Condition {
    return buildCondition(field, 'ISNOTEMPTY')
}

/** Canonical encoded string (platform spellings: LIKE / NOT LIKE), e.g. for logs and the Table API. */
export function toEncodedQuery(parsed: ParsedQuery): string {
    const parts: string[] = []
    const queries = parsed.queries
        .filter(q => q.length > 0)
        .map(q =>
            q
                .filter(c => c.length > 0)
                .map(clause => clause.map(c => c.field + ENCODED[c.operator] + (VALUELESS.has(c.operator) ? '' : c.value)).join('^OR'))
                .join('^'),
        )
    if (queries.length > 0) parts.push(queries.join('^NQ'))
    for (const o of parsed.orderBy) parts.push((o.desc ? 'ORDERBYDESC' : 'ORDERBY') + o.field)
    return parts.join('^')
}

// ---- typing shared by the SQL compiler and the in-memory matcher ----

/** How a column's values compare. */
type Kind = 'number' | 'boolean' | 'date' | 'exact' | 'text'

/** Identifiers compare exactly; every other string-like type uses the platform's case-insensitive collation. */
const EXACT_TYPES = new Set(['GUID', 'sys_id', 'reference', 'document_id'])

function kindOf(info: FieldInfo): Kind {
    if (NUMERIC_TYPES.has(info.type)) return 'number'
    if (info.type === 'boolean') return 'boolean'
    if (DATE_TYPES.has(info.type)) return 'date'
    if (EXACT_TYPES.has(info.type)) return 'exact'
    return 'text'
}

type Comparison = '=' | '!=' | '<' | '<=' | '>' | '>='
type Typed = string | number

/** A plain (not dot-walked) condition with its value already typed for the field. */
type Plan =
    | { t: 'const'; result: boolean }
    | { t: 'empty'; negate: boolean }
    | { t: 'compare'; op: Comparison; value: Typed }
    | { t: 'in'; negate: boolean; values: Typed[] }
    | { t: 'like'; mode: 'contains' | 'starts' | 'ends'; negate: boolean; value: string }
    | { t: 'between'; low: Typed; high: Typed }
    | { t: 'field'; negate: boolean; other: string }

function requireField(table: string, field: string, resolve: FieldResolver): FieldInfo {
    const info = resolve(table, field)
    if (info === undefined) throw new Error(`Unknown field ${table}.${field} in query`)
    return info
}

/** The table a dot-walk through `table.field` lands on. */
function referenceTarget(table: string, field: string, info: FieldInfo): string {
    if (info.type !== 'reference' || !info.reference) {
        throw new Error(`Cannot dot-walk through ${table}.${field}: it is not a reference field`)
    }
    return info.reference
}

function typedValue(kind: Kind, value: string, table: string, field: string): Typed {
    if (value.startsWith('javascript:')) {
        throw new Error(`javascript: values are not evaluated by the sandbox (${table}.${field}: "${value}")`)
    }
    if (kind === 'number') {
        const n = value.trim() === '' ? NaN : Number(value)
        if (!Number.isFinite(n)) throw new Error(`Invalid number "${value}" for ${table}.${field} in query`)
        return n
    }
    if (kind === 'boolean') return toStored('boolean', value) ?? '0'
    return value
}

function planCondition(table: string, c: Condition, info: FieldInfo, resolve: FieldResolver): Plan {
    const kind = kindOf(info)
    const typed = (v: string): Typed => typedValue(kind, v, table, c.field)
    switch (c.operator) {
        case 'ANYTHING':
            return { t: 'const', result: true }
        case 'ISEMPTY':
        case 'ISNOTEMPTY':
            return { t: 'empty', negate: c.operator === 'ISNOTEMPTY' }
        case '=':
        case '!=':
            // `field=` is how addQuery(field, '') and list filters ask for an empty field.
            if (c.value === '') return { t: 'empty', negate: c.operator === '!=' }
            return { t: 'compare', op: c.operator, value: typed(c.value) }
        case '<':
        case '<=':
        case '>':
        case '>=':
            return { t: 'compare', op: c.operator, value: typed(c.value) }
        case 'IN':
        case 'NOT IN':
            return { t: 'in', negate: c.operator === 'NOT IN', values: c.value.split(',').filter(v => v !== '').map(typed) }
        case 'STARTSWITH':
        case 'ENDSWITH':
        case 'CONTAINS':
        case 'DOES NOT CONTAIN':
            return {
                t: 'like',
                mode: c.operator === 'STARTSWITH' ? 'starts' : c.operator === 'ENDSWITH' ? 'ends' : 'contains',
                negate: c.operator === 'DOES NOT CONTAIN',
                value: c.value,
            }
        case 'BETWEEN': {
            const parts = c.value.split('@')
            if (parts.length !== 2) throw new Error(`BETWEEN needs "low@high" for ${table}.${c.field}, got "${c.value}"`)
            return { t: 'between', low: typed(parts[0]), high: typed(parts[1]) }
        }
        case 'SAMEAS':
        case 'NSAMEAS': {
            if (c.value.includes('.') || !isFieldName(c.value)) {
                throw new Error(`${c.operator} needs a field of ${table}, got "${c.value}"`)
            }
            requireField(table, c.value, resolve)
            return { t: 'field', negate: c.operator === 'NSAMEAS', other: c.value }
        }
        default:
            throw new Error(`Unsupported query operator "${String(c.operator)}"`)
    }
}

// ---- SQL ----

function quoteId(name: string): string {
    return `"${name.replace(/"/g, '""')}"`
}

/** The column as it compares for its kind: numbers numerically, empty booleans as false, text without case. */
function sqlExpr(kind: Kind, column: string): string {
    const c = quoteId(column)
    switch (kind) {
        case 'number':
            return `CAST(NULLIF(${c}, '') AS REAL)`
        case 'boolean':
            return `COALESCE(NULLIF(${c}, ''), '0')`
        case 'text':
            return `${c} COLLATE NOCASE`
        default:
            return c
    }
}

function likePattern(value: string, mode: 'contains' | 'starts' | 'ends'): string {
    const escaped = value.replace(/[\\%_]/g, m => '\\' + m)
    return mode === 'starts' ? escaped + '%' : mode === 'ends' ? '%' + escaped : '%' + escaped + '%'
}

function sqlPlan(plan: Plan, kind: Kind, column: string, params: (string | number | null)[]): string {
    const c = quoteId(column)
    switch (plan.t) {
        case 'const':
            return plan.result ? '1=1' : '1=0'
        case 'empty':
            return plan.negate ? `(${c} IS NOT NULL AND ${c} <> '')` : `(${c} IS NULL OR ${c} = '')`
        case 'compare':
            params.push(plan.value)
            return `${sqlExpr(kind, column)} ${plan.op === '!=' ? '<>' : plan.op} ?`
        case 'in':
            if (plan.values.length === 0) return plan.negate ? `${sqlExpr(kind, column)} IS NOT NULL` : '1=0'
            params.push(...plan.values)
            return `${sqlExpr(kind, column)} ${plan.negate ? 'NOT IN' : 'IN'} (${plan.values.map(() => '?').join(', ')})`
        case 'like':
            params.push(likePattern(plan.value, plan.mode))
            return `${c} ${plan.negate ? 'NOT LIKE' : 'LIKE'} ? ESCAPE '\\'`
        case 'between':
            params.push(plan.low, plan.high)
            return `${sqlExpr(kind, column)} BETWEEN ? AND ?`
        case 'field':
            return `${sqlExpr(kind, column)} ${plan.negate ? '<>' : '='} ${sqlExpr(kind === 'text' ? 'exact' : kind, plan.other)}`
    }
}

function sqlCondition(table: string, c: Condition, resolve: FieldResolver, params: (string | number | null)[]): string {
    const dot = c.field.indexOf('.')
    if (dot < 0) {
        const info = requireField(table, c.field, resolve)
        return sqlPlan(planCondition(table, c, info, resolve), kindOf(info), c.field, params)
    }
    const head = c.field.slice(0, dot)
    const target = referenceTarget(table, head, requireField(table, head, resolve))
    if (c.operator === 'SAMEAS' || c.operator === 'NSAMEAS') {
        throw new Error(`${c.operator} on a dot-walked field (${table}.${c.field}) is not supported`)
    }
    const inner: Condition = { ...c, field: c.field.slice(dot + 1) }
    const col = quoteId(head)
    const sql = `${col} IN (SELECT "sys_id" FROM ${quoteId(target)} WHERE ${sqlCondition(target, inner, resolve, params)})`
    // LEFT JOIN semantics: without a (live) referenced record every walked field reads as empty.
    if (!matchesEmptyRecord(target, inner, resolve)) return sql
    return `(${sql} OR ${col} IS NULL OR ${col} NOT IN (SELECT "sys_id" FROM ${quoteId(target)} WHERE "sys_id" IS NOT NULL))`
}

function sqlOrderBy(table: string, orderBy: OrderBy[], resolve: FieldResolver): string {
    return orderBy
        .map(o => {
            if (o.field.includes('.')) throw new Error(`Ordering by a dot-walked field (${table}.${o.field}) is not supported`)
            const kind = kindOf(requireField(table, o.field, resolve))
            return `${sqlExpr(kind === 'boolean' ? 'exact' : kind, o.field)} ${o.desc ? 'DESC' : 'ASC'}`
        })
        .join(', ')
}

/**
 * Compiles a parsed query for `SELECT … FROM "<table>" WHERE <where> ORDER BY <orderBy>`; columns in
 * `where` are unqualified. Throws on unknown fields, so a typo never turns into "every row".
 */
export function compileToSql(table: string, parsed: ParsedQuery, resolve: FieldResolver): CompiledQuery {
    const params: (string | number | null)[] = []
    const queries = parsed.queries.filter(q => q.length > 0)
    const querySql = (q: Query): string => {
        const clauses = q.filter(clause => clause.length > 0)
        if (clauses.length === 0) return '(1=1)'
        return '(' + clauses.map(clause => '(' + clause.map(c => sqlCondition(table, c, resolve, params)).join(' OR ') + ')').join(' AND ') + ')'
    }
    const where = queries.length === 0 ? '1=1' : queries.map(querySql).join(' OR ')
    return { where, params, orderBy: sqlOrderBy(table, parsed.orderBy, resolve) }
}

// ---- in memory ----

/** SQLite's ASCII-only case folding (NOCASE and LIKE), so both paths agree on non-ASCII text. */
function asciiLower(s: string): string {
    return s.replace(/[A-Z]/g, ch => ch.toLowerCase())
}

/** SQLite compares TEXT by UTF-8 bytes. */
function compareBytes(a: string, b: string): number {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))
}

/** CAST(x AS REAL): the longest numeric prefix, 0 when there is none. */
function sqliteReal(s: string): number {
    const m = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)/.exec(s)
    return m ? Number(m[1]) : 0
}

/** The stored value as it compares for its kind, mirroring sqlExpr. */
function jsValue(kind: Kind, raw: string | null): Typed | null {
    if (kind === 'number') return raw === null || raw === '' ? null : sqliteReal(raw)
    if (kind === 'boolean') return raw === null || raw === '' ? '0' : raw
    return raw
}

function jsCompare(kind: Kind, a: Typed, b: Typed): number {
    if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0
    const x = String(a)
    const y = String(b)
    return kind === 'text' ? compareBytes(asciiLower(x), asciiLower(y)) : compareBytes(x, y)
}

function holds(op: Comparison, d: number): boolean {
    switch (op) {
        case '=':
            return d === 0
        case '!=':
            return d !== 0
        case '<':
            return d < 0
        case '<=':
            return d <= 0
        case '>':
            return d > 0
        case '>=':
            return d >= 0
    }
}

function jsPlan(plan: Plan, kind: Kind, column: string, get: FieldGetter): boolean {
    const raw = get(column)
    switch (plan.t) {
        case 'const':
            return plan.result
        case 'empty':
            return plan.negate ? raw !== null && raw !== '' : raw === null || raw === ''
        case 'compare': {
            const v = jsValue(kind, raw)
            if (v === null) return false
            return holds(plan.op, jsCompare(kind, v, plan.value))
        }
        case 'in': {
            const v = jsValue(kind, raw)
            if (v === null) return false
            const found = plan.values.some(x => jsCompare(kind, v, x) === 0)
            return plan.negate ? !found : found
        }
        case 'like': {
            if (raw === null) return false
            const s = asciiLower(raw)
            const p = asciiLower(plan.value)
            const hit = plan.mode === 'starts' ? s.startsWith(p) : plan.mode === 'ends' ? s.endsWith(p) : s.includes(p)
            return plan.negate ? !hit : hit
        }
        case 'between': {
            const v = jsValue(kind, raw)
            return v !== null && jsCompare(kind, v, plan.low) >= 0 && jsCompare(kind, v, plan.high) <= 0
        }
        case 'field': {
            const a = jsValue(kind, raw)
            const b = jsValue(kind, get(plan.other))
            if (a === null || b === null) return false
            const same = jsCompare(kind, a, b) === 0
            return plan.negate ? !same : same
        }
    }
}

function jsCondition(
    table: string,
    c: Condition,
    get: FieldGetter,
    resolve: FieldResolver,
    getRelated: RelatedGetter | undefined,
): boolean {
    const dot = c.field.indexOf('.')
    if (dot < 0) {
        const info = requireField(table, c.field, resolve)
        return jsPlan(planCondition(table, c, info, resolve), kindOf(info), c.field, get)
    }
    const head = c.field.slice(0, dot)
    const target = referenceTarget(table, head, requireField(table, head, resolve))
    if (c.operator === 'SAMEAS' || c.operator === 'NSAMEAS') {
        throw new Error(`${c.operator} on a dot-walked field (${table}.${c.field}) is not supported`)
    }
    if (getRelated === undefined) throw new Error(`Dot-walked condition on ${table}.${c.field} needs getRelated`)
    const ref = get(head)
    const related: FieldGetter = field => (ref === null || ref === '' ? null : getRelated(target, ref, field))
    return jsCondition(target, { ...c, field: c.field.slice(dot + 1) }, related, resolve, getRelated)
}

/** Whether a condition holds for a record whose fields are all empty (what a LEFT JOIN yields for no match). */
function matchesEmptyRecord(table: string, c: Condition, resolve: FieldResolver): boolean {
    return jsCondition(table, c, () => null, resolve, () => null)
}

/**
 * Evaluates a parsed query against one record in memory with the same semantics as compileToSql
 * (ordering is ignored). `getRelated` is needed only for dot-walked fields.
 */
export function matchesRecord(
    table: string,
    parsed: ParsedQuery,
    get: FieldGetter,
    resolve: FieldResolver,
    getRelated?: RelatedGetter,
): boolean {
    const queries = parsed.queries.filter(q => q.length > 0)
    if (queries.length === 0) return true
    // Evaluate every condition (no short-circuit) so an unknown field throws whatever the record holds, as in SQL.
    let any = false
    for (const q of queries) {
        let all = true
        for (const clause of q) {
            let hit = false
            for (const c of clause) if (jsCondition(table, c, get, resolve, getRelated)) hit = true
            if (clause.length > 0 && !hit) all = false
        }
        if (all) any = true
    }
    return any
}
