/**
 * The benchmark's scenarios at toy sizes, checking that they count what they claim to count (never
 * their timings): Tether's refresh job reads the same few records whatever the number of
 * connections while the KB0823628-style job reads one per connection, both make one token request
 * per due connection; and in the token-economy run a token per request costs one grant per
 * message, the platform's refresh on expiry lets messages find an expired token, Tether none.
 */
import { refreshScale } from '../../bench/scenarios/refresh-scale'
import { tokenEconomy } from '../../bench/scenarios/token-economy'
import { setQuiet } from '../../bench/lib/progress'

jest.setTimeout(180000)
setQuiet(true)

test('refresh-job scale: Tether reads what is due, the KB0823628-style job reads every connection', async () => {
    const { results } = await refreshScale({ sizes: [10, 100], repeats: 2, dueShare: 0.01 })
    const [small, large] = results
    expect(small.due).toBe(1)
    expect(large.due).toBe(1)
    for (const r of results) {
        expect(r.tether.tokenRequests).toMatchObject({ min: 1, max: 1 })
        expect(r.kb0823628.tokenRequests).toMatchObject({ min: 1, max: 1 })
        expect(r.kb0823628.recordsRead.median).toBe(r.connections)
        expect(r.tether.recordsRead.min).toBe(r.tether.recordsRead.max)
    }
    expect(large.tether.recordsRead.median).toBe(small.tether.recordsRead.median)
    expect(large.tether.recordsRead.median).toBeLessThan(10)
    expect(large.tether.recordsReadByTable.x_tether_connection).toBeLessThan(10)
})

test('token economy: one grant per message for a token per request, expired tokens only without a job', async () => {
    // 120 messages over 0.2 days (4.8 h, one every 144 s) with 1800 s access tokens.
    const { results, floor } = await tokenEconomy({ messages: 120, days: 0.2, accessLifespanSeconds: 1800 })
    expect(floor).toBeCloseTo(9.6)
    const by = Object.fromEntries(results.map((r) => [r.strategy, r]))
    for (const r of results) {
        expect(r.messages).toBe(120)
        expect(r.failed).toBe(0)
        expect(r.providerExpiredRejections).toBe(0)
    }
    // The first grant plus one per message.
    expect(by['per-request'].tokenRequests).toBe(121)
    // Without a job, every access-token lifespan ends with a message finding the token expired.
    expect(by['on-expiry'].expiredAtSend).toBeGreaterThanOrEqual(8)
    expect(by['on-expiry'].tokenRequests).toBe(1 + by['on-expiry'].expiredAtSend)
    expect(by.tether.expiredAtSend).toBe(0)
    expect(by.kb0823628.expiredAtSend).toBe(0)
    // Tether refreshes ahead of expiry: more than one request per lifespan, far fewer than per message.
    expect(by.tether.tokenRequests).toBeGreaterThan(floor)
    expect(by.tether.tokenRequests).toBeLessThan(2 * floor + 2)
})
