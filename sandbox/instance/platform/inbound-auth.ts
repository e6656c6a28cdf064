/**
 * Authentication of inbound calls as the platform does it: Basic (a sys_user's password, the user
 * active and not locked out), Bearer (an unexpired, unrevoked access token this instance issued,
 * mapped to the user it was issued for), or a UI session (the JSESSIONID cookie of a logged-in
 * session together with the session's CSRF token in `X-UserToken`, or `sysparm_ck` in a form post;
 * the cookie alone is refused, as on the platform). The request then runs as that user.
 *
 * UI sessions (see ui-session.ts for the login endpoints) live in memory in the instance's process,
 * as a node's sessions do: a restart loses them, and one idle for 30 minutes of instance time
 * (glide.ui.session_timeout's default) has expired.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'
import type { Runtime } from '../runtime/runtime'
import { IssuedTokens } from './issued-tokens'

export type InboundAuth =
    | { ok: true; userId: string; userName: string; method: 'basic' | 'bearer' | 'session' }
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

/** How long a UI session may sit idle (glide.ui.session_timeout defaults to 30 minutes). */
export const UI_SESSION_IDLE_MS = 30 * 60 * 1000

export interface UiSession {
    /** The JSESSIONID cookie value. */
    id: string
    /** The CSRF token bound to the session: sent back as X-UserToken or sysparm_ck. */
    token: string
    /** null for a guest session (no one logged in yet). */
    userId: string | null
    userName: string | null
    /** Instance time of the last request that used the session. */
    lastSeenMs: number
}

/** The UI sessions of one instance, in memory: a node restart loses them, as on the platform. */
export class UiSessions {
    private readonly sessions = new Map<string, UiSession>()

    constructor(private readonly now: () => number) {}

    create(user?: { userId: string; userName: string }): UiSession {
        this.sweep()
        const session: UiSession = {
            id: randomBytes(16).toString('hex').toUpperCase(),
            token: randomBytes(32).toString('hex'),
            userId: user?.userId ?? null,
            userName: user?.userName ?? null,
            lastSeenMs: this.now(),
        }
        this.sessions.set(session.id, session)
        return session
    }

    /** The live session with this id, its idle timer reset; undefined when unknown or expired. */
    get(id: string | undefined): UiSession | undefined {
        if (!id) return undefined
        const session = this.sessions.get(id)
        if (!session) return undefined
        const now = this.now()
        if (now - session.lastSeenMs > UI_SESSION_IDLE_MS) {
            this.sessions.delete(id)
            return undefined
        }
        session.lastSeenMs = Math.max(session.lastSeenMs, now)
        return session
    }

    end(id: string): void {
        this.sessions.delete(id)
    }

    /** Drops expired sessions, so clients that never log out do not grow the map for ever. */
    private sweep(): void {
        const now = this.now()
        for (const [id, s] of this.sessions) if (now - s.lastSeenMs > UI_SESSION_IDLE_MS) this.sessions.delete(id)
    }
}

const uiSessionsByRuntime = new WeakMap<Runtime, UiSessions>()

/** The UI sessions of the instance a runtime belongs to (created on first use, on the instance's clock). */
export function uiSessionsOf(rt: Runtime): UiSessions {
    let sessions = uiSessionsByRuntime.get(rt)
    if (!sessions) {
        sessions = new UiSessions(() => rt.now())
        uiSessionsByRuntime.set(rt, sessions)
    }
    return sessions
}

/** The JSESSIONID value of a Cookie header, if any. */
export function sessionCookie(cookie: string | string[] | undefined): string | undefined {
    for (const header of Array.isArray(cookie) ? cookie : cookie ? [cookie] : []) {
        for (const part of header.split(';')) {
            const eq = part.indexOf('=')
            if (eq > 0 && part.slice(0, eq).trim() === 'JSESSIONID') return part.slice(eq + 1).trim()
        }
    }
    return undefined
}

/** The live session a request's cookie names, if any. */
export function uiSessionOf(rt: Runtime, headers: IncomingHttpHeaders): UiSession | undefined {
    return uiSessionsOf(rt).get(sessionCookie(headers.cookie))
}

function sameToken(a: string, b: string): boolean {
    const x = Buffer.from(a)
    const y = Buffer.from(b)
    return x.length === y.length && timingSafeEqual(x, y)
}

function activeUser(rt: Runtime, userId: string): { sys_id: string; user_name: string } | undefined {
    const user = rt.store.prepare('SELECT sys_id, user_name, active, locked_out FROM sys_user WHERE sys_id = ?').get(userId) as
        | { sys_id: string; user_name: string; active: string | null; locked_out: string | null }
        | undefined
    return user && user.active === '1' && user.locked_out !== '1' ? user : undefined
}

/**
 * Authenticates by UI session: a logged-in session's cookie and its token (X-UserToken, or the
 * form's sysparm_ck). Undefined when the request carries no live logged-in session at all.
 */
export function authenticateSession(rt: Runtime, headers: IncomingHttpHeaders, formToken?: string): InboundAuth | undefined {
    const session = uiSessionOf(rt, headers)
    if (!session || !session.userId) return undefined
    const header = headers['x-usertoken']
    const token = (Array.isArray(header) ? header[0] : header) || formToken || ''
    if (!sameToken(token, session.token)) {
        return denied('Basic realm="Service-now"', 'User Not Authenticated', 'Required to provide Auth information')
    }
    const user = activeUser(rt, session.userId)
    if (!user) {
        uiSessionsOf(rt).end(session.id)
        return denied('Basic realm="Service-now"', 'User Not Authenticated', 'Required to provide Auth information')
    }
    return { ok: true, userId: user.sys_id, userName: user.user_name, method: 'session' }
}

/**
 * Authenticates an inbound request. With an Authorization header: Basic or Bearer (and a guest UI
 * session the request carries becomes that user's, which is how `now-sdk` turns an OAuth token
 * into a session). Without one, and given the request's headers: the UI session (cookie + token).
 */
export function authenticate(rt: Runtime, authorization: string | undefined, headers?: IncomingHttpHeaders, formToken?: string): InboundAuth {
    if (!authorization && headers) {
        const bySession = authenticateSession(rt, headers, formToken)
        if (bySession) return bySession
    }
    const auth = authenticateHeader(rt, authorization)
    if (auth.ok && headers) {
        const guest = uiSessionOf(rt, headers)
        if (guest && !guest.userId) {
            guest.userId = auth.userId
            guest.userName = auth.userName
        }
    }
    return auth
}

function authenticateHeader(rt: Runtime, authorization: string | undefined): InboundAuth {
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
