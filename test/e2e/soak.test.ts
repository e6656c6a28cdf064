/**
 * A short soak (`npm run soak` scaled down): two instances paired both ways, three integrations,
 * messages at random times for two weeks, and every fault kind of the full soak — provider down,
 * 5xx bursts, slow answers, revoked tokens, a rotated client secret, clock skew, SIGKILL in the
 * middle of a refresh and of a send. The bar: nothing lost, nothing applied twice, no call with an
 * expired token, recovery within one refresh-job interval, and no issued secret anywhere.
 */
import { runSoak, SoakResult } from '../../scripts/lib/soak/run'
import { REFRESH_JOB_INTERVAL_S } from '../../scripts/lib/soak/measure'
import { summaryLines, verdict } from '../../scripts/lib/soak/report'

jest.setTimeout(600000)

let result: SoakResult

beforeAll(async () => {
    result = await runSoak({ days: 14, messages: 300, seed: 7, windowMessages: 3 })
})

afterAll(() => {
    if (result) process.stdout.write(summaryLines(result).join('\n') + '\n')
})

test('every message sent was applied by the other instance exactly once, in both directions', () => {
    const t = result.measured.totals
    expect(t.planned).toBe(300 + 16 * 2 * 3)
    expect(t.neverQueued).toBe(0)
    expect(t.sent).toBe(t.planned)
    for (const d of result.measured.directions) {
        expect([d.from, d.sent]).toEqual([d.from, d.planned])
        expect([d.from, d.delivered, d.lost, d.appliedTwice, d.duplicateIncidents]).toEqual([d.from, d.sent, [], [], []])
    }
    // Faults made the senders try again, and the receivers recognised the resends.
    expect(result.measured.directions.reduce((n, d) => n + d.attempts, 0)).toBeGreaterThan(t.sent)
    expect(result.measured.directions.reduce((n, d) => n + d.alreadyProcessed, 0)).toBeGreaterThan(0)
})

test('no call carried an expired token; revocations and secret rotation needed no person', () => {
    const t = result.measured.totals
    expect(t.expiredTokenCalls).toBe(0)
    expect(t.needsReauthEpisodes).toBe(0)
    // Each revocation was met (by a refused refresh, or a refused call) and re-granted unattended.
    expect(t.regrants).toBeGreaterThanOrEqual(2)
    for (const d of result.measured.directions) expect([d.from, (d.tokenEvents.failed ?? 0) > 0]).toEqual([d.from, true])
    expect(t.tokenRequests).toBeGreaterThan(6 * 14 * 40)
})

test('every fault happened, and each recovered within one refresh-job interval of clearing', () => {
    expect(result.faults.filter((f) => !f.triggered).map((f) => f.label)).toEqual([])
    // Happened means evidence of its own kind, not only that it was switched on.
    const evidence: Record<string, RegExp> = {
        down: /calls to \w+ and \d+ token requests got no answer/,
        '5xx': /answered 50\d \d+ times/,
        slow: /answered \d+ requests 1200 ms or more late/,
        revoke: /refused \d+ calls with a revoked token/,
        rotate: /holds [1-9]\d* new client secret/,
        skew: /clock read -?300 s off the shared clock/,
        'kill-refresh': /crashed (before|after) its request to \/oauth_token\.do and was restarted/,
        'kill-send': /crashed (before|after) its request to \/api\/x_tether\/v1\/messages and was restarted/,
    }
    for (const f of result.faults) expect([f.label, f.evidence]).toEqual([f.label, expect.stringMatching(evidence[f.kind])])
    // A node killed in a refresh leaves its connection with a held lease or a due refresh: recovery waited for a new token.
    expect(result.measured.recoveries.filter((x) => x.kind === 'kill-refresh' && x.troubled > 0).length).toBe(2)
    expect(result.restarts.map((r) => r.instance).sort()).toEqual(['alpha', 'alpha', 'beta', 'beta'])
    const over = result.measured.recoveries.filter((r) => r.recoveryS === null ? false : r.recoveryS > REFRESH_JOB_INTERVAL_S)
    expect(over.map((r) => `${r.label}: ${r.detail}`)).toEqual([])
    // The outages left messages waiting: recovery was measured, not vacuous.
    expect(result.measured.recoveries.filter((r) => r.kind === 'down' && r.waited > 0).length).toBe(2)
})

test('no token, client secret or password issued during the run is in any table, log, file of either instance or in dist/app', () => {
    expect(result.audit.secretsChecked).toBeGreaterThanOrEqual(10)
    expect(result.audit.rowsScanned).toBeGreaterThan(10000)
    expect(result.audit.leaks).toEqual([])
    expect(verdict(result).passed).toBe(true)
})
