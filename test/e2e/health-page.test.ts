/**
 * The connection health page in a real headless Chromium against the sandbox: three connections
 * on the consumer brought to their states by the real token lifecycle (one valid, one needing
 * re-authorisation after the provider revoked its tokens, one Basic connection with no token), a
 * read-only Tether user logging in through the login form, the page on a phone and on a desktop.
 * Screenshots go to test-artifacts/.
 */
import type { Page } from 'playwright-core'
import { startSandbox, Sandbox } from '../../sandbox'
import { artifactPath, Browser, openBrowser, requireChromium } from './browser'
import { CLIENT_SECRET, health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run } from './setup'

jest.setTimeout(180_000)

const PAGE = '/x_tether_connection_health.do'
const VIEWER = 'health.viewer'
const VIEWER_PASSWORD = 'Viewer-Pw-2026!'
const PHONE = { width: 390, height: 844 }

let sandbox: Sandbox
let p: Pairing
let reauthId: string
let basicId: string
const browsers: Browser[] = []

function requestToken(connectionId: string): Promise<Record<string, unknown>> {
    return run(p.consumer, `new x_tether.TetherOAuth().requestToken('${connectionId}', ${JSON.stringify({ username: INTEGRATION_USER, password: INTEGRATION_PASSWORD })})`)
}

beforeAll(async () => {
    requireChromium()
    sandbox = await startSandbox({ startTime: '2026-02-02T08:00:00Z' })
    p = await pair(sandbox)
    // A second OAuth integration on the same provider registry, and a Basic one that never has a token.
    const ids = await run<{ reauth: string; basic: string }>(
        p.consumer,
        `var pr = new GlideRecord('x_tether_process'); pr.get('api_name', 'incident');
         var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Problem sync with the provider'; i.process = pr.getUniqueValue(); var iid = i.insert();
         var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Provider - Problem sync - Pre-Production'; c.integration = iid;
         c.environment = 'pre_production'; c.endpoint_url = '${p.provider.url}/api/x_tether/v1'; c.authentication = 'oauth2';
         c.oauth_profile = '${p.profileId}'; c.grant_type = 'password'; c.active = true; var reauth = c.insert();
         var j = new GlideRecord('x_tether_integration'); j.initialize(); j.name = 'Legacy partner'; j.process = pr.getUniqueValue(); var jid = j.insert();
         var b = new GlideRecord('x_tether_connection'); b.initialize(); b.name = 'Legacy partner - Development'; b.integration = jid;
         b.environment = 'development'; b.endpoint_url = 'https://legacy.example.com/api/x_tether/v1'; b.authentication = 'basic'; b.basic_user = 'legacy';
         b.active = true; var basic = b.insert();
         var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${VIEWER}'; u.setValue('user_password', '${VIEWER_PASSWORD}'); u.active = true; var uid = u.insert();
         var r = new GlideRecord('sys_user_role'); r.get('name', 'x_tether.user');
         var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();
         ({ reauth: reauth, basic: basic })`,
    )
    reauthId = ids.reauth
    basicId = ids.basic

    // Both OAuth connections get tokens; the provider then revokes every token it issued, so the
    // refresh job's next refresh of each is refused with invalid_grant (terminal: needs re-auth).
    expect(await requestToken(p.connectionId)).toMatchObject({ ok: true, state: 'valid' })
    expect(await requestToken(reauthId)).toMatchObject({ ok: true, state: 'valid' })
    await p.provider.fault({ kind: 'revoke_tokens' })
    await sandbox.clock.advance('31m')
    expect(await run(p.consumer, `new x_tether.TetherOAuth().getHealth('${reauthId}').state`)).toBe('needs_reauth')
    // A person re-authorises the first connection only.
    expect(await requestToken(p.connectionId)).toMatchObject({ ok: true, state: 'valid' })
    expect((await health(p)).state).toBe('valid')
    expect(await run(p.consumer, `new x_tether.TetherOAuth().getHealth('${basicId}').state`)).toBe('none')
})

afterAll(async () => {
    for (const b of browsers) await b.close().catch(() => undefined)
    await sandbox?.stop()
})

async function browser(options: Parameters<typeof openBrowser>[0]): Promise<Browser> {
    const b = await openBrowser(options)
    browsers.push(b)
    return b
}

/** Opens the page unauthenticated, gets sent to the login form, logs in and lands back on the page. */
async function logInThroughPage(page: Page): Promise<void> {
    await page.goto(`${p.consumer.url}${PAGE}`)
    const login = new URL(page.url())
    expect(login.pathname).toBe('/login.do')
    expect(login.searchParams.get('sysparm_goto_url')).toBe(PAGE)
    await page.fill('#user_name', VIEWER)
    await page.fill('#user_password', VIEWER_PASSWORD)
    await Promise.all([page.waitForURL(`${p.consumer.url}${PAGE}`), page.click('#sysverb_login')])
    await page.waitForSelector('.th-card')
}

interface CardView {
    id: string
    state: string
    classes: string
    title: string
    badge: string
    action: string
    text: string
    borderLeft: string
    top: number
    right: number
}

/**
 * What the browser shows of each card. In-page code is a string: the project's TypeScript has no DOM
 * typings (instance and Node code must not see browser globals).
 */
const READ_CARDS = `Array.from(document.querySelectorAll('.th-card')).map(function (n) {
    var rect = n.getBoundingClientRect();
    var text = function (sel) { var e = n.querySelector(sel); return e ? e.textContent : ''; };
    return {
        id: n.getAttribute('data-connection') || '', state: n.getAttribute('data-state') || '', classes: n.className,
        title: text('h2'), badge: text('.th-state'), action: text('.th-action'), text: n.innerText,
        borderLeft: getComputedStyle(n).borderLeftColor, top: Math.round(rect.top), right: Math.round(rect.right)
    };
})`

function cards(page: Page): Promise<CardView[]> {
    return page.evaluate<CardView[]>(READ_CARDS)
}

test('an unauthenticated visit is sent to the login form, and nothing of the data is on it', async () => {
    const b = await browser({ viewport: PHONE })
    const page = await b.context.newPage()
    const response = await page.goto(`${p.consumer.url}${PAGE}`)
    expect(new URL(page.url()).pathname).toBe('/login.do')
    expect(response?.status()).toBe(200)
    const text = await page.innerText('body')
    expect(text).toContain('Log in')
    expect(text).not.toContain('Provider - Test')
})

test('on a phone: every state in words, the needs_reauth connection highlighted and first, nothing wider than the screen', async () => {
    const b = await browser({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
    const page = await b.context.newPage()
    await logInThroughPage(page)

    const shown = await cards(page)
    expect(shown.map((c) => [c.id, c.state, c.badge])).toEqual([
        [reauthId, 'needs_reauth', 'Needs re-authorisation'],
        [p.connectionId, 'valid', 'Valid'],
        [basicId, 'none', 'No token'],
    ])
    const [reauth, valid, basic] = shown
    // Highlighted by a class, a sentence saying what to do, and colour — not colour alone.
    expect(reauth.classes).toContain('th-attention')
    expect(reauth.action).toMatch(/^Action needed: re-authorise/)
    expect(reauth.text).toMatch(/Last error\s+\S*invalid_grant/)
    expect(reauth.borderLeft).toBe('rgb(179, 38, 30)')
    expect(valid.classes).not.toContain('th-attention')
    expect(valid.action).toBe('')
    expect(valid.borderLeft).not.toBe(reauth.borderLeft)
    expect(basic.classes).toContain('th-idle')
    expect(basic.text).toMatch(/Authentication\s+Basic\s+Tokens\s+Not used: this connection does not use OAuth 2.0/)
    expect(reauth.title).toBe('Provider - Problem sync - Pre-Production')
    expect(reauth.text).toContain('Problem sync with the provider · Pre-Production · Active')

    // Times in UTC on the instance's clock (08:31 after the advance): the new access token of the
    // re-authorised connection expires 29 minutes after its grant, less the 60 s margin.
    expect(valid.text).toMatch(/Access token expires\s+2026-02-02 09:00 UTC \(in 29 min\)/)
    expect(valid.text).toMatch(/Refresh token expires\s+2026-05-13 08:30 UTC \(99 days left\)/)
    expect(valid.text).toMatch(/Next refresh\s+2026-02-02 08:\d\d UTC \(in \d+ min\)/)
    expect(await page.innerText('#th-summary')).toBe('3 connections: 1 needs re-authorisation, 1 valid, 1 no token. 1 needs attention.')
    expect(await page.innerText('#th-note')).toContain('All times are UTC')

    // The viewport meta took effect (a 390 px layout, not a zoomed-out 980 px one) and nothing overflows it.
    const layout = await page.evaluate('({ client: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth, inner: window.innerWidth })')
    expect(layout).toEqual({ client: PHONE.width, scroll: PHONE.width, inner: PHONE.width })
    for (const c of shown) expect(c.right).toBeLessThanOrEqual(PHONE.width)
    // One column on a phone.
    expect(new Set(shown.map((c) => c.top)).size).toBe(3)

    const body = await page.innerText('body')
    for (const secret of [INTEGRATION_PASSWORD, CLIENT_SECRET, VIEWER_PASSWORD]) expect(body).not.toContain(secret)

    const file = artifactPath('health-page-phone.png')
    await page.screenshot({ path: file, fullPage: true })
    console.log(`health page screenshot (phone ${PHONE.width}x${PHONE.height}): ${file}`)
})

test('on a desktop: the cards sit side by side, same states, and the Refresh button reloads from the instance', async () => {
    const b = await browser({ viewport: { width: 1280, height: 800 } })
    const page = await b.context.newPage()
    await logInThroughPage(page)

    let shown = await cards(page)
    expect(shown.map((c) => c.state)).toEqual(['needs_reauth', 'valid', 'none'])
    expect(new Set(shown.map((c) => c.top)).size).toBe(1)
    expect(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth')).toBe(true)

    // The person re-authorises the second connection; Refresh shows it without reloading the page.
    expect(await requestToken(reauthId)).toMatchObject({ ok: true, state: 'valid' })
    await page.click('#th-refresh')
    await page.waitForFunction(`document.querySelectorAll('.th-card[data-state="valid"]').length === 2`)
    shown = await cards(page)
    expect(shown.some((c) => c.classes.includes('th-attention'))).toBe(false)
    expect(await page.innerText('#th-summary')).toBe('3 connections: 2 valid, 1 no token.')

    // Back to the state the phone test showed, for the screenshot.
    await p.provider.fault({ kind: 'revoke_tokens' })
    await run(p.consumer, `new x_tether.TetherOAuth().requestToken('${reauthId}', { username: '${INTEGRATION_USER}', password: 'wrong-on-purpose' })`)
    await page.click('#th-refresh')
    await page.waitForSelector('.th-card.th-attention[data-state="needs_reauth"]')
    const file = artifactPath('health-page-desktop.png')
    await page.screenshot({ path: file, fullPage: true })
    console.log(`health page screenshot (desktop 1280x800): ${file}`)
})
