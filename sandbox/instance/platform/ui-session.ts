/**
 * The UI login the ServiceNow CLI uses for "basic" credentials (`now-sdk install`, `auth --add`):
 * it never sends HTTP Basic. It posts the login form to the UI's angular processor, keeps the
 * JSESSIONID cookie, and asks `get_user` for the session's CSRF token, which a real instance hands
 * out as a 401 with `X-UserToken-Response` when the request lacks it. From then on every request
 * carries the cookie and `X-UserToken` (or `sysparm_ck` in form posts); inbound-auth.ts accepts them.
 *
 * - `POST /angular.do?sysparm_type=view_form.login` (form: user_name, user_password): 200 JSON
 *   `{"status":"success",…}` and a new session cookie (never `Secure`: the sandbox serves http, and
 *   a Secure cookie would not come back), or 200 `{"status":"error","message":…}`.
 * - `POST /angular.do?sysparm_type=get_user`: logged-in session without its token → 401 with
 *   `X-UserToken-Response`; with it → 200 and the user. No session → a new guest session (200), which
 *   an authenticated Basic/Bearer request then binds to its user: the CLI's OAuth mode relies on it.
 *
 * Sessions are in memory in the instance's process (see UiSessions): a restart logs everyone out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody, Route, RouteRequest } from '../http'
import type { Runtime } from '../runtime/runtime'
import { authenticateSession, checkPassword, sessionCookie, UiSession, uiSessionOf, uiSessionsOf } from './inbound-auth'
import { guarded, runtimeOf, sendFailure, sendJson } from './table-api'

/** The cookie as the platform sets it, minus `Secure` (http only in the sandbox). */
export function sessionCookieHeader(session: UiSession): Record<string, string> {
    return { 'Set-Cookie': `JSESSIONID=${session.id}; Path=/; HttpOnly` }
}

function setSessionCookie(res: ServerResponse, session: UiSession): void {
    for (const [name, value] of Object.entries(sessionCookieHeader(session))) res.setHeader(name, value)
}

/** A form body as name → value (the first of repeated names). */
export async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
    const form: Record<string, string> = {}
    for (const [k, v] of new URLSearchParams(await readBody(req))) if (!(k in form)) form[k] = v
    return form
}

/**
 * Checks a login form's user name and password; on success starts a new UI session (a new session
 * id on every login: no session fixation; the request's old session, if any, ends) and records the
 * login time. A failure is logged (without the password) and gives undefined.
 */
export function startUiSession(rt: Runtime, req: IncomingMessage, form: Record<string, string>): UiSession | undefined {
    const userName = form.user_name ?? ''
    const userId = userName === '' ? undefined : checkPassword(rt, userName, form.user_password ?? '')
    if (!userId) {
        rt.log(1, `Failed UI login for user "${userName}"`, 'Login')
        return undefined
    }
    const sessions = uiSessionsOf(rt)
    const old = sessionCookie(req.headers.cookie)
    if (old) sessions.end(old)
    const session = sessions.create({ userId, userName })
    rt.store.updateRow('sys_user', userId, { last_login_time: rt.nowString() })
    return session
}

async function login(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = startUiSession(rt, req, await readForm(req))
    if (!session) {
        sendJson(res, 200, { status: 'error', message: 'User name or password invalid' })
        return
    }
    setSessionCookie(res, session)
    sendJson(res, 200, { status: 'success', message: '', setup_multifactor_authn: false })
}

function getUser(rt: Runtime, req: IncomingMessage, res: ServerResponse): void {
    let session = uiSessionOf(rt, req.headers)
    if (!session) {
        session = uiSessionsOf(rt).create()
        setSessionCookie(res, session)
    }
    if (!session.userId) {
        sendJson(res, 200, { result: { user: { user_name: 'guest', user_sys_id: 'guest', roles: [] } } })
        return
    }
    const auth = authenticateSession(rt, req.headers)
    if (!auth || !auth.ok) {
        // How a client learns the CSRF token of its session.
        sendFailure(res, 401, 'User Not Authenticated', 'Required to provide Auth information', { 'X-UserToken-Response': session.token })
        return
    }
    const user = rt.store.getRow('sys_user', auth.userId) ?? {}
    sendJson(res, 200, {
        result: {
            user: {
                user_sys_id: auth.userId,
                user_name: auth.userName,
                full_name: user.name ?? '',
                first_name: user.first_name ?? '',
                last_name: user.last_name ?? '',
                email: user.email ?? '',
                roles: [...rt.security.rolesOf(auth.userId)].sort(),
            },
        },
    })
}

async function angular(request: RouteRequest): Promise<void> {
    const { req, res, query, core } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'UI login', async () => {
        const type = query.get('sysparm_type') ?? ''
        if (type === 'view_form.login') return login(rt, req, res)
        if (type === 'get_user') return getUser(rt, req, res)
        sendFailure(res, 400, 'Unsupported request', `The sandbox's angular.do serves sysparm_type view_form.login and get_user, not "${type}"`)
    })
}

export function uiSessionRoutes(): Route[] {
    return [{ method: 'POST', path: '/angular.do', handle: angular }]
}
