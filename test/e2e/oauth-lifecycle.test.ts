/**
 * The token lifecycle end to end on two sandbox instances (1800 s access tokens, 8,640,000 s refresh
 * tokens at the provider): the first grant through x_tether.TetherOAuth, terminal errors, an outage,
 * single flight, clock skew.
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { expiredTokenCalls, health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, pingWithTether, run, tokenRequests } from './setup'

jest.setTimeout(180000)

let sandbox: Sandbox
let p: Pairing

async function start(options: Parameters<typeof pair>[1] = {}): Promise<void> {
    sandbox = await startSandbox({ startTime: '2026-02-02T08:00:00Z' })
    p = await pair(sandbox, options)
}

afterEach(async () => {
    await sandbox?.stop()
})

function requestToken(options: Record<string, unknown> = { username: INTEGRATION_USER, password: INTEGRATION_PASSWORD }): Promise<Record<string, unknown>> {
    return run(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', ${JSON.stringify(options)})`)
}

async function events(): Promise<string[]> {
    return (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^ORDERBYsys_created_on`)).map((e) => `${e.event}${e.error_code ? `:${e.error_code}` : ''}`)
}

test('(a) the password grant through the script include: tokens stored by the platform, health valid, nothing stored unless asked', async () => {
    await start()
    expect(await requestToken()).toMatchObject({ ok: true, state: 'valid' })
    const stored = await p.consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)
    expect(stored.map((r) => r.type).sort()).toEqual(['access_token', 'refresh_token'])
    const h = await health(p)
    expect(h).toMatchObject({ state: 'valid', grantType: 'password', canRegrant: false, consecutiveFailures: 0, lastError: '' })
    // 1800 s less the 60 s skew margin; 100 days less the margin, counted from this grant.
    expect(h.accessExpires).toBe('2026-02-02 08:29:00')
    expect(h.refreshExpires).toBe('2026-05-13 07:59:00')
    const next = String(h.nextRefresh)
    expect(next > '2026-02-02 08:20:00' && next < '2026-02-02 08:24:00').toBe(true)
    const conn = (await p.consumer.query('x_tether_connection', `sys_id=${p.connectionId}`))[0]
    expect([conn.oauth_username, conn.oauth_password]).toEqual([null, null])
    expect(await events()).toEqual(['granted'])
    expect((await pingWithTether(p)).status).toBe(200)

    // Asked to store: the password is kept encrypted, for unattended re-grants.
    expect(await requestToken({ username: INTEGRATION_USER, password: INTEGRATION_PASSWORD, store: true })).toMatchObject({ ok: true })
    const after = (await p.consumer.query('x_tether_connection', `sys_id=${p.connectionId}`))[0]
    expect(after.oauth_username).toBe(INTEGRATION_USER)
    expect(after.oauth_password).toMatch(/^enc1:/)
    expect((await health(p)).canRegrant).toBe(true)
})

test('(a) bad input to requestToken gets a clear error and changes nothing', async () => {
    await start()
    expect(await requestToken({})).toMatchObject({ ok: false, code: 'missing_credentials' })
    expect(await requestToken({ username: INTEGRATION_USER, password: 'wrong' })).toMatchObject({ ok: false, code: 'invalid_grant', state: 'needs_reauth' })
    expect(await run(p.consumer, `new x_tether.TetherOAuth().requestToken('0123456789abcdef0123456789abcdef', {})`)).toMatchObject({ ok: false, code: 'unknown_connection' })
    expect(await p.consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)).toEqual([])
    // A person fixes the password: the connection is healthy again.
    expect(await requestToken()).toMatchObject({ ok: true, state: 'valid' })
})

test('(e) invalid_client → needs_reauth after one token request, and no request after that', async () => {
    await start()
    await requestToken()
    await p.provider.fault({ kind: 'client_secret', registry: 'tether-e2e-client', secret: 'rotated-by-someone-else' })
    const before = (await tokenRequests(p.provider)).length
    await sandbox.clock.advance('1h')
    expect((await tokenRequests(p.provider)).length - before).toBe(1)
    expect(await health(p)).toMatchObject({ state: 'needs_reauth', nextRefresh: '' })
    expect((await health(p)).lastError).toMatch(/^invalid_client/)
    await sandbox.clock.advance('2d')
    expect((await tokenRequests(p.provider)).length - before).toBe(1)
    expect(await pingWithTether(p)).toMatchObject({ ok: false, code: 'needs_reauth' })
    expect(await events()).toEqual(['granted', 'failed:invalid_client', 'reauth_required:invalid_client'])
    expect((await p.consumer.query('sysevent', 'name=x_tether.token.reauth_required')).map((e) => e.parm1)).toEqual(['invalid_client'])
})

test('(e) invalid_grant (tokens revoked at the provider) → needs_reauth without stored credentials, one re-grant with them', async () => {
    await start()
    await requestToken()
    await p.provider.fault({ kind: 'revoke_tokens' })
    const before = (await tokenRequests(p.provider)).length
    await sandbox.clock.advance('1h')
    expect((await tokenRequests(p.provider)).length - before).toBe(1)
    expect((await health(p)).state).toBe('needs_reauth')
    await sandbox.clock.advance('1d')
    expect((await tokenRequests(p.provider)).length - before).toBe(1)

    // With stored credentials the same revocation costs one refresh attempt and one re-grant.
    await requestToken({ username: INTEGRATION_USER, password: INTEGRATION_PASSWORD, store: true })
    await p.provider.fault({ kind: 'revoke_tokens' })
    const again = (await tokenRequests(p.provider)).length
    // The next refresh is due within 25 minutes; it fails, and the same job run re-grants.
    await sandbox.clock.advance('30m')
    expect((await tokenRequests(p.provider)).length - again).toBe(2)
    expect((await health(p)).state).toBe('valid')
    expect((await events()).slice(-2)).toEqual(['failed:invalid_grant', 'regranted'])
    expect((await pingWithTether(p)).status).toBe(200)
})

test('(f) provider down for 6 hours: backoff without a storm, then recovery at the first job run after it returns', async () => {
    await start({ storeCredentials: true })
    await requestToken()
    await p.provider.fault({ kind: 'down' })
    await sandbox.clock.advance('6h')
    const failed = (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed^ORDERBYsys_created_on`)).map((e) => Date.parse(e.sys_created_on!.replace(' ', 'T') + 'Z'))
    // At most one attempt per backoff step: never closer than the first backoff (half of 60 s), and
    // never more than one per refresh-job run (every 5 minutes) over the 6 hours.
    expect(failed.length).toBeGreaterThan(0)
    expect(failed.length).toBeLessThanOrEqual(6 * 12 + 1)
    for (let i = 1; i < failed.length; i++) expect(failed[i] - failed[i - 1]).toBeGreaterThanOrEqual(5 * 60000)
    expect((await health(p)).state).toBe('error')
    // Callers during the outage fail fast instead of hammering the provider.
    const calls = await run<{ ok: boolean; code: string }[]>(p.consumer, `var o = new x_tether.TetherOAuth(); var out = []; for (var i = 0; i < 20; i++) out.push(o.getAccessToken('${p.connectionId}')); out`)
    expect(calls.every((c) => !c.ok && c.code === 'provider_unreachable')).toBe(true)
    expect((await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed`)).length).toBe(failed.length)

    await p.provider.clearFaults()
    await sandbox.clock.advance('5m')
    expect(await health(p)).toMatchObject({ state: 'valid', consecutiveFailures: 0 })
    expect((await pingWithTether(p)).status).toBe(200)
})

test('(g) 20 concurrent getAccessToken calls on a due token cause exactly one token request; a held lease is respected, a stale one recovered', async () => {
    await start()
    await requestToken()
    // Stop the job so that the token becomes due without being refreshed.
    await run(p.consumer, `var j = new GlideRecord('sysauto_script'); j.get('name', 'Tether: refresh OAuth tokens'); j.active = false; j.update()`)
    await sandbox.clock.advance('25m')
    const before = (await tokenRequests(p.provider)).length
    const results = await Promise.all(Array.from({ length: 20 }, () => run<{ ok: boolean; token: string }>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}')`)))
    expect(results.every((r) => r.ok)).toBe(true)
    expect(new Set(results.map((r) => r.token)).size).toBe(1)
    expect((await tokenRequests(p.provider)).length - before).toBe(1)

    // Another caller holds the lease: a valid token is handed out, an expired one is not requested twice.
    await sandbox.clock.advance('25m')
    await run(p.consumer, `var c = new GlideRecord('x_tether_connection'); c.get('${p.connectionId}'); c.setWorkflow(false); c.lease_owner = 'another-node'; var until = new GlideDateTime(); until.addSeconds(1800); c.lease_until = until.getValue(); c.update()`)
    const held = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}')`)
    expect(held.ok).toBe(true)
    expect((await tokenRequests(p.provider)).length - before).toBe(1)
    await sandbox.clock.advance('10m')
    const blocked = await run<{ ok: boolean; code: string }>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}')`)
    expect(blocked).toMatchObject({ ok: false, code: 'refresh_in_progress' })
    expect((await tokenRequests(p.provider)).length - before).toBe(1)
    // The lease went stale (the other node died): the next caller takes it over.
    await sandbox.clock.advance('1h')
    const recovered = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}')`)
    expect(recovered.ok).toBe(true)
    expect((await tokenRequests(p.provider)).length - before).toBe(2)
})

test.each([
    ['consumer 5 minutes ahead', 'consumer', 300000],
    ['consumer 5 minutes behind', 'consumer', -300000],
    ['provider 5 minutes ahead', 'provider', 300000],
    ['provider 5 minutes behind', 'provider', -300000],
])('(h) %s: no call with an expired token over two days', async (_label, who, ms) => {
    await start({ storeCredentials: true })
    await requestToken()
    await sandbox.instance(who).fault({ kind: 'skew', ms })
    for (let hour = 0; hour < 48; hour++) {
        await sandbox.clock.advance('1h')
        expect(await pingWithTether(p)).toMatchObject({ ok: true, status: 200 })
    }
    expect(await expiredTokenCalls(p.provider)).toBe(0)
    expect((await health(p)).state).toBe('valid')
})
