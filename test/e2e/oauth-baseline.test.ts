/**
 * (c) The same scenario as the 400-day run, but with the KB0823628-style job of the Unifi guide
 * instead of Tether's: it keeps refreshing access tokens, the provider echoes the same refresh
 * token, the consumer believes its expiry moved — and the integration dies when the refresh token
 * really expires, about 100 days in. Tether's run (oauth-400-days.test.ts) has no failure at all.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, Sandbox } from '../../sandbox'
import { INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run, tokenRequests } from './setup'
import { addJob, dayOf, pings, platformPingScript, setJobActive } from './long-run'

jest.setTimeout(600000)

const START = '2026-01-01T00:00:00Z'
const START_MS = Date.parse(START)
let sandbox: Sandbox
let p: Pairing

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: START })
    p = await pair(sandbox)
    await setJobActive(p.provider, 'Tether: refresh OAuth tokens', false)
    await setJobActive(p.consumer, 'Tether: refresh OAuth tokens', false)
    // "Get OAuth Token", as the guide has the admin click it once.
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
    await addJob(p.consumer, 'KB0823628: refresh OAuth tokens', 5, readFileSync(join(__dirname, 'kb0823628-job.js'), 'utf8'), '2026-01-01 00:00:00')
    await addJob(p.consumer, 'Test: hourly ping', 60, platformPingScript(p), '2026-01-01 00:30:00')
    await sandbox.clock.advance('120d')
})

afterAll(async () => {
    await sandbox?.stop()
})

test('(c) the KB0823628-style job keeps the connection up until the refresh token really expires, then it fails for good', async () => {
    const { ok, failed } = await pings(p.consumer)
    expect(failed.length).toBeGreaterThan(0)
    const firstFailureDay = dayOf(failed[0].sys_created_on!, START_MS)
    const requests = (await tokenRequests(p.provider)).length
    process.stdout.write(`Baseline (KB0823628-style job): ${JSON.stringify({ calls: ok + failed.length, failedCalls: failed.length, tokenRequests: requests, firstFailureDay: Math.round(firstFailureDay * 100) / 100 })}\n`)
    // The provider's refresh token lives 8,640,000 s = 100 days from the grant at day 0.
    expect(firstFailureDay).toBeGreaterThan(99.9)
    expect(firstFailureDay).toBeLessThan(100.2)
    // Every call up to then worked; every call after it fails.
    // (calls at half past every hour: those before the first failure all worked)
    expect(ok).toBe(Math.round(firstFailureDay * 24 - 0.5))
    expect(failed.length).toBe(120 * 24 - ok)
    expect(failed[failed.length - 1].message).toMatch(/OAuth access token is not present or has expired|HTTP 401/)
})

test('(c) the consumer was fooled by the echo: it still believes the refresh token is valid', async () => {
    const token = await run<{ refreshExpiresIn: number }>(p.consumer, `var t = new sn_auth.GlideOAuthClient().getToken('${p.connectionId}', '${p.profileId}'); ({ refreshExpiresIn: t.getRefreshTokenExpiresIn() })`)
    // The platform re-dated the echoed refresh token at every refresh until day 100: at day 120 it
    // still counts on about 80 more days, for a token the provider stopped accepting 20 days ago.
    expect(token.refreshExpiresIn).toBeGreaterThan(75 * 86400)
    const warnings = await p.consumer.query('syslog', 'messageSTARTSWITHError:invalid_grant')
    expect(warnings.length).toBeGreaterThan(0)
})
