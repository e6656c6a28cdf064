/**
 * Authentication of inbound REST calls as the platform does it: Basic (a sys_user's password, the
 * user active and not locked out) or Bearer (an unexpired, unrevoked access token this instance
 * issued, mapped to the user it was issued for). The request then runs as that user.
 */
import type { Runtime } from '../runtime/runtime'
import { IssuedTokens } from './issued-tokens'

export type InboundAuth =
    | { ok: true; userId: string; userName: string; method: 'basic' | 'bearer' }
    | { ok: false; status: 401; wwwAuthenticate: string; message: string; detail: string }

function denied(wwwAuthenticate: string, message: string, detail: string): InboundAuth {
    return { ok: false, status: 401, wwwAuthenticate, message, detail }
}

/** Checks a user name and password against sys_user; returns the user's sys_id when they may log in. */
export function checkPassword(rt: Runtime, userName: string, password: string): string | undefined {
    const user = rt.store.prepare('SELECT sys_id, user_password, active, locked_out FROM sys_user WHERE user_name = ?').get(userName) as
        | { sys_id: string; user_password: string | null; active: string | null; locked_out: string | null }
        | undefined
    if (!user || user.active !== '1' || user.locked_out === '1') return undefined
    return rt.crypto.verifyPassword(password, user.user_password) ? user.sys_id : undefined
}

export function authenticate(rt: Runtime, authorization: string | undefined): InboundAuth {
    if (!authorization) return denied('Basic realm="Service-now"', 'User Not Authenticated', 'Required to provide Auth information')
    const [scheme, ...rest] = authorization.trim().split(/\s+/)
    const credentials = rest.join(' ')
    if (/^basic$/i.test(scheme)) {
        const decoded = Buffer.from(credentials, 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        const userName = colon < 0 ? decoded : decoded.slice(0, colon)
        const userId = colon < 0 ? undefined : checkPassword(rt, userName, decoded.slice(colon + 1))
        if (!userId) return denied('Basic realm="Service-now"', 'User Not Authenticated', 'Required to provide Auth information')
        return { ok: true, userId, userName, method: 'basic' }
    }
    if (/^bearer$/i.test(scheme)) {
        const tokens = new IssuedTokens(rt)
        const token = tokens.find(credentials, 'access_token')
        if (!token) {
            // The transaction log of a real instance shows these; tests count calls made with an expired token.
            const lapsed = tokens.findIncludingExpired(credentials)
            if (lapsed && lapsed.type === 'access_token') rt.log(1, `Rejected an expired access token (expired ${new Date(lapsed.expiresMs).toISOString()})`, 'OAuthInbound')
        }
        const user = token
            ? (rt.store.prepare('SELECT sys_id, user_name, active, locked_out FROM sys_user WHERE sys_id = ?').get(token.userId) as
                  | { sys_id: string; user_name: string; active: string | null; locked_out: string | null }
                  | undefined)
            : undefined
        if (!user || user.active !== '1' || user.locked_out === '1') {
            return denied('Bearer realm="Service-now", error="invalid_token", error_description="The access token is invalid or has expired"', 'User Not Authenticated', 'Invalid or expired access token')
        }
        return { ok: true, userId: user.sys_id, userName: user.user_name, method: 'bearer' }
    }
    return denied('Basic realm="Service-now"', 'User Not Authenticated', `Unsupported authorization scheme "${scheme}"`)
}
