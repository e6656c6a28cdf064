/**
 * What one simulated instance can be asked to do, by its own process's IPC loop, by the supervisor
 * and (through the supervisor) by tests and the control API. Every argument and result is plain JSON
 * so it crosses the process boundary unchanged.
 */
import type { ClockState } from '../clock'
import type { InstallReport } from './installer'
import type { FaultDecision, FaultSpec, FaultState } from './faults'

export interface InstanceOptions {
    name: string
    /** Folder holding this instance's SQLite file and encryption key; reused on restart. */
    dataDir: string
    /** Password for the instance's "admin" user, set when the user is first created. */
    adminPassword: string
    clock: ClockState
    /** This instance's clock skew from the shared timeline, in ms (positive = ahead). */
    skewMs?: number
    /** The instance's own base URL, e.g. http://127.0.0.1:41234 (known once its server listens). */
    url?: string
}

export interface JobRun {
    job: string
    sysId: string
    /** Instance-local virtual time the job ran at, epoch ms. */
    at: number
    ok: boolean
    error?: string
}

export interface UiActionResult {
    action: string
    table: string
    sysId: string
    /** Messages the script added with gs.addInfoMessage / gs.addErrorMessage. */
    messages: { type: 'info' | 'error'; text: string }[]
    /** Where the user would be sent next (action.setRedirectURL / gs.setRedirect), if the script chose. */
    redirect?: string
    ok: boolean
    error?: string
}

export interface ScriptResult {
    /** The script's completion value, converted to JSON (undefined becomes null). */
    result: unknown
    messages: { type: 'info' | 'error'; text: string }[]
}

export interface CoreApi {
    /** Installs (or upgrades to) the build in a dist/app folder. */
    install(distAppDir: string, options?: { demo?: boolean }): InstallReport
    setClock(state: ClockState): void
    setSkew(skewMs: number): void
    /** Instance-local epoch ms now (shared timeline + skew). */
    now(): number
    /** The earliest time (instance-local epoch ms) at or after which an active scheduled job is due, or null. */
    nextDueJob(): { at: number; job: string } | null
    /** Runs, in time order, every scheduled job due at or before the instance's current time. */
    runDueJobs(): JobRun[]
    /**
     * Runs, in time order, every scheduled job due at or before `limit` (instance-local epoch ms),
     * moving this instance's own clock to each due time. The supervisor uses it to advance one
     * instance through a stretch of time in which no other instance has a job due.
     */
    runJobsThrough(limit: number): { runs: JobRun[]; next: { at: number; job: string } | null; calledOut: boolean }
    /** Moves a frozen clock forward to this shared time if it is behind (clock carried by inbound HTTP). */
    catchUpClock(sharedMs: number): void
    /** Runs one scheduled job now, by name or sys_id, whatever its schedule. */
    runJob(nameOrSysId: string): JobRun
    /** Runs a UI action's server script against a record, as the given user (default admin). */
    invokeUiAction(action: string, table: string, sysId: string, options?: { user?: string }): UiActionResult
    /** Runs a server script (tests and the control API), as the given user (default admin). */
    runScript(code: string, options?: { user?: string }): ScriptResult
    /** Reads records as plain objects of stored values (tests). */
    query(table: string, encodedQuery?: string, options?: { limit?: number }): Record<string, string | null>[]
    /**
     * Rows GlideRecord handed to scripts on this instance since the last reset, per table (a
     * sandbox-only measure for benchmarks); `reset` starts a new count after reading.
     */
    recordsRead(options?: { reset?: boolean }): Record<string, number>
    /** Injects a fault (see faults.ts); skew is handled by the supervisor through setSkew. */
    fault(spec: FaultSpec): FaultState
    /** Clears every fault: the instance answers normally again and changed client secrets come back. */
    clearFaults(): FaultState
    faultState(): FaultState
    /** Local to the instance's process: records an answered HTTP request in syslog_transaction (path only, never the query string). */
    logTransaction(entry: { method: string; path: string; status: number; durationMs: number }): void
    /** Local to the instance's process: what the HTTP layer does with a request on this path. */
    faultDecision(path: string): FaultDecision
    close(): void
}
