/**
 * (b) 400 simulated days with Tether's refresh job and an outbound call every hour, against a
 * ServiceNow provider (1800 s access tokens, 8,640,000 s refresh tokens, no rotation): no call with
 * an expired token, healthy at day 400, a re-grant before each refresh-token expiry.
 * (i) Afterwards no token, secret or password value is in any table, log or event of either
 * instance.
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { CLIENT_SECRET, expiredTokenCalls, health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run, tokenRequests } from './setup'
import { addJob, dayOf, pings, setJobActive, tetherPingScript } from './long-run'
import { addSecrets, auditSecrets, Secret, tokensOf } from '../../scripts/lib/secret-audit'

jest.setTimeout(900000)

const START = '2026-01-01T00:00:00Z'
const START_MS = Date.parse(START)
let sandbox: Sandbox
let p: Pairing
let summary: Record<string, unknown> = {}

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: START })
    p = await pair(sandbox)
    await setJobActive(p.provider, 'Tether: refresh OAuth tokens', false)
    // The figures below count token events over the whole run: keep them past the 30-day log retention.
    await run(p.consumer, `gs.setProperty('x_tether.log.retention_days', '0')`)
    const granted = await run<{ ok: boolean }>(
        p.consumer,
        `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}', store: true })`,
    )
    expect(granted.ok).toBe(true)
    await addJob(p.consumer, 'Test: hourly ping', 60, tetherPingScript(p), '2026-01-01 00:30:00')
    await sandbox.clock.advance('400d')
})

afterAll(async () => {
    // The figures the closing note of the issue quotes.
    process.stdout.write(`400-day scenario (Tether): ${JSON.stringify(summary)}\n`)
    await sandbox?.stop()
})

test('(b) every hourly call succeeded and none carried an expired token', async () => {
    const { ok, failed } = await pings(p.consumer)
    const expired = await expiredTokenCalls(p.provider)
    summary = { ...summary, calls: ok + failed.length, failedCalls: failed.length, expiredTokenCalls: expired }
    expect(failed.map((f) => f.message)).toEqual([])
    expect(ok).toBe(400 * 24)
    expect(expired).toBe(0)
})

test('(b) healthy at day 400, with a re-grant before each refresh-token expiry', async () => {
    const h = await health(p)
    expect(h).toMatchObject({ state: 'valid', consecutiveFailures: 0, lastError: '' })
    const regrants = (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=regranted^ORDERBYsys_created_on`)).map((e) => dayOf(e.sys_created_on!, START_MS))
    const refreshes = (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=refreshed`)).length
    const requests = (await tokenRequests(p.provider)).length
    summary = { ...summary, tokenRequests: requests, refreshes, regrants: regrants.length, regrantDays: regrants.map((d) => Math.round(d * 10) / 10) }
    // 100-day refresh tokens, re-granted 14 days ahead: around days 86, 172, 258, 344.
    expect(regrants.length).toBe(4)
    regrants.forEach((day, i) => expect(Math.abs(day - 86 * (i + 1))).toBeLessThan(0.1))
    // About one token request per access-token life (30 min, refreshed with 20 % left): 400 × 24 × 2.
    expect(requests).toBeGreaterThan(400 * 24 * 2 * 0.9)
    expect(requests).toBeLessThan(400 * 24 * 2 * 1.3)
    expect(await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed`)).toEqual([])
})

test('(i) no token, client secret or password value in any table, log or event of either instance', async () => {
    // Every token the provider issued during the run, decrypted through the platform API.
    const secrets = new Map<string, Secret>()
    addSecrets(secrets, await tokensOf(p.provider))
    addSecrets(secrets, await tokensOf(p.consumer))
    // The provider hands back the same access token while it is valid (renewing its expiry), so a
    // connection refreshed in time keeps one access token and one refresh token per grant.
    expect(secrets.size).toBeGreaterThanOrEqual(2)
    addSecrets(secrets, [
        { kind: 'client secret', value: CLIENT_SECRET },
        { kind: 'password', value: INTEGRATION_PASSWORD },
    ])
    const audit = auditSecrets([...secrets.values()], { stores: [p.provider, p.consumer].map((i) => ({ name: i.name, dataDir: i.dataDir })) })
    summary = { ...summary, secretsChecked: audit.secretsChecked, leaks: audit.leaks.length }
    expect(audit.rowsScanned).toBeGreaterThan(10000)
    expect(audit.leaks).toEqual([])
})
