/**
 * Tether's token policy as pure functions (no Glide): expiry maths, when to refresh, when to
 * re-grant, when to warn, how to classify a failure, how long to back off. Times are epoch ms,
 * durations in the policy are seconds (as the properties are).
 */

export interface RefreshPolicy {
    /** Refresh when fewer than max(windowSeconds, fractionPercent of the lifespan) are left. */
    windowSeconds: number
    fractionPercent: number
    /** Refreshes move earlier by up to this much, spread per connection, so they don't come in a herd. */
    jitterSeconds: number
    /** Re-grant unattended this long before the refresh token's real expiry. */
    regrantLeadDays: number
    /** Without unattended re-grant, warn this long before the refresh token expires. */
    warningDays: number
    /** Expiries are taken this much earlier than the provider says (latency and clock skew). */
    skewSeconds: number
    /** A refresh lease older than this is stale and may be taken over. */
    leaseSeconds: number
    backoffBaseSeconds: number
    backoffMaxSeconds: number
}

export const DEFAULT_POLICY: RefreshPolicy = {
    windowSeconds: 300,
    fractionPercent: 20,
    jitterSeconds: 60,
    regrantLeadDays: 14,
    warningDays: 14,
    skewSeconds: 60,
    leaseSeconds: 120,
    backoffBaseSeconds: 60,
    backoffMaxSeconds: 300,
}

const SECOND = 1000
const DAY = 86400 * SECOND

export type TokenState = 'none' | 'valid' | 'refreshing' | 'degraded' | 'needs_reauth' | 'error' | 'revoked'
export type GrantType = 'password' | 'client_credentials'

/** What Tether's ledger knows about a connection's tokens. */
export interface Ledger {
    state: TokenState
    grantType: GrantType
    /** client_credentials, or password with stored credentials. */
    canRegrant: boolean
    accessIssued?: number
    accessExpires?: number
    refreshIssued?: number
    refreshExpires?: number
    consecutiveFailures: number
    /** True once the expiry warning for the current refresh token has been raised. */
    warned: boolean
}

/** When the provider's token really stops working, as seen on our clock, less the skew margin. */
export function accessExpiry(receivedAt: number, expiresInSeconds: number, policy: RefreshPolicy): number {
    return receivedAt + Math.max(0, expiresInSeconds - policy.skewSeconds) * SECOND
}

/**
 * The refresh token's real expiry: counted from its first issue (or from the last grant that
 * renewed it), never from a refresh response that merely echoed it back.
 */
export function refreshExpiry(issuedAt: number, lifespanSeconds: number, policy: RefreshPolicy): number {
    return issuedAt + Math.max(0, lifespanSeconds - policy.skewSeconds) * SECOND
}

/** How long before expiry an access token is refreshed: max(window, fraction of its lifespan). */
export function refreshLead(lifespanMs: number, policy: RefreshPolicy): number {
    return Math.max(policy.windowSeconds * SECOND, (lifespanMs * policy.fractionPercent) / 100)
}

/**
 * A stable number in [0, 1) from a string (FNV-1a), so a connection's jitter is spread across
 * connections yet the same on every run: reproducible tests, no herd.
 */
export function spread(key: string): number {
    let h = 0x811c9dc5
    for (let i = 0; i < key.length; i++) {
        h ^= key.charCodeAt(i)
        h = Math.imul(h, 0x01000193) >>> 0
    }
    // Final avalanche (MurmurHash3 fmix32): similar keys ("conn-1", "conn-2") land far apart.
    h ^= h >>> 16
    h = Math.imul(h, 0x85ebca6b) >>> 0
    h ^= h >>> 13
    h = Math.imul(h, 0xc2b2ae35) >>> 0
    h ^= h >>> 16
    return (h >>> 0) / 0x100000000
}

/**
 * When the access token should be refreshed: lead before expiry, minus this connection's jitter.
 * With a known issue time, never before half the token's life (a short-lived token still gets used).
 */
export function accessRefreshAt(issuedAt: number | undefined, expiresAt: number, policy: RefreshPolicy, jitter: number): number {
    const lifespan = issuedAt === undefined ? 0 : Math.max(0, expiresAt - issuedAt)
    const at = expiresAt - refreshLead(lifespan, policy) - jitter * policy.jitterSeconds * SECOND
    return issuedAt === undefined ? at : Math.max(at, issuedAt + lifespan / 2)
}

/** Re-grant lead before the refresh token's expiry, at most half its life (short-lived refresh tokens). */
function regrantLeadMs(ledger: Ledger, policy: RefreshPolicy): number {
    const lead = policy.regrantLeadDays * DAY
    if (ledger.refreshIssued === undefined || ledger.refreshExpires === undefined) return lead
    return Math.min(lead, Math.max(0, ledger.refreshExpires - ledger.refreshIssued) / 2)
}

export function regrantAt(ledger: Ledger, policy: RefreshPolicy): number | undefined {
    return ledger.refreshExpires === undefined ? undefined : ledger.refreshExpires - regrantLeadMs(ledger, policy)
}

export function warningAt(ledger: Ledger, policy: RefreshPolicy): number | undefined {
    return ledger.refreshExpires === undefined ? undefined : ledger.refreshExpires - policy.warningDays * DAY
}

export type Action =
    | { kind: 'none' }
    | { kind: 'grant'; reason: string }
    | { kind: 'refresh'; reason: string }
    | { kind: 'warn'; reason: string }
    | { kind: 'reauth'; reason: string }

/**
 * What the refresh job should do for a connection now. Order matters: a lapsed refresh token
 * needs a person (or a re-grant) before anything else; a re-grant due replaces a refresh.
 */
export function decide(ledger: Ledger, now: number, policy: RefreshPolicy, jitter: number): Action {
    if (ledger.state === 'needs_reauth' || ledger.state === 'revoked') return { kind: 'none' }
    const hasRefresh = ledger.refreshExpires !== undefined
    const refreshLapsed = hasRefresh && now >= ledger.refreshExpires!
    const accessLapsed = ledger.accessExpires === undefined || now >= ledger.accessExpires
    const accessDue = accessLapsed || now >= accessRefreshAt(ledger.accessIssued, ledger.accessExpires!, policy, jitter)
    if (ledger.grantType === 'client_credentials') {
        // No refresh token: a new grant is the refresh.
        if (accessLapsed) return { kind: 'grant', reason: 'no valid access token' }
        if (accessDue) return { kind: 'grant', reason: 'access token due' }
        return { kind: 'none' }
    }
    if (!hasRefresh || refreshLapsed) {
        if (ledger.canRegrant) return { kind: 'grant', reason: hasRefresh ? 'refresh token expired' : 'no refresh token' }
        if (!accessLapsed && !refreshLapsed) return { kind: 'none' }
        return { kind: 'reauth', reason: hasRefresh ? 'refresh token expired' : 'no token' }
    }
    if (ledger.canRegrant && now >= regrantAt(ledger, policy)!) return { kind: 'grant', reason: 'refresh token expires soon' }
    // A due refresh goes first; the warning follows on the next run (nextCheckAt says "now").
    if (accessDue) return { kind: 'refresh', reason: accessLapsed ? 'access token expired' : 'access token due' }
    if (!ledger.canRegrant && !ledger.warned && now >= warningAt(ledger, policy)!) return { kind: 'warn', reason: 'refresh token expires soon' }
    return { kind: 'none' }
}

/** The next time the job must look at this connection (undefined: only a person can move it on). */
export function nextCheckAt(ledger: Ledger, now: number, policy: RefreshPolicy, jitter: number): number | undefined {
    if (ledger.state === 'needs_reauth' || ledger.state === 'revoked') return undefined
    const candidates: number[] = []
    if (ledger.accessExpires !== undefined) candidates.push(accessRefreshAt(ledger.accessIssued, ledger.accessExpires, policy, jitter))
    else if (ledger.refreshExpires !== undefined && now < ledger.refreshExpires) candidates.push(now)
    if (ledger.grantType === 'password' && ledger.refreshExpires !== undefined) {
        if (ledger.canRegrant) candidates.push(regrantAt(ledger, policy)!)
        else {
            if (!ledger.warned) candidates.push(warningAt(ledger, policy)!)
            candidates.push(ledger.refreshExpires)
        }
    }
    if (candidates.length === 0) return ledger.canRegrant || ledger.grantType === 'client_credentials' ? now : undefined
    return Math.max(now, Math.min(...candidates))
}

export type FailureKind = 'terminal' | 'transient'

export interface Failure {
    kind: FailureKind
    /** A code the UI and token events show. */
    code: string
    message: string
}

const TERMINAL_OAUTH_ERRORS = ['invalid_grant', 'invalid_client', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope', 'access_denied', 'invalid_request']

/**
 * Classifies a failed token request. invalid_grant / invalid_client and the like fail the same way
 * every time: terminal, a person must act (no retry storm). 5xx, 429, timeouts, refused connections
 * and garbled answers may pass: transient, retried with backoff.
 */
/**
 * Codes of a missing access token that pass by themselves (the provider is down, slow, overloaded
 * or answered garbage; another caller is refreshing): an outbound message waits and is retried.
 * Every other code (invalid_grant, invalid_client, needs_reauth, revoked, …) needs a person.
 */
export const TRANSIENT_TOKEN_CODES = ['provider_unreachable', 'provider_error', 'timeout', 'rate_limited', 'bad_response', 'refresh_in_progress']

export function isTransientTokenCode(code: string | undefined): boolean {
    return code !== undefined && TRANSIENT_TOKEN_CODES.indexOf(code) >= 0
}

export function classifyTokenError(httpStatus: number, errorMessage: string): Failure {
    const text = String(errorMessage || '')
    // A success status with a failure is a malformed answer (RFC 6749 §5.2 errors are 400/401),
    // whatever error name its body carries: retried with backoff, never a reason to need a person.
    if (httpStatus >= 200 && httpStatus < 300) {
        return { kind: 'transient', code: 'bad_response', message: /invalid token response/i.test(text) ? text : `Invalid token response (HTTP ${httpStatus} with an error): ${text || 'unexpected answer'}` }
    }
    // The error name may stand alone, lead the message, or sit inside the platform's wording
    // ("User Not Authenticated. … invalid_request, Missing parameters: …").
    const oauthError = TERMINAL_OAUTH_ERRORS.find((e) => new RegExp(`(^|[^a-z_])${e}([^a-z_]|$)`).test(text))
    if (oauthError) return { kind: 'terminal', code: oauthError, message: text }
    if (httpStatus === 408) return { kind: 'transient', code: 'timeout', message: text || 'HTTP 408' }
    if (httpStatus === 429) return { kind: 'transient', code: 'rate_limited', message: text || 'HTTP 429' }
    if (httpStatus >= 500) return { kind: 'transient', code: 'provider_error', message: text || `HTTP ${httpStatus}` }
    if (httpStatus === 0) {
        if (/timed out/i.test(text)) return { kind: 'transient', code: 'timeout', message: text }
        return { kind: 'transient', code: 'provider_unreachable', message: text || 'no answer' }
    }
    if (httpStatus === 401 || httpStatus === 403) return { kind: 'terminal', code: 'invalid_client', message: text || `HTTP ${httpStatus}` }
    if (/invalid token response/i.test(text)) return { kind: 'transient', code: 'bad_response', message: text }
    if (httpStatus >= 400) return { kind: 'terminal', code: 'rejected', message: text || `HTTP ${httpStatus}` }
    return { kind: 'transient', code: 'bad_response', message: text || 'unexpected answer' }
}

/**
 * Exponential backoff with jitter after `failures` consecutive transient failures (1 = first):
 * base × 2^(failures-1), capped, then a random-looking but reproducible share of it (half to full);
 * a Retry-After from the provider is honoured as a floor.
 */
export function backoffMs(failures: number, policy: RefreshPolicy, jitter: number, retryAfterSeconds?: number): number {
    const exp = Math.min(policy.backoffMaxSeconds, policy.backoffBaseSeconds * Math.pow(2, Math.max(0, failures - 1)))
    const withJitter = (exp / 2 + (exp / 2) * Math.min(Math.max(jitter, 0), 1)) * SECOND
    const floor = retryAfterSeconds !== undefined && retryAfterSeconds > 0 ? retryAfterSeconds * SECOND : 0
    return Math.max(withJitter, floor)
}

/**
 * The moment of the next attempt after a failure, `delayMs` from now: on a whole minute, when the
 * platform's minute jobs (the send worker) run — a retry a few seconds past a run would otherwise
 * wait for the next one — yet never later than `maxDelayMs`, nor earlier than a longer delay.
 */
export function retryAt(nowMs: number, delayMs: number, maxDelayMs: number): number {
    const minute = 60 * SECOND
    const at = nowMs + delayMs
    const up = Math.ceil(at / minute) * minute
    // A delay over the maximum is a Retry-After floor: never earlier than it.
    if (delayMs > maxDelayMs || up - nowMs <= maxDelayMs) return up
    const down = Math.floor(at / minute) * minute
    return down > nowMs ? down : at
}

/** A token's fingerprint for logs and events: short and one-way, never the token. */
export function isFingerprint(value: string): boolean {
    return /^[0-9a-f]{12}$/.test(value)
}
