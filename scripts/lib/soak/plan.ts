/**
 * What a soak does, decided up front from a seed: which message is sent when, from which instance,
 * on which integration, and the schedule of faults. Pure (no I/O), so the same seed gives the same
 * soak and the plan can be unit-tested.
 */

export const DAY_MS = 86400000
export const HOUR_MS = 3600000
export const MINUTE_MS = 60000

/** The two instances of the soak: each is a provider for the other and a consumer of it. */
export const INSTANCES = ['alpha', 'beta'] as const
export type InstanceName = (typeof INSTANCES)[number]

export function other(name: InstanceName): InstanceName {
    return name === 'alpha' ? 'beta' : 'alpha'
}

/** The three integrations every instance has with the other (one process each, all on incident). */
export const PROCESSES = [
    { apiName: 'incident', name: 'Incident' },
    { apiName: 'major_incident', name: 'Major incident' },
    { apiName: 'security_incident', name: 'Security incident' },
] as const

export interface PlannedMessage {
    /** Unique key: the short description of the incident it creates and the sender's reference. */
    key: string
    from: InstanceName
    /** Index into PROCESSES. */
    process: number
    /** Shared-clock epoch ms. */
    at: number
}

export type FaultKind = 'down' | '5xx' | 'slow' | 'revoke' | 'rotate' | 'skew' | 'kill-refresh' | 'kill-send'

export interface PlannedFault {
    kind: FaultKind
    /** The instance the fault hits (for rotate: the consumer whose client secret is rotated). */
    target: InstanceName
    label: string
    /** Shared-clock epoch ms. */
    at: number
    /** How long it lasts (0: instantaneous; kill: the window in which the crash is armed). */
    durationMs: number
    /** down: nothing; 5xx: the status; slow: latency (real ms); skew: ms. */
    value?: number
    /** kill-*: die as the request starts (before) or once it was answered (after). */
    when?: 'before' | 'after'
}

/** mulberry32: a small, well-known seeded generator (uniform in [0, 1)). */
export function random(seed: number): () => number {
    let a = seed >>> 0
    return () => {
        a = (a + 0x6d2b79f5) >>> 0
        let t = a
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
}

/** A stretch of time that gets extra traffic (every fault window does, so that each fault meets messages). */
export interface TrafficWindow {
    start: number
    end: number
    /** Messages from each instance in the window. */
    perInstance: number
}

/**
 * `count` messages at random times over `days` days from `start`, from random senders on random
 * integrations, plus `perInstance` messages from each instance inside each window; in time order,
 * keyed SOAK-A-000001… (alpha) and SOAK-B-000001… (beta) in that order.
 */
export function planMessages(start: number, days: number, count: number, seed: number, windows: TrafficWindow[] = []): PlannedMessage[] {
    const rnd = random(seed)
    // Whole seconds, as a scheduled job's start time has them.
    const second = (from: number, span: number) => from + Math.floor((rnd() * span) / 1000) * 1000
    const messages: Omit<PlannedMessage, 'key'>[] = []
    for (let i = 0; i < count; i++) {
        messages.push({ from: INSTANCES[Math.floor(rnd() * INSTANCES.length)], process: Math.floor(rnd() * PROCESSES.length), at: second(start, days * DAY_MS) })
    }
    for (const w of windows) {
        for (const from of INSTANCES) {
            for (let i = 0; i < w.perInstance; i++) messages.push({ from, process: Math.floor(rnd() * PROCESSES.length), at: second(w.start, Math.max(1000, w.end - w.start)) })
        }
    }
    messages.sort((a, b) => a.at - b.at)
    const seq = { alpha: 0, beta: 0 }
    return messages.map((m) => ({ ...m, key: `SOAK-${m.from === 'alpha' ? 'A' : 'B'}-${String(++seq[m.from]).padStart(6, '0')}` }))
}

/** The traffic windows of a fault schedule: the first two hours of each fault (the hour after an instantaneous one or a crash). */
export function faultWindows(faults: PlannedFault[], perInstance: number): TrafficWindow[] {
    return faults.map((f) => ({ start: f.at, end: f.at + (f.durationMs > 0 && f.durationMs < 2 * HOUR_MS ? f.durationMs : f.durationMs === 0 || f.kind.startsWith('kill') ? HOUR_MS : 2 * HOUR_MS), perInstance }))
}

/**
 * The fault schedule: every kind the soak must survive, spread evenly over the run (each at a random
 * minute of its slot, never overlapping the next), alternating the instance they hit. Durations are
 * the full soak's; a short soak keeps them unless its slots are too short, then halves into its slot.
 */
export function planFaults(start: number, days: number, seed: number): PlannedFault[] {
    const rnd = random(seed ^ 0x5eed)
    const kinds: Omit<PlannedFault, 'at'>[] = [
        { kind: 'down', target: 'beta', label: 'beta down for 6 hours (connection refused)', durationMs: 6 * HOUR_MS },
        { kind: '5xx', target: 'beta', label: 'beta answers 503 to everything for 45 minutes', durationMs: 45 * MINUTE_MS, value: 503 },
        { kind: 'slow', target: 'alpha', label: 'alpha answers 1.2 s late for 15 minutes (one integration times out after 1 s)', durationMs: 15 * MINUTE_MS, value: 1200 },
        { kind: 'revoke', target: 'alpha', label: 'alpha revokes every token it issued', durationMs: 0 },
        { kind: 'kill-refresh', target: 'beta', label: 'beta killed (SIGKILL) as its next token request starts, restarted', durationMs: DAY_MS, when: 'before' },
        { kind: 'rotate', target: 'beta', label: 'client secret rotated (npm run pair --rotate-secret), beta → alpha', durationMs: 0 },
        { kind: 'skew', target: 'alpha', label: "alpha's clock 5 minutes ahead for a day", durationMs: DAY_MS, value: 5 * MINUTE_MS },
        { kind: 'kill-send', target: 'alpha', label: 'alpha killed (SIGKILL) once its next message was answered, restarted', durationMs: DAY_MS, when: 'after' },
        { kind: 'down', target: 'alpha', label: 'alpha down for 3 hours (connection refused)', durationMs: 3 * HOUR_MS },
        { kind: '5xx', target: 'alpha', label: 'alpha answers 500 to everything for 30 minutes', durationMs: 30 * MINUTE_MS, value: 500 },
        { kind: 'revoke', target: 'beta', label: 'beta revokes every token it issued', durationMs: 0 },
        { kind: 'kill-refresh', target: 'alpha', label: 'alpha killed (SIGKILL) once its next token request was answered, restarted', durationMs: DAY_MS, when: 'after' },
        { kind: 'rotate', target: 'alpha', label: 'client secret rotated (npm run pair --rotate-secret), alpha → beta', durationMs: 0 },
        { kind: 'skew', target: 'beta', label: "beta's clock 5 minutes behind for a day", durationMs: DAY_MS, value: -5 * MINUTE_MS },
        { kind: 'kill-send', target: 'beta', label: 'beta killed (SIGKILL) as its next message send starts, restarted', durationMs: DAY_MS, when: 'before' },
        { kind: 'slow', target: 'beta', label: 'beta answers 1.2 s late for 15 minutes', durationMs: 15 * MINUTE_MS, value: 1200 },
    ]
    // The first slot starts after a quiet day (tokens and traffic settled); the last ends a day before the end.
    const first = start + DAY_MS
    const slot = Math.floor((days - 2) * DAY_MS / kinds.length / MINUTE_MS) * MINUTE_MS
    if (slot < 2 * HOUR_MS) throw new Error(`A soak of ${days} days is too short for ${kinds.length} faults: use at least ${Math.ceil(2 + (kinds.length * 2) / 24)} days`)
    return kinds.map((k, i) => {
        const durationMs = Math.min(k.durationMs, Math.floor(slot / 2 / MINUTE_MS) * MINUTE_MS)
        const room = slot - durationMs - 30 * MINUTE_MS
        const at = first + i * slot + Math.floor((rnd() * Math.max(0, room)) / MINUTE_MS) * MINUTE_MS + Math.floor(rnd() * 60) * 1000
        return { ...k, durationMs, at }
    })
}
