/**
 * Entry point of one simulated instance's process. The supervisor forks it with the instance's
 * options in an environment variable (not argv: argv shows the admin password to every user in
 * `ps`), it opens its own store through the core, serves HTTP on 127.0.0.1 and answers the
 * supervisor's IPC calls by calling the CoreApi method of the same name. It lives exactly as long as
 * its IPC channel: when the supervisor goes away, even by SIGKILL, the instance exits too.
 */
import { createServer, Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createInstanceCore } from './core'
import type { CoreApi, InstanceOptions } from './core-api'
import { createHttpHandler, InstanceContext, Route } from './http'
import { allRoutes } from './routes'

/** Environment variable carrying the JSON `ChildOptions` (the supervisor uses the same name). */
export const OPTIONS_ENV = 'TETHER_INSTANCE_OPTIONS'

export interface ChildOptions extends InstanceOptions {
    /** Port to listen on; 0 or absent picks a free one. A restarted instance gets its old port back. */
    port?: number
}

/** Supervisor → instance. */
export interface CallMessage {
    id: number
    method: string
    params: unknown[]
}

export interface WireError {
    message: string
    stack?: string
}

/** Instance → supervisor. */
export type ChildMessage =
    | { type: 'ready'; url: string; port: number }
    | { type: 'fatal'; error: WireError }
    | { type: 'jobs-changed' }
    | { id: number; result?: unknown }
    | { id: number; error: WireError }

/**
 * Which CoreApi methods the supervisor may call. Typed as a record over the interface's keys, so a
 * method added to CoreApi fails the typecheck until it is listed here. `close` is not remote: the
 * process closes its core itself when it shuts down.
 */
const REMOTE_METHODS: Record<keyof CoreApi, boolean> = {
    install: true,
    setClock: true,
    setSkew: true,
    now: true,
    nextDueJob: true,
    runDueJobs: true,
    runJobsThrough: true,
    catchUpClock: true,
    runJob: true,
    invokeUiAction: true,
    runScript: true,
    query: true,
    recordsRead: true,
    fault: true,
    clearFaults: true,
    faultState: true,
    faultDecision: false,
    logTransaction: false,
    close: false,
}

function wireError(err: unknown): WireError {
    if (err instanceof Error) return { message: err.message, stack: err.stack }
    return { message: String(err) }
}

/** The core's concrete type: HTTP routes may use more of it than CoreApi (its runtime). */
type Core = ReturnType<typeof createInstanceCore>

function reply(message: ChildMessage): void {
    // The channel may already be gone when the supervisor died; the disconnect handler exits then.
    if (process.connected) process.send?.(message, undefined, {}, () => undefined)
}

/** Listens on the given port, retrying while the previous incarnation's socket is still being released. */
async function listen(server: Server, port: number): Promise<number> {
    for (let attempt = 0; ; attempt++) {
        try {
            await new Promise<void>((resolve, reject) => {
                server.once('error', reject)
                server.listen(port, '127.0.0.1', () => {
                    server.off('error', reject)
                    resolve()
                })
            })
            return (server.address() as AddressInfo).port
        } catch (err) {
            const code = (err as NodeJS.ErrnoException).code
            if (code !== 'EADDRINUSE' || port === 0 || attempt >= 50) throw err
            await new Promise((r) => setTimeout(r, 100))
        }
    }
}

/** Set while the server is starting to listen again after a "down" fault cleared. */
let relistening: Promise<unknown> | undefined

function dispatch(core: CoreApi, message: CallMessage): void {
    const { id, method, params } = message
    try {
        if (!Object.prototype.hasOwnProperty.call(REMOTE_METHODS, method) || !REMOTE_METHODS[method as keyof CoreApi]) {
            throw new Error(`Unknown instance method "${method}"`)
        }
        const fn = core[method as keyof CoreApi] as (...args: unknown[]) => unknown
        // JSON turns an omitted argument in the middle (query(table, undefined, { limit })) into null;
        // give it back as undefined so the core's default parameters apply.
        const args = (Array.isArray(params) ? params : []).map((p) => (p === null ? undefined : p))
        const result = fn.apply(core, args)
        const answer = () => reply({ id, result: result === undefined ? null : result })
        // The caller of clearFaults() may connect right away: answer once the server listens again.
        if (relistening) relistening.then(answer, answer)
        else answer()
    } catch (err) {
        reply({ id, error: wireError(err) })
    }
}

async function main(): Promise<void> {
    const raw = process.env[OPTIONS_ENV]
    if (!raw) throw new Error(`${OPTIONS_ENV} is not set: this file is started by the sandbox supervisor`)
    delete process.env[OPTIONS_ENV]
    const { port: wantedPort, ...options } = JSON.parse(raw) as ChildOptions

    let core: Core | undefined = undefined
    const ctx: InstanceContext<Core> = { name: options.name, url: '', core: () => core }
    const server = createServer(createHttpHandler(ctx, allRoutes() as Route<Core>[]))

    let closing = false
    const shutdown = (code: number): void => {
        if (closing) return
        closing = true
        try {
            core?.close()
        } catch (err) {
            process.stderr.write(`closing the core failed: ${wireError(err).stack}\n`)
        }
        server.close()
        server.closeAllConnections()
        process.exit(code)
    }
    process.on('SIGTERM', () => shutdown(0))
    process.on('disconnect', () => shutdown(0))
    // Ctrl-C in a terminal signals the whole process group; the supervisor decides when we stop.
    if (process.connected) process.on('SIGINT', () => undefined)
    else process.on('SIGINT', () => shutdown(0))

    const port = await listen(server, wantedPort ?? 0)
    ctx.url = `http://127.0.0.1:${port}`
    core = createInstanceCore({ ...options, url: ctx.url })
    const ready = core
    ready.onJobsChanged = () => reply({ type: 'jobs-changed' })
    // The "down" fault: stop listening (callers get connection refused) until it is cleared.
    ready.onDownChange = (down) => {
        if (down) {
            server.close()
            server.closeAllConnections()
        } else {
            relistening = listen(server, port)
                .catch((err: unknown) => process.stderr.write(`could not listen again on ${port}: ${wireError(err).message}\n`))
                .finally(() => (relistening = undefined))
        }
    }
    process.on('message', (message: CallMessage) => {
        if (message && typeof message.id === 'number') dispatch(ready, message)
    })
    reply({ type: 'ready', url: ctx.url, port })
    if (!process.connected) process.stderr.write(`${options.name} listening on ${ctx.url}\n`)
}

if (require.main === module) {
    main().catch((err: unknown) => {
        const error = wireError(err)
        process.stderr.write(`${error.stack ?? error.message}\n`)
        reply({ type: 'fatal', error })
        // Let the fatal message flush before exiting.
        setTimeout(() => process.exit(1), 50)
    })
}
