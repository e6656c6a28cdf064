/**
 * Pure rules of outbound delivery (no Glide): the message envelope, what an HTTP answer means for a
 * transaction, and how long to wait before a retry.
 */

export interface Envelope {
    message_id: string
    process: string
    message: string
    sent_at: string
    reference?: string
    external_reference?: string
    payload: Record<string, unknown>
}

export type Outcome =
    | { kind: 'complete' }
    /** 401: refresh the token once and retry once; a second 401 errors the transaction. */
    | { kind: 'unauthorized' }
    | { kind: 'retry'; reason: string; retryAfterSeconds?: number }
    | { kind: 'error'; reason: string }

/** 2xx delivered; 401 a token problem; 429, 5xx, timeouts and refused connections retried; other 4xx final. */
export function classifyResponse(status: number, errorMessage: string, retryAfter: string | null): Outcome {
    if (status >= 200 && status < 300) return { kind: 'complete' }
    if (status === 401) return { kind: 'unauthorized' }
    const retryAfterSeconds = parseRetryAfter(retryAfter)
    if (status === 429 || status >= 500 || status === 408) return { kind: 'retry', reason: `HTTP ${status}`, retryAfterSeconds }
    if (status === 0) return { kind: 'retry', reason: errorMessage || 'no answer' }
    return { kind: 'error', reason: `HTTP ${status}${errorMessage ? `: ${errorMessage}` : ''}` }
}

/** Retry-After as seconds: a number of seconds, or an HTTP date relative to now (ms). */
export function parseRetryAfter(value: string | null, nowMs?: number): number | undefined {
    if (value === null || value === undefined || String(value).trim() === '') return undefined
    const text = String(value).trim()
    if (/^\d+$/.test(text)) return Number(text)
    const at = Date.parse(text)
    if (isNaN(at) || nowMs === undefined) return undefined
    return Math.max(0, Math.ceil((at - nowMs) / 1000))
}

/**
 * The wait before retry number `attempt` (1 = the first retry), per the integration's settings:
 * fixed, or exponential (delay × 2^(attempt-1)) with jitter between half and all of it; a
 * Retry-After from the partner is a floor.
 */
export function retryDelayMs(attempt: number, delaySeconds: number, backoff: string, jitter: number, retryAfterSeconds?: number): number {
    const base = Math.max(1, delaySeconds)
    const exp = backoff === 'fixed' ? base : base * Math.pow(2, Math.max(0, attempt - 1))
    const jittered = backoff === 'fixed' ? exp : exp / 2 + (exp / 2) * Math.min(Math.max(jitter, 0), 1)
    return Math.max(jittered, retryAfterSeconds ?? 0) * 1000
}

/** The number of a replay: TXN0001000 → TXN0001000.1, TXN0001000.1 → TXN0001000.2. */
export function replayNumber(original: string, existing: string[]): string {
    const base = original.replace(/\.\d+$/, '')
    let n = 1
    for (const e of existing) {
        const m = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)$`).exec(e)
        if (m) n = Math.max(n, Number(m[1]) + 1)
    }
    return `${base}.${n}`
}

/** Joins an endpoint and a message path without doubling or dropping the slash. */
export function messageUrl(endpoint: string, path: string): string {
    const e = endpoint.replace(/\/+$/, '')
    if (!path) return `${e}/messages`
    if (/^https?:\/\//.test(path)) return path
    return `${e}/${path.replace(/^\/+/, '')}`
}

/**
 * How long a transaction may stay in `sending` before Tether takes it for abandoned (the node that
 * was sending it died): two sync timeouts (the POST and its one retry after a 401) plus the token
 * lease a refresh in between may hold. Until then a `sending` transaction belongs to whoever sends
 * it, and its queue waits behind it. A live worker slower than that (two refreshes in one send)
 * loses nothing: the send is claimed anew, the partner applies a message id once, and the slow
 * worker may no longer record an outcome (see `finishSend` in queue.ts).
 */
export function sendingStaleAfterMs(syncTimeoutSeconds: number, leaseSeconds: number): number {
    const timeout = syncTimeoutSeconds > 0 ? syncTimeoutSeconds : 30
    return (2 * timeout + Math.max(0, leaseSeconds)) * 1000
}

/** Whether a transaction marked `sending` at `since` (epoch ms) was abandoned by now. */
export function isAbandonedSend(since: number | undefined, now: number, staleAfterMs: number): boolean {
    return since === undefined || now - since >= staleAfterMs
}
