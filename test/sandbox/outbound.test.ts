/**
 * Two simulated instances talking as two real ones do: the consumer obtains tokens from the
 * provider's /oauth_token.do through sn_auth, calls the provider's Tether API with RESTMessageV2 and
 * an OAuth profile (the platform refreshing an expired access token by itself), and every fault the
 * sandbox can inject shows up the way it would on a network, then clears.
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { FaultBoard as FaultBoardForTest } from '../../sandbox/instance/faults'

let sandbox: Sandbox
let provider: InstanceHandle
let consumer: InstanceHandle
let profileId: string
const CLIENT_SECRET = 'Client-Secret-For-Tests-0123456789'
const USER_PASSWORD = 'Integration-Pw-42!'

async function run<T = unknown>(instance: InstanceHandle, code: string): Promise<T> {
    return (await instance.runScript(code)).result as T
}

/** Calls the provider's ping through RESTMessageV2 with the consumer's OAuth profile. */
function ping(options: { timeoutMs?: number } = {}): Promise<{ status: number; body: string; error: string | null; retryAfter: string | null; auth: string | null }> {
    return run(
        consumer,
        `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
         r.setAuthenticationProfile('oauth2', '${profileId}'); r.setRequestorProfile('x_tether_connection', 'conn-1');
         ${options.timeoutMs ? `r.setHttpTimeout(${options.timeoutMs});` : ''}
         var res = r.execute();
         ({ status: res.getStatusCode(), body: res.getBody(), error: res.getErrorMessage(), retryAfter: res.getHeader('Retry-After'), auth: res.getHeader('WWW-Authenticate') })`,
    )
}

function storedTokens(): Promise<{ access: string | null; refresh: string | null; accessExpiresIn: number; refreshExpiresIn: number }> {
    return run(
        consumer,
        `var t = new sn_auth.GlideOAuthClient().getToken('conn-1', '${profileId}');
         ({ access: t.getAccessToken(), refresh: t.getRefreshToken(), accessExpiresIn: t.getExpiresIn(), refreshExpiresIn: t.getRefreshTokenExpiresIn() })`,
    )
}

function passwordGrant(): Promise<{ error: string | null; code: string; expiresIn: number | null }> {
    return run(
        consumer,
        `var req = new sn_auth.GlideOAuthClientRequest(); req.setGrantType('password'); req.setUserName('tether.integration');
         req.setPassword('${USER_PASSWORD}'); req.setParameter('oauth_requestor_context', 'x_tether_connection');
         req.setParameter('oauth_requestor', 'conn-1'); req.setParameter('oauth_provider_profile', '${profileId}');
         var res = new sn_auth.GlideOAuthClient().requestTokenByRequest(null, req);
         ({ error: res.getErrorMessage(), code: res.getResponseCode(), expiresIn: res.getToken() ? res.getToken().getExpiresIn() : null })`,
    )
}

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-03-02T08:00:00Z' })
    provider = sandbox.instance('provider')
    consumer = sandbox.instance('consumer')
    await run(
        provider,
        `var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = 'Tether partner'; e.type = 'client'; e.client_id = 'tether-client-1';
         e.setValue('client_secret', '${CLIENT_SECRET}'); e.access_token_lifespan = 1800; e.refresh_token_lifespan = 8640000; e.active = true; e.insert();
         var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = 'tether.integration'; u.setValue('user_password', '${USER_PASSWORD}'); u.active = true; var uid = u.insert();
         var r = new GlideRecord('sys_user_role'); r.get('name', 'x_tether.integration');
         var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();`,
    )
    profileId = await run<string>(
        consumer,
        `var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = 'Provider instance'; e.type = 'oauth_provider'; e.client_id = 'tether-client-1';
         e.setValue('client_secret', '${CLIENT_SECRET}'); e.token_url = '${provider.url}/oauth_token.do'; e.default_grant_type = 'password'; e.active = true; var eid = e.insert();
         var p = new GlideRecord('oauth_entity_profile'); p.initialize(); p.name = 'Provider instance default_profile'; p.oauth_entity = eid; p['default'] = true; p.grant_type = 'password'; p.insert()`,
    )
}, 60000)

afterAll(async () => {
    await sandbox?.stop()
})

afterEach(async () => {
    await provider.clearFaults()
    await consumer.clearFaults()
})

test('a password grant through sn_auth stores the tokens against the requestor profile', async () => {
    expect(await passwordGrant()).toEqual({ error: null, code: '200', expiresIn: 1800 })
    const tokens = await storedTokens()
    expect(tokens.access).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(tokens.refresh).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(tokens.accessExpiresIn).toBe(1800)
    expect(tokens.refreshExpiresIn).toBe(8640000)
    const rows = await consumer.query('oauth_credential', 'requestor_id=conn-1')
    expect(rows.map((r) => r.type).sort()).toEqual(['access_token', 'refresh_token'])
    for (const r of rows) expect(r.token_received).not.toContain(tokens.access!)
})

test('RESTMessageV2 with the OAuth profile calls the provider as the integration user', async () => {
    const res = await ping()
    expect(res.status).toBe(200)
    expect(JSON.parse(res.body).result).toMatchObject({ status: 'ok', user: 'tether.integration', app: 'x_tether' })
})

test('an expired access token is refreshed by the platform before the call; the echoed refresh token inflates the stored expiry', async () => {
    const before = await storedTokens()
    await sandbox.clock.advance('31m')
    const res = await ping()
    expect(res.status).toBe(200)
    const after = await storedTokens()
    expect(after.access).not.toBe(before.access)
    // The provider echoed the same refresh token (no rotation) ...
    expect(after.refresh).toBe(before.refresh)
    // ... and the consumer re-dated it, so it now believes it lives 31 minutes longer than it does.
    expect(after.refreshExpiresIn).toBe(8640000)
    const issued = await provider.query('oauth_credential', 'type=refresh_token')
    const realExpiry = Date.parse(issued[0].expires!.replace(' ', 'T') + 'Z')
    expect(realExpiry - (await provider.now())).toBeLessThan(8640000 * 1000 - 30 * 60000)
})

describe('faults', () => {
    test('down: connection refused until cleared', async () => {
        await provider.fault({ kind: 'down' })
        const res = await ping()
        expect(res.status).toBe(0)
        expect(res.error).toMatch(/ECONNREFUSED/)
        await provider.clearFaults()
        expect((await ping()).status).toBe(200)
    })

    test('fail: the next N requests on a path get the status and Retry-After', async () => {
        await provider.fault({ kind: 'fail', path: '/api/x_tether', count: 2, status: 503, retryAfter: 120 })
        const first = await ping()
        const second = await ping()
        const third = await ping()
        expect([first.status, second.status, third.status]).toEqual([503, 503, 200])
        expect(first.retryAfter).toBe('120')
    })

    test('fail on the token endpoint: sn_auth reports the status and the message of the REST error envelope', async () => {
        await provider.fault({ kind: 'fail', path: '/oauth_token.do', count: 1, status: 503 })
        const refused = await passwordGrant()
        expect(refused.code).toBe('503')
        expect(refused.error).toBe('HTTP 503 from the token endpoint: Simulated 503: Fault injected by the Tether sandbox')
        expect((await passwordGrant()).error).toBeNull()
    })

    test('fail with a share: every n-th request fails, the rest pass', async () => {
        await provider.fault({ kind: 'fail', path: '/api/x_tether', share: 0.5, status: 500 })
        const statuses = []
        for (let i = 0; i < 4; i++) statuses.push((await ping()).status)
        expect(statuses).toEqual([200, 500, 200, 500])
    })

    test('fail with a content type and any status: a malformed token answer, which sn_auth reports without storing anything', async () => {
        const before = await storedTokens()
        await provider.fault({ kind: 'fail', path: '/oauth_token.do', status: 200, contentType: 'text/html; charset=utf-8', body: '<html><body>Maintenance</body></html>' })
        const raw = await fetch(`${provider.url}/oauth_token.do`, { method: 'POST' }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), body: await r.text() }))
        expect(raw).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<html><body>Maintenance</body></html>' })
        await provider.fault({ kind: 'fail', path: '/oauth_token.do', status: 200, contentType: 'text/html', body: '<html><body>Maintenance</body></html>' })
        expect(await passwordGrant()).toEqual({ error: 'Invalid token response (HTTP 200): not JSON (text/html)', code: '200', expiresIn: null })
        expect(await storedTokens()).toEqual(before)
        expect(() => new FaultBoardForTest().addHttp({ kind: 'fail', contentType: 'text/html\r\nX-Injected: 1' })).toThrow(/one-line/)
    })

    test('slow: answers arrive late, and a short timeout gives a clear timeout error', async () => {
        await provider.fault({ kind: 'slow', latencyMs: 1500 })
        const res = await ping({ timeoutMs: 300 })
        expect(res.status).toBe(0)
        expect(res.error).toMatch(/timed out/)
        await provider.clearFaults()
        // (a generous timeout here: the point is that the latency is gone, on a busy machine too)
        expect((await ping({ timeoutMs: 5000 })).status).toBe(200)
    })

    test('drop: the connection is cut in the middle of the answer', async () => {
        await provider.fault({ kind: 'drop', path: '/api/x_tether', count: 1 })
        const res = await ping()
        expect(res.status).toBe(0)
        expect(res.error).toMatch(/reset|cut off|socket hang up|aborted/i)
        expect((await ping()).status).toBe(200)
    })

    test('revoke_tokens: the bearer token is refused with invalid_token, and a new grant works', async () => {
        await provider.fault({ kind: 'revoke_tokens' })
        const res = await ping()
        expect(res.status).toBe(401)
        expect(res.auth).toMatch(/error="invalid_token"/)
        expect((await passwordGrant()).error).toBeNull()
        expect((await ping()).status).toBe(200)
    })

    test('client_secret: the consumer is refused with invalid_client until the fault clears', async () => {
        await provider.fault({ kind: 'client_secret', registry: 'tether-client-1', secret: 'a-rotated-secret-value' })
        const refused = await passwordGrant()
        expect(refused.code).toBe('401')
        expect(refused.error).toMatch(/invalid_client/)
        await provider.clearFaults()
        expect((await passwordGrant()).error).toBeNull()
    })

    test('crash after: the consumer dies by SIGKILL once the provider answered; what it stored before survives the restart', async () => {
        await run(consumer, `var gr = new GlideRecord('incident'); gr.initialize(); gr.short_description = 'before the crash'; gr.insert()`)
        const before = (await provider.query('syslog_transaction', 'url=/api/x_tether/v1/ping')).length
        expect((await consumer.fault({ kind: 'crash', path: '/api/x_tether/v1/ping', when: 'after' })).crash).toEqual([{ path: '/api/x_tether/v1/ping', when: 'after' }])
        await expect(ping()).rejects.toThrow(/Sandbox instance "consumer" was killed by SIGKILL while running runScript/)
        expect(consumer.running).toBe(false)
        // The provider did answer the call the consumer never saw the end of.
        expect((await provider.query('syslog_transaction', 'url=/api/x_tether/v1/ping')).length).toBe(before + 1)
        await consumer.restart()
        expect((await consumer.query('incident', 'short_description=before the crash')).length).toBe(1)
        expect((await consumer.faultState()).crash).toEqual([])
        expect((await ping()).status).toBe(200)
    })

    test('crash in a scheduled job during an advance: the advance fails, the clock is not left behind the crash', async () => {
        const from = sandbox.clock.now()
        const at = new Date(from + 7 * 60000).toISOString().replace('T', ' ').slice(0, 19)
        await run(
            consumer,
            `var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = 'Test: call the provider once'; j.run_type = 'once'; j.run_start = '${at}'; j.active = true;
             j.script = "var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${provider.url}/stats.do'); r.setHttpMethod('get'); r.execute();"; j.insert();`,
        )
        await consumer.fault({ kind: 'crash', path: '/stats.do', when: 'after' })
        await expect(sandbox.clock.advance('1h')).rejects.toThrow(/consumer" was killed by SIGKILL while running runJobsThrough/)
        // Down from the crash at +7 min: the shared clock stands at or after it, not back at the start.
        expect(sandbox.clock.now()).toBeGreaterThanOrEqual(from + 7 * 60000)
        expect(sandbox.clock.now()).toBeLessThanOrEqual(from + 3600000)
        await consumer.restart()
        expect(await consumer.now()).toBe(sandbox.clock.now())
    })

    test('crash before: the request never leaves; other paths do not trigger it; clearing disarms it', async () => {
        // Fresh tokens first, so the ping needs no refresh.
        expect((await passwordGrant()).error).toBeNull()
        await consumer.fault({ kind: 'crash', path: '/oauth_token.do', when: 'before' })
        expect((await ping()).status).toBe(200)
        await consumer.clearFaults()
        expect((await passwordGrant()).error).toBeNull()
        const before = (await provider.query('syslog_transaction', 'url=/oauth_token.do')).length
        await consumer.fault({ kind: 'crash', path: '/oauth_token.do', when: 'before' })
        await expect(passwordGrant()).rejects.toThrow(/killed by SIGKILL/)
        await consumer.restart()
        expect((await provider.query('syslog_transaction', 'url=/oauth_token.do')).length).toBe(before)
        await expect(consumer.fault({ kind: 'crash', path: 'oauth_token.do' })).rejects.toThrow(/crash needs "path"/)
    })

    test('skew: the instance clock moves by the skew, and clears back', async () => {
        const base = await provider.now()
        await consumer.fault({ kind: 'skew', ms: 300000 })
        expect((await consumer.now()) - base).toBe(300000)
        await consumer.clearFaults()
        expect((await consumer.now()) - base).toBe(0)
    })
})

test('a script that calls back into its own instance fails with a clear timeout instead of hanging', async () => {
    const res = await run<{ status: number; error: string }>(
        consumer,
        `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${consumer.url}/stats.do'); r.setHttpMethod('get'); r.setHttpTimeout(500);
         var res = r.execute(); ({ status: res.getStatusCode(), error: res.getErrorMessage() })`,
    )
    expect(res.status).toBe(0)
    expect(res.error).toMatch(/timed out after 500 ms/)
    // and the instance is still serving afterwards
    expect((await fetch(`${consumer.url}/stats.do`)).status).toBe(200)
})
