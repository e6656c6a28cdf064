/**
 * The soak's plan: the same seed gives the same soak; messages at random times in the run, keyed
 * per sender; every fault kind scheduled, in order, without overlapping the next.
 */
import { DAY_MS, faultWindows, planFaults, planMessages } from '../../scripts/lib/soak/plan'

const START = Date.parse('2026-01-01T00:00:00Z')

test('messages: reproducible from the seed, inside the run, whole seconds, unique keys per sender', () => {
    const a = planMessages(START, 30, 500, 7)
    expect(planMessages(START, 30, 500, 7)).toEqual(a)
    expect(planMessages(START, 30, 500, 8)).not.toEqual(a)
    expect(a).toHaveLength(500)
    for (const m of a) {
        expect(m.at).toBeGreaterThanOrEqual(START)
        expect(m.at).toBeLessThan(START + 30 * DAY_MS)
        expect(m.at % 1000).toBe(0)
    }
    expect(a.map((m) => m.at)).toEqual([...a.map((m) => m.at)].sort((x, y) => x - y))
    expect(new Set(a.map((m) => m.key)).size).toBe(500)
    const alpha = a.filter((m) => m.from === 'alpha')
    expect(alpha[0].key).toBe('SOAK-A-000001')
    // Both senders and all three integrations get traffic.
    expect(alpha.length).toBeGreaterThan(200)
    expect(new Set(a.map((m) => m.process))).toEqual(new Set([0, 1, 2]))
})

test('faults: every kind, in order, each over before the next starts, inside the run', () => {
    for (const days of [6, 24, 400]) {
        const faults = planFaults(START, days, 42)
        expect(new Set(faults.map((f) => f.kind))).toEqual(new Set(['down', '5xx', 'slow', 'revoke', 'rotate', 'skew', 'kill-refresh', 'kill-send']))
        for (let i = 0; i < faults.length; i++) {
            expect(faults[i].at).toBeGreaterThanOrEqual(START + DAY_MS)
            expect(faults[i].at + faults[i].durationMs).toBeLessThan(i + 1 < faults.length ? faults[i + 1].at : START + days * DAY_MS)
        }
    }
    // The full soak keeps the full durations: six hours down.
    expect(planFaults(START, 400, 42).find((f) => f.kind === 'down')!.durationMs).toBe(6 * 3600000)
    expect(() => planFaults(START, 3, 42)).toThrow(/too short/)
})

test('fault windows get extra traffic from both instances', () => {
    const faults = planFaults(START, 24, 1)
    const messages = planMessages(START, 24, 0, 1, faultWindows(faults, 3))
    expect(messages).toHaveLength(faults.length * 2 * 3)
    for (const f of faults) {
        const inside = messages.filter((m) => m.at >= f.at && m.at <= f.at + Math.max(f.durationMs, 3600000))
        expect(new Set(inside.map((m) => m.from))).toEqual(new Set(['alpha', 'beta']))
    }
})
