/**
 * Faults an instance can be told to show, so tests and the soak can prove Tether survives them:
 *
 * - down: the instance stops accepting connections (connection refused) until cleared;
 * - slow: every HTTP answer is delayed by latencyMs;
 * - fail: the next `count` requests (or a `share` of them) whose path starts with `path` get
 *   `status` (default 503), with an optional Retry-After, body and content type (default JSON) —
 *   any status, 200 included, so a provider can answer a malformed token response (an HTML error
 *   page, a 200 with an error body, a token without expires_in);
 * - drop: the next `count` matching requests get their connection cut in the middle of the answer;
 * - revoke_tokens: every token this instance issued stops working (immediate; nothing to clear);
 * - client_secret: a registry's client secret is changed (cleared: the old secret comes back);
 * - skew: this instance's clock is moved by `ms` (cleared: back to 0);
 * - crash: the instance kills itself with SIGKILL when its own next outbound request to a URL whose
 *   path starts with `path` starts (`when: 'before'`: the request never leaves) or has been
 *   answered (`when: 'after'`: the partner did the work, this instance dies before recording it) —
 *   a node crashing in the middle of a token refresh or a message send. One-shot: the restarted
 *   process has no faults.
 */
export type FaultKind = 'down' | 'slow' | 'fail' | 'drop' | 'revoke_tokens' | 'client_secret' | 'skew' | 'crash'

export interface FaultSpec {
    kind: FaultKind
    path?: string
    status?: number
    retryAfter?: number
    body?: string
    /** fail: the answer's Content-Type (default application/json). */
    contentType?: string
    count?: number
    share?: number
    latencyMs?: number
    /** client_secret: the registry's name or client_id, and the new secret. */
    registry?: string
    secret?: string
    /** skew: ms ahead (negative: behind). */
    ms?: number
    /** crash: before the outbound request leaves, or after its answer arrived (default after). */
    when?: 'before' | 'after'
}

/** An armed crash: SIGKILL at this point of the next matching outbound request. */
export interface CrashFault {
    path: string
    when: 'before' | 'after'
}

export interface HttpFault {
    id: number
    kind: 'fail' | 'drop'
    path: string
    status: number
    retryAfter?: number
    body?: string
    contentType?: string
    remaining?: number
    share?: number
    seen: number
    hits: number
}

export interface FaultState {
    down: boolean
    latencyMs: number
    http: HttpFault[]
    skewMs: number
    secretsChanged: string[]
    crash: CrashFault[]
}

/** What the HTTP layer should do with one request. */
export type FaultDecision =
    | { action: 'pass'; latencyMs: number }
    | { action: 'fail'; latencyMs: number; status: number; retryAfter?: number; body: string; contentType: string }
    | { action: 'drop'; latencyMs: number }

export class FaultBoard {
    down = false
    latencyMs = 0
    private http: HttpFault[] = []
    private nextId = 1
    private crashes: CrashFault[] = []

    addCrash(spec: FaultSpec): CrashFault {
        if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) throw new Error('crash needs "path": the outbound URL path prefix, e.g. /oauth_token.do')
        const when = spec.when ?? 'after'
        if (when !== 'before' && when !== 'after') throw new Error(`crash "when" must be before or after, not "${String(when)}"`)
        const crash = { path: spec.path, when }
        this.crashes.push(crash)
        return crash
    }

    /** Whether this instance must die now, at this point of an outbound request to `path`. */
    crashDue(path: string, when: 'before' | 'after'): boolean {
        return this.crashes.some((c) => c.when === when && path.startsWith(c.path))
    }

    crashFaults(): CrashFault[] {
        return this.crashes.map((c) => ({ ...c }))
    }

    addHttp(spec: FaultSpec): HttpFault {
        if (spec.kind !== 'fail' && spec.kind !== 'drop') throw new Error(`Not an HTTP fault: ${spec.kind}`)
        if (spec.count !== undefined && (!Number.isInteger(spec.count) || spec.count < 1)) throw new Error('count must be a positive integer')
        if (spec.share !== undefined && !(spec.share > 0 && spec.share <= 1)) throw new Error('share must be in (0, 1]')
        const status = spec.status ?? 503
        if (!Number.isInteger(status) || status < 100 || status > 599) throw new Error(`Invalid HTTP status ${spec.status}`)
        if (spec.contentType !== undefined && (typeof spec.contentType !== 'string' || /[\r\n]/.test(spec.contentType))) throw new Error('contentType must be a one-line string')
        const fault: HttpFault = {
            id: this.nextId++,
            kind: spec.kind,
            path: spec.path ?? '/',
            status,
            retryAfter: spec.retryAfter,
            body: spec.body,
            contentType: spec.contentType,
            remaining: spec.count ?? (spec.share === undefined ? 1 : undefined),
            share: spec.share,
            seen: 0,
            hits: 0,
        }
        this.http.push(fault)
        return fault
    }

    /** Decides for one request; counting faults are used up as they hit. */
    decide(path: string): FaultDecision {
        for (const f of this.http) {
            if (!path.startsWith(f.path)) continue
            if (f.remaining !== undefined && f.remaining <= 0) continue
            f.seen++
            // A share fails every n-th matching request, deterministically (share 0.25 → every 4th).
            if (f.share !== undefined && f.seen % Math.max(1, Math.round(1 / f.share)) !== 0) continue
            f.hits++
            if (f.remaining !== undefined) f.remaining--
            if (f.kind === 'drop') return { action: 'drop', latencyMs: this.latencyMs }
            const body = f.body ?? JSON.stringify({ error: { message: `Simulated ${f.status}`, detail: 'Fault injected by the Tether sandbox' }, status: 'failure' })
            return { action: 'fail', latencyMs: this.latencyMs, status: f.status, retryAfter: f.retryAfter, body, contentType: f.contentType ?? 'application/json' }
        }
        return { action: 'pass', latencyMs: this.latencyMs }
    }

    httpFaults(): HttpFault[] {
        return this.http.map((f) => ({ ...f }))
    }

    clearHttp(): void {
        this.http = []
        this.crashes = []
        this.latencyMs = 0
        this.down = false
    }
}
