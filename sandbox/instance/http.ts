/**
 * The HTTP face of one simulated instance. Requests go through a route table so that each later
 * feature (Table API, OAuth endpoints, scripted REST) plugs in its own routes without touching the
 * server: add them to `instanceRoutes()` or pass extra routes to `createHttpHandler`.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { CoreApi } from './core-api'

/** `C` is the core's concrete type, so routes of later features can reach beyond CoreApi (the runtime). */
export interface InstanceContext<C extends CoreApi = CoreApi> {
    name: string
    /** The instance's base URL, e.g. http://127.0.0.1:41234. */
    url: string
    /** The core, or undefined while the instance is still opening its store. */
    core(): C | undefined
}

export interface RouteRequest<C extends CoreApi = CoreApi> {
    req: IncomingMessage
    res: ServerResponse
    /** Path without the query string. */
    path: string
    query: URLSearchParams
    /** Named groups of the route's pattern. */
    params: Record<string, string>
    core: C
    ctx: InstanceContext<C>
}

export interface Route<C extends CoreApi = CoreApi> {
    /** HTTP method, or '*' for any. */
    method: string
    /** Exact path, or a pattern matched against the whole path (use named groups for params). */
    path: string | RegExp
    handle(request: RouteRequest<C>): void | Promise<void>
}

/** Sends a body with a content type; an instance answers everything this way or as JSON. */
export function send(res: ServerResponse, status: number, body: string, contentType = 'text/plain; charset=utf-8'): void {
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) })
    res.end(body)
}

/** The platform's REST error shape, so clients see the same envelope as on a real instance. */
export function sendError(res: ServerResponse, status: number, message: string, detail = ''): void {
    send(res, status, JSON.stringify({ error: { message, detail }, status: 'failure' }), 'application/json')
}

/** Reads a request body as text, refusing bodies over `limit` bytes. */
export function readBody(req: IncomingMessage, limit = 10 * 1024 * 1024): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > limit) {
                reject(new Error(`Request body over ${limit} bytes`))
                req.destroy()
                return
            }
            chunks.push(chunk)
        })
        req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        req.on('error', reject)
    })
}

/** The routes every instance serves; later features append theirs here. */
export function instanceRoutes(): Route[] {
    return [
        {
            // The platform's health page: load balancers and our tests use it to see the node is up.
            method: 'GET',
            path: '/stats.do',
            handle({ res, ctx, core }) {
                send(res, 200, `Instance name: ${ctx.name}\nNode status: online\nServer time: ${new Date(core.now()).toISOString()}\n`)
            },
        },
    ]
}

function match<C extends CoreApi>(route: Route<C>, method: string, path: string): Record<string, string> | undefined {
    if (route.method !== '*' && route.method !== method) return undefined
    if (typeof route.path === 'string') return route.path === path ? {} : undefined
    const m = new RegExp(`^(?:${route.path.source})$`, route.path.flags).exec(path)
    return m ? { ...(m.groups ?? {}) } : undefined
}

export function createHttpHandler<C extends CoreApi>(ctx: InstanceContext<C>, routes: Route<C>[] = instanceRoutes()): RequestListener {
    return (req, res) => {
        // "//angular.do" (a client's instance URL with a trailing slash) is "/angular.do", not a host.
        const url = new URL((req.url ?? '/').replace(/^\/{2,}/, '/'), 'http://localhost')
        const core = ctx.core()
        if (!core) {
            res.setHeader('Retry-After', '1')
            sendError(res, 503, 'Instance is starting')
            return
        }
        const method = req.method ?? 'GET'
        const started = Date.now()
        res.on('finish', () => {
            try {
                core.logTransaction({ method, path: url.pathname, status: res.statusCode, durationMs: Date.now() - started })
            } catch {
                // the store may be closing; a missing log line must not break the answer
            }
        })
        const carried = req.headers['x-tether-sandbox-clock']
        if (typeof carried === 'string') core.catchUpClock(Number(carried))
        const decision = core.faultDecision(url.pathname)
        if (decision.action !== 'pass' || decision.latencyMs > 0) {
            setTimeout(() => {
                if (decision.action === 'fail') {
                    if (decision.retryAfter !== undefined) res.setHeader('Retry-After', String(decision.retryAfter))
                    send(res, decision.status, decision.body, decision.contentType)
                } else if (decision.action === 'drop') {
                    // Headers and half a body, then the connection is cut: the client sees a reset mid-response.
                    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' })
                    res.write('{"result": {"partial": ')
                    setTimeout(() => res.socket?.destroy(), 10)
                } else {
                    dispatchRoute(core, method, url, req, res)
                }
            }, decision.latencyMs)
            return
        }
        dispatchRoute(core, method, url, req, res)
    }

    function dispatchRoute(core: C, method: string, url: URL, req: IncomingMessage, res: ServerResponse): void {
        for (const route of routes) {
            const params = match(route, method, url.pathname)
            if (!params) continue
            Promise.resolve()
                .then(() => route.handle({ req, res, path: url.pathname, query: url.searchParams, params, core, ctx }))
                .catch((err: unknown) => {
                    const e = err instanceof Error ? err : new Error(String(err))
                    // No stack trace on the wire: it can carry values a caller must not see.
                    if (!res.headersSent) sendError(res, 500, e.message)
                    else res.destroy(e)
                })
            return
        }
        sendError(res, 404, 'Requested URI does not represent any resource', `${method} ${url.pathname}`)
    }
}
