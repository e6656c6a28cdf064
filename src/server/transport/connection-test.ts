import { GlideRecord } from '@servicenow/glide'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { getAccessToken } from '../oauth/lifecycle'
import { nowMs } from '../oauth/clock'
import { logHttp } from './http-log'
import { REQUESTOR_CONTEXT } from '../oauth/token-client'

/** Unifi's connection-test rule: these statuses mean "not authorised or not there"; anything else passes. */
export const FAILING_STATUSES = [400, 401, 403, 404, 405]

export interface ConnectionTestResult {
    ok: boolean
    status: number
    attempts: number
    message: string
    /** The partner's answer to ping: who we are there, and its Tether version. */
    partner?: { user?: string; version?: string }
}

export function passes(status: number): boolean {
    return status > 0 && FAILING_STATUSES.indexOf(status) < 0
}

/**
 * Test Connection: GET <endpoint>/ping with the connection's authentication, at most two attempts
 * (the second only when the first failed), every attempt in the HTTP request log.
 */
export function testConnection(connectionId: string): ConnectionTestResult {
    const conn = new GlideRecord('x_tether_connection')
    if (!conn.get(connectionId)) return { ok: false, status: 0, attempts: 0, message: `No connection ${connectionId}.` }
    const endpoint = String(conn.getValue('endpoint_url') || '').replace(/\/+$/, '')
    if (!endpoint) return { ok: false, status: 0, attempts: 0, message: 'The connection has no endpoint URL.' }
    const auth = String(conn.getValue('authentication'))
    let last: ConnectionTestResult = { ok: false, status: 0, attempts: 0, message: '' }
    for (let attempt = 1; attempt <= 2; attempt++) {
        const msg = new RESTMessageV2()
        msg.setEndpoint(endpoint + '/ping')
        msg.setHttpMethod('get')
        msg.setRequestHeader('Accept', 'application/json')
        msg.setHttpTimeout(Number(conn.getValue('integration.sync_timeout_seconds') || 30) * 1000)
        if (auth === 'oauth2') {
            const token = getAccessToken(connectionId)
            if (!token.ok) return { ok: false, status: 0, attempts: attempt, message: `No access token: ${token.code} (${token.message})` }
            msg.setAuthenticationProfile('oauth2', String(conn.getValue('oauth_profile')))
            msg.setRequestorProfile(REQUESTOR_CONTEXT, connectionId)
        } else if (auth === 'basic') {
            const secret = (conn as unknown as Record<string, { getDecryptedValue(): string }>).basic_password
            msg.setBasicAuth(String(conn.getValue('basic_user') || ''), secret ? secret.getDecryptedValue() : '')
        }
        const started = nowMs()
        const res = msg.execute()
        const status = Number(res.getStatusCode()) || 0
        const body = String(res.getBody() || '')
        const error = res.haveError() && status === 0 ? String(res.getErrorMessage() || 'no answer') : ''
        logHttp({ direction: 'outbound', method: 'GET', url: endpoint + '/ping', connection: connectionId, requestHeaders: { Accept: 'application/json' }, statusCode: status, responseBody: body, durationMs: nowMs() - started, attempt, ok: passes(status), error })
        last = { ok: passes(status), status, attempts: attempt, message: passes(status) ? `Connection test passed (HTTP ${status}).` : `Connection test failed: ${status ? `HTTP ${status}` : error}.` }
        if (last.ok) {
            try {
                const parsed = JSON.parse(body)
                const result = parsed && parsed.result ? parsed.result : parsed
                if (result && typeof result === 'object') last.partner = { user: result.user, version: result.version }
            } catch {
                // a partner that is not Tether may answer anything that is not a failing status
            }
            return last
        }
    }
    return last
}
