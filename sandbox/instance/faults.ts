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
 * - skew: this instance's clock is moved by `ms` (cleared: back to 0).
 */
export type FaultKind = 'down' | 'slow' | 'fail' | 'drop' | 'revoke_tokens' | 'client_secret' | 'skew'

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
        this.latencyMs = 0
        this.down = false
    }
}
