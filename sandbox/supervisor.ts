/**
 * The sandbox supervisor: starts each simulated instance as its own Node process (so an instance
 * can be killed with SIGKILL and come back with its data), talks to it over IPC, and owns the one
 * virtual clock all instances share. `advance()` is what makes time-based scenarios (token expiry
 * after 100 days, periodic refresh jobs) run in milliseconds and always in the same order.
 */
import { ChildProcess, fork } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, distApp as defaultDistApp, projectRoot } from '../scripts/lib/sdk'
import { ClockState, clockAt, clockNow, parseDuration } from './clock'
import { ControlServer, startControlServer } from './control'
import type { CoreApi, JobRun, ScriptResult, UiActionResult } from './instance/core-api'
import type { FaultSpec, FaultState } from './instance/faults'
import type { InstallReport } from './instance/installer'
import type { CallMessage, ChildMessage, ChildOptions } from './instance/main'

/** Same name as OPTIONS_ENV in instance/main.ts (not imported: that would load the core here). */
const OPTIONS_ENV = 'TETHER_INSTANCE_OPTIONS'
const MAIN_FILE = join(__dirname, 'instance', 'main.ts')

export interface SandboxOptions {
    /** Instance names, in the order ties between jobs are broken. Default provider, consumer. */
    names?: string[]
    /** Folder holding one sub-folder per instance. Default: a new temp folder, removed by stop(). */
    dataDir?: string
    /** Keep a temp dataDir on stop() (a dataDir you pass is always kept). */
    keepData?: boolean
    /** Build output to install. Default dist/app, built with now-sdk when missing. */
    distApp?: string
    /** Install distApp on every instance after it starts (upgrade in place when already installed). Default true. */
    install?: boolean
    /** Frozen time (tests) or flowing time (interactive). Default true. */
    frozen?: boolean
    /** Virtual start time, epoch ms or ISO. Default now, rounded down to the second. */
    startTime?: number | string
    /** How long an IPC call may take before it fails. Default 120 s. */
    callTimeoutMs?: number
    /** How long an instance may take to open its store and listen. Default 60 s. */
    startTimeoutMs?: number
    /** Interval of the due-job ticker while time flows. Default 1 s. */
    tickMs?: number
    /** Receives supervisor messages and every line instances print. Default: stderr when TETHER_SANDBOX_LOG=1, else nowhere. */
    log?: (line: string) => void
}

/** A job run, with the instance it ran on. */
export interface InstanceJobRun extends JobRun {
    instance: string
}

export interface SandboxClock {
    /** Shared virtual time (epoch ms); an instance's own time adds its skew. */
    now(): number
    readonly frozen: boolean
    /** Moves time forward, running every job that falls due on the way, in time order. */
    advance(duration: string | number): Promise<InstanceJobRun[]>
    /** Jumps to a time (epoch ms or ISO) without running jobs; keeps the mode. */
    set(time: number | string): Promise<void>
    freeze(): Promise<void>
    flow(): Promise<void>
}

export interface InstanceHandle {
    readonly name: string
    /** Base URL; the same across kill/restart. */
    readonly url: string
    readonly user: 'admin'
    readonly password: string
    readonly dataDir: string
    readonly running: boolean
    readonly pid: number | undefined
    readonly skewMs: number
    /** The instance's own time: shared clock + skew. */
    now(): Promise<number>
    setSkew(ms: number): Promise<void>
    runJob(nameOrSysId: string): Promise<JobRun>
    invokeUiAction(action: string, table: string, sysId: string, options?: { user?: string }): Promise<UiActionResult>
    runScript(code: string, options?: { user?: string }): Promise<ScriptResult>
    query(table: string, encodedQuery?: string, options?: { limit?: number }): Promise<Record<string, string | null>[]>
    /** Rows GlideRecord handed to scripts since the last reset, per table (sandbox-only, for benchmarks); reset starts a new count. */
    recordsRead(options?: { reset?: boolean }): Promise<Record<string, number>>
    install(distApp?: string, options?: { demo?: boolean }): Promise<InstallReport>
    /** Injects a fault: down, slow, fail, drop, revoke_tokens, client_secret, or skew (see sandbox/instance/faults.ts). */
    fault(spec: FaultSpec): Promise<FaultState>
    /** Clears every fault of this instance, skew included. */
    clearFaults(): Promise<FaultState>
    faultState(): Promise<FaultState>
    /** Graceful stop (SIGTERM, then SIGKILL after 10 s). */
    stop(): Promise<void>
    /** SIGKILL: no chance to close the store, as when a node crashes. */
    kill(): Promise<void>
    /** Starts again (stopping first if running) with the same dataDir, port, password, skew and the current clock. */
    restart(): Promise<void>
}

export interface Sandbox {
    readonly instances: InstanceHandle[]
    instance(name: string): InstanceHandle
    readonly clock: SandboxClock
    /** The control HTTP API (see sandbox/README.md). */
    readonly controlUrl: string
    readonly dataDir: string
    stop(): Promise<void>
}

/** An error the control API maps to an HTTP status. */
export class SandboxError extends Error {
    constructor(
        message: string,
        readonly status: number,
    ) {
        super(message)
        this.name = 'SandboxError'
    }
}

type Method = Exclude<keyof CoreApi, 'close'>
type Params<M extends Method> = Parameters<CoreApi[M]>
type Result<M extends Method> = ReturnType<CoreApi[M]>

interface Pending {
    method: string
    resolve(value: unknown): void
    reject(err: Error): void
    timer: NodeJS.Timeout
}

/** Persisted next to the instance's store so a kept data folder keeps its password (and, if free, its port). */
interface InstanceFile {
    password: string
    port: number
}

function newPassword(): string {
    return randomBytes(18).toString('base64url')
}

function toEpoch(time: number | string): number {
    const ms = typeof time === 'number' ? time : /^\d+$/.test(time.trim()) ? Number(time) : Date.parse(time)
    if (!Number.isFinite(ms)) throw new SandboxError(`Invalid time ${JSON.stringify(time)}: use epoch ms or an ISO date`, 400)
    return ms
}

const DAY_MS = 86400000

function iso(ms: number): string {
    return new Date(ms).toISOString()
}

/** Whether a port can be bound on 127.0.0.1 right now. */
function portFree(port: number): Promise<boolean> {
    return new Promise((resolvePort) => {
        const probe = createServer()
        probe.once('error', () => resolvePort(false))
        probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(true)))
    })
}

class InstanceProcess implements InstanceHandle {
    readonly user = 'admin' as const
    readonly password: string
    port: number
    skewMs = 0
    private child: ChildProcess | undefined
    private ready = false
    private exited: Promise<void> = Promise.resolve()
    private lastExit = ''
    private nextId = 0
    private readonly pending = new Map<number, Pending>()
    private readonly output: string[] = []

    constructor(
        readonly name: string,
        readonly dataDir: string,
        private readonly sandbox: SandboxImpl,
    ) {
        const file = join(dataDir, 'sandbox-instance.json')
        const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceFile>) : {}
        this.password = saved.password || newPassword()
        this.port = saved.port ?? 0
    }

    get url(): string {
        return `http://127.0.0.1:${this.port}`
    }

    get running(): boolean {
        return this.ready
    }

    get pid(): number | undefined {
        return this.ready ? this.child?.pid : undefined
    }

    private saveFile(): void {
        const data: InstanceFile = { password: this.password, port: this.port }
        writeFileSync(join(this.dataDir, 'sandbox-instance.json'), JSON.stringify(data, null, 2) + '\n', { mode: 0o600 })
    }

    private tail(): string {
        return this.output.length ? `\nLast output of ${this.name}:\n  ${this.output.slice(-20).join('\n  ')}` : ''
    }

    private collect(stream: NodeJS.ReadableStream | null): void {
        if (!stream) return
        let buffered = ''
        stream.setEncoding('utf8')
        stream.on('data', (chunk: string) => {
            buffered += chunk
            let nl: number
            while ((nl = buffered.indexOf('\n')) >= 0) {
                const line = buffered.slice(0, nl)
                buffered = buffered.slice(nl + 1)
                this.output.push(line)
                if (this.output.length > 200) this.output.shift()
                this.sandbox.log(`[${this.name}] ${line}`)
            }
        })
    }

    /** Forks the process and resolves once it listens; `firstStart` lets it move off a saved port that is taken. */
    async start(firstStart = false): Promise<void> {
        if (this.child) throw new SandboxError(`Sandbox instance "${this.name}" is already running`, 409)
        if (firstStart && this.port && !(await portFree(this.port))) this.port = 0
        const options: ChildOptions = {
            name: this.name,
            dataDir: this.dataDir,
            adminPassword: this.password,
            clock: this.sandbox.clockState,
            skewMs: this.skewMs,
            port: this.port,
            url: this.port ? this.url : undefined,
        }
        const child = fork(MAIN_FILE, [], {
            cwd: projectRoot,
            // TETHER_SANDBOX_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") profiles instance processes.
            execArgv: ['--import', 'tsx', ...(process.env.TETHER_SANDBOX_NODE_ARGS ?? '').split(' ').filter(Boolean)],
            env: { ...process.env, [OPTIONS_ENV]: JSON.stringify(options) },
            stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
            serialization: 'json',
        })
        this.child = child
        this.output.length = 0
        this.collect(child.stdout)
        this.collect(child.stderr)

        let settle: { ready(): void; fail(err: Error): void } = { ready: () => undefined, fail: () => undefined }
        const started = new Promise<void>((ready, fail) => {
            settle = { ready, fail }
        })
        this.exited = new Promise<void>((exited) => {
            const done = (code: number | null, signal: NodeJS.Signals | null): void => {
                if (this.child !== child) return
                this.child = undefined
                this.ready = false
                this.lastExit = signal ? `was killed by ${signal}` : `exited with code ${code}`
                for (const [id, p] of this.pending) {
                    clearTimeout(p.timer)
                    this.pending.delete(id)
                    p.reject(new SandboxError(`Sandbox instance "${this.name}" ${this.lastExit} while running ${p.method}`, 503))
                }
                settle.fail(new SandboxError(`Sandbox instance "${this.name}" ${this.lastExit} before it was ready${this.tail()}`, 503))
                exited()
            }
            child.on('exit', done)
            child.on('error', (err) => {
                this.output.push(String(err))
                done(null, null)
            })
        })
        child.on('message', (message: ChildMessage) => this.onMessage(message, settle))

        const timeoutMs = this.sandbox.startTimeoutMs
        const timer = setTimeout(() => {
            settle.fail(new SandboxError(`Sandbox instance "${this.name}" did not start within ${timeoutMs / 1000} s${this.tail()}`, 504))
            child.kill('SIGKILL')
        }, timeoutMs)
        try {
            await started
        } finally {
            clearTimeout(timer)
        }
        this.saveFile()
        // The clock may have moved while the process was starting.
        await this.call('setClock', this.sandbox.clockState)
    }

    private onMessage(message: ChildMessage, settle: { ready(): void; fail(err: Error): void }): void {
        if ('type' in message) {
            if (message.type === 'ready') {
                this.port = message.port
                this.ready = true
                settle.ready()
            } else if (message.type === 'jobs-changed') {
                this.sandbox.jobsChanged(this)
            } else if (message.type === 'fatal') {
                settle.fail(new SandboxError(`Sandbox instance "${this.name}" failed to start: ${message.error.stack ?? message.error.message}`, 500))
            }
            return
        }
        const p = this.pending.get(message.id)
        if (!p) return
        this.pending.delete(message.id)
        clearTimeout(p.timer)
        if ('error' in message) {
            const err = new Error(`${this.name}.${p.method}: ${message.error.message}`)
            if (message.error.stack) err.stack = `${err.message}\n    --- in instance "${this.name}" ---\n${message.error.stack}`
            p.reject(err)
        } else {
            p.resolve(message.result)
        }
    }

    /** Calls a CoreApi method in the instance process. */
    call<M extends Method>(method: M, ...params: Params<M>): Promise<Result<M>> {
        const child = this.child
        if (!child || !this.ready) {
            const why = this.lastExit ? ` (it ${this.lastExit})` : ''
            return Promise.reject(new SandboxError(`Sandbox instance "${this.name}" is not running${why}: call ${method} after restart()`, 409))
        }
        const id = ++this.nextId
        const timeoutMs = this.sandbox.callTimeoutMs
        return new Promise<Result<M>>((res, rej) => {
            const timer = setTimeout(() => {
                this.pending.delete(id)
                rej(new SandboxError(`Sandbox instance "${this.name}" did not answer ${method} within ${timeoutMs / 1000} s (a script may be stuck; kill() or restart() it)`, 504))
            }, timeoutMs)
            this.pending.set(id, { method, resolve: res as (v: unknown) => void, reject: rej, timer })
            const args: unknown[] = [...params]
            while (args.length > 0 && args[args.length - 1] === undefined) args.pop()
            const message: CallMessage = { id, method, params: args }
            child.send(message, (err) => {
                if (!err) return
                const p = this.pending.get(id)
                if (!p) return
                this.pending.delete(id)
                clearTimeout(p.timer)
                rej(new SandboxError(`Sandbox instance "${this.name}": could not send ${method}: ${err.message}`, 503))
            })
        })
    }

    now(): Promise<number> {
        return this.call('now')
    }

    setSkew(ms: number): Promise<void> {
        if (!Number.isFinite(ms)) return Promise.reject(new SandboxError(`Invalid skew ${ms}: use milliseconds`, 400))
        return this.sandbox.exclusive(async () => {
            this.skewMs = Math.trunc(ms)
            if (this.ready) await this.call('setSkew', this.skewMs)
        })
    }

    runJob(nameOrSysId: string): Promise<JobRun> {
        return this.call('runJob', nameOrSysId)
    }

    invokeUiAction(action: string, table: string, sysId: string, options?: { user?: string }): Promise<UiActionResult> {
        return this.call('invokeUiAction', action, table, sysId, options)
    }

    runScript(code: string, options?: { user?: string }): Promise<ScriptResult> {
        return this.call('runScript', code, options)
    }

    query(table: string, encodedQuery?: string, options?: { limit?: number }): Promise<Record<string, string | null>[]> {
        return this.call('query', table, encodedQuery, options)
    }

    recordsRead(options?: { reset?: boolean }): Promise<Record<string, number>> {
        return this.call('recordsRead', options)
    }

    install(distApp?: string, options?: { demo?: boolean }): Promise<InstallReport> {
        return this.call('install', resolve(distApp ?? this.sandbox.distApp), options)
    }

    async fault(spec: FaultSpec): Promise<FaultState> {
        if (spec?.kind === 'skew') {
            if (typeof spec.ms !== 'number' || !Number.isFinite(spec.ms)) throw new SandboxError('skew needs "ms" (positive = ahead)', 400)
            await this.setSkew(spec.ms)
            return this.call('faultState')
        }
        return this.call('fault', spec)
    }

    async clearFaults(): Promise<FaultState> {
        if (this.skewMs !== 0) await this.setSkew(0)
        return this.call('clearFaults')
    }

    faultState(): Promise<FaultState> {
        return this.call('faultState')
    }

    async stop(): Promise<void> {
        const child = this.child
        if (!child) return
        this.ready = false
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.kill('SIGTERM')
        await this.exited
        clearTimeout(force)
    }

    async kill(): Promise<void> {
        const child = this.child
        if (!child) return
        this.ready = false
        child.kill('SIGKILL')
        await this.exited
    }

    async restart(): Promise<void> {
        await this.stop()
        await this.start()
    }
}

class Clock implements SandboxClock {
    constructor(private readonly sandbox: SandboxImpl) {}

    get frozen(): boolean {
        return this.sandbox.clockState.frozen
    }

    now(): number {
        return clockNow(this.sandbox.clockState)
    }

    advance(duration: string | number): Promise<InstanceJobRun[]> {
        let ms: number
        try {
            ms = parseDuration(duration)
        } catch (err) {
            return Promise.reject(new SandboxError((err as Error).message, 400))
        }
        return this.sandbox.exclusive(() => this.sandbox.advanceBy(ms))
    }

    set(time: number | string): Promise<void> {
        let at: number
        try {
            at = toEpoch(time)
        } catch (err) {
            return Promise.reject(err)
        }
        return this.sandbox.exclusive(() => this.sandbox.setState(clockAt(this.sandbox.clockState, at)))
    }

    freeze(): Promise<void> {
        return this.sandbox.exclusive(() => this.sandbox.setState({ virtualBase: this.now(), realBase: Date.now(), frozen: true }))
    }

    flow(): Promise<void> {
        return this.sandbox.exclusive(() => this.sandbox.setState({ virtualBase: this.now(), realBase: Date.now(), frozen: false }))
    }
}

class SandboxImpl implements Sandbox {
    clockState: ClockState
    readonly instances: InstanceProcess[]
    readonly callTimeoutMs: number
    readonly startTimeoutMs: number
    readonly distApp: string
    readonly log: (line: string) => void
    control: ControlServer | undefined
    readonly clock: SandboxClock = new Clock(this)
    private lock: Promise<unknown> = Promise.resolve()
    private busy = 0
    private ticker: NodeJS.Timeout | undefined
    private readonly tickMs: number
    private stopped: Promise<void> | undefined
    private stopping = false

    constructor(
        readonly dataDir: string,
        private readonly removeDataDir: boolean,
        names: string[],
        options: SandboxOptions,
    ) {
        const start = options.startTime === undefined ? Math.floor(Date.now() / 1000) * 1000 : toEpoch(options.startTime)
        this.clockState = { virtualBase: start, realBase: Date.now(), frozen: options.frozen ?? true }
        this.callTimeoutMs = options.callTimeoutMs ?? 120_000
        this.startTimeoutMs = options.startTimeoutMs ?? 60_000
        this.tickMs = options.tickMs ?? 1000
        this.distApp = resolve(options.distApp ?? defaultDistApp)
        this.log =
            options.log ?? (process.env.TETHER_SANDBOX_LOG === '1' ? (line) => process.stderr.write(`${line}\n`) : () => undefined)
        this.instances = names.map((name) => {
            const dir = join(dataDir, name)
            mkdirSync(dir, { recursive: true })
            return new InstanceProcess(name, dir, this)
        })
    }

    get controlUrl(): string {
        return this.control?.url ?? ''
    }

    instance(name: string): InstanceProcess {
        const found = this.instances.find((i) => i.name === name)
        if (!found) {
            throw new SandboxError(`No sandbox instance named "${name}" (instances: ${this.instances.map((i) => i.name).join(', ')})`, 404)
        }
        return found
    }

    /** Runs clock-changing work one at a time, so an advance never interleaves with a set or a tick. */
    exclusive<T>(fn: () => Promise<T>): Promise<T> {
        const run = this.lock.then(async () => {
            this.busy++
            try {
                return await fn()
            } finally {
                this.busy--
            }
        })
        this.lock = run.catch(() => undefined)
        return run
    }

    /** Sends the shared clock to every running instance; one that died meanwhile gets it on restart. */
    private async pushClock(): Promise<void> {
        const state = this.clockState
        await Promise.all(
            this.instances
                .filter((i) => i.running)
                .map((i) =>
                    i.call('setClock', state).catch((err: unknown) => {
                        if (i.running) throw err
                    }),
                ),
        )
    }

    setState(state: ClockState): Promise<void> {
        this.clockState = state
        this.syncTicker()
        return this.pushClock()
    }

    /** Next-due times (shared timeline) cached during an advance; an instance whose jobs change drops out. */
    private nextDueCache: Map<InstanceProcess, number | null> | undefined

    jobsChanged(instance: InstanceProcess): void {
        this.nextDueCache?.delete(instance)
    }

    /**
     * Moves the shared clock to now + ms, running every scheduled job that falls due on the way, in
     * time order across instances (ties go to the instance listed first). Each step hands one
     * instance the stretch of time before any other instance's next job, and the instance runs its
     * own due jobs through it in one call, moving its own clock job by job. An instance reached by
     * another during that stretch catches up through the clock its caller sends along. Time never
     * flows during an advance, so the same start gives the same runs.
     */
    async advanceBy(ms: number): Promise<InstanceJobRun[]> {
        const flowing = !this.clockState.frozen
        let current = clockNow(this.clockState)
        const target = current + ms
        const runs: InstanceJobRun[] = []
        const cache = new Map<InstanceProcess, number | null>()
        this.nextDueCache = cache
        try {
            if (flowing) await this.setState({ virtualBase: current, realBase: Date.now(), frozen: true })
            for (;;) {
                const running = this.instances.filter((i) => i.running)
                await Promise.all(
                    running
                        .filter((i) => !cache.has(i))
                        .map(async (i) => {
                            const next = await i.call('nextDueJob')
                            cache.set(i, next ? next.at - i.skewMs : null)
                        }),
                )
                let bestIndex = -1
                running.forEach((i, index) => {
                    const due = cache.get(i)
                    if (due === null || due === undefined || due > target) return
                    if (bestIndex < 0 || due < cache.get(running[bestIndex])!) bestIndex = index
                })
                if (bestIndex < 0) break
                const best = running[bestIndex]
                // Run through the moment before another instance's next job (inclusive for instances
                // listed after this one: at equal times the one listed first goes first).
                let until = target
                running.forEach((other, index) => {
                    const due = cache.get(other)
                    if (other === best || due === null || due === undefined) return
                    until = Math.min(until, index > bestIndex ? due : due - 1)
                })
                // At most a simulated day per call, so no single IPC call runs for long.
                until = Math.min(until, Math.max(cache.get(best)!, current) + DAY_MS)
                let result: Awaited<ReturnType<CoreApi['runJobsThrough']>>
                try {
                    result = await best.call('runJobsThrough', until + best.skewMs)
                } catch (err) {
                    // The instance died in this stretch (a crash fault, a kill): it was down from some
                    // moment in it to its end, and no other instance had a job before then — so the
                    // clock stops at the stretch's end, never behind what the dead one had written.
                    if (!best.running) current = Math.max(current, until)
                    throw err
                }
                if (result.runs.length === 0 && result.next && result.next.at - best.skewMs <= until) {
                    throw new SandboxError(`Instance "${best.name}" had a job due at ${iso(cache.get(best)! + best.skewMs)} but ran nothing through ${iso(until + best.skewMs)}`, 500)
                }
                for (const run of result.runs) runs.push({ instance: best.name, ...run })
                current = Math.max(current, result.runs[result.runs.length - 1].at - best.skewMs)
                if (cache.has(best)) cache.set(best, result.next ? result.next.at - best.skewMs : null)
                // A job that called another instance may have changed its data, and with it whether
                // that instance's conditional jobs are due: ask them again.
                if (result.calledOut) for (const other of running) if (other !== best) cache.delete(other)
            }
            current = target
        } finally {
            this.nextDueCache = undefined
            // On success the clock lands on the target; on failure it stays where the failing job ran.
            await this.setState({ virtualBase: current, realBase: Date.now(), frozen: !flowing })
        }
        return runs
    }

    /** While time flows, a ticker runs due jobs on each instance, as the platform's scheduler would. */
    private syncTicker(): void {
        if (this.clockState.frozen || this.stopping) {
            if (this.ticker) clearInterval(this.ticker)
            this.ticker = undefined
            return
        }
        if (this.ticker) return
        this.ticker = setInterval(() => {
            if (this.busy > 0) return
            void this.exclusive(async () => {
                for (const instance of this.instances) {
                    if (!instance.running || this.clockState.frozen) continue
                    try {
                        for (const run of await instance.call('runDueJobs')) {
                            this.log(`[${instance.name}] job "${run.job}" ran at ${iso(run.at)}${run.ok ? '' : `: ${run.error}`}`)
                        }
                    } catch (err) {
                        this.log(`[${instance.name}] running due jobs failed: ${(err as Error).message}`)
                    }
                }
            })
        }, this.tickMs)
        this.ticker.unref()
    }

    async startAll(install: boolean): Promise<void> {
        await Promise.all(this.instances.map((i) => i.start(true)))
        if (install) {
            await Promise.all(
                this.instances.map(async (i) => {
                    const report = await i.install()
                    this.log(`[${i.name}] installed ${report.scope} ${report.version} (${report.inserted} inserted, ${report.updated} updated)`)
                }),
            )
        }
        this.control = await startControlServer(this)
        this.syncTicker()
    }

    stop(): Promise<void> {
        this.stopping = true
        this.stopped ??= (async () => {
            this.syncTicker()
            await this.control?.close()
            await Promise.all(this.instances.map((i) => i.stop()))
            if (this.removeDataDir) rmSync(this.dataDir, { recursive: true, force: true })
        })()
        return this.stopped
    }
}

function checkNames(names: string[]): void {
    if (names.length === 0) throw new SandboxError('A sandbox needs at least one instance', 400)
    for (const name of names) {
        if (!/^[a-z][a-z0-9_-]{0,39}$/i.test(name)) {
            throw new SandboxError(`Invalid instance name "${name}": use letters, digits, - and _ (it names a folder and a URL path)`, 400)
        }
    }
    const dupe = names.find((n, i) => names.indexOf(n) !== i)
    if (dupe) throw new SandboxError(`Instance name "${dupe}" is given twice`, 400)
}

/** Builds dist/app when it is missing; another build output must already exist. */
function ensureBuilt(dir: string, log: (line: string) => void): void {
    if (existsSync(join(dir, 'scope'))) return
    if (resolve(dir) !== resolve(defaultDistApp)) throw new Error(`No build output at ${dir}`)
    log('building the app (now-sdk build)…')
    const result = build({ quiet: true })
    if (!result.ok) throw new Error(`now-sdk build failed:\n${result.output}`)
}

/**
 * Starts a sandbox: N instance processes on 127.0.0.1 with the app installed, a shared clock and the
 * control API. Always stop() it (afterAll), or the instance processes live until this process exits.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
    const names = options.names ?? ['provider', 'consumer']
    checkNames(names)
    const install = options.install ?? true
    const ownDir = options.dataDir === undefined
    const dataDir = ownDir ? mkdtempSync(join(tmpdir(), 'tether-sandbox-')) : resolve(options.dataDir!)
    mkdirSync(dataDir, { recursive: true })
    const sandbox = new SandboxImpl(dataDir, ownDir && !options.keepData, names, options)
    try {
        if (install) ensureBuilt(sandbox.distApp, sandbox.log)
        await sandbox.startAll(install)
    } catch (err) {
        await sandbox.stop().catch(() => undefined)
        throw err
    }
    return sandbox
}
