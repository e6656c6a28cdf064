/**
 * Bad-input matrix, token responses: the provider's /oauth_token.do answers garbage (not JSON, an
 * HTML page, no access_token, a bad expires_in or token_type, a 200 with an error body, a 4 MB body cut off or whole)
 * to Get OAuth Token (TetherOAuth.requestToken) and to the refresh job. Each gets a clear error code
 * (result, token event `failed`, connection last_error), the stored refresh token and its real expiry
 * are kept, no forged token is ever stored or handed out, no secret appears anywhere, and the
 * connection serves again (at once when the old access token still stands, else after the backoff).
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { CLIENT_SECRET, health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, pingWithTether, run, secretsFoundIn } from './setup'

jest.setTimeout(120000)

let sandbox: Sandbox
let p: Pairing

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-04-06T08:00:00Z' })
    p = await pair(sandbox)
})

afterAll(async () => {
    await sandbox?.stop()
})

afterEach(async () => {
    await p.provider.clearFaults()
})

interface Case {
    name: string
    status: number
    contentType: string
    body: string
    code: string
    message: RegExp
    /** The platform stored the answer's access token before Tether refused it (Tether deletes it). */
    replacesAccess: boolean
}

const forged = (name: string) => `Forged-Access-Token-${name.replace(/\W+/g, '-')}-0123456789`
const json = (o: Record<string, unknown>) => JSON.stringify(o)

const cases: Case[] = [
    { name: 'not JSON', status: 200, contentType: 'text/plain', body: 'access_token=abc&expires_in=1800', code: 'bad_response', message: /^bad_response: Invalid token response \(HTTP 200\): not JSON \(text\/plain\)$/, replacesAccess: false },
    { name: 'an HTML error page (502)', status: 502, contentType: 'text/html', body: '<html><body><h1>502 Bad Gateway</h1></body></html>', code: 'provider_error', message: /^provider_error: Invalid token response \(HTTP 502\): not JSON \(text\/html\)$/, replacesAccess: false },
    { name: 'an HTML login page (200)', status: 200, contentType: 'text/html', body: '<html><form action="login.do"></form></html>', code: 'bad_response', message: /not JSON \(text\/html\)$/, replacesAccess: false },
    { name: 'no access_token', status: 200, contentType: 'application/json', body: json({ token_type: 'Bearer', expires_in: 1800, scope: 'useraccount' }), code: 'bad_response', message: /^bad_response: Invalid token response: no access_token$/, replacesAccess: false },
    { name: 'expires_in missing', status: 200, contentType: 'application/json', body: json({ access_token: forged('missing'), token_type: 'Bearer' }), code: 'bad_response', message: /^bad_response: Invalid token response: no expires_in/, replacesAccess: true },
    { name: 'expires_in negative', status: 200, contentType: 'application/json', body: json({ access_token: forged('negative'), token_type: 'Bearer', expires_in: -1800 }), code: 'bad_response', message: /^bad_response: Invalid token response: expires_in is -1800; it must be a positive number of seconds$/, replacesAccess: true },
    { name: 'expires_in a string', status: 200, contentType: 'application/json', body: json({ access_token: forged('string'), token_type: 'Bearer', expires_in: 'half an hour' }), code: 'bad_response', message: /^bad_response: Invalid token response: expires_in is "half an hour", not a number of seconds$/, replacesAccess: true },
    { name: 'expires_in huge', status: 200, contentType: 'application/json', body: json({ access_token: forged('huge'), token_type: 'Bearer', expires_in: 99999999999 }), code: 'bad_response', message: /^bad_response: Invalid token response: expires_in is "99999999999" seconds, more than a year/, replacesAccess: true },
    { name: 'token_type not Bearer', status: 200, contentType: 'application/json', body: json({ access_token: forged('mac'), token_type: 'mac', expires_in: 1800 }), code: 'bad_response', message: /^bad_response: Invalid token response: token_type is "mac", not Bearer$/, replacesAccess: true },
    { name: '200 with an error body', status: 200, contentType: 'application/json', body: json({ error: 'invalid_grant', error_description: 'The grant is not valid' }), code: 'bad_response', message: /^bad_response: Invalid token response \(HTTP 200 with an error\): invalid_grant, The grant is not valid$/, replacesAccess: false },
    { name: 'a 4 MB body cut off mid-way', status: 200, contentType: 'application/json', body: `{"padding": "${'x'.repeat(4 * 1024 * 1024)}"`, code: 'bad_response', message: /^bad_response: Invalid token response \(HTTP 200\): not JSON \(application\/json\)$/, replacesAccess: false },
    { name: 'a 4 MB JSON body without a token', status: 200, contentType: 'application/json', body: json({ token_type: 'Bearer', expires_in: 1800, padding: 'x'.repeat(4 * 1024 * 1024) }), code: 'bad_response', message: /^bad_response: Invalid token response: no access_token$/, replacesAccess: false },
]

interface Snapshot {
    access: string
    refresh: string
    refreshExpires: string
}

async function stored(): Promise<{ access: string; refresh: string }> {
    return run(p.consumer, `var t = new sn_auth.GlideOAuthClient().getToken('${p.connectionId}', '${p.profileId}'); ({ access: String(t.getAccessToken() || ''), refresh: String(t.getRefreshToken() || '') })`)
}

/** A healthy connection with a fresh grant, and what it holds. */
async function healthy(): Promise<Snapshot> {
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
    const tokens = await stored()
    return { ...tokens, refreshExpires: String((await health(p)).refreshExpires) }
}

async function failedEvents(): Promise<Record<string, string | null>[]> {
    return p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed^ORDERBYsys_created_on`)
}

async function answerWith(c: Case, options: { every?: boolean } = {}): Promise<void> {
    await p.provider.fault({ kind: 'fail', path: '/oauth_token.do', status: c.status, contentType: c.contentType, body: c.body, ...(options.every ? { share: 1 } : { count: 1 }) })
}

/** No secret in what the caller got back, nor anywhere on either instance (every table and the raw store files). */
async function expectNoSecrets(before: Snapshot, c: Case, extra: unknown): Promise<void> {
    const secrets = [CLIENT_SECRET, INTEGRATION_PASSWORD, before.access, before.refresh, forged(c.name)]
    const answer = JSON.stringify(extra)
    for (const secret of secrets) expect(answer.includes(secret)).toBe(false)
    expect(secretsFoundIn([p.consumer, p.provider], secrets)).toEqual([])
}

/** What must hold right after the refused answer. */
async function expectRefusedCleanly(c: Case, before: Snapshot, failuresBefore: number, extra: unknown): Promise<void> {
    const h = await health(p)
    expect(h.lastError).toMatch(c.message)
    expect(String(h.lastError).length).toBeLessThanOrEqual(1000)
    const failed = await failedEvents()
    expect(failed.length).toBe(failuresBefore + 1)
    expect(failed[failed.length - 1]).toMatchObject({ error_code: c.code, http_status: String(c.status) })
    // Nothing lost: the refresh token and its real expiry stand; no forged token is stored.
    const now = await stored()
    expect(now.refresh).toBe(before.refresh)
    expect(h.refreshExpires).toBe(before.refreshExpires)
    expect(now.access).not.toBe(forged(c.name))
    if (c.replacesAccess) {
        // The platform had replaced the access token with the refused one; Tether deleted it and no
        // longer promises one: the connection waits for its backoff, then refreshes.
        expect(now.access).toBe('')
        expect(h).toMatchObject({ state: 'error', accessExpires: '' })
        const token = await run<{ ok: boolean; code: string; token?: string }>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}')`)
        expect(token).toMatchObject({ ok: false, code: 'provider_unreachable' })
    } else {
        expect(now.access).toBe(before.access)
        expect(h.state).toBe('degraded')
        expect(await pingWithTether(p)).toMatchObject({ ok: true, status: 200 })
    }
    expect(h.state).not.toBe('needs_reauth')
    await expectNoSecrets(before, c, extra)
}

/**
 * The connection recovers on its own once the provider answers properly again, and serves: by the
 * next due refresh (after the backoff when the access token is gone, within the access token's life
 * when it still stands — a failed Get OAuth Token leaves the working token in use until then).
 */
async function expectRecovers(): Promise<void> {
    await sandbox.clock.advance('30m')
    expect(await health(p)).toMatchObject({ state: 'valid', consecutiveFailures: 0, lastError: '' })
    expect(await pingWithTether(p)).toMatchObject({ ok: true, status: 200 })
}

describe('Get OAuth Token (TetherOAuth.requestToken) against a malformed answer', () => {
    test.each(cases)('$name: $code, nothing lost, no secret, serving again', async (c) => {
        const before = await healthy()
        const failuresBefore = (await failedEvents()).length
        await answerWith(c)
        const result = await run<Record<string, unknown>>(
            p.consumer,
            `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`,
        )
        expect(result).toMatchObject({ ok: false, code: c.code })
        expect(`${result.code}: ${result.message}`).toMatch(c.message)
        await expectRefusedCleanly(c, before, failuresBefore, result)
        await expectRecovers()
    })
})

describe('the refresh job against a malformed answer', () => {
    test.each(cases)('$name: $code, nothing lost, no secret, serving again', async (c) => {
        const before = await healthy()
        const failuresBefore = (await failedEvents()).length
        await answerWith(c, { every: true })
        // Minute by minute until the job's refresh has met the malformed answer once.
        const runs: unknown[] = []
        for (let i = 0; i < 40 && (await failedEvents()).length === failuresBefore; i++) runs.push(await sandbox.clock.advance('1m'))
        await p.provider.clearFaults()
        const last = (await failedEvents()).slice(-1)[0]
        expect(last.grant_type).toBe('refresh_token')
        await expectRefusedCleanly(c, before, failuresBefore, runs)
        await expectRecovers()
    })
})
