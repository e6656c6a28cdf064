import { GlideRecord, gs } from '@servicenow/glide'
import { fromDateTimeValue, nowMs, toDateTimeValue } from './clock'
import {
    accessExpiry,
    accessRefreshAt,
    Action,
    backoffMs,
    classifyTokenError,
    decide,
    Failure,
    GrantType,
    nextCheckAt,
    RefreshPolicy,
    refreshExpiry,
    retryAt,
    spread,
    TokenState,
} from './policy'
import {
    acquireLease,
    fingerprint,
    grantTypeOf,
    hasStoredCredentials,
    ledgerOf,
    loadConnection,
    logWarn,
    newLeaseOwner,
    recordEvent,
    releaseLease,
    setTime,
    TokenEventKind,
} from './ledger'
import { checkProfile, requestGrant, revokeStored, storedToken, TokenResult } from './token-client'
import { readPolicy } from './settings'
import { redactSecrets } from '../shared/redact'

/**
 * The token lifecycle of Tether connections: the first grant ("Get OAuth Token"), refreshes,
 * unattended re-grants before the refresh token's real expiry, warnings when a person must act,
 * revocation, and the health a person sees. Every operation leaves a token event.
 */

export const EXPIRING_EVENT = 'x_tether.token.expiring'
export const REAUTH_EVENT = 'x_tether.token.reauth_required'

export interface OperationResult {
    ok: boolean
    state: TokenState | string
    code?: string
    message: string
}

export interface GrantOptions {
    username?: string
    password?: string
    /** Store the user name and password (encrypted) for unattended re-grants. Off unless asked. */
    store?: boolean
}

export interface Health {
    connection: string
    name: string
    active: boolean
    state: string
    grantType: string
    canRegrant: boolean
    accessExpires: string
    refreshExpires: string
    refreshIssued: string
    nextRefresh: string
    lastRefresh: string
    consecutiveFailures: number
    lastError: string
    refreshDaysLeft: number | null
}

function jitterOf(conn: GlideRecord): number {
    return spread(`${conn.getUniqueValue()}:${conn.getValue('access_issued') || ''}`)
}

function isOAuth(conn: GlideRecord): boolean {
    return String(conn.getValue('authentication')) === 'oauth2'
}

function fail(code: string, message: string, state: TokenState | string = 'error'): OperationResult {
    return { ok: false, state, code, message }
}

/** Records a successful grant or refresh on the connection: real expiries, fingerprints, health. */
function applySuccess(conn: GlideRecord, result: TokenResult, kind: TokenEventKind, grant: GrantType | 'refresh_token', policy: RefreshPolicy, refreshLifespanSeconds: number): void {
    const now = nowMs()
    const accessFp = fingerprint(result.accessToken!)
    const accessExpires = accessExpiry(now, result.expiresIn!, policy)
    setTime(conn, 'access_issued', now)
    setTime(conn, 'access_expires', accessExpires)
    conn.setValue('access_fingerprint', accessFp)
    if (result.refreshToken) {
        const refreshFp = fingerprint(result.refreshToken)
        const echoed = grant === 'refresh_token' && refreshFp === String(conn.getValue('refresh_fingerprint') || '')
        // A ServiceNow provider echoes the refresh token on refresh with its fixed expiry: the echo
        // must not move it. A grant (or a rotated token) starts a new refresh-token life.
        if (!echoed) {
            setTime(conn, 'refresh_issued', now)
            setTime(conn, 'refresh_expires', refreshExpiry(now, refreshLifespanSeconds, policy))
            conn.setValue('refresh_fingerprint', refreshFp)
            conn.setValue('expiry_warned', false)
        }
    } else if (grant === 'client_credentials') {
        setTime(conn, 'refresh_issued', undefined)
        setTime(conn, 'refresh_expires', undefined)
        conn.setValue('refresh_fingerprint', '')
    }
    conn.setValue('token_state', 'valid')
    conn.setValue('consecutive_failures', 0)
    conn.setValue('last_error', '')
    setTime(conn, 'last_refresh_at', now)
    setTime(conn, 'next_refresh_at', nextCheckAt(ledgerOf(conn), now, policy, jitterOf(conn)))
    recordEvent(conn.getUniqueValue(), {
        event: kind,
        grantType: grant,
        httpStatus: result.httpStatus,
        durationMs: result.durationMs,
        accessExpires,
        refreshExpires: fromDateTimeValue(conn.getValue('refresh_expires')),
        fingerprint: accessFp,
        detail: kind === 'refreshed' && result.refreshToken && grant === 'refresh_token' ? 'Access token refreshed; refresh token expiry unchanged' : '',
    })
}

/** Records a failed token request: terminal errors need a person, transient ones back off. */
function applyFailure(conn: GlideRecord, result: TokenResult, grant: GrantType | 'refresh_token', policy: RefreshPolicy): Failure {
    const now = nowMs()
    const failure = classifyTokenError(result.httpStatus, result.error)
    const failures = Number(conn.getValue('consecutive_failures') || 0) + 1
    const message = redactSecrets(`${failure.code}: ${failure.message}`).slice(0, 1000)
    if (result.discarded) {
        // The refused response replaced the stored access token, and Tether deleted it: the ledger
        // must not promise a token that is gone. The refresh token (and its real expiry) stays.
        setTime(conn, 'access_issued', undefined)
        setTime(conn, 'access_expires', undefined)
        conn.setValue('access_fingerprint', '')
    }
    conn.setValue('consecutive_failures', failures)
    conn.setValue('last_error', message)
    recordEvent(conn.getUniqueValue(), { event: 'failed', grantType: grant, httpStatus: result.httpStatus, errorCode: failure.code, detail: message, durationMs: result.durationMs })
    if (failure.kind === 'terminal') {
        markNeedsReauth(conn, failure.code, message)
    } else {
        const accessExpires = fromDateTimeValue(conn.getValue('access_expires'))
        conn.setValue('token_state', accessExpires !== undefined && now < accessExpires ? 'degraded' : 'error')
        setTime(conn, 'next_refresh_at', retryAt(now, backoffMs(failures, policy, spread(`${conn.getUniqueValue()}:${failures}`)), policy.backoffMaxSeconds * 1000))
    }
    return failure
}

function markNeedsReauth(conn: GlideRecord, code: string, message: string): void {
    conn.setValue('token_state', 'needs_reauth')
    setTime(conn, 'next_refresh_at', undefined)
    recordEvent(conn.getUniqueValue(), { event: 'reauth_required', errorCode: code, detail: message })
    gs.eventQueue(REAUTH_EVENT, conn, code, message)
    logWarn(`connection ${conn.getValue('name')} needs re-authorisation (${code})`)
}

function grantParams(conn: GlideRecord, options: GrantOptions = {}): { params?: { grant_type: string; username?: string; password?: string }; code?: string; message?: string } {
    if (grantTypeOf(conn) === 'client_credentials') return { params: { grant_type: 'client_credentials' } }
    const username = options.username || String(conn.getValue('oauth_username') || '')
    const stored = (conn as unknown as Record<string, { getDecryptedValue(): string }>).oauth_password
    const password = options.password || (stored ? stored.getDecryptedValue() : '')
    if (!username || !password) {
        return { code: 'missing_credentials', message: "The password grant needs the provider's integration user name and password." }
    }
    return { params: { grant_type: 'password', username, password } }
}

/** Runs fn while holding the connection's refresh lease; the loser of a race gets undefined. */
function withLease<T>(connectionId: string, policy: RefreshPolicy, fn: (conn: GlideRecord, owner: string) => T): T | undefined {
    const owner = newLeaseOwner()
    if (!acquireLease(connectionId, owner, policy.leaseSeconds)) return undefined
    const conn = loadConnection(connectionId)!
    try {
        return fn(conn, owner)
    } finally {
        releaseLease(conn, owner)
        conn.update()
    }
}

/** A grant with stored (or given) credentials, or client credentials. */
function grant(conn: GlideRecord, policy: RefreshPolicy, kind: 'granted' | 'regranted', options: GrantOptions = {}): OperationResult {
    const profile = checkProfile(String(conn.getValue('oauth_profile') || ''))
    if (!profile.ok) {
        conn.setValue('token_state', 'error')
        conn.setValue('last_error', `${profile.code}: ${profile.message}`)
        recordEvent(conn.getUniqueValue(), { event: 'failed', errorCode: profile.code, detail: profile.message })
        return fail(profile.code!, profile.message!)
    }
    const creds = grantParams(conn, options)
    if (!creds.params) return fail(creds.code!, creds.message!, String(conn.getValue('token_state')))
    const grantType = grantTypeOf(conn)
    const result = requestGrant(conn.getUniqueValue(), String(conn.getValue('oauth_profile')), creds.params)
    if (!result.ok) {
        const failure = applyFailure(conn, result, grantType, policy)
        return fail(failure.code, redactSecrets(failure.message), String(conn.getValue('token_state')))
    }
    applySuccess(conn, result, kind, grantType, policy, profile.refreshLifespanSeconds!)
    return { ok: true, state: 'valid', message: `Token ${kind === 'granted' ? 'obtained' : 're-granted'} (${grantType}).` }
}

/** A refresh with the stored refresh token; an invalid_grant falls back to one unattended re-grant. */
function refresh(conn: GlideRecord, policy: RefreshPolicy): OperationResult {
    const profile = checkProfile(String(conn.getValue('oauth_profile') || ''))
    if (!profile.ok) return grant(conn, policy, 'regranted')
    const stored = storedToken(conn.getUniqueValue(), String(conn.getValue('oauth_profile')))
    const canRegrant = grantTypeOf(conn) === 'client_credentials' || hasStoredCredentials(conn)
    if (!stored.refreshToken) {
        if (canRegrant) return grant(conn, policy, 'regranted')
        markNeedsReauth(conn, 'no_refresh_token', 'No refresh token is stored for this connection.')
        return fail('needs_reauth', 'No refresh token is stored: get a new token.', 'needs_reauth')
    }
    const result = requestGrant(conn.getUniqueValue(), String(conn.getValue('oauth_profile')), { grant_type: 'refresh_token', refresh_token: stored.refreshToken })
    if (result.ok) {
        applySuccess(conn, result, 'refreshed', 'refresh_token', policy, profile.refreshLifespanSeconds!)
        return { ok: true, state: 'valid', message: 'Access token refreshed.' }
    }
    const failure = classifyTokenError(result.httpStatus, result.error)
    if (failure.kind === 'terminal' && failure.code === 'invalid_grant' && canRegrant) {
        // The refresh token was revoked or lapsed at the provider: one re-grant, not a retry loop.
        recordEvent(conn.getUniqueValue(), { event: 'failed', grantType: 'refresh_token', httpStatus: result.httpStatus, errorCode: failure.code, detail: redactSecrets(failure.message), durationMs: result.durationMs })
        return grant(conn, policy, 'regranted')
    }
    const applied = applyFailure(conn, result, 'refresh_token', policy)
    return fail(applied.code, redactSecrets(applied.message), String(conn.getValue('token_state')))
}

function perform(conn: GlideRecord, action: Action, policy: RefreshPolicy): OperationResult {
    switch (action.kind) {
        case 'grant':
            return grant(conn, policy, 'regranted')
        case 'refresh':
            return refresh(conn, policy)
        case 'warn': {
            conn.setValue('expiry_warned', true)
            const refreshExpires = String(conn.getValue('refresh_expires'))
            recordEvent(conn.getUniqueValue(), { event: 'expiry_warning', detail: `The refresh token expires at ${refreshExpires} UTC and cannot be renewed unattended: get a new token before then.`, refreshExpires: fromDateTimeValue(refreshExpires) })
            gs.eventQueue(EXPIRING_EVENT, conn, refreshExpires, String(conn.getValue('name')))
            setTime(conn, 'next_refresh_at', nextCheckAt(ledgerOf(conn), nowMs(), policy, jitterOf(conn)))
            return { ok: true, state: String(conn.getValue('token_state')), message: 'Expiry warning raised.' }
        }
        case 'reauth':
            markNeedsReauth(conn, 'refresh_token_expired', `Re-authorisation required: ${action.reason}.`)
            return fail('needs_reauth', `Re-authorisation required: ${action.reason}.`, 'needs_reauth')
        default:
            setTime(conn, 'next_refresh_at', nextCheckAt(ledgerOf(conn), nowMs(), policy, jitterOf(conn)))
            return { ok: true, state: String(conn.getValue('token_state')), message: 'Nothing to do.' }
    }
}

/** "Get OAuth Token": the first grant, or a new one after re-authorisation. */
export function requestToken(connectionId: string, options: GrantOptions = {}): OperationResult {
    const conn = loadConnection(connectionId)
    if (!conn) return fail('unknown_connection', `No connection ${connectionId}.`)
    if (!isOAuth(conn)) return fail('not_oauth', 'The connection does not use OAuth 2.0 authentication.')
    const policy = readPolicy()
    const outcome = withLease(connectionId, policy, (leased) => {
        const result = grant(leased, policy, 'granted', options)
        if (!result.ok) return result
        leased.setValue('expiry_warned', false)
        // Credentials are stored only when they worked: a mistyped password is never kept for re-grants.
        if (options.store && grantTypeOf(leased) === 'password' && options.username && options.password) {
            leased.setValue('oauth_username', options.username)
            ;(leased as unknown as Record<string, { setDisplayValue(v: string): void }>).oauth_password.setDisplayValue(options.password)
        }
        return result
    })
    return outcome ?? fail('refresh_in_progress', 'Another token request for this connection is in progress; try again in a moment.')
}

/**
 * A valid access token for an outbound call, refreshing first when it is due. Concurrent callers
 * cause one token request: the lease holder refreshes, the others use the current token while it
 * is still valid. During a backoff the current token is used, or the call fails fast.
 */
export function getAccessToken(connectionId: string): { ok: boolean; token?: string; code?: string; message: string } {
    const conn = loadConnection(connectionId)
    if (!conn) return { ok: false, code: 'unknown_connection', message: `No connection ${connectionId}.` }
    if (!isOAuth(conn)) return { ok: false, code: 'not_oauth', message: 'The connection does not use OAuth 2.0 authentication.' }
    const state = String(conn.getValue('token_state'))
    if (state === 'needs_reauth' || state === 'revoked') {
        return { ok: false, code: state, message: 'The connection needs re-authorisation: use Get OAuth Token.' }
    }
    const policy = readPolicy()
    const now = nowMs()
    const ledger = ledgerOf(conn)
    const valid = ledger.accessExpires !== undefined && now < ledger.accessExpires
    const current = () => storedToken(connectionId, String(conn.getValue('oauth_profile') || '')).accessToken
    const action = decide(ledger, now, policy, jitterOf(conn))
    const backingOff = ledger.consecutiveFailures > 0 && (fromDateTimeValue(conn.getValue('next_refresh_at')) ?? 0) > now
    if (valid && (action.kind === 'none' || action.kind === 'warn' || backingOff)) {
        const token = current()
        if (token) return { ok: true, token, message: 'valid' }
    }
    if (!valid && backingOff) {
        return { ok: false, code: 'provider_unreachable', message: `No valid access token; the provider failed and the next attempt is at ${conn.getValue('next_refresh_at')} UTC (${conn.getValue('last_error')}).` }
    }
    const outcome = withLease(connectionId, policy, (leased) => perform(leased, decide(ledgerOf(leased), nowMs(), policy, jitterOf(leased)), policy))
    if (outcome === undefined && valid) {
        const token = current()
        if (token) return { ok: true, token, message: 'valid (refresh in progress elsewhere)' }
    }
    const after = loadConnection(connectionId)!
    const afterExpires = fromDateTimeValue(after.getValue('access_expires'))
    if (afterExpires !== undefined && nowMs() < afterExpires) {
        const token = current()
        if (token) return { ok: true, token, message: outcome ? outcome.message : 'valid' }
    }
    return { ok: false, code: outcome ? outcome.code ?? 'no_token' : 'refresh_in_progress', message: outcome ? outcome.message : 'A token refresh is in progress elsewhere.' }
}

/**
 * A refresh now, whatever the schedule says: after the partner answered 401 to a token Tether
 * believed valid (revoked, or the provider restarted). One request, under the lease.
 */
export function forceRefresh(connectionId: string): OperationResult {
    const policy = readPolicy()
    const outcome = withLease(connectionId, policy, (conn) => {
        const state = String(conn.getValue('token_state'))
        if (state === 'needs_reauth' || state === 'revoked') return fail(state, 'The connection needs re-authorisation.', state)
        return grantTypeOf(conn) === 'client_credentials' ? grant(conn, policy, 'regranted') : refresh(conn, policy)
    })
    return outcome ?? fail('refresh_in_progress', 'A token refresh is in progress elsewhere.')
}

export interface RefreshRunSummary {
    checked: number
    refreshed: number
    regranted: number
    warned: number
    needsReauth: number
    failed: number
}

/** The refresh job's body: only due connections, each isolated from the others' failures. */
export function refreshDue(limit = 500): RefreshRunSummary {
    const policy = readPolicy()
    const summary: RefreshRunSummary = { checked: 0, refreshed: 0, regranted: 0, warned: 0, needsReauth: 0, failed: 0 }
    const due = new GlideRecord('x_tether_connection')
    due.addQuery('active', true)
    due.addQuery('authentication', 'oauth2')
    due.addQuery('next_refresh_at', '<=', toDateTimeValue(nowMs()))
    due.addQuery('token_state', 'NOT IN', 'needs_reauth,revoked')
    due.orderBy('next_refresh_at')
    due.setLimit(limit)
    due.query()
    const ids: string[] = []
    while (due.next()) ids.push(due.getUniqueValue())
    for (const id of ids) {
        summary.checked++
        try {
            const outcome = withLease(id, policy, (conn) => {
                const action = decide(ledgerOf(conn), nowMs(), policy, jitterOf(conn))
                return { action, result: perform(conn, action, policy) }
            })
            if (!outcome) continue
            const { action, result } = outcome
            if (!result.ok) {
                if (result.state === 'needs_reauth') summary.needsReauth++
                else summary.failed++
            } else if (action.kind === 'refresh') summary.refreshed++
            else if (action.kind === 'grant') summary.regranted++
            else if (action.kind === 'warn') summary.warned++
        } catch (e) {
            summary.failed++
            const message = redactSecrets(e instanceof Object && 'message' in e ? String((e as { message: unknown }).message) : String(e))
            recordEvent(id, { event: 'failed', errorCode: 'internal_error', detail: message })
            logWarn(`refresh of connection ${id} failed: ${message}`)
        }
    }
    return summary
}

/** Revokes a connection's tokens at the provider and forgets them; the connection then needs a new grant. */
export function revoke(connectionId: string, reason = 'Revoked by request'): OperationResult {
    const conn = loadConnection(connectionId)
    if (!conn) return fail('unknown_connection', `No connection ${connectionId}.`)
    return revokeRecord(conn, reason, true)
}

/** Revocation for a connection record (also from the delete rule, where the record is gone). */
export function revokeRecord(conn: GlideRecord, reason: string, persist: boolean): OperationResult {
    const profileId = String(conn.getValue('oauth_profile') || '')
    const profile = checkProfile(profileId)
    let result: TokenResult = { ok: true, httpStatus: 200, error: '', durationMs: 0 }
    if (profile.ok) result = revokeStored(conn.getUniqueValue(), profileId, profile.registryName!)
    purgeLocalTokens(conn.getUniqueValue())
    if (!persist) return { ok: result.ok, state: 'revoked', message: reason }
    conn.setValue('token_state', 'revoked')
    for (const f of ['access_issued', 'access_expires', 'refresh_issued', 'refresh_expires', 'next_refresh_at']) setTime(conn, f, undefined)
    conn.setValue('access_fingerprint', '')
    conn.setValue('refresh_fingerprint', '')
    conn.setValue('last_error', result.ok ? '' : redactSecrets(`revocation at the provider failed: ${result.error}`).slice(0, 1000))
    conn.setWorkflow(false)
    conn.update()
    recordEvent(conn.getUniqueValue(), {
        event: 'revoked',
        httpStatus: result.httpStatus,
        errorCode: result.ok ? '' : 'revocation_failed',
        detail: redactSecrets(result.ok ? reason : `${reason}; the provider could not be told (${result.error}); local tokens were deleted`),
        durationMs: result.durationMs,
    })
    return { ok: result.ok, state: 'revoked', message: result.ok ? reason : `Local tokens deleted, but the provider could not be reached: ${redactSecrets(result.error)}` }
}

/** Deletes the tokens the platform stored for the connection, whatever the provider said. */
function purgeLocalTokens(connectionId: string): void {
    const cred = new GlideRecord('oauth_credential')
    cred.addQuery('requestor_id', connectionId)
    cred.query()
    while (cred.next()) cred.deleteRecord()
}

/** The health a person or the health page sees. */
export function getHealth(connectionId: string): Health | undefined {
    const conn = loadConnection(connectionId)
    if (!conn) return undefined
    return healthOf(conn)
}

export function healthOf(conn: GlideRecord): Health {
    const refreshExpires = fromDateTimeValue(conn.getValue('refresh_expires'))
    const now = nowMs()
    return {
        connection: conn.getUniqueValue(),
        name: String(conn.getValue('name') || ''),
        active: String(conn.getValue('active')) === '1' || String(conn.getValue('active')) === 'true',
        state: String(conn.getValue('token_state') || 'none'),
        grantType: grantTypeOf(conn),
        canRegrant: grantTypeOf(conn) === 'client_credentials' || hasStoredCredentials(conn),
        accessExpires: String(conn.getValue('access_expires') || ''),
        refreshExpires: String(conn.getValue('refresh_expires') || ''),
        refreshIssued: String(conn.getValue('refresh_issued') || ''),
        nextRefresh: String(conn.getValue('next_refresh_at') || ''),
        lastRefresh: String(conn.getValue('last_refresh_at') || ''),
        consecutiveFailures: Number(conn.getValue('consecutive_failures') || 0),
        lastError: String(conn.getValue('last_error') || ''),
        refreshDaysLeft: refreshExpires === undefined ? null : Math.floor((refreshExpires - now) / 86400000),
    }
}

/** Exposed for the UI: the moment the current access token will be refreshed. */
export function plannedRefreshAt(conn: GlideRecord): number | undefined {
    const ledger = ledgerOf(conn)
    if (ledger.accessExpires === undefined) return undefined
    return accessRefreshAt(ledger.accessIssued, ledger.accessExpires, readPolicy(), jitterOf(conn))
}
