/**
 * The browser side of an instance, as far as an app's UI pages need it: the login form, and the
 * installed `sys_ui_page` records served at `/<endpoint>` to a logged-in session.
 *
 * - `GET /login.do`: the login form (`user_name`, `user_password`, button `sysverb_login`), carrying
 *   `sysparm_goto_url` through. `POST /login.do` (form post): a new session (new id on every login),
 *   `Set-Cookie: JSESSIONID=…; Path=/; HttpOnly` and a 302 to `sysparm_goto_url` (a local path only:
 *   anything else goes to `/navpage.do`); wrong credentials answer the form again with
 *   "User name or password invalid" (200), as the platform does. `GET /logout.do` ends the session.
 * - `GET /navpage.do`: a stand-in for the platform's start page: who is logged in and the installed
 *   UI pages.
 * - `GET /<endpoint>` (`x_tether_connection_health.do`): the UI page whose `endpoint` (scoped apps) or
 *   `name` + `.do` (global) matches. Without a logged-in session: 302 to
 *   `/login.do?sysparm_goto_url=<the page>`. With one: the page as the platform sends a non-direct
 *   page: an HTML document whose `<head>` defines `window.g_ck` (the session's CSRF token, which the
 *   page sends back as `X-UserToken`; see inbound-auth.ts) and whose `<body>` holds the page's HTML
 *   followed by its client script in a `<script>` tag.
 *
 * What is NOT simulated (each fails loudly, never silently differently):
 * - Jelly beyond the wrapper: the `<?xml?>` declaration and the `<j:jelly>` root are stripped; any
 *   other `j:`/`g:`/`j2:`/`g2:` tag or `${…}`/`$[…]` expression makes the page answer 501 naming it.
 *   The HTML must be well-formed XML (the platform's Jelly parser refuses anything else): else 500.
 * - The platform's page chrome: no UI16 header, stylesheets or client libraries (g_form, GlideAjax,
 *   jQuery, prototype); only `window.g_ck` and `window.NOW.user_name` are defined.
 * - Direct pages (`direct = true`) and processing scripts (a POST to a page): 501.
 * - `ui_page` ACLs: any logged-in user gets a page (its data still goes through REST ACLs); the
 *   login form has no CSRF token, no MFA, no lockout counting; Basic auth is not accepted on pages.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { XMLValidator } from 'fast-xml-parser'
import { Route, RouteRequest, send } from '../http'
import type { Runtime } from '../runtime/runtime'
import { sessionCookie, UiSession, uiSessionOf, uiSessionsOf } from './inbound-auth'
import { readForm, sessionCookieHeader, startUiSession } from './ui-session'
import { guarded, runtimeOf } from './table-api'

const HTML = 'text/html; charset=utf-8'

interface UiPageRow {
    sys_id: string
    name: string | null
    endpoint: string | null
    html: string | null
    client_script: string | null
    processing_script: string | null
    direct: string | null
}

/** A UI page the sandbox cannot render faithfully: 501 with the reason. */
export class UiPageNotSimulatedError extends Error {}

function escapeHtml(s: string): string {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** A local path (no scheme, host or protocol-relative `//`) to send the browser to after login. */
export function safeGotoUrl(value: string | undefined | null): string | undefined {
    if (!value) return undefined
    if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\r\n]/.test(value)) return undefined
    return value
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
    res.writeHead(302, { ...headers, Location: location, 'Content-Length': 0 })
    res.end()
}

/** The logged-in UI session of a request (cookie only, as for any page load), if any. */
function loggedIn(rt: Runtime, req: IncomingMessage): UiSession | undefined {
    const session = uiSessionOf(rt, req.headers)
    return session && session.userId ? session : undefined
}

function loginPage(gotoUrl: string | undefined, error?: string, userName = ''): string {
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Log in | ServiceNow (Tether sandbox)</title></head>
<body>
<form id="loginPage" method="post" action="/login.do">
<h1>Log in</h1>
${error ? `<p id="login_error" role="alert">${escapeHtml(error)}</p>` : ''}
<p><label for="user_name">User name</label><br/><input id="user_name" name="user_name" autocomplete="username" value="${escapeHtml(userName)}"/></p>
<p><label for="user_password">Password</label><br/><input id="user_password" name="user_password" type="password" autocomplete="current-password"/></p>
<input type="hidden" name="sysparm_goto_url" value="${escapeHtml(gotoUrl ?? '')}"/>
<input type="hidden" name="sys_action" value="sysverb_login"/>
<button id="sysverb_login" type="submit">Log in</button>
</form>
</body></html>`
}

function loginForm(request: RouteRequest): void {
    send(request.res, 200, loginPage(safeGotoUrl(request.query.get('sysparm_goto_url'))), HTML)
}

async function login(rt: Runtime, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req)
    const gotoUrl = safeGotoUrl(form.sysparm_goto_url)
    const session = startUiSession(rt, req, form)
    if (!session) {
        send(res, 200, loginPage(gotoUrl, 'User name or password invalid', form.user_name ?? ''), HTML)
        return
    }
    redirect(res, gotoUrl ?? '/navpage.do', sessionCookieHeader(session))
}

function logout(rt: Runtime, req: IncomingMessage, res: ServerResponse): void {
    const id = sessionCookie(req.headers.cookie)
    if (id) uiSessionsOf(rt).end(id)
    redirect(res, '/login.do', { 'Set-Cookie': 'JSESSIONID=; Path=/; HttpOnly; Max-Age=0' })
}

function pages(rt: Runtime): UiPageRow[] {
    if (!rt.store.table('sys_ui_page')) return []
    return rt.store.select('sys_ui_page', {}) as unknown as UiPageRow[]
}

/** The URL path a UI page answers at: its endpoint (scoped apps) or `<name>.do` (global). */
function pathOf(page: UiPageRow): string {
    return `/${page.endpoint || `${page.name ?? ''}.do`}`
}

function navPage(rt: Runtime, session: UiSession): string {
    const links = pages(rt)
        .map((p) => `<li><a href="${escapeHtml(pathOf(p))}">${escapeHtml(pathOf(p).slice(1))}</a></li>`)
        .join('')
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>ServiceNow (Tether sandbox)</title></head>
<body><p id="logged_in_user">Logged in as ${escapeHtml(session.userName ?? '')}</p>
<p>The Tether sandbox serves no navigator; the installed UI pages are:</p><ul>${links}</ul>
<p><a href="/logout.do">Log out</a></p></body></html>`
}

/**
 * The HTML a non-direct page's Jelly produces, for pages whose only Jelly is the wrapper: the
 * content of `<j:jelly>`. Anything the sandbox would have to evaluate throws UiPageNotSimulatedError.
 */
export function renderJellyWrapper(html: string, pageName: string): string {
    const valid = XMLValidator.validate(html)
    if (valid !== true) {
        throw new Error(`UI page ${pageName}: the HTML is not well-formed XML (line ${valid.err.line}: ${valid.err.msg}), so Jelly cannot parse it`)
    }
    let body = html.replace(/^\s*<\?xml[^>]*\?>/, '')
    const wrapped = /^\s*<j:jelly\b[^>]*>([\s\S]*)<\/j:jelly>\s*$/.exec(body)
    if (wrapped) body = wrapped[1]
    const tag = /<\/?((?:j|g|j2|g2):[\w.-]+)/.exec(body)
    if (tag) throw new UiPageNotSimulatedError(`Sandbox: the Jelly tag <${tag[1]}> in UI page ${pageName} is not evaluated by the Tether sandbox`)
    const expression = /[$][{[][^}\]]*[}\]]?/.exec(body)
    if (expression) throw new UiPageNotSimulatedError(`Sandbox: the Jelly expression ${expression[0]} in UI page ${pageName} is not evaluated by the Tether sandbox`)
    return body
}

/** A value safe inside a `<script>` element: no `</script` can end it early. */
function scriptText(s: string): string {
    return s.replace(/<\/(script)/gi, '<\\/$1')
}

function renderPage(page: UiPageRow, session: UiSession): string {
    const name = page.name ?? page.sys_id
    const body = renderJellyWrapper(page.html ?? '', name)
    const globals = `window.g_ck = ${JSON.stringify(session.token)};\nwindow.NOW = window.NOW || {};\nwindow.NOW.user_name = ${JSON.stringify(session.userName ?? '')};`
    const clientScript = (page.client_script ?? '').trim()
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/><title>ServiceNow</title>
<script>${scriptText(globals)}</script>
</head>
<body>
${body}
${clientScript ? `<script>\n${scriptText(clientScript)}\n</script>` : ''}
</body></html>`
}

async function servePage(request: RouteRequest): Promise<void> {
    const { req, res, path, core } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'UI page', async () => {
        const page = pages(rt).find((p) => pathOf(p) === path)
        if (!page) {
            send(res, 404, `<!DOCTYPE html><html><body><p>The page ${escapeHtml(path)} does not exist.</p></body></html>`, HTML)
            return
        }
        const session = loggedIn(rt, req)
        if (!session) {
            const target = `${path}${request.query.toString() ? `?${request.query.toString()}` : ''}`
            redirect(res, `/login.do?sysparm_goto_url=${encodeURIComponent(target)}`)
            return
        }
        const name = page.name ?? page.sys_id
        try {
            if (req.method !== 'GET' && req.method !== 'HEAD') {
                throw new UiPageNotSimulatedError(`Sandbox: UI page processing scripts (${req.method} ${path}) are not run by the Tether sandbox`)
            }
            if (page.direct === '1') throw new UiPageNotSimulatedError(`Sandbox: direct UI pages (${name}) are not served by the Tether sandbox`)
            const html = renderPage(page, session)
            res.writeHead(200, { 'Content-Type': HTML, 'Content-Length': Buffer.byteLength(html), 'Cache-Control': 'no-store' })
            res.end(req.method === 'HEAD' ? undefined : html)
        } catch (e) {
            if (!(e instanceof UiPageNotSimulatedError)) throw e
            rt.log(2, e.message, 'UI page')
            send(res, 501, e.message)
        }
    })
}

export function uiPageRoutes(): Route[] {
    return [
        { method: 'GET', path: '/login.do', handle: loginForm },
        {
            method: 'POST',
            path: '/login.do',
            handle: ({ req, res, core }) => guarded(res, runtimeOf(core), 'UI login', () => login(runtimeOf(core), req, res)),
        },
        { method: 'GET', path: '/logout.do', handle: ({ req, res, core }) => logout(runtimeOf(core), req, res) },
        {
            method: 'GET',
            path: '/navpage.do',
            handle: ({ req, res, core }) => {
                const rt = runtimeOf(core)
                const session = loggedIn(rt, req)
                if (!session) redirect(res, '/login.do?sysparm_goto_url=%2Fnavpage.do')
                else send(res, 200, navPage(rt, session), HTML)
            },
        },
        // Any other `<name>.do` may be a UI page; routes listed before this one keep theirs.
        { method: '*', path: /\/[A-Za-z0-9_$-]+\.do/, handle: servePage },
    ]
}
