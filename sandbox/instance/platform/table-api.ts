/**
 * The platform's Table API (`/api/now/table/{table}[/{sys_id}]`, also `/api/now/v1|v2/table/…`) for
 * a simulated instance. Every request authenticates (Basic, Bearer, or a UI session cookie with its
 * X-UserToken; see inbound-auth.ts) and then runs as that user through GlideRecordSecure, so the
 * app's ACLs and business rules apply exactly as they do to a partner instance's integration user.
 *
 * Platform behaviour followed (ServiceNow docs "Table API", "REST API HTTP response codes", and the
 * error bodies real instances return):
 * - Shapes: `{"result": [...]}` / `{"result": {...}}`; every value a string, booleans "true"/"false",
 *   references `{"link", "value"}` (an empty reference is ""), `X-Total-Count` and `Link` on lists,
 *   `Location` on a create (201). DELETE answers 204 without a body; PUT behaves as PATCH.
 * - sysparm_query, name=value filters, sysparm_fields (invalid names ignored, dot-walks allowed),
 *   sysparm_limit (default 10000), sysparm_offset, sysparm_display_value (false/true/all),
 *   sysparm_exclude_reference_link.
 * - Reads the caller may not make are filtered, not refused: a list of a table whose read ACL the
 *   caller fails is `200 {"result": []}`, and a single record the caller may not read is
 *   `404 No Record found / Record doesn't exist or ACL restricts the record retrieval` (the platform
 *   does not tell "missing" from "hidden"). Field-level read denials read as "".
 * - Writes the caller may not make: `403 Operation Failed / ACL Exception Insert|Update|Delete Failed
 *   due to security constraints`; a business rule abort or a unique-key clash: `403 Operation Failed /
 *   Error during insert|update|delete of <table> (<reason>)`.
 * - Unknown table: `400 Invalid table <name>` (detail null). A table whose sys_db_object row has
 *   "Allow access via web services" (ws_access) off: 403 User Not Authorized. Platform tables have
 *   no sys_db_object row in the sandbox and are allowed.
 * - Unknown field names in a POST/PUT/PATCH body are ignored; `sys_*` fields are not writable
 *   (except sys_id on a create, as the platform allows for migrations).
 *
 * Sandbox choices (written down because the platform differs or is not documented):
 * - password and password2 values are never returned in clear: "" when empty, "********" when set,
 *   whatever sysparm_display_value says. Writing one stores it encrypted/hashed (GlideRecord.setValue).
 * - An encoded query the sandbox cannot evaluate (unknown field, `javascript:` value, unsupported
 *   operator) is a 400 "Invalid query" instead of being partly ignored, so a typo never reads as
 *   "every row".
 * - X-Total-Count counts the rows the caller can read (the platform counts before ACLs).
 * - Bodies are JSON only (XML is 415); bad JSON is 400 "Exception while reading request".
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CoreApi } from '../core-api'
import type { Runtime } from '../runtime/runtime'
import type { Session } from '../runtime/session'
import type { ColumnSchema } from '../schema'
import { createGlideRecordClasses, GlideRecordImpl } from '../runtime/glide-record'
import { errorMessage } from '../runtime/unsupported'
import { readBody, Route, RouteRequest } from '../http'
import { authenticate } from './inbound-auth'

const JSON_TYPE = 'application/json;charset=UTF-8'

/** The Table API's default page size when sysparm_limit is absent. */
const DEFAULT_LIMIT = 10000

/** What password fields read as once set: their existence is visible, their value never is. */
const MASK = '********'

type Headers = Record<string, string | number>

/** Sends a JSON body with the platform's content type. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
    const text = JSON.stringify(body)
    res.writeHead(status, { ...headers, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text) })
    res.end(text)
}

/** The platform's error envelope; detail may be null as real instances send it for some errors. */
export function sendFailure(res: ServerResponse, status: number, message: string, detail: string | null, headers: Headers = {}): void {
    sendJson(res, status, { error: { message, detail }, status: 'failure' }, headers)
}

/** The Glide runtime behind a core; routes need more than the CoreApi the supervisor sees. */
export function runtimeOf(core: CoreApi): Runtime {
    const rt = (core as CoreApi & { rt?: Runtime }).rt
    if (!rt) throw new Error('This instance core has no Glide runtime')
    return rt
}

/**
 * Authenticates the request (Authorization header, else UI session cookie + X-UserToken) and returns
 * the session to run it in, or sends the platform's 401 (with its WWW-Authenticate challenge) and
 * returns undefined.
 */
export function authenticateRequest(rt: Runtime, req: IncomingMessage, res: ServerResponse): Session | undefined {
    const auth = authenticate(rt, req.headers.authorization, req.headers)
    if (!auth.ok) {
        sendFailure(res, 401, auth.message, auth.detail, { 'WWW-Authenticate': auth.wwwAuthenticate })
        return undefined
    }
    return rt.sessionFor(auth.userId)
}

/** The stack of an error from any realm (errors thrown in the vm context are not `instanceof Error` here), else its message. */
export function stackOf(e: unknown): string {
    const stack = e && typeof e === 'object' ? (e as { stack?: unknown }).stack : undefined
    return typeof stack === 'string' ? stack : errorMessage(e)
}

/** Runs a handler and turns anything it throws into a 500 without a stack trace (and a syslog line). */
export async function guarded(res: ServerResponse, rt: Runtime | undefined, source: string, fn: () => void | Promise<void>): Promise<void> {
    try {
        await fn()
    } catch (e) {
        if (rt) {
            try {
                rt.log(2, `${source}: ${stackOf(e)}`, source)
            } catch {
                // The log is best effort: the caller still gets its 500.
            }
        }
        if (!res.headersSent) sendFailure(res, 500, errorMessage(e), null)
        else res.destroy()
    }
}

type DisplayMode = 'false' | 'true' | 'all'

interface RenderOptions {
    mode: DisplayMode
    excludeLinks: boolean
    /** The instance's base URL, for reference links. */
    base: string
}

function flag(value: string | null): boolean {
    return (value ?? '').trim().toLowerCase() === 'true'
}

function displayMode(value: string | null): DisplayMode {
    const v = (value ?? '').trim().toLowerCase()
    return v === 'true' || v === 'all' ? v : 'false'
}

function isPassword(column: ColumnSchema): boolean {
    return column.type === 'password' || column.type === 'password2'
}

type GlideCtor = new (table: string) => GlideRecordImpl

/** A (possibly dot-walked) field: the record holding it (null when the walk hits an empty or hidden reference) and its column. */
interface Resolved {
    record: GlideRecordImpl | null
    field: string
    column: ColumnSchema
}

function resolveField(rt: Runtime, Ctor: GlideCtor, gr: GlideRecordImpl, path: string): Resolved | undefined {
    const parts = path.split('.')
    let table = gr.getTableName()
    let record: GlideRecordImpl | null = gr
    for (let i = 0; i < parts.length - 1; i++) {
        const column = rt.store.column(table, parts[i])
        if (!column?.reference || !rt.store.table(column.reference)) return undefined
        const id: string | null = record ? record.getValue(parts[i]) : null
        let next: GlideRecordImpl | null = null
        if (id) {
            next = new Ctor(column.reference)
            if (!next.get(id)) next = null
        }
        record = next
        table = column.reference
    }
    const field = parts[parts.length - 1]
    const column = rt.store.column(table, field)
    return column ? { record, field, column } : undefined
}

function renderField(resolved: Resolved, options: RenderOptions): unknown {
    const { record, field, column } = resolved
    const raw = record ? record.getValue(field) : null
    let value = raw ?? ''
    let display = record && raw !== null ? record.getDisplayValue(field) : ''
    if (column.type === 'boolean' && raw !== null) value = raw === '1' ? 'true' : 'false'
    if (isPassword(column)) {
        value = raw === null ? '' : MASK
        display = value
    }
    const link = column.reference && raw !== null && !options.excludeLinks ? `${options.base}/api/now/table/${column.reference}/${raw}` : undefined
    if (options.mode === 'false') return link ? { link, value } : value
    if (options.mode === 'true') return link ? { display_value: display, link } : display
    return link ? { display_value: display, link, value } : { display_value: display, value }
}

/** The field list a response shows: sysparm_fields (invalid names ignored) or every column. */
function fieldList(rt: Runtime, table: string, sysparmFields: string | null): string[] {
    if (sysparmFields === null || sysparmFields.trim() === '') return rt.store.columns(table).map((c) => c.name)
    return [...new Set(sysparmFields.split(',').map((f) => f.trim()).filter((f) => /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/.test(f)))]
}

function renderRecord(rt: Runtime, Ctor: GlideCtor, gr: GlideRecordImpl, fields: string[], options: RenderOptions): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const f of fields) {
        const resolved = resolveField(rt, Ctor, gr, f)
        if (resolved) out[f] = renderField(resolved, options)
    }
    return out
}

/** Reads a JSON object body; an empty body is an empty object. */
async function readJsonObject(req: IncomingMessage): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; status: number; message: string; detail: string }> {
    const type = String(req.headers['content-type'] ?? '').toLowerCase()
    if (type !== '' && !type.includes('json')) {
        return { ok: false, status: 415, message: 'Unsupported media type', detail: `The sandbox's Table API reads JSON bodies only, not ${type}` }
    }
    let text: string
    try {
        text = await readBody(req)
    } catch (e) {
        return { ok: false, status: 400, message: 'Exception while reading request', detail: errorMessage(e) }
    }
    if (text.trim() === '') return { ok: true, data: {} }
    let parsed: unknown
    try {
        parsed = JSON.parse(text)
    } catch (e) {
        return { ok: false, status: 400, message: 'Exception while reading request', detail: `The request body is not valid JSON (${errorMessage(e)})` }
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { ok: false, status: 400, message: 'Exception while reading request', detail: 'The request body must be one JSON object of field names and values' }
    }
    return { ok: true, data: parsed as Record<string, unknown> }
}

/** A body value as GlideRecord.setValue takes it: `{"value": x}` (as GET returns references) reads as x. */
function inputValue(value: unknown): unknown {
    if (value === null || value === undefined) return null
    if (typeof value === 'object') {
        if (!Array.isArray(value) && 'value' in (value as object)) return inputValue((value as { value: unknown }).value)
        return JSON.stringify(value)
    }
    return value
}

/** Body fields this request may set: real columns, no system fields, no dot-walks. */
function writableFields(rt: Runtime, table: string, body: Record<string, unknown>): [string, unknown][] {
    return Object.entries(body).filter(([k]) => !k.includes('.') && !k.startsWith('sys_') && rt.store.column(table, k) !== undefined)
}

function failedWrite(res: ServerResponse, operation: 'insert' | 'update' | 'delete', table: string, lastError: string): void {
    if (/^Security restricted/.test(lastError) || lastError === '') {
        const op = operation === 'insert' ? 'Insert' : operation === 'update' ? 'Update' : 'Delete'
        sendFailure(res, 403, 'Operation Failed', `ACL Exception ${op} Failed due to security constraints`)
        return
    }
    sendFailure(res, 403, 'Operation Failed', `Error during ${operation} of ${table} (${lastError})`)
}

function notFound(res: ServerResponse): void {
    sendFailure(res, 404, 'No Record found', "Record doesn't exist or ACL restricts the record retrieval")
}

/** The `Link` header the platform sends on lists, for paging. */
function linkHeader(base: string, path: string, query: URLSearchParams, offset: number, limit: number, total: number): string {
    const at = (o: number): string => {
        const q = new URLSearchParams(query)
        q.set('sysparm_offset', String(Math.max(0, o)))
        q.set('sysparm_limit', String(limit))
        return `<${base}${path}?${q.toString()}>`
    }
    const links = [`${at(0)};rel="first"`]
    if (offset > 0) links.push(`${at(offset - limit)};rel="prev"`)
    if (limit > 0 && offset + limit < total) links.push(`${at(offset + limit)};rel="next"`)
    const last = limit > 0 && total > 0 ? Math.floor((total - 1) / limit) * limit : 0
    links.push(`${at(last)};rel="last"`)
    return links.join(',')
}

function nonNegativeInt(value: string | null, fallback: number): number {
    if (value === null || value.trim() === '') return fallback
    const n = Number(value)
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback
}

/** A path segment as given; a malformed %-escape reads literally rather than failing the request. */
function decodeSegment(segment: string): string {
    try {
        return decodeURIComponent(segment)
    } catch {
        return segment
    }
}

const TABLE_PATH = /\/api\/now(?:\/v[12])?\/table\/(?<table>[^/]+)/
const RECORD_PATH = /\/api\/now(?:\/v[12])?\/table\/(?<table>[^/]+)\/(?<sysId>[^/]+)/

async function handle(request: RouteRequest, sysId: string | undefined): Promise<void> {
    const { req, res, query, ctx, core } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'Table API', async () => {
        const method = (req.method ?? 'GET').toUpperCase()
        const allowed = sysId === undefined ? ['GET', 'POST'] : ['GET', 'PUT', 'PATCH', 'DELETE']
        if (!allowed.includes(method)) {
            sendFailure(res, 405, 'Method not Supported', `${method} is not supported on ${request.path}`, { Allow: allowed.join(', ') })
            return
        }
        const session = authenticateRequest(rt, req, res)
        if (!session) return
        const table = decodeSegment(request.params.table ?? '')
        if (!rt.store.table(table)) {
            sendFailure(res, 400, `Invalid table ${table}`, null)
            return
        }
        const ws = rt.store.prepare('SELECT ws_access FROM sys_db_object WHERE name = ?').get(table) as { ws_access: string | null } | undefined
        if (ws && ws.ws_access === '0') {
            sendFailure(res, 403, 'User Not Authorized', `Table ${table} does not allow access via web services (sys_db_object.ws_access is false)`)
            return
        }
        const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readJsonObject(req) : undefined
        if (body && !body.ok) {
            sendFailure(res, body.status, body.message, body.detail)
            return
        }
        const options: RenderOptions = {
            mode: displayMode(query.get('sysparm_display_value')),
            excludeLinks: flag(query.get('sysparm_exclude_reference_link')),
            base: ctx.url,
        }
        const fields = fieldList(rt, table, query.get('sysparm_fields'))
        const id = sysId === undefined ? undefined : decodeSegment(sysId)
        rt.withSession(session, () => {
            const Ctor = createGlideRecordClasses(rt).GlideRecordSecure as GlideCtor
            const render = (gr: GlideRecordImpl) => renderRecord(rt, Ctor, gr, fields, options)
            if (id === undefined && method === 'GET') return list(request, rt, Ctor, table, render)
            if (id === undefined) return create(res, rt, Ctor, table, body && body.ok ? body.data : {}, options, render)
            const gr = new Ctor(table)
            if (!gr.get(id)) return notFound(res)
            if (method === 'GET') return sendJson(res, 200, { result: render(gr) })
            if (method === 'DELETE') {
                if (!gr.canDelete()) return failedWrite(res, 'delete', table, '')
                if (!gr.deleteRecord()) return failedWrite(res, 'delete', table, gr.getLastErrorMessage() || 'aborted by a business rule')
                res.writeHead(204)
                res.end()
                return
            }
            if (!gr.canWrite()) return failedWrite(res, 'update', table, '')
            for (const [k, v] of writableFields(rt, table, body && body.ok ? body.data : {})) gr.setValue(k, inputValue(v))
            if (gr.update() === null) return failedWrite(res, 'update', table, gr.getLastErrorMessage() || 'aborted by a business rule')
            const fresh = new Ctor(table)
            sendJson(res, 200, { result: fresh.get(id) ? render(fresh) : {} })
        })
    })
}

function list(request: RouteRequest, rt: Runtime, Ctor: GlideCtor, table: string, render: (gr: GlideRecordImpl) => Record<string, unknown>): void {
    const { res, query, ctx, path } = request
    const gr = new Ctor(table)
    try {
        // name=value pairs filter like sysparm_query (the docs call them mutually exclusive; both are ANDed here).
        for (const [k, v] of query) {
            if (!k.startsWith('sysparm_') && rt.store.column(table, k)) gr.addQuery(k, v)
        }
        const encoded = query.get('sysparm_query')
        if (encoded) gr.addEncodedQuery(encoded)
        gr.query()
    } catch (e) {
        sendFailure(res, 400, 'Invalid query', errorMessage(e))
        return
    }
    const total = gr.getRowCount()
    const limit = nonNegativeInt(query.get('sysparm_limit'), DEFAULT_LIMIT)
    const offset = nonNegativeInt(query.get('sysparm_offset'), 0)
    const result: Record<string, unknown>[] = []
    let index = 0
    while (result.length < limit && gr.next()) {
        if (index++ < offset) continue
        result.push(render(gr))
    }
    sendJson(res, 200, { result }, { 'X-Total-Count': total, Link: linkHeader(ctx.url, path, query, offset, limit, total) })
}

function create(
    res: ServerResponse,
    rt: Runtime,
    Ctor: GlideCtor,
    table: string,
    data: Record<string, unknown>,
    options: RenderOptions,
    render: (gr: GlideRecordImpl) => Record<string, unknown>,
): void {
    const gr = new Ctor(table)
    gr.initialize()
    const requestedId = data.sys_id
    if (requestedId !== undefined && requestedId !== null && requestedId !== '') {
        const id = String(requestedId)
        if (!/^[0-9a-f]{32}$/.test(id) || rt.store.getRow(table, id)) {
            sendFailure(res, 400, 'Exception while reading request', `sys_id "${id}" is not a free 32-character lower-case hex id on ${table}`)
            return
        }
        gr.setNewGuidValue(id)
    }
    for (const [k, v] of writableFields(rt, table, data)) gr.setValue(k, inputValue(v))
    const id = gr.insert()
    if (!id) return failedWrite(res, 'insert', table, gr.getLastErrorMessage())
    const fresh = new Ctor(table)
    const location = `${options.base}/api/now/table/${table}/${id}`
    sendJson(res, 201, { result: fresh.get(id) ? render(fresh) : {} }, { Location: location })
}

/** The Table API's routes; add them to an instance's route table. */
export function tableApiRoutes(): Route[] {
    return [
        { method: '*', path: RECORD_PATH, handle: (r) => handle(r, r.params.sysId) },
        { method: '*', path: TABLE_PATH, handle: (r) => handle(r, undefined) },
    ]
}
