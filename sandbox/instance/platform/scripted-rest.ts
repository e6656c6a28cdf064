/**
 * Scripted REST APIs as the platform serves them: every active sys_ws_operation of an active
 * sys_ws_definition answers at its base_uri + relative_path (`{name}` segments are path parameters),
 * running its operation_script with the platform's `request` (RESTAPIRequest) and `response`
 * (RESTAPIResponse) in the caller's session, so gs.getUserName(), gs.hasRole() and GlideRecordSecure
 * see the authenticated user.
 *
 * Platform behaviour followed (ServiceNow docs "RESTAPIRequest", "RESTAPIResponse", "Scripted REST
 * API example - script samples", "Configure a scripted REST API resource to require an ACL"):
 * - requires_authentication: Basic or Bearer (inbound-auth.ts), else 401 with the challenge.
 *   Without it the script runs as "guest" (credentials, when sent, are still checked).
 * - requires_acl_authorization: the caller must pass one of the REST_Endpoint ACLs in the resource's
 *   enforce_acl (blank: the service's). ACLs are checked for authenticated users only. An ACL sys_id
 *   that does not exist on the instance (such as the platform's default "Scripted REST External
 *   Default", cf9d01d3e73003009d6247e603f6a990) counts as that default: any authenticated user.
 * - setBody(x) and a script's return value answer `{"result": x}`; getStreamWriter() writes raw;
 *   setError(e) answers `{"error": {message, detail}, "status": "failure"}` with e's status.
 *   Default status 200, content type application/json.
 * - request.queryParams values are arrays; headers have lower-case names; request.body.data parses
 *   JSON when read (bad JSON throws then, not before) and the body can be consumed once: after
 *   reading data, dataString reads "" and the other way round (the docs' stream note).
 * - A script that throws: 500 with the platform's error envelope and the error's message (never its
 *   stack), and the stack in syslog.
 *
 * Sandbox choices: ACL checks are done here from sys_security_acl / sys_security_acl_role, because
 * the runtime's Security only evaluates record ACLs (roles with containment, admin_overrides, the
 * ACL's script; no condition, as REST_Endpoint ACLs have none). The 403 wording
 * ("User Not Authorized") and the 405 for a known path with another method are the sandbox's.
 * requires_snc_internal_role, versioned APIs and XML bodies are not simulated (XML reads fail loudly).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Runtime } from '../runtime/runtime'
import type { Session } from '../runtime/session'
import { errorMessage, loudProxy, SandboxUnsupportedError } from '../runtime/unsupported'
import { readBody, Route, RouteRequest, send } from '../http'
import { authenticateRequest, guarded, runtimeOf, sendFailure, stackOf } from './table-api'

/** The platform's default ACL for scripted REST resources: any authenticated user. */
export const DEFAULT_REST_ACL = 'cf9d01d3e73003009d6247e603f6a990'

interface Operation {
    sys_id: string
    name: string | null
    http_method: string | null
    relative_path: string | null
    operation_script: string | null
    requires_authentication: string | null
    requires_acl_authorization: string | null
    enforce_acl: string | null
    base_uri: string | null
    definition_acl: string | null
}

interface Matched {
    op: Operation
    template: string
    pathParams: Record<string, string>
}

function escapeRegExp(s: string): string {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Compiles "/api/x/v1/item/{id}" to a matcher returning its path parameters. */
function compileTemplate(template: string): (path: string) => Record<string, string> | undefined {
    const names: string[] = []
    const source = template
        .split(/(\{[^}/]+\})/)
        .map((part) => {
            const m = /^\{([^}/]+)\}$/.exec(part)
            if (!m) return escapeRegExp(part)
            names.push(m[1])
            return '([^/]+)'
        })
        .join('')
    const re = new RegExp(`^${source}/?$`)
    return (path) => {
        const m = re.exec(path)
        if (!m) return undefined
        const params: Record<string, string> = {}
        names.forEach((n, i) => {
            try {
                params[n] = decodeURIComponent(m[i + 1])
            } catch {
                params[n] = m[i + 1]
            }
        })
        return params
    }
}

function operations(rt: Runtime): Operation[] {
    return rt.store
        .prepare(
            `SELECT o.sys_id, o.name, o.http_method, o.relative_path, o.operation_script, o.requires_authentication,
                    o.requires_acl_authorization, o.enforce_acl, d.base_uri, d.enforce_acl AS definition_acl
             FROM sys_ws_operation o JOIN sys_ws_definition d ON d.sys_id = o.web_service_definition
             WHERE (o.active = '1' OR o.active IS NULL) AND (d.active = '1' OR d.active IS NULL)`,
        )
        .all() as Operation[]
}

/** Resources whose URI matches the path, the most specific (fewest parameters) first. */
function matching(rt: Runtime, path: string): Matched[] {
    const found: (Matched & { params: number })[] = []
    for (const op of operations(rt)) {
        const template = `${(op.base_uri ?? '').replace(/\/$/, '')}${op.relative_path?.startsWith('/') ? '' : '/'}${op.relative_path ?? ''}`
        const pathParams = compileTemplate(template)(path)
        if (pathParams) found.push({ op, template, pathParams, params: Object.keys(pathParams).length })
    }
    return found.sort((a, b) => a.params - b.params)
}

interface AclRow {
    sys_id: string
    active: string | null
    admin_overrides: string | null
    decision_type: string | null
    script: string | null
}

/** Whether the session user passes one of the REST_Endpoint ACLs a resource enforces. */
function passesRestAcls(rt: Runtime, session: Session, op: Operation): boolean {
    const ids = (op.enforce_acl || op.definition_acl || DEFAULT_REST_ACL)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    const rows = ids
        .map((id) => rt.store.prepare('SELECT sys_id, active, admin_overrides, decision_type, script FROM sys_security_acl WHERE sys_id = ?').get(id) as AclRow | undefined)
        .filter((r): r is AclRow => r !== undefined && r.active !== '0')
    // Only ACLs missing from the instance (the platform default): any authenticated user passes.
    if (rows.length === 0) return true
    const userRoles = rt.security.rolesOf(session.userId)
    const passes = (acl: AclRow): boolean => {
        if (acl.admin_overrides !== '0' && rt.security.isAdmin(session.userId)) return true
        const roles = (rt.store
            .prepare('SELECT r.name AS name FROM sys_security_acl_role ar JOIN sys_user_role r ON r.sys_id = ar.sys_user_role WHERE ar.sys_security_acl = ?')
            .all(acl.sys_id) as { name: string }[]).map((r) => r.name)
        if (roles.length > 0 && !roles.some((r) => userRoles.has(r))) return false
        if (acl.script && acl.script.trim() !== '') {
            const answer = rt.withSession(session, () => rt.scripts.evaluateAnswer(acl.script!, { current: null }, `acl:${acl.sys_id}:execute`))
            if (answer !== true && String(answer) !== 'true') return false
        }
        return true
    }
    const deny = rows.filter((r) => r.decision_type === 'deny')
    if (deny.some((r) => !passes(r))) return false
    const allow = rows.filter((r) => r.decision_type !== 'deny')
    return allow.length === 0 || allow.some(passes)
}

/** RESTAPIRequestBody: data, dataString; one of them consumes the body. */
function requestBody(text: string, contentType: string): Record<string, unknown> {
    let consumedBy: 'data' | 'dataString' | undefined
    let parsed: { value: unknown } | undefined
    const take = (by: 'data' | 'dataString'): boolean => {
        if (consumedBy === undefined) consumedBy = by
        return consumedBy === by
    }
    const data = (): unknown => {
        if (!take('data')) return undefined
        if (parsed) return parsed.value
        if (text.trim() === '') {
            parsed = { value: undefined }
            return undefined
        }
        if (contentType !== '' && !contentType.includes('json')) {
            throw new SandboxUnsupportedError('RESTAPIRequestBody.data', undefined, { detail: `only JSON bodies are parsed, not ${contentType}` })
        }
        try {
            parsed = { value: JSON.parse(text) }
        } catch (e) {
            throw new Error(`The request body is not valid JSON: ${errorMessage(e)}`)
        }
        return parsed.value
    }
    let entries: unknown[] | undefined
    const nextEntries = (): unknown[] => {
        if (!entries) {
            const v = data()
            entries = v === undefined ? [] : Array.isArray(v) ? [...v] : [v]
        }
        return entries
    }
    const body = {}
    Object.defineProperties(body, {
        data: { get: data, enumerable: true },
        dataString: { get: () => (take('dataString') ? text : ''), enumerable: true },
        dataStream: {
            get: () => {
                throw new SandboxUnsupportedError('RESTAPIRequestBody.dataStream', undefined, { property: true })
            },
        },
        hasNext: { value: () => nextEntries().length > 0 },
        nextEntry: { value: () => nextEntries().shift() },
    })
    return loudProxy(body, 'RESTAPIRequestBody')
}

function buildRequest(req: IncomingMessage, request: RouteRequest, pathParams: Record<string, string>, text: string): Record<string, unknown> {
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v
    }
    const queryParams: Record<string, string[]> = {}
    for (const [k, v] of request.query) (queryParams[k] ??= []).push(v)
    const queryString = request.query.toString()
    const accept = headers.accept ?? ''
    return loudProxy(
        {
            pathParams,
            queryParams,
            queryString,
            // The docs' example: "api/now/table/myTable" (no domain, no leading slash, no query).
            uri: request.path.replace(/^\//, ''),
            url: `${request.ctx.url}${request.path}${queryString ? `?${queryString}` : ''}`,
            headers,
            getHeader: (name: string) => headers[String(name).toLowerCase()],
            getSupportedResponseContentTypes: () =>
                accept
                    .split(',')
                    .map((t) => t.split(';')[0].trim())
                    .filter(Boolean),
            body: requestBody(text, headers['content-type'] ?? ''),
        },
        'RESTAPIRequest',
    )
}

interface ResponseState {
    status: number
    headers: Record<string, string>
    contentType: string
    body?: { value: unknown }
    stream?: string
    error?: { status: number; message: string; detail: string | null }
}

/** Reads sn_ws_err-style errors: fields or getters for status, message and detail. */
function errorFields(err: unknown): ResponseState['error'] {
    const o = (err ?? {}) as Record<string, unknown>
    const get = (name: string): unknown => {
        const getter = o[`get${name[0].toUpperCase()}${name.slice(1)}`]
        return typeof getter === 'function' ? (getter as () => unknown).call(o) : o[name]
    }
    const status = Number(get('status') ?? get('statusCode')) || 500
    const message = get('message')
    const detail = get('detail')
    return { status, message: message === undefined ? 'Error' : String(message), detail: detail === undefined || detail === null ? null : String(detail) }
}

function buildResponse(state: ResponseState): Record<string, unknown> {
    return loudProxy(
        {
            setStatus: (status: unknown) => {
                state.status = Number(status) || 0
            },
            setBody: (body: unknown) => {
                state.body = { value: body }
            },
            setHeader: (name: string, value: unknown) => {
                state.headers[String(name)] = String(value)
            },
            setHeaders: (headers: Record<string, unknown>) => {
                for (const [k, v] of Object.entries(headers ?? {})) state.headers[k] = String(v)
            },
            setContentType: (type: string) => {
                state.contentType = String(type)
            },
            setLocation: (location: string) => {
                state.headers.Location = String(location)
            },
            setError: (err: unknown) => {
                state.error = errorFields(err)
            },
            getStreamWriter: () =>
                loudProxy(
                    {
                        writeString: (s: unknown) => {
                            state.stream = (state.stream ?? '') + String(s)
                        },
                    },
                    'RESTAPIResponseStream',
                ),
        },
        'RESTAPIResponse',
    )
}

function finish(res: ServerResponse, state: ResponseState, returned: unknown): void {
    for (const [k, v] of Object.entries(state.headers)) {
        if (!/^content-(type|length)$/i.test(k)) res.setHeader(k, v)
    }
    if (state.error) {
        sendFailure(res, state.error.status, state.error.message, state.error.detail)
        return
    }
    if (state.stream !== undefined) {
        send(res, state.status, state.stream, state.contentType)
        return
    }
    const body = state.body ?? (returned === undefined ? undefined : { value: returned })
    if (body === undefined) {
        res.writeHead(state.status, { 'Content-Length': 0 })
        res.end()
        return
    }
    const contentType = state.contentType.includes('json') ? state.contentType : 'application/json'
    send(res, state.status, JSON.stringify({ result: body.value ?? null }), contentType)
}

async function serve(request: RouteRequest): Promise<void> {
    const { req, res, path } = request
    const rt = runtimeOf(request.core)
    await guarded(res, rt, 'Scripted REST', async () => {
        const method = (req.method ?? 'GET').toUpperCase()
        const candidates = matching(rt, path)
        if (candidates.length === 0) {
            sendFailure(res, 404, 'Requested URI does not represent any resource', `${method} ${path}`)
            return
        }
        const matched = candidates.find((c) => (c.op.http_method ?? '').toUpperCase() === method)
        if (!matched) {
            const allow = [...new Set(candidates.map((c) => (c.op.http_method ?? '').toUpperCase()))].join(', ')
            sendFailure(res, 405, 'Method not Supported', `${method} is not supported on ${path} (allowed: ${allow})`, { Allow: allow })
            return
        }
        const { op } = matched
        let session: Session | undefined
        if (op.requires_authentication !== '0' || req.headers.authorization) {
            session = authenticateRequest(rt, req, res)
            if (!session) return
        }
        if (session && op.requires_acl_authorization === '1' && !passesRestAcls(rt, session, op)) {
            sendFailure(res, 403, 'User Not Authorized', `${session.userName} does not pass the access controls of ${method} ${matched.template}`)
            return
        }
        const text = method === 'GET' || method === 'HEAD' ? '' : await readBody(req)
        const state: ResponseState = { status: 200, headers: {}, contentType: 'application/json' }
        const vars = { request: buildRequest(req, request, matched.pathParams, text), response: buildResponse(state) }
        const runAs: Session = session ?? { userId: 'guest', userName: 'guest', interactive: false, messages: [] }
        let returned: unknown
        try {
            returned = rt.withSession(runAs, () => rt.scripts.evaluate(op.operation_script ?? '', vars, `sys_ws_operation:${op.name ?? op.sys_id}`))
        } catch (e) {
            rt.withSession(runAs, () => rt.log(2, `Scripted REST ${method} ${path} (${op.name ?? op.sys_id}) failed: ${stackOf(e)}`, 'sys_ws_operation'))
            sendFailure(res, 500, errorMessage(e), 'Script Evaluation Exception')
            return
        }
        finish(res, state, returned)
    })
}

/**
 * The route serving every app's scripted REST APIs under /api/<namespace>/… (not /api/now/…, which
 * belongs to the platform's own APIs such as the Table API). Resources are looked up per request,
 * so an install or upgrade takes effect at once.
 */
export function scriptedRestRoutes(): Route[] {
    return [{ method: '*', path: /\/api\/(?!now\/)[^/]+\/.*/, handle: serve }]
}
