import { GlideDigest, GlideRecord, gs } from '@servicenow/glide'
import { fromDateTimeValue, nowMs, toDateTimeValue } from './clock'
import { GrantType, Ledger, TokenState } from './policy'
import { isTrue } from '../shared/values'
import { log } from '../shared/log'

/**
 * TokenLedger: what Tether records about a connection's tokens — issue times, real expiries,
 * fingerprints, health — on the connection and in token events. Never a token value: the tokens
 * themselves are stored by the platform in oauth_credential.
 */

export const CONNECTION_TABLE = 'x_tether_connection'
export const TOKEN_EVENT_TABLE = 'x_tether_token_event'

export type TokenEventKind = 'granted' | 'refreshed' | 'regranted' | 'revoked' | 'failed' | 'expiry_warning' | 'reauth_required'

export interface TokenEvent {
    event: TokenEventKind
    grantType?: GrantType | 'refresh_token'
    httpStatus?: number
    errorCode?: string
    detail?: string
    durationMs?: number
    accessExpires?: number
    refreshExpires?: number
    fingerprint?: string
}

/** First 12 hex characters of the token's SHA-256: enough to tell tokens apart, useless to an attacker. */
export function fingerprint(token: string): string {
    return new GlideDigest().getSHA256Hex(token).toLowerCase().slice(0, 12)
}

/** Loads a connection, or undefined when the sys_id is unknown. */
export function loadConnection(connectionId: string): GlideRecord | undefined {
    const conn = new GlideRecord(CONNECTION_TABLE)
    return conn.get(connectionId) ? conn : undefined
}

/** Credentials for an unattended password re-grant are stored on the connection. */
export function hasStoredCredentials(conn: GlideRecord): boolean {
    const element = (conn as unknown as Record<string, { getDecryptedValue(): string }>).oauth_password
    return Boolean(conn.getValue('oauth_username')) && Boolean(element && element.getDecryptedValue())
}

export function grantTypeOf(conn: GlideRecord): GrantType {
    return String(conn.getValue('grant_type')) === 'client_credentials' ? 'client_credentials' : 'password'
}

export function ledgerOf(conn: GlideRecord): Ledger {
    const grantType = grantTypeOf(conn)
    return {
        state: (String(conn.getValue('token_state') || 'none') as TokenState),
        grantType,
        canRegrant: grantType === 'client_credentials' || hasStoredCredentials(conn),
        accessIssued: fromDateTimeValue(conn.getValue('access_issued')),
        accessExpires: fromDateTimeValue(conn.getValue('access_expires')),
        refreshIssued: fromDateTimeValue(conn.getValue('refresh_issued')),
        refreshExpires: fromDateTimeValue(conn.getValue('refresh_expires')),
        consecutiveFailures: Number(conn.getValue('consecutive_failures') || 0),
        warned: isTrue(conn.getValue('expiry_warned')),
    }
}

/** Sets a date-time field from epoch ms, or clears it. */
export function setTime(conn: GlideRecord, field: string, ms: number | undefined): void {
    conn.setValue(field, ms === undefined ? '' : toDateTimeValue(ms))
}

/** Writes one token event; details are cut to the column size and must never contain a token. */
export function recordEvent(connectionId: string, e: TokenEvent): void {
    const ev = new GlideRecord(TOKEN_EVENT_TABLE)
    ev.initialize()
    ev.setValue('connection', connectionId)
    ev.setValue('event', e.event)
    if (e.grantType) ev.setValue('grant_type', e.grantType)
    if (e.httpStatus !== undefined) ev.setValue('http_status', e.httpStatus)
    if (e.errorCode) ev.setValue('error_code', e.errorCode.slice(0, 100))
    if (e.detail) ev.setValue('detail', e.detail.slice(0, 1000))
    if (e.durationMs !== undefined) ev.setValue('duration_ms', Math.round(e.durationMs))
    if (e.accessExpires !== undefined) ev.setValue('access_expires', toDateTimeValue(e.accessExpires))
    if (e.refreshExpires !== undefined) ev.setValue('refresh_expires', toDateTimeValue(e.refreshExpires))
    if (e.fingerprint) ev.setValue('fingerprint', e.fingerprint)
    ev.insert()
}

/** Logs a Tether message to the system log; callers pass no token or secret. */
export function logInfo(message: string): void {
    log('info', 'Tether OAuth: ' + message)
}

export function logWarn(message: string): void {
    log('warn', 'Tether OAuth: ' + message)
}

/** A lease owner id unique to this caller. */
export function newLeaseOwner(): string {
    return gs.generateGUID()
}

/**
 * Single flight: takes the connection's refresh lease when it is free or stale, with one UPDATE
 * whose WHERE clause carries the condition (atomic in the database), then reads back who holds it.
 */
export function acquireLease(connectionId: string, owner: string, leaseSeconds: number): boolean {
    const now = nowMs()
    const gr = new GlideRecord(CONNECTION_TABLE)
    gr.addQuery('sys_id', connectionId)
    gr.addEncodedQuery('lease_untilISEMPTY^ORlease_until<' + toDateTimeValue(now))
    gr.setValue('lease_owner', owner)
    gr.setValue('lease_until', toDateTimeValue(now + leaseSeconds * 1000))
    gr.setWorkflow(false)
    gr.updateMultiple()
    const check = new GlideRecord(CONNECTION_TABLE)
    return check.get(connectionId) && String(check.getValue('lease_owner')) === owner
}

export function releaseLease(conn: GlideRecord, owner: string): void {
    if (String(conn.getValue('lease_owner')) !== owner) return
    conn.setValue('lease_owner', '')
    conn.setValue('lease_until', '')
}

export function nowAsValue(): string {
    return toDateTimeValue(nowMs())
}
