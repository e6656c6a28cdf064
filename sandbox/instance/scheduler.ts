/**
 * Scheduled jobs (sysauto_script) on the virtual clock. Each job's next run is computed from its
 * schedule and the time it last ran (or was first seen), as the platform's scheduler does:
 *
 * - periodically: run_start + k × run_period, the first slot after the last run;
 * - daily / weekly / monthly: run_time's time of day (UTC), on run_dayofweek (1 = Monday) or
 *   run_dayofmonth for weekly and monthly;
 * - once: run_start, once; on_demand: never (only runJob).
 *
 * A job that missed several slots (the clock jumped) runs once and is rescheduled to its next future
 * slot, like the platform. Jobs run as their run_as user, or as system when it is empty. A
 * `conditional` job runs only when its condition script returns true.
 */
import type { Runtime } from './runtime/runtime'
import type { JobRun } from './core-api'
import { fromGlideDateTime } from './runtime/time'
import { errorMessage, SandboxUnsupportedError } from './runtime/unsupported'

const DAY = 86400000

interface JobRow {
    sys_id: string
    name: string
    script: string | null
    active: string | null
    run_type: string | null
    run_period: string | null
    run_time: string | null
    run_start: string | null
    run_dayofweek: string | null
    run_dayofmonth: string | null
    run_as: string | null
    conditional: string | null
    condition: string | null
}

export class Scheduler {
    /** Active jobs and their run state, kept in memory (written through) — the scheduler asks often. */
    private cached: JobRow[] | undefined
    private generation = -1
    private readonly states = new Map<string, { since: number; lastRun: number | null }>()

    constructor(private readonly rt: Runtime) {
        rt.store.db.exec('CREATE TABLE IF NOT EXISTS _job_state (sys_id TEXT PRIMARY KEY, since INTEGER NOT NULL, last_run INTEGER)')
    }

    private jobs(): JobRow[] {
        if (!this.cached || this.generation !== this.rt.jobsGeneration) {
            this.generation = this.rt.jobsGeneration
            this.cached = this.rt.store.prepare(`SELECT * FROM sysauto_script WHERE active = '1'`).all() as JobRow[]
        }
        return this.cached
    }

    /** When the job was first seen (its schedule counts from then) and when it last ran. */
    private state(job: JobRow): { since: number; lastRun: number | null } {
        const known = this.states.get(job.sys_id)
        if (known) return known
        const db = this.rt.store
        let row = db.prepare('SELECT since, last_run FROM _job_state WHERE sys_id = ?').get(job.sys_id) as { since: number; last_run: number | null } | undefined
        if (!row) {
            const since = this.rt.now()
            db.prepare('INSERT INTO _job_state (sys_id, since, last_run) VALUES (?, ?, NULL)').run(job.sys_id, since)
            row = { since, last_run: null }
        }
        const state = { since: row.since, lastRun: row.last_run }
        this.states.set(job.sys_id, state)
        return state
    }

    /** The job's next due time strictly after `after` (or at/after `since` if it never ran); null if never. */
    nextRun(job: JobRow): number | null {
        const { since, lastRun } = this.state(job)
        const type = job.run_type ?? 'periodically'
        const from = lastRun === null ? since - 1 : lastRun
        const timeOfDay = (() => {
            const t = fromGlideDateTime(job.run_time)
            return t === undefined ? 0 : ((t % DAY) + DAY) % DAY
        })()
        switch (type) {
            case 'periodically': {
                const period = fromGlideDateTime(job.run_period)
                if (!period || period <= 0) return null
                const start = fromGlideDateTime(job.run_start) ?? since
                if (from < start) return start
                return start + (Math.floor((from - start) / period) + 1) * period
            }
            case 'daily': {
                const dayStart = Math.floor(from / DAY) * DAY
                const candidate = dayStart + timeOfDay
                return candidate > from ? candidate : candidate + DAY
            }
            case 'weekly': {
                const want = Number(job.run_dayofweek ?? 1) // 1 = Monday … 7 = Sunday
                for (let d = 0; d <= 7; d++) {
                    const day = Math.floor(from / DAY) * DAY + d * DAY
                    const iso = ((new Date(day).getUTCDay() + 6) % 7) + 1
                    if (iso === want && day + timeOfDay > from) return day + timeOfDay
                }
                return null
            }
            case 'monthly': {
                const want = Number(job.run_dayofmonth ?? 1)
                const base = new Date(from)
                for (let m = 0; m <= 12; m++) {
                    const candidate = Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + m, want) + timeOfDay
                    if (candidate > from) return candidate
                }
                return null
            }
            case 'once': {
                if (lastRun !== null) return null
                return fromGlideDateTime(job.run_start) ?? since
            }
            case 'on_demand':
                return null
            default:
                throw new SandboxUnsupportedError(`sysauto_script run_type "${type}" (job ${job.name})`)
        }
    }

    /**
     * A conditional job whose condition is false now stays dormant: its slots are skipped until the
     * data changes (the next time this is asked). Exact for conditions that depend on data, not on
     * the clock alone — Tether's are of that kind; the sandbox README says so.
     */
    private dormant(job: JobRow): boolean {
        if (job.conditional !== '1' || !job.condition) return false
        return !this.conditionHolds(job)
    }

    private conditionHolds(job: JobRow): boolean {
        const session = this.rt.sessionFor(job.run_as || 'system')
        const answer = this.rt.withSession(session, () => this.rt.scripts.evaluateAnswer(job.condition ?? '', {}, `sysauto_script:${job.name}:condition`))
        return answer === true || String(answer) === 'true'
    }

    nextDue(): { at: number; job: string } | null {
        let best: { at: number; job: string } | null = null
        for (const job of this.jobs()) {
            if (this.dormant(job)) continue
            const at = this.nextRun(job)
            if (at === null) continue
            if (!best || at < best.at || (at === best.at && job.name < best.job)) best = { at, job: job.name }
        }
        return best
    }

    /** Runs each job due at or before now once, earliest first. */
    runDue(): JobRun[] {
        const now = this.rt.now()
        const due = this.jobs()
            .map((job) => ({ job, at: this.nextRun(job) }))
            .filter((x): x is { job: JobRow; at: number } => x.at !== null && x.at <= now)
            .sort((a, b) => a.at - b.at || a.job.name.localeCompare(b.job.name))
        return due.map(({ job }) => this.execute(job))
    }

    run(nameOrSysId: string): JobRun {
        const job = this.rt.store.prepare('SELECT * FROM sysauto_script WHERE sys_id = ? OR name = ?').get(nameOrSysId, nameOrSysId) as JobRow | undefined
        if (!job) throw new Error(`No scheduled job "${nameOrSysId}" on instance ${this.rt.name}`)
        return this.execute(job)
    }

    private execute(job: JobRow): JobRun {
        const at = this.rt.now()
        this.state(job).lastRun = at
        this.rt.store.prepare('UPDATE _job_state SET last_run = ? WHERE sys_id = ?').run(at, job.sys_id)
        const session = this.rt.sessionFor(job.run_as || 'system')
        const result: JobRun = { job: job.name, sysId: job.sys_id, at, ok: true }
        this.rt.withSession(session, () => {
            try {
                if (job.conditional === '1' && job.condition && !this.conditionHolds(job)) return
                this.rt.scripts.evaluate(job.script ?? '', {}, `sysauto_script:${job.name}`)
            } catch (e) {
                result.ok = false
                result.error = errorMessage(e)
                this.rt.log(2, `Scheduled job "${job.name}" failed: ${result.error}`, 'Scheduler')
            }
        })
        return result
    }
}
