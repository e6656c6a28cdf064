/** Pure rules of outbound delivery: what an answer means, retry waits, replay numbers, URLs. */
import { classifyResponse, isAbandonedSend, messageUrl, parseRetryAfter, replayNumber, retryDelayMs, sendingStaleAfterMs } from '../../src/server/transport/delivery'

test.each([
    [200, '', null, 'complete'],
    [201, '', null, 'complete'],
    [401, '', null, 'unauthorized'],
    [429, '', '30', 'retry'],
    [500, '', null, 'retry'],
    [503, '', '120', 'retry'],
    [408, '', null, 'retry'],
    [0, 'ECONNREFUSED: connect ECONNREFUSED', null, 'retry'],
    [0, 'Request timed out after 30000 ms', null, 'retry'],
    [400, '', null, 'error'],
    [403, '', null, 'error'],
    [404, '', null, 'error'],
    [409, '', null, 'error'],
    [413, '', null, 'error'],
])('HTTP %s %s → %s', (status, error, retryAfter, kind) => {
    expect(classifyResponse(status, error, retryAfter).kind).toBe(kind)
})

test('Retry-After: seconds or an HTTP date; the retry carries it', () => {
    expect(parseRetryAfter('120')).toBe(120)
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:02:00 GMT', Date.UTC(2026, 0, 1))).toBe(120)
    expect(classifyResponse(429, '', '45')).toEqual({ kind: 'retry', reason: 'HTTP 429', retryAfterSeconds: 45 })
})

test('retry waits: exponential with jitter within [half, full], fixed stays fixed, Retry-After is a floor', () => {
    expect(retryDelayMs(1, 30, 'exponential', 1)).toBe(30000)
    expect(retryDelayMs(1, 30, 'exponential', 0)).toBe(15000)
    expect(retryDelayMs(3, 30, 'exponential', 1)).toBe(120000)
    expect(retryDelayMs(3, 30, 'fixed', 0.3)).toBe(30000)
    expect(retryDelayMs(1, 30, 'exponential', 0.5, 300)).toBe(300000)
    for (let i = 1; i <= 6; i++) {
        const d = retryDelayMs(i, 10, 'exponential', 0.37)
        expect(d).toBeGreaterThanOrEqual((10 * 2 ** (i - 1) * 1000) / 2)
        expect(d).toBeLessThanOrEqual(10 * 2 ** (i - 1) * 1000)
    }
})

test('replay numbers get a decimal suffix, counting up', () => {
    expect(replayNumber('TXN0001000', [])).toBe('TXN0001000.1')
    expect(replayNumber('TXN0001000', ['TXN0001000.1'])).toBe('TXN0001000.2')
    expect(replayNumber('TXN0001000.2', ['TXN0001000.1', 'TXN0001000.2', 'TXN0001001.5'])).toBe('TXN0001000.3')
})

test('message URLs join endpoint and path with one slash', () => {
    expect(messageUrl('https://p.example/api/x_tether/v1/', '/messages')).toBe('https://p.example/api/x_tether/v1/messages')
    expect(messageUrl('https://p.example/api/x_tether/v1', 'messages')).toBe('https://p.example/api/x_tether/v1/messages')
    expect(messageUrl('https://p.example/api/x_tether/v1', '')).toBe('https://p.example/api/x_tether/v1/messages')
    expect(messageUrl('https://p.example/api/x_tether/v1', 'https://other.example/x')).toBe('https://other.example/x')
})

describe('a send left behind by a node that died', () => {
    test('stale after two sync timeouts and the token lease', () => {
        expect(sendingStaleAfterMs(30, 120)).toBe(180000)
        expect(sendingStaleAfterMs(0, 120)).toBe(180000)
        expect(sendingStaleAfterMs(10, 0)).toBe(20000)
    })

    test('a fresh send belongs to its worker; a stale or unstamped one is abandoned', () => {
        const t = Date.parse('2026-03-02T09:00:00Z')
        expect(isAbandonedSend(t, t + 179999, 180000)).toBe(false)
        expect(isAbandonedSend(t, t + 180000, 180000)).toBe(true)
        expect(isAbandonedSend(undefined, t, 180000)).toBe(true)
    })
})
