/**
 * (d) Without stored credentials Tether cannot re-grant by itself: it warns (token event and the
 * x_tether.token.expiring event) at least 14 days before the refresh token's real expiry, sets
 * needs_reauth when it lapses, makes no token request after that until a person acts — and the
 * connection is healthy again as soon as someone gets a new token.
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run, tokenRequests } from './setup'
import { addJob, dayOf, pings, setJobActive, tetherPingScript } from './long-run'

jest.setTimeout(600000)

const START = '2026-01-01T00:00:00Z'
const START_MS = Date.parse(START)
let sandbox: Sandbox
let p: Pairing

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: START })
    p = await pair(sandbox)
    await setJobActive(p.provider, 'Tether: refresh OAuth tokens', false)
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
    await addJob(p.consumer, 'Test: hourly ping', 60, tetherPingScript(p), '2026-01-01 00:30:00')
    await sandbox.clock.advance('101d')
})

afterAll(async () => {
    await sandbox?.stop()
})

async function events(kind: string): Promise<number[]> {
    return (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=${kind}^ORDERBYsys_created_on`)).map((e) => dayOf(e.sys_created_on!, START_MS))
}

test('(d) one expiry warning at least 14 days ahead, as a token event and a platform event', async () => {
    const warnings = await events('expiry_warning')
    expect(warnings).toHaveLength(1)
    // The refresh token really expires at day 100.
    expect(100 - warnings[0]).toBeGreaterThanOrEqual(14)
    expect(100 - warnings[0]).toBeLessThan(14.1)
    const queued = await p.consumer.query('sysevent', 'name=x_tether.token.expiring')
    expect(queued).toHaveLength(1)
    expect(queued[0].instance).toBe(p.connectionId)
})

test('(d) needs_reauth once the refresh token lapses, and no token request after that', async () => {
    const reauth = await events('reauth_required')
    expect(reauth).toHaveLength(1)
    expect(reauth[0]).toBeGreaterThanOrEqual(99.9)
    expect(reauth[0]).toBeLessThan(100.1)
    expect(await health(p)).toMatchObject({ state: 'needs_reauth', nextRefresh: '' })
    const lastRequest = (await tokenRequests(p.provider)).map((r) => dayOf(r.sys_created_on!, START_MS)).pop()!
    expect(lastRequest).toBeLessThan(reauth[0])
    const before = (await tokenRequests(p.provider)).length
    await sandbox.clock.advance('3d')
    expect((await tokenRequests(p.provider)).length).toBe(before)
    // Calls during that time fail clearly instead of trying the provider.
    const { failed } = await pings(p.consumer)
    expect(failed.length).toBeGreaterThan(0)
    expect(failed[failed.length - 1].message).toMatch(/needs_reauth/)
    expect(await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed`)).toEqual([])
})

test('(d) a person gets a new token: healthy again, calls resume', async () => {
    const granted = await run<{ ok: boolean; state: string }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted).toMatchObject({ ok: true, state: 'valid' })
    const failedBefore = (await pings(p.consumer)).failed.length
    await sandbox.clock.advance('2d')
    const after = await pings(p.consumer)
    expect(after.failed.length).toBe(failedBefore)
    expect((await health(p)).state).toBe('valid')
})
