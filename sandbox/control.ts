/**
 * The sandbox's control API: plain HTTP + JSON on 127.0.0.1, so a scenario test written in any
 * language (curl, Python, Go) can move the clock, skew an instance, run a job or a UI action, and
 * kill or restart an instance. Basic auth with user "admin" and the admin password of any instance
 * of the sandbox: whoever may administer an instance may drive the sandbox it lives in.
 */
import type { FaultSpec } from './instance/faults'
import { createHash, timingSafeEqual } from 'node:crypto'
import { createServer, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { InstanceHandle, Sandbox } from './supervisor'

export interface ControlServer {
    url: string
    close(): Promise<void>
}

/** A 4xx/5xx answer with a message; anything else thrown becomes a 500 (or the status it carries). */
class HttpError extends Error {
    constructor(
        readonly status: number,
        message: string,
    ) {
        super(message)
    }
}

type Body = Record<string, unknown>

interface Call {
    sandbox: Sandbox
    body: Body
    /** The instance named in the path (404 when there is none by that name). */
    instance(): InstanceHandle
}

interface Route {
    method: string
    pattern: RegExp
    handle(call: Call): Promise<unknown>
}

const BODY_LIMIT = 1024 * 1024

function digest(s: string): Buffer {
    return createHash('sha256').update(s).digest()
}

/** True for Basic admin:<password of any instance>, compared in constant time. */
function authorized(req: IncomingMessage, sandbox: Sandbox): boolean {
    const m = /^Basic\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    if (!m) return false
    const decoded = Buffer.from(m[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon < 0) return false
    const user = decoded.slice(0, colon)
    const given = digest(decoded.slice(colon + 1))
    let ok = false
    for (const i of sandbox.instances) ok = timingSafeEqual(given, digest(i.password)) || ok
    return ok && user === 'admin'
}

function readJson(req: IncomingMessage): Promise<Body> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = []
        let size = 0
        req.on('data', (chunk: Buffer) => {
            size += chunk.length
            if (size > BODY_LIMIT) {
                reject(new HttpError(413, `Request body over ${BODY_LIMIT} bytes`))
                req.resume()
                return
            }
            chunks.push(chunk)
        })
        req.on('error', reject)
        req.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8').trim()
            if (text === '') return resolve({})
            let parsed: unknown
            try {
                parsed = JSON.parse(text)
            } catch (err) {
                return reject(new HttpError(400, `Body is not valid JSON: ${(err as Error).message}`))
            }
            if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
                return reject(new HttpError(400, 'Body must be a JSON object'))
            }
            resolve(parsed as Body)
        })
    })
}

function send(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
    const body = JSON.stringify(value === undefined ? null : value) + '\n'
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers })
    res.end(body)
}

function requireString(body: Body, field: string): string {
    const v = body[field]
    if (typeof v !== 'string' || v.trim() === '') throw new HttpError(400, `"${field}" is required (a non-empty string)`)
    return v
}

function optionalUser(body: Body): { user?: string } | undefined {
    if (body.user === undefined || body.user === null) return undefined
    if (typeof body.user !== 'string' || body.user === '') throw new HttpError(400, '"user" must be a user name')
    return { user: body.user }
}

function clockStatus(sandbox: Sandbox): { now: string; ms: number; frozen: boolean } {
    const ms = sandbox.clock.now()
    return { now: new Date(ms).toISOString(), ms, frozen: sandbox.clock.frozen }
}

function instanceStatus(sandbox: Sandbox, i: InstanceHandle): Record<string, unknown> {
    const ms = sandbox.clock.now() + i.skewMs
    return { name: i.name, url: i.url, user: i.user, running: i.running, pid: i.pid ?? null, skewMs: i.skewMs, now: new Date(ms).toISOString() }
}

const instancePath = (rest: string): RegExp => new RegExp(`^/instances/(?<name>[^/]+)${rest}$`)

const routes: Route[] = [
    {
        method: 'GET',
        pattern: /^\/status$/,
        async handle({ sandbox }) {
            return {
                control: sandbox.controlUrl,
                // The supervisor's own process: signal it (SIGTERM) to stop the whole sandbox.
                pid: process.pid,
                dataDir: sandbox.dataDir,
                clock: clockStatus(sandbox),
                instances: sandbox.instances.map((i) => instanceStatus(sandbox, i)),
            }
        },
    },
    {
        method: 'GET',
        pattern: /^\/clock$/,
        async handle({ sandbox }) {
            return clockStatus(sandbox)
        },
    },
    {
        method: 'POST',
        pattern: /^\/clock\/advance$/,
        async handle({ sandbox, body }) {
            const d = body.duration
            if (typeof d !== 'string' && typeof d !== 'number') throw new HttpError(400, '"duration" is required, e.g. "6h", "90s", "400d" or milliseconds')
            const runs = await sandbox.clock.advance(d)
            return { runs, clock: clockStatus(sandbox) }
        },
    },
    {
        method: 'POST',
        pattern: /^\/clock\/set$/,
        async handle({ sandbox, body }) {
            const t = body.time
            if (typeof t !== 'string' && typeof t !== 'number') throw new HttpError(400, '"time" is required: an ISO date or epoch milliseconds')
            await sandbox.clock.set(t)
            return clockStatus(sandbox)
        },
    },
    {
        method: 'POST',
        pattern: /^\/clock\/freeze$/,
        async handle({ sandbox }) {
            await sandbox.clock.freeze()
            return clockStatus(sandbox)
        },
    },
    {
        method: 'POST',
        pattern: /^\/clock\/flow$/,
        async handle({ sandbox }) {
            await sandbox.clock.flow()
            return clockStatus(sandbox)
        },
    },
    {
        method: 'GET',
        pattern: instancePath(''),
        async handle({ sandbox, instance }) {
            return instanceStatus(sandbox, instance())
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/skew'),
        async handle({ sandbox, body, instance }) {
            const ms = typeof body.ms === 'string' && /^-?\d+$/.test(body.ms) ? Number(body.ms) : body.ms
            if (typeof ms !== 'number' || !Number.isInteger(ms)) throw new HttpError(400, '"ms" is required: the skew in whole milliseconds (positive = ahead)')
            await instance().setSkew(ms)
            return instanceStatus(sandbox, instance())
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/jobs/run'),
        async handle({ body, instance }) {
            return instance().runJob(requireString(body, 'job'))
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/ui-action'),
        async handle({ body, instance }) {
            const action = requireString(body, 'action')
            const table = requireString(body, 'table')
            const sysId = requireString(body, 'sys_id')
            return instance().invokeUiAction(action, table, sysId, optionalUser(body))
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/script'),
        async handle({ body, instance }) {
            return instance().runScript(requireString(body, 'script'), optionalUser(body))
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/query'),
        async handle({ body, instance }) {
            const table = requireString(body, 'table')
            if (body.query !== undefined && typeof body.query !== 'string') throw new HttpError(400, '"query" must be an encoded query string')
            if (body.limit !== undefined && (typeof body.limit !== 'number' || !Number.isInteger(body.limit) || body.limit < 0)) {
                throw new HttpError(400, '"limit" must be a non-negative integer')
            }
            const records = await instance().query(table, body.query as string | undefined, body.limit === undefined ? undefined : { limit: body.limit as number })
            return { records }
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/kill'),
        async handle({ sandbox, instance }) {
            await instance().kill()
            return instanceStatus(sandbox, instance())
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/restart'),
        async handle({ sandbox, instance }) {
            await instance().restart()
            return instanceStatus(sandbox, instance())
        },
    },
    {
        method: 'GET',
        pattern: instancePath('/faults'),
        async handle({ instance }) {
            return instance().faultState()
        },
    },
    {
        method: 'POST',
        pattern: instancePath('/faults'),
        async handle({ body, instance }) {
            const kind = requireString(body, 'kind')
            const kinds = ['down', 'slow', 'fail', 'drop', 'revoke_tokens', 'client_secret', 'skew', 'crash']
            if (!kinds.includes(kind)) throw new HttpError(400, `Unknown fault kind "${kind}": use ${kinds.join(', ')}`)
            return instance().fault(body as unknown as FaultSpec)
        },
    },
    {
        method: 'DELETE',
        pattern: instancePath('/faults'),
        async handle({ instance }) {
            return instance().clearFaults()
        },
    },
]

async function handle(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!authorized(req, sandbox)) {
        send(res, 401, { error: 'Authentication required: Basic admin:<admin password of any sandbox instance>' }, {
            'WWW-Authenticate': 'Basic realm="Tether sandbox", charset="UTF-8"',
        })
        return
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/'
    const method = req.method ?? 'GET'
    const matching = routes.filter((r) => r.pattern.test(path))
    if (matching.length === 0) throw new HttpError(404, `No control endpoint ${path} (see sandbox/README.md)`)
    const route = matching.find((r) => r.method === method || r.method === '*')
    if (!route) {
        res.setHeader('Allow', matching.map((r) => r.method).join(', '))
        throw new HttpError(405, `${method} is not allowed on ${path}; use ${matching.map((r) => r.method).join(' or ')}`)
    }
    const name = route.pattern.exec(path)?.groups?.name
    const found = name === undefined ? undefined : sandbox.instance(decodeURIComponent(name))
    const instance = (): InstanceHandle => {
        if (!found) throw new HttpError(404, `${path} names no instance`)
        return found
    }
    const body = method === 'GET' || method === 'HEAD' ? {} : await readJson(req)
    send(res, 200, await route.handle({ sandbox, body, instance }))
}

function statusOf(err: unknown): number {
    const status = (err as { status?: unknown }).status
    return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500
}

/** Starts the control API on 127.0.0.1 (a random port unless given). */
export async function startControlServer(sandbox: Sandbox, options: { port?: number } = {}): Promise<ControlServer> {
    const server = createServer((req, res) => {
        handle(sandbox, req, res).catch((err: unknown) => {
            const message = err instanceof Error ? err.message : String(err)
            if (res.headersSent) res.destroy()
            else send(res, statusOf(err), { error: message })
        })
    })
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return {
        url,
        close: () =>
            new Promise<void>((resolve) => {
                server.close(() => resolve())
                server.closeAllConnections()
            }),
    }
}
