/**
 * UI pages on the sandbox: the login form, a logged-in session getting the installed
 * x_tether_connection_health.do with its g_ck, the page's REST call authenticated by that g_ck, and
 * the loud refusals for what the sandbox does not evaluate (Jelly beyond the wrapper, direct pages,
 * processing scripts).
 */
import { allRoutes } from '../../sandbox/instance/routes'
import { renderJellyWrapper, safeGotoUrl } from '../../sandbox/instance/platform/ui-pages'
import { createUser, HttpTestInstance, START, startHttpInstance } from './helpers'

const PAGE = '/x_tether_connection_health.do'
const PASSWORD = 'Viewer-Pw-123'
const STORED_SECRET = 'Stored-OAuth-Pw-987'

let instance: HttpTestInstance

beforeAll(async () => {
    instance = await startHttpInstance(allRoutes())
    createUser(instance, 'viewer', ['x_tether.user'], PASSWORD)
    createUser(instance, 'outsider', [], PASSWORD)
    instance.run(`
        var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Incident with ACME'; var iid = i.insert();
        var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'ACME - Test'; c.integration = iid; c.environment = 'test';
        c.authentication = 'oauth2'; c.grant_type = 'password'; c.token_state = 'needs_reauth'; c.last_error = 'invalid_grant: refresh token revoked';
        c.refresh_expires = '2026-03-01 10:00:00'; c.consecutive_failures = 1;
        c.oauth_username = 'acme.integration'; c.oauth_password.setDisplayValue('${STORED_SECRET}'); c.insert();`)
})

afterAll(async () => {
    await instance?.closeAsync()
})

beforeEach(() => {
    instance.setTime(START)
})

function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${instance.url}${path}`, { redirect: 'manual', headers })
}

async function login(user: string, password: string, gotoUrl = PAGE): Promise<Response> {
    return fetch(`${instance.url}/login.do`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: user, user_password: password, sysparm_goto_url: gotoUrl, sys_action: 'sysverb_login' }).toString(),
    })
}

/** Logs in and returns the session cookie ("JSESSIONID=…"). */
async function cookieFor(user: string): Promise<string> {
    const res = await login(user, PASSWORD)
    expect(res.status).toBe(302)
    const cookie = /^(JSESSIONID=[0-9A-F]+);/.exec(res.headers.get('set-cookie') ?? '')
    expect(cookie).not.toBeNull()
    return cookie![1]
}

function gck(html: string): string {
    const m = /window\.g_ck = "([0-9a-f]{64})"/.exec(html)
    expect(m).not.toBeNull()
    return m![1]
}

test('an unauthenticated visit is sent to the login form, which carries the page through', async () => {
    const res = await get(`${PAGE}?view=phone`)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(`/login.do?sysparm_goto_url=${encodeURIComponent(`${PAGE}?view=phone`)}`)

    const form = await (await get(res.headers.get('location')!)).text()
    expect(form).toContain('<input type="hidden" name="sysparm_goto_url" value="/x_tether_connection_health.do?view=phone"/>')
    expect(form).toMatch(/id="user_name"[\s\S]*id="user_password"[\s\S]*id="sysverb_login"/)
})

test('a wrong password answers the form again with the error and no session; a cookie that names no session is still sent to login', async () => {
    const res = await login('viewer', 'wrong')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(await res.text()).toContain('User name or password invalid')
    expect((await get(PAGE, { Cookie: 'JSESSIONID=0123456789ABCDEF0123456789ABCDEF' })).status).toBe(302)
})

test('after login the page is served with its HTML (Jelly wrapper stripped), its client script and the session g_ck', async () => {
    const cookie = await cookieFor('viewer')
    const res = await get(PAGE, { Cookie: cookie })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toMatch(/^<!DOCTYPE html>/)
    expect(html).not.toMatch(/<\?xml|<j:jelly|<\/j:jelly>/)
    expect(html).toContain('<h1>Tether connection health</h1>')
    // As the SDK's XML builder wrote it (an end tag a browser ignores for a void element).
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"></meta>')
    // The client script follows the page's HTML, in a script tag.
    expect(html.indexOf("var HEALTH_URL = '/api/x_tether/admin/health'")).toBeGreaterThan(html.indexOf('id="th-list"'))
    gck(html)
})

test("the page's g_ck authenticates its REST call; the cookie alone or a wrong token does not", async () => {
    const cookie = await cookieFor('viewer')
    const token = gck(await (await get(PAGE, { Cookie: cookie })).text())

    const ok = await get('/api/x_tether/admin/health', { Cookie: cookie, 'X-UserToken': token, Accept: 'application/json' })
    expect(ok.status).toBe(200)
    const body = (await ok.json()) as { result: { connections: unknown[] } }
    expect(body.result).toMatchObject({ generatedAt: '2026-01-05 09:00:00', timeZone: 'UTC' })
    expect(body.result.connections).toEqual([
        expect.objectContaining({
            name: 'ACME - Test',
            integration: 'Incident with ACME',
            environment: 'Test',
            authentication: 'oauth2',
            authenticationLabel: 'OAuth 2.0',
            state: 'needs_reauth',
            lastError: 'invalid_grant: refresh token revoked',
            refreshExpires: '2026-03-01 10:00:00',
            refreshDaysLeft: 55,
            consecutiveFailures: 1,
        }),
    ])
    // No secret (nor its ciphertext) in the answer the page renders.
    expect(ok.headers.get('cache-control')).toBe('no-store')
    expect(JSON.stringify(body)).not.toContain(STORED_SECRET)
    expect(JSON.stringify(body)).not.toMatch(/enc1:|oauth_password|basic_password|client_secret/)

    expect((await get('/api/x_tether/admin/health', { Cookie: cookie })).status).toBe(401)
    expect((await get('/api/x_tether/admin/health', { Cookie: cookie, 'X-UserToken': 'f'.repeat(64) })).status).toBe(401)
})

test('a logged-in user without a Tether role gets the page shell, but its data call is refused with 403', async () => {
    const cookie = await cookieFor('outsider')
    const page = await get(PAGE, { Cookie: cookie })
    expect(page.status).toBe(200)
    const token = gck(await page.text())
    expect((await get('/api/x_tether/admin/health', { Cookie: cookie, 'X-UserToken': token })).status).toBe(403)
})

test('the session ends after 30 idle minutes of instance time, and on logout', async () => {
    const cookie = await cookieFor('viewer')
    instance.setTime(START + 31 * 60_000)
    expect((await get(PAGE, { Cookie: cookie })).status).toBe(302)

    instance.setTime(START)
    const again = await cookieFor('viewer')
    expect((await get(PAGE, { Cookie: again })).status).toBe(200)
    const out = await get('/logout.do', { Cookie: again })
    expect([out.status, out.headers.get('location')]).toEqual([302, '/login.do'])
    expect((await get(PAGE, { Cookie: again })).status).toBe(302)
})

test('login only redirects to local paths; an unknown page is 404', async () => {
    for (const evil of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
        const res = await login('viewer', PASSWORD, evil)
        expect(res.headers.get('location')).toBe('/navpage.do')
    }
    expect(safeGotoUrl('/x_tether_connection_health.do?a=1')).toBe('/x_tether_connection_health.do?a=1')
    const cookie = await cookieFor('viewer')
    const nav = await (await get('/navpage.do', { Cookie: cookie })).text()
    expect(nav).toContain('Logged in as viewer')
    expect(nav).toContain('href="/x_tether_connection_health.do"')
    expect((await get('/x_tether_no_such_page.do', { Cookie: cookie })).status).toBe(404)
})

describe('what the sandbox does not evaluate fails loudly', () => {
    function addPage(name: string, fields: Record<string, string | boolean>): void {
        instance.run(`var p = new GlideRecord('sys_ui_page'); p.initialize(); p.name = ${JSON.stringify(name)}; p.endpoint = ${JSON.stringify(`x_tether_${name}.do`)};
            var f = ${JSON.stringify(fields)}; for (var k in f) p.setValue(k, f[k]); p.insert();`)
    }
    const wrap = (inner: string): string => `<?xml version="1.0" encoding="utf-8" ?><j:jelly trim="false" xmlns:j="jelly:core" xmlns:g="glide" xmlns:j2="null" xmlns:g2="null">${inner}</j:jelly>`

    beforeAll(() => {
        addPage('evaluate', { html: wrap('<g:evaluate var="jvar_x">gs.getUserName()</g:evaluate><p>${jvar_x}</p>') })
        addPage('expression', { html: wrap('<p>Hello $[gs.getUserName()]</p>') })
        addPage('malformed', { html: wrap('<p>unclosed') })
        addPage('direct', { html: '<html><body>direct</body></html>', direct: true })
        addPage('plain', { html: wrap('<p id="x">plain</p>'), client_script: 'var s = "</script><b>";', processing_script: 'gs.info("posted")' })
    })

    test.each([
        ['evaluate', 501, 'the Jelly tag <g:evaluate> in UI page evaluate is not evaluated'],
        ['expression', 501, 'the Jelly expression $[gs.getUserName()] in UI page expression is not evaluated'],
        ['malformed', 500, 'not well-formed XML'],
        ['direct', 501, 'direct UI pages (direct) are not served'],
    ])('%s → %i', async (name, status, message) => {
        const cookie = await cookieFor('viewer')
        const res = await get(`/x_tether_${name}.do`, { Cookie: cookie })
        expect(res.status).toBe(status)
        expect(await res.text()).toContain(message)
    })

    test('a POST to a page (its processing script) is refused; a client script cannot close its script tag early', async () => {
        const cookie = await cookieFor('viewer')
        const post = await fetch(`${instance.url}/x_tether_plain.do`, { method: 'POST', redirect: 'manual', headers: { Cookie: cookie }, body: '' })
        expect(post.status).toBe(501)
        expect(await post.text()).toContain('processing scripts (POST /x_tether_plain.do) are not run')
        const html = await (await get('/x_tether_plain.do', { Cookie: cookie })).text()
        expect(html).toContain('var s = "<\\/script><b>";')
    })

    test('renderJellyWrapper keeps a page without the wrapper as it is', () => {
        expect(renderJellyWrapper('<div><p>no wrapper</p></div>', 'bare')).toBe('<div><p>no wrapper</p></div>')
    })
})
