/**
 * In-process instances for runtime tests: one InstanceCore on a temp data folder with the current
 * build installed, on a frozen virtual clock the test controls.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ClockState } from '../../sandbox/clock'
import { createInstanceCore, InstanceCore } from '../../sandbox/instance/core'
import { distApp } from '../../scripts/lib/sdk'
import { createServer, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHttpHandler, instanceRoutes, Route } from '../../sandbox/instance/http'

export const START = Date.UTC(2026, 0, 5, 9, 0, 0)

export interface TestInstance {
    core: InstanceCore
    dir: string
    clock: ClockState
    /** Moves the frozen clock to an absolute virtual time. */
    setTime(ms: number): void
    /** Runs a server script as admin (or a user) and returns its completion value. */
    run<T = unknown>(code: string, user?: string): T
    close(): void
}

export function startInstance(options: { install?: boolean; name?: string; dir?: string } = {}): TestInstance {
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tether-rt-'))
    const clock: ClockState = { virtualBase: START, realBase: Date.now(), frozen: true }
    const core = createInstanceCore({ name: options.name ?? 'test', dataDir: dir, adminPassword: 'admin-pw-for-tests', clock })
    if (options.install !== false) core.install(distApp)
    const instance: TestInstance = {
        core,
        dir,
        clock,
        setTime(ms: number) {
            instance.clock = { virtualBase: ms, realBase: Date.now(), frozen: true }
            core.setClock(instance.clock)
        },
        run<T>(code: string, user?: string): T {
            return core.runScript(code, { user }).result as T
        },
        close() {
            core.close()
            if (!options.dir) rmSync(dir, { recursive: true, force: true })
        },
    }
    return instance
}

/** Creates a user with the given roles and returns its sys_id. */
export function createUser(instance: TestInstance, userName: string, roles: string[], password = 'Secret-123'): string {
    return instance.run<string>(`
        var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = ${JSON.stringify(userName)};
        u.setValue('user_password', ${JSON.stringify(password)}); u.active = true; var id = u.insert();
        ${JSON.stringify(roles)}.forEach(function (name) {
            var r = new GlideRecord('sys_user_role'); if (!r.get('name', name)) { r.initialize(); r.name = name; r.insert() }
            var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = id; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();
        });
        id`)
}

/** An in-process instance that also serves HTTP on 127.0.0.1 with the given routes. */
export interface HttpTestInstance extends TestInstance {
    url: string
    server: Server
    closeAsync(): Promise<void>
}

export async function startHttpInstance(
    routes: Route[],
    options: { install?: boolean; name?: string } = {},
): Promise<HttpTestInstance> {
    const base = startInstance(options)
    const ctx = { name: options.name ?? 'test', url: '', core: () => base.core }
    const server = createServer(createHttpHandler(ctx, [...instanceRoutes(), ...routes]))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const port = (server.address() as AddressInfo).port
    ctx.url = `http://127.0.0.1:${port}`
    base.core.url = ctx.url
    const instance = base as HttpTestInstance
    instance.url = ctx.url
    instance.server = server
    instance.closeAsync = async () => {
        server.closeAllConnections()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        base.close()
    }
    return instance
}

/** An HTTP answer as tests read it: status, headers, text, and the JSON when there is some. */
export interface Reply {
    status: number
    headers: Headers
    text: string
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json: any
}

export function basicAuth(user: string, password: string): string {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

/** A request to an instance: a JSON body (or a raw one), optional Basic credentials. */
export async function httpCall(
    baseUrl: string,
    method: string,
    path: string,
    options: { credentials?: [string, string]; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json', ...(options.headers ?? {}) }
    if (options.credentials) headers.Authorization = basicAuth(...options.credentials)
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    if (body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json'
    const res = await fetch(`${baseUrl}${path}`, { method, headers, body })
    const text = await res.text()
    let json: unknown
    try {
        json = text === '' ? undefined : JSON.parse(text)
    } catch {
        json = undefined
    }
    return { status: res.status, headers: res.headers, text, json }
}
