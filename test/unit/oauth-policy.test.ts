/**
 * Tether's token policy (src/server/oauth/policy.ts), checked against the issue's rules: expiry
 * maths with the clock-skew margin, refresh lead and jitter, what the refresh job decides and when
 * it looks next, how token failures are classified, backoff, and a 400-day simulation of a
 * connection to a fake ServiceNow provider driven by a job every 300 s.
 */
import { createHash } from 'node:crypto'
import {
    isTransientTokenCode,
    retryAt,
    type Action,
    type Ledger,
    type RefreshPolicy,
    DEFAULT_POLICY,
    accessExpiry,
    accessRefreshAt,
    backoffMs,
    classifyTokenError,
    decide,
    isFingerprint,
    nextCheckAt,
    refreshExpiry,
    refreshLead,
    regrantAt,
    spread,
    warningAt,
} from '../../src/server/oauth/policy'

const SEC = 1000
const MIN = 60 * SEC
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/** A ServiceNow provider's default lifespans (seconds). */
const ACCESS_LIFESPAN = 1800
const REFRESH_LIFESPAN = 8_640_000

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0)
const policy = DEFAULT_POLICY

/** A sys_id-like key (32 hex digits, as the platform and the sandbox make them), reproducible. */
function sysId(i: number): string {
    return createHash('md5').update(`connection ${i}`).digest('hex')
}

/** A password connection whose tokens were both issued at `issued` by a ServiceNow provider. */
function ledgerAt(issued: number, overrides: Partial<Ledger> = {}): Ledger {
    return {
        state: 'valid',
        grantType: 'password',
        canRegrant: false,
        accessIssued: issued,
        accessExpires: accessExpiry(issued, ACCESS_LIFESPAN, policy),
        refreshIssued: issued,
        refreshExpires: refreshExpiry(issued, REFRESH_LIFESPAN, policy),
        consecutiveFailures: 0,
        warned: false,
        ...overrides,
    }
}

/** A client_credentials connection: an access token and never a refresh token. */
function clientCredentialsAt(issued: number, overrides: Partial<Ledger> = {}): Ledger {
    return {
        state: 'valid',
        grantType: 'client_credentials',
        canRegrant: true,
        accessIssued: issued,
        accessExpires: accessExpiry(issued, ACCESS_LIFESPAN, policy),
        consecutiveFailures: 0,
        warned: false,
        ...overrides,
    }
}

describe('DEFAULT_POLICY', () => {
    test('carries the numbers the issue names', () => {
        expect(DEFAULT_POLICY).toMatchObject({
            windowSeconds: 300,
            fractionPercent: 20,
            regrantLeadDays: 14,
            warningDays: 14,
            skewSeconds: 60,
        })
        expect(DEFAULT_POLICY.jitterSeconds).toBeGreaterThan(0)
        expect(DEFAULT_POLICY.backoffMaxSeconds).toBeGreaterThanOrEqual(DEFAULT_POLICY.backoffBaseSeconds)
    })
})

describe('expiry maths', () => {
    test('an 1800 s access token is taken to expire 60 s early (clock-skew margin)', () => {
        expect(accessExpiry(T0, 1800, policy)).toBe(T0 + 1740 * SEC)
    })

    test('a 100-day refresh token is taken to expire 60 s before its 100 days from issue', () => {
        expect(refreshExpiry(T0, REFRESH_LIFESPAN, policy)).toBe(T0 + 100 * DAY - 60 * SEC)
    })

    test('a lifespan shorter than the margin (or zero, or negative) expires at receipt, never before', () => {
        for (const seconds of [60, 59, 30, 1, 0, -5]) {
            expect(accessExpiry(T0, seconds, policy)).toBe(T0)
            expect(refreshExpiry(T0, seconds, policy)).toBe(T0)
        }
        expect(accessExpiry(T0, 61, policy)).toBe(T0 + SEC)
    })

    test('the margin is the policy\'s: with no skew the provider\'s expiry is taken as is', () => {
        const noSkew: RefreshPolicy = { ...policy, skewSeconds: 0 }
        expect(accessExpiry(T0, 1800, noSkew)).toBe(T0 + 1800 * SEC)
        expect(refreshExpiry(T0, REFRESH_LIFESPAN, noSkew)).toBe(T0 + 100 * DAY)
    })
})

describe('refreshLead', () => {
    test('an 1800 s token is refreshed 360 s ahead: max(300 s, 20 % of 1800 s)', () => {
        expect(refreshLead(1800 * SEC, policy)).toBe(360 * SEC)
    })

    test('short lifespans get the 300 s window', () => {
        expect(refreshLead(600 * SEC, policy)).toBe(300 * SEC)
        expect(refreshLead(1500 * SEC, policy)).toBe(300 * SEC) // 20 % is exactly the window
        expect(refreshLead(60 * SEC, policy)).toBe(300 * SEC)
        expect(refreshLead(0, policy)).toBe(300 * SEC)
    })

    test('long lifespans get 20 % of their life', () => {
        expect(refreshLead(3600 * SEC, policy)).toBe(720 * SEC)
        expect(refreshLead(30 * DAY, policy)).toBe(6 * DAY)
    })

    test('window and fraction come from the policy', () => {
        expect(refreshLead(1800 * SEC, { ...policy, fractionPercent: 50 })).toBe(900 * SEC)
        expect(refreshLead(1800 * SEC, { ...policy, windowSeconds: 600 })).toBe(600 * SEC)
    })
})

describe('accessRefreshAt and jitter', () => {
    test('an 1800 s token without jitter is due 360 s before its expiry', () => {
        expect(accessRefreshAt(T0, T0 + 1800 * SEC, policy, 0)).toBe(T0 + 1440 * SEC)
    })

    test('a ServiceNow token as the ledger holds it is due with at least the window left, and 360 s before the provider\'s expiry', () => {
        const expires = accessExpiry(T0, ACCESS_LIFESPAN, policy)
        for (const jitter of [0, 0.5, 0.999]) {
            const at = accessRefreshAt(T0, expires, policy, jitter)
            expect(expires - at).toBeGreaterThanOrEqual(300 * SEC)
            expect(T0 + ACCESS_LIFESPAN * SEC - at).toBeGreaterThanOrEqual(360 * SEC)
        }
    })

    test('jitter moves the refresh earlier by jitter × jitterSeconds, at most jitterSeconds', () => {
        const expires = T0 + 1800 * SEC
        const base = accessRefreshAt(T0, expires, policy, 0)
        for (const jitter of [0, 0.1, 0.25, 0.5, 0.75, 0.999999]) {
            const earlier = base - accessRefreshAt(T0, expires, policy, jitter)
            expect(earlier).toBeCloseTo(jitter * policy.jitterSeconds * SEC, 3)
            expect(earlier).toBeGreaterThanOrEqual(0)
            expect(earlier).toBeLessThan(policy.jitterSeconds * SEC)
        }
    })

    test('a token is never refreshed before half its lifespan, whatever the jitter', () => {
        // 120 s: the 300 s lead exceeds the whole life, so half of it is used.
        for (const jitter of [0, 0.5, 0.999]) expect(accessRefreshAt(T0, T0 + 120 * SEC, policy, jitter)).toBe(T0 + 60 * SEC)
        // 700 s: 700 - 300 - 60 = 340 s would be before half (350 s); jitter is cut off there.
        expect(accessRefreshAt(T0, T0 + 700 * SEC, policy, 0)).toBe(T0 + 400 * SEC)
        expect(accessRefreshAt(T0, T0 + 700 * SEC, policy, 0.999)).toBe(T0 + 350 * SEC)
        for (let lifespan = 1; lifespan <= 4000; lifespan += 37) {
            for (const jitter of [0, 0.3, 0.999]) {
                const at = accessRefreshAt(T0, T0 + lifespan * SEC, policy, jitter)
                expect(at).toBeGreaterThanOrEqual(T0 + (lifespan * SEC) / 2)
                expect(at).toBeLessThan(T0 + lifespan * SEC)
            }
        }
    })

    test('a long-lived token is due at 80 % of its life, less the jitter', () => {
        expect(accessRefreshAt(T0, T0 + 30 * DAY, policy, 0.5)).toBe(T0 + 24 * DAY - 30 * SEC)
    })
})

describe('spread', () => {
    test('is in [0, 1) for any key', () => {
        const keys = ['', 'a', 'x_tether_connection', '\u00e9\u00e8\u4e2d', 'k'.repeat(10000), ...Array.from({ length: 500 }, (_, i) => sysId(i))]
        for (const key of keys) {
            const s = spread(key)
            expect(s).toBeGreaterThanOrEqual(0)
            expect(s).toBeLessThan(1)
        }
    })

    test('is deterministic: the same key gives the same share on every run', () => {
        for (let i = 0; i < 50; i++) expect(spread(sysId(i))).toBe(spread(sysId(i)))
        expect(spread('b5c1e0d2a3f44e1f9d7a6c5b4e3d2c1a')).toBe(spread(['b5c1e0d2a3f4', '4e1f9d7a6c5b4e3d2c1a'].join('')))
    })

    test('differs across connections and is roughly uniform over 1000 sys_ids (each decile 50–150)', () => {
        const values = Array.from({ length: 1000 }, (_, i) => spread(sysId(i)))
        expect(new Set(values).size).toBeGreaterThanOrEqual(995)
        const deciles = new Array(10).fill(0)
        for (const v of values) deciles[Math.floor(v * 10)]++
        for (const count of deciles) {
            expect(count).toBeGreaterThanOrEqual(50)
            expect(count).toBeLessThanOrEqual(150)
        }
    })

    test('ten connections refresh at ten different moments', () => {
        const expires = T0 + 1800 * SEC
        const moments = new Set(Array.from({ length: 10 }, (_, i) => accessRefreshAt(T0, expires, policy, spread(sysId(i)))))
        expect(moments.size).toBe(10)
    })
})

describe('decide', () => {
    const jitter = 0.5
    const kinds = (a: Action) => a.kind

    test('a valid access token that is not due: nothing to do', () => {
        const ledger = ledgerAt(T0)
        expect(decide(ledger, T0 + 10 * MIN, policy, jitter)).toEqual({ kind: 'none' })
        expect(decide({ ...ledger, canRegrant: true }, T0 + 10 * MIN, policy, jitter)).toEqual({ kind: 'none' })
    })

    test('an access token that is due is refreshed, exactly from its refresh moment', () => {
        const ledger = ledgerAt(T0)
        const at = accessRefreshAt(T0, ledger.accessExpires!, policy, jitter)
        expect(decide(ledger, at - 1, policy, jitter).kind).toBe('none')
        expect(decide(ledger, at, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token due' })
        expect(decide({ ...ledger, canRegrant: true }, at, policy, jitter).kind).toBe('refresh')
    })

    test('an expired access token with a valid refresh token is refreshed', () => {
        const ledger = ledgerAt(T0)
        expect(decide(ledger, ledger.accessExpires!, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token expired' })
        expect(decide(ledger, T0 + 3 * DAY, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token expired' })
        expect(decide({ ...ledger, canRegrant: true }, T0 + 3 * DAY, policy, jitter).kind).toBe('refresh')
    })

    test('jitter decides between none and refresh only within jitterSeconds of the lead', () => {
        const ledger = ledgerAt(T0)
        const late = accessRefreshAt(T0, ledger.accessExpires!, policy, 0)
        const now = late - 30 * SEC
        expect(decide(ledger, now, policy, 0).kind).toBe('none')
        expect(decide(ledger, now, policy, 0.9).kind).toBe('refresh')
    })

    describe('password with stored credentials (unattended re-grant)', () => {
        const ledger = ledgerAt(T0, { canRegrant: true })

        test('re-grants from 14 days before the refresh token\'s expiry, even with a fresh access token', () => {
            const due = ledger.refreshExpires! - 14 * DAY
            expect(regrantAt(ledger, policy)).toBe(due)
            const fresh = ledgerAt(due - 10 * MIN, { canRegrant: true, refreshIssued: T0, refreshExpires: ledger.refreshExpires })
            expect(decide(fresh, due - 1, policy, jitter).kind).toBe('none')
            expect(decide(fresh, due, policy, jitter)).toEqual({ kind: 'grant', reason: 'refresh token expires soon' })
            expect(decide(fresh, ledger.refreshExpires! - 1, policy, jitter).kind).toBe('grant')
        })

        test('never warns: it re-grants instead', () => {
            for (const days of [20, 14, 13, 7, 1]) {
                expect(decide(ledger, ledger.refreshExpires! - days * DAY, policy, jitter).kind).not.toBe('warn')
            }
        })

        test('grants when the refresh token lapsed or there is none yet', () => {
            expect(decide(ledger, ledger.refreshExpires!, policy, jitter)).toEqual({ kind: 'grant', reason: 'refresh token expired' })
            const empty: Ledger = { state: 'none', grantType: 'password', canRegrant: true, consecutiveFailures: 0, warned: false }
            expect(decide(empty, T0, policy, jitter)).toEqual({ kind: 'grant', reason: 'no refresh token' })
        })
    })

    describe('password without stored credentials', () => {
        const ledger = ledgerAt(T0)
        const warnFrom = ledger.refreshExpires! - 14 * DAY

        test('warns once from 14 days before the refresh token expires', () => {
            expect(warningAt(ledger, policy)).toBe(warnFrom)
            const fresh = ledgerAt(warnFrom - 5 * MIN, { refreshIssued: T0, refreshExpires: ledger.refreshExpires })
            expect(decide(fresh, warnFrom - 1, policy, jitter).kind).toBe('none')
            expect(decide(fresh, warnFrom, policy, jitter)).toEqual({ kind: 'warn', reason: 'refresh token expires soon' })
            // Later, with a stale access token, the refresh goes first and the warning follows.
            expect(decide(fresh, ledger.refreshExpires! - 1, policy, jitter).kind).toBe('refresh')
            const refreshedLate = ledgerAt(ledger.refreshExpires! - 2 * MIN, { refreshIssued: T0, refreshExpires: ledger.refreshExpires })
            expect(decide(refreshedLate, ledger.refreshExpires! - 1, policy, jitter).kind).toBe('warn')
        })

        test('once warned, it does not warn again and refreshes as usual', () => {
            const warned = ledgerAt(warnFrom - 5 * MIN, { refreshIssued: T0, refreshExpires: ledger.refreshExpires, warned: true })
            expect(decide(warned, warnFrom, policy, jitter)).toEqual({ kind: 'none' })
            const due = accessRefreshAt(warned.accessIssued!, warned.accessExpires!, policy, jitter)
            expect(decide(warned, due, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token due' })
            expect(decide(warned, warned.accessExpires!, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token expired' })
            const actions = []
            for (let t = warnFrom; t < ledger.refreshExpires!; t += 300 * SEC) actions.push(decide({ ...warned, accessIssued: t - 10 * MIN, accessExpires: t + 20 * MIN }, t, policy, jitter).kind)
            expect(new Set(actions)).toEqual(new Set(['none']))
        })

        test('asks for re-authorisation once the refresh token lapses, even with a valid access token', () => {
            const late = ledgerAt(ledger.refreshExpires! - 10 * MIN, { refreshIssued: T0, refreshExpires: ledger.refreshExpires, warned: true })
            expect(decide(late, ledger.refreshExpires! - 1, policy, jitter).kind).toBe('none')
            expect(decide(late, ledger.refreshExpires!, policy, jitter)).toEqual({ kind: 'reauth', reason: 'refresh token expired' })
            expect(decide({ ...late, warned: false }, ledger.refreshExpires! + DAY, policy, jitter).kind).toBe('reauth')
        })

        test('with no refresh token: keeps a valid access token, then asks for re-authorisation', () => {
            const accessOnly = ledgerAt(T0, { refreshIssued: undefined, refreshExpires: undefined })
            expect(decide(accessOnly, T0 + 5 * MIN, policy, jitter).kind).toBe('none')
            expect(decide(accessOnly, accessOnly.accessExpires!, policy, jitter)).toEqual({ kind: 'reauth', reason: 'no token' })
            const empty: Ledger = { state: 'none', grantType: 'password', canRegrant: false, consecutiveFailures: 0, warned: false }
            expect(decide(empty, T0, policy, jitter).kind).toBe('reauth')
        })
    })

    describe('client_credentials', () => {
        const ledger = clientCredentialsAt(T0)

        test('grants when there is no token or it expired', () => {
            const empty: Ledger = { state: 'none', grantType: 'client_credentials', canRegrant: true, consecutiveFailures: 0, warned: false }
            expect(decide(empty, T0, policy, jitter)).toEqual({ kind: 'grant', reason: 'no valid access token' })
            expect(decide(ledger, ledger.accessExpires!, policy, jitter)).toEqual({ kind: 'grant', reason: 'no valid access token' })
        })

        test('grants when the access token is due, and not before', () => {
            const at = accessRefreshAt(T0, ledger.accessExpires!, policy, jitter)
            expect(decide(ledger, at - 1, policy, jitter)).toEqual({ kind: 'none' })
            expect(decide(ledger, at, policy, jitter)).toEqual({ kind: 'grant', reason: 'access token due' })
        })

        test('never refreshes, warns or asks a person, whatever the clock says', () => {
            const seen = new Set<string>()
            for (let t = T0; t < T0 + 200 * DAY; t += 7 * HOUR + 13 * MIN) {
                seen.add(kinds(decide(ledger, t, policy, jitter)))
                // Even a stray refresh expiry on the record does not make it refresh.
                seen.add(kinds(decide({ ...ledger, refreshIssued: T0, refreshExpires: T0 + DAY, canRegrant: false }, t, policy, jitter)))
            }
            expect([...seen].sort()).toEqual(['grant', 'none'])
        })
    })

    test('needs_reauth and revoked wait for a person: nothing to do, whatever the tokens say', () => {
        for (const state of ['needs_reauth', 'revoked'] as const) {
            for (const ledger of [ledgerAt(T0, { state }), ledgerAt(T0, { state, canRegrant: true }), clientCredentialsAt(T0, { state })]) {
                for (const now of [T0, T0 + 29 * MIN, T0 + 90 * DAY, T0 + 365 * DAY]) {
                    expect(decide(ledger, now, policy, jitter)).toEqual({ kind: 'none' })
                }
            }
        }
    })

    // Fails: see the report. accessIssued is optional in the Ledger (the connection table has no
    // access_issued column), but with it undefined, accessRefreshAt(now, …) is never <= now, so a
    // token with 60 s left is not refreshed although the rule says "refresh when less than 300 s is left".
    test('a token with less than the 300 s window left is refreshed even when its issue time is unknown', () => {
        const ledger = ledgerAt(T0, { accessIssued: undefined })
        const now = ledger.accessExpires! - 60 * SEC
        expect(decide(ledger, now, policy, jitter).kind).toBe('refresh')
        expect(decide(clientCredentialsAt(T0, { accessIssued: undefined }), now, policy, jitter).kind).toBe('grant')
    })
})

describe('nextCheckAt', () => {
    const jitter = 0.5

    test('a fresh connection is next looked at when its access token is due', () => {
        for (const ledger of [ledgerAt(T0), ledgerAt(T0, { canRegrant: true }), clientCredentialsAt(T0)]) {
            expect(nextCheckAt(ledger, T0, policy, jitter)).toBe(accessRefreshAt(T0, ledger.accessExpires!, policy, jitter))
        }
    })

    test('with stored credentials, the re-grant moment when it comes first', () => {
        const ledger = ledgerAt(T0, { canRegrant: true })
        const now = regrantAt(ledger, policy)! - 10 * MIN
        const late = ledgerAt(now, { canRegrant: true, refreshIssued: T0, refreshExpires: ledger.refreshExpires })
        expect(nextCheckAt(late, now, policy, jitter)).toBe(regrantAt(ledger, policy))
    })

    test('without stored credentials, the warning moment when it comes first, then the refresh token\'s expiry', () => {
        const ledger = ledgerAt(T0)
        const before = warningAt(ledger, policy)! - 10 * MIN
        const fresh = ledgerAt(before, { refreshIssued: T0, refreshExpires: ledger.refreshExpires })
        expect(nextCheckAt(fresh, before, policy, jitter)).toBe(warningAt(ledger, policy))
        // Warned, and the access token outlives the refresh token: the expiry is the next look.
        const end = ledger.refreshExpires! - 10 * MIN
        const lastDays = ledgerAt(end, { refreshIssued: T0, refreshExpires: ledger.refreshExpires, warned: true })
        expect(nextCheckAt(lastDays, end, policy, jitter)).toBe(ledger.refreshExpires)
        // Not yet warned at that point: the warning is due now.
        expect(nextCheckAt({ ...lastDays, warned: false }, end, policy, jitter)).toBe(end)
    })

    test('client_credentials looks only at the access token', () => {
        const ledger = clientCredentialsAt(T0, { refreshIssued: T0, refreshExpires: T0 + 10 * MIN })
        expect(nextCheckAt(ledger, T0, policy, jitter)).toBe(accessRefreshAt(T0, ledger.accessExpires!, policy, jitter))
    })

    test('is never in the past', () => {
        const ledger = ledgerAt(T0, { canRegrant: true })
        for (const now of [T0 + 29 * MIN, T0 + DAY, T0 + 99 * DAY, T0 + 200 * DAY]) {
            expect(nextCheckAt(ledger, now, policy, jitter)).toBe(now)
            expect(nextCheckAt({ ...ledger, canRegrant: false }, now, policy, jitter)).toBe(now)
            expect(nextCheckAt(clientCredentialsAt(T0), now, policy, jitter)).toBe(now)
        }
    })

    test('a connection with nothing yet that can grant on its own is looked at now', () => {
        const empty = { state: 'none', canRegrant: true, consecutiveFailures: 0, warned: false } as const
        expect(nextCheckAt({ ...empty, grantType: 'client_credentials' }, T0, policy, jitter)).toBe(T0)
        expect(nextCheckAt({ ...empty, grantType: 'password' }, T0, policy, jitter)).toBe(T0)
    })

    test('needs_reauth and revoked: undefined (only a person moves it on)', () => {
        for (const state of ['needs_reauth', 'revoked'] as const) {
            expect(nextCheckAt(ledgerAt(T0, { state }), T0, policy, jitter)).toBeUndefined()
            expect(nextCheckAt(ledgerAt(T0, { state, canRegrant: true }), T0 + 200 * DAY, policy, jitter)).toBeUndefined()
            expect(nextCheckAt(clientCredentialsAt(T0, { state }), T0, policy, jitter)).toBeUndefined()
        }
    })

    test('is never later than the moment decide() first acts', () => {
        const ledgers = [ledgerAt(T0), ledgerAt(T0, { canRegrant: true }), ledgerAt(T0, { warned: true }), clientCredentialsAt(T0)]
        for (const ledger of ledgers) {
            for (let now = T0; now < T0 + 101 * DAY; now += 13 * HOUR + 7 * MIN) {
                const next = nextCheckAt(ledger, now, policy, jitter)!
                expect(next).toBeGreaterThanOrEqual(now)
                if (decide(ledger, now, policy, jitter).kind !== 'none') expect(next).toBe(now)
                else if (next > now) expect(decide(ledger, next - 1, policy, jitter).kind).toBe('none')
            }
        }
    })

    // Fails: see the report. With a valid refresh token but no access token (e.g. the platform's
    // expired-token cleanup removed it), decide() says refresh now while nextCheckAt() says the
    // re-grant/warning moment, 86 days later: the job would not look at the connection until then.
    test('a password connection with a refresh token but no access token is due now', () => {
        const now = T0 + DAY
        for (const canRegrant of [true, false]) {
            const ledger = ledgerAt(T0, { canRegrant, accessIssued: undefined, accessExpires: undefined })
            expect(decide(ledger, now, policy, jitter)).toEqual({ kind: 'refresh', reason: 'access token expired' })
            expect(nextCheckAt(ledger, now, policy, jitter)).toBe(now)
        }
    })
})

describe('classifyTokenError', () => {
    test('invalid_grant and invalid_client are terminal, in the sandbox\'s and the platform\'s forms', () => {
        const cases: [number, string, string][] = [
            [400, 'invalid_grant', 'invalid_grant'],
            [400, 'invalid_grant, The refresh token is invalid, expired or revoked', 'invalid_grant'],
            [400, 'invalid_grant, The user name or password is wrong, or the user may not log in', 'invalid_grant'],
            [401, 'invalid_client', 'invalid_client'],
            [401, 'invalid_client, Client authentication failed', 'invalid_client'],
            [401, '{"error":"invalid_client","error_description":"Client authentication failed"}', 'invalid_client'],
            [400, 'invalid_grant The refresh token is invalid', 'invalid_grant'],
            // A status the consumer did not see (0) does not make an OAuth error transient.
            [0, 'invalid_grant, The refresh token is invalid, expired or revoked', 'invalid_grant'],
        ]
        for (const [status, message, code] of cases) {
            expect(classifyTokenError(status, message)).toEqual({ kind: 'terminal', code, message })
        }
    })

    test('the other RFC 6749 token errors are terminal too', () => {
        for (const code of ['unauthorized_client', 'unsupported_grant_type', 'invalid_scope', 'access_denied', 'invalid_request']) {
            expect(classifyTokenError(400, `${code}, something about it`)).toMatchObject({ kind: 'terminal', code })
        }
        expect(classifyTokenError(405, 'invalid_request, /oauth_token.do accepts POST only')).toMatchObject({ kind: 'terminal', code: 'invalid_request' })
    })

    test('an OAuth error name inside another word is not that error', () => {
        expect(classifyTokenError(503, 'invalid_grantee_service unavailable').kind).toBe('transient')
        expect(classifyTokenError(0, 'ECONNRESET: invalid_client_socket').kind).toBe('transient')
    })

    test('HTTP 429 is rate_limited and transient', () => {
        expect(classifyTokenError(429, '')).toEqual({ kind: 'transient', code: 'rate_limited', message: 'HTTP 429' })
        expect(classifyTokenError(429, 'HTTP 429 from the token endpoint')).toEqual({ kind: 'transient', code: 'rate_limited', message: 'HTTP 429 from the token endpoint' })
        expect(classifyTokenError(429, 'Invalid token response (HTTP 429): not JSON (text/html)')).toMatchObject({ kind: 'transient', code: 'rate_limited' })
    })

    test('5xx is a transient provider error', () => {
        expect(classifyTokenError(500, '')).toEqual({ kind: 'transient', code: 'provider_error', message: 'HTTP 500' })
        expect(classifyTokenError(503, 'HTTP 503 from the token endpoint')).toEqual({ kind: 'transient', code: 'provider_error', message: 'HTTP 503 from the token endpoint' })
        expect(classifyTokenError(502, 'Invalid token response (HTTP 502): not JSON (text/html)')).toMatchObject({ kind: 'transient', code: 'provider_error' })
        expect(classifyTokenError(500, 'server_error, Internal error')).toMatchObject({ kind: 'transient', code: 'provider_error' })
        expect(classifyTokenError(504, 'temporarily_unavailable')).toMatchObject({ kind: 'transient', code: 'provider_error' })
    })

    test('no answer at all: unreachable or timed out, both transient', () => {
        expect(classifyTokenError(0, 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:8443')).toEqual({
            kind: 'transient',
            code: 'provider_unreachable',
            message: 'ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:8443',
        })
        expect(classifyTokenError(0, 'ECONNREFUSED: connect ECONNREFUSED').code).toBe('provider_unreachable')
        expect(classifyTokenError(0, 'Connection reset: the response was cut off')).toMatchObject({ kind: 'transient', code: 'provider_unreachable' })
        expect(classifyTokenError(0, '')).toEqual({ kind: 'transient', code: 'provider_unreachable', message: 'no answer' })
        expect(classifyTokenError(0, 'Request timed out after 60000 ms')).toEqual({ kind: 'transient', code: 'timeout', message: 'Request timed out after 60000 ms' })
        expect(classifyTokenError(0, 'Request timed out after 60000 ms (no answer from the HTTP worker)')).toMatchObject({ kind: 'transient', code: 'timeout' })
    })

    test('a garbled answer is a transient bad_response', () => {
        const message = 'Invalid token response (HTTP 200): not JSON (text/html)'
        expect(classifyTokenError(200, message)).toEqual({ kind: 'transient', code: 'bad_response', message })
        expect(classifyTokenError(200, 'Invalid token response (HTTP 200): not a JSON object')).toMatchObject({ kind: 'transient', code: 'bad_response' })
        expect(classifyTokenError(200, 'Invalid token response: no access_token')).toMatchObject({ kind: 'transient', code: 'bad_response' })
        expect(classifyTokenError(200, '')).toEqual({ kind: 'transient', code: 'bad_response', message: 'Invalid token response (HTTP 200 with an error): unexpected answer' })
        expect(classifyTokenError(302, '')).toEqual({ kind: 'transient', code: 'bad_response', message: 'unexpected answer' })
    })

    test('a 200 carrying an OAuth error body is a malformed answer, not a terminal error', () => {
        expect(classifyTokenError(200, 'invalid_grant, The refresh token is invalid')).toEqual({
            kind: 'transient',
            code: 'bad_response',
            message: 'Invalid token response (HTTP 200 with an error): invalid_grant, The refresh token is invalid',
        })
        expect(classifyTokenError(200, 'server_error')).toMatchObject({ kind: 'transient', code: 'bad_response' })
        // The same error name with the RFC's status stays terminal.
        expect(classifyTokenError(400, 'invalid_grant, The refresh token is invalid')).toMatchObject({ kind: 'terminal', code: 'invalid_grant' })
    })

    test('a bare 401/403 is a client problem and other 4xx are rejected: terminal, never retried in a storm', () => {
        expect(classifyTokenError(401, '')).toEqual({ kind: 'terminal', code: 'invalid_client', message: 'HTTP 401' })
        expect(classifyTokenError(403, 'HTTP 403 from the token endpoint')).toMatchObject({ kind: 'terminal', code: 'invalid_client' })
        expect(classifyTokenError(400, 'HTTP 400 from the token endpoint')).toMatchObject({ kind: 'terminal', code: 'rejected' })
        expect(classifyTokenError(404, '')).toEqual({ kind: 'terminal', code: 'rejected', message: 'HTTP 404' })
    })

    test('a missing message is handled', () => {
        expect(classifyTokenError(500, undefined as unknown as string)).toEqual({ kind: 'transient', code: 'provider_error', message: 'HTTP 500' })
    })
})

describe('backoffMs', () => {
    const full = (failures: number) => backoffMs(failures, policy, 1)
    const half = (failures: number) => backoffMs(failures, policy, 0)

    test('doubles from the base with each failure, capped at the maximum', () => {
        expect([1, 2, 3, 4, 5, 10, 100].map(full)).toEqual([60, 120, 240, 300, 300, 300, 300].map((s) => s * SEC))
        expect(full(5000)).toBe(300 * SEC)
        expect(full(0)).toBe(60 * SEC)
    })

    test('jitter keeps the wait within [half, full] of the step', () => {
        for (const failures of [1, 2, 3, 4, 8]) {
            const step = Math.min(policy.backoffMaxSeconds, policy.backoffBaseSeconds * 2 ** (failures - 1)) * SEC
            expect(half(failures)).toBe(step / 2)
            for (let i = 0; i < 200; i++) {
                const wait = backoffMs(failures, policy, spread(sysId(i)))
                expect(wait).toBeGreaterThanOrEqual(step / 2)
                expect(wait).toBeLessThanOrEqual(step)
            }
            // Out-of-range jitter is clamped, not trusted.
            expect(backoffMs(failures, policy, -3)).toBe(step / 2)
            expect(backoffMs(failures, policy, 7)).toBe(step)
        }
        expect(backoffMs(2, policy, 0.5)).toBe(90 * SEC)
    })

    test('Retry-After is honoured as a floor, even above the cap', () => {
        expect(backoffMs(1, policy, 0, 120)).toBe(120 * SEC)
        expect(backoffMs(4, policy, 1, 3600)).toBe(3600 * SEC)
        expect(backoffMs(4, policy, 1, 10)).toBe(300 * SEC)
        expect(backoffMs(1, policy, 0.5, 0)).toBe(45 * SEC)
        expect(backoffMs(1, policy, 0.5, -30)).toBe(45 * SEC)
    })

    test('follows the policy', () => {
        const slow: RefreshPolicy = { ...policy, backoffBaseSeconds: 10, backoffMaxSeconds: 3600 }
        expect([1, 2, 3, 9, 10].map((f) => backoffMs(f, slow, 1))).toEqual([10, 20, 40, 2560, 3600].map((s) => s * SEC))
    })
})

describe('isFingerprint', () => {
    test('accepts 12 lower-case hex digits only', () => {
        expect(isFingerprint('0123456789ab')).toBe(true)
        for (const bad of ['', '0123456789a', '0123456789abc', '0123456789AB', 'g123456789ab', ' 0123456789ab']) expect(isFingerprint(bad)).toBe(false)
    })
})

/**
 * A ServiceNow provider as a consumer meets it: 1800 s access tokens, 100-day refresh tokens, no
 * rotation (a refresh grant echoes the current refresh token, whose expiry stays fixed); a password
 * grant renews the refresh token's expiry (KB0791140).
 */
class FakeServiceNowProvider {
    private seq = 0
    access?: { token: string; expiresAt: number }
    refresh?: { token: string; expiresAt: number }

    private nextToken(kind: string): string {
        this.seq++
        return `${kind}-${this.seq}`
    }

    passwordGrant(now: number): TokenAnswer {
        if (!this.refresh || now >= this.refresh.expiresAt) this.refresh = { token: this.nextToken('refresh'), expiresAt: now + REFRESH_LIFESPAN * SEC }
        else this.refresh.expiresAt = now + REFRESH_LIFESPAN * SEC
        return this.issueAccess(now)
    }

    refreshGrant(now: number, refreshToken: string | undefined): TokenAnswer {
        if (!this.refresh || refreshToken !== this.refresh.token || now >= this.refresh.expiresAt) {
            return { status: 400, error: 'invalid_grant, The refresh token is invalid, expired or revoked' }
        }
        return this.issueAccess(now)
    }

    private issueAccess(now: number): TokenAnswer {
        // The same access token while it is valid (with a new expiry), else a new one.
        if (!this.access || now >= this.access.expiresAt) this.access = { token: this.nextToken('access'), expiresAt: 0 }
        this.access.expiresAt = now + ACCESS_LIFESPAN * SEC
        return { status: 200, accessToken: this.access.token, expiresIn: ACCESS_LIFESPAN, refreshToken: this.refresh!.token }
    }

    /** An outbound call with this bearer token: does the provider accept it? */
    accepts(accessToken: string | undefined, now: number): boolean {
        return this.access !== undefined && accessToken === this.access.token && now < this.access.expiresAt
    }
}

type TokenAnswer =
    | { status: 200; accessToken: string; expiresIn: number; refreshToken: string; error?: undefined }
    | { status: number; error: string }

interface SimEvent {
    at: number
    kind: 'grant' | 'refresh' | 'warn' | 'reauth' | 'person' | 'manual'
    /** Left on the ledger's access token when the action was taken (ms). */
    accessLeft?: number
    /** The provider's real expiry of the refresh token current at the time. */
    realRefreshExpiry?: number
    /** The ledger's expiry of the refresh token current at the time. */
    ledgerRefreshExpiry?: number
}

interface SimResult {
    events: SimEvent[]
    violations: string[]
    calls: number
}

const JOB = 300 * SEC
const SIM_DAYS = 400

interface SimOptions {
    days?: number
    /** A person clicks Refresh Token at this moment (between job runs). */
    manualRefreshAt?: number
}

/**
 * Runs the refresh job every 300 s for 400 days against the fake provider: decide(), then apply the
 * action as the job would. An outbound call is made every hour right after the job. Without stored
 * credentials, a person re-authorises a day after the connection asks for it.
 */
function simulate(key: string, canRegrant: boolean, firstGrantBeforeStart: number, options: SimOptions = {}): SimResult {
    const days = options.days ?? SIM_DAYS
    const provider = new FakeServiceNowProvider()
    const jitter = spread(key)
    const events: SimEvent[] = []
    const violations: string[] = []
    let calls = 0
    let accessToken: string | undefined
    let refreshToken: string | undefined
    const ledger: Ledger = { state: 'none', grantType: 'password', canRegrant, consecutiveFailures: 0, warned: false }
    const day = (t: number) => ((t - T0) / DAY).toFixed(4)

    const receive = (answer: TokenAnswer, now: number, grant: boolean) => {
        if (answer.error !== undefined) {
            const failure = classifyTokenError(answer.status, answer.error)
            violations.push(`day ${day(now)}: token request failed: ${failure.code} (${answer.error})`)
            if (failure.kind === 'terminal') ledger.state = 'needs_reauth'
            else ledger.consecutiveFailures++
            return
        }
        accessToken = answer.accessToken
        ledger.accessIssued = now
        ledger.accessExpires = accessExpiry(now, answer.expiresIn, policy)
        // The refresh token's expiry moves only when a grant renewed it or a new token arrived; an
        // echoed refresh token keeps the expiry of its first issue.
        if (grant || answer.refreshToken !== refreshToken) {
            refreshToken = answer.refreshToken
            ledger.refreshIssued = now
            ledger.refreshExpires = refreshExpiry(now, REFRESH_LIFESPAN, policy)
            ledger.warned = false
        }
        ledger.state = 'valid'
        ledger.consecutiveFailures = 0
    }

    // A person obtains the first token before the job starts.
    const start = T0 - firstGrantBeforeStart
    receive(provider.passwordGrant(start), start, true)
    events.push({ at: start, kind: 'person' })
    let reauthAt: number | undefined

    for (let now = T0; now <= T0 + days * DAY; now += JOB) {
        const manual = options.manualRefreshAt
        if (manual !== undefined && manual > now - JOB && manual < now && ledger.state === 'valid') {
            events.push({ at: manual, kind: 'manual' })
            receive(provider.refreshGrant(manual, refreshToken), manual, false)
        }
        if (ledger.state === 'needs_reauth') {
            if (reauthAt !== undefined && now >= reauthAt + DAY) {
                receive(provider.passwordGrant(now), now, true)
                events.push({ at: now, kind: 'person' })
                reauthAt = undefined
            }
            continue
        }
        const action = decide(ledger, now, policy, jitter)
        const context = {
            accessLeft: ledger.accessExpires === undefined ? undefined : ledger.accessExpires - now,
            realRefreshExpiry: provider.refresh?.expiresAt,
            ledgerRefreshExpiry: ledger.refreshExpires,
        }
        if (action.kind === 'grant') {
            if (!canRegrant) violations.push(`day ${day(now)}: unattended grant without stored credentials`)
            events.push({ at: now, kind: 'grant', ...context })
            receive(provider.passwordGrant(now), now, true)
        } else if (action.kind === 'refresh') {
            events.push({ at: now, kind: 'refresh', ...context })
            receive(provider.refreshGrant(now, refreshToken), now, false)
        } else if (action.kind === 'warn') {
            events.push({ at: now, kind: 'warn', ...context })
            ledger.warned = true
        } else if (action.kind === 'reauth') {
            events.push({ at: now, kind: 'reauth', ...context })
            ledger.state = 'needs_reauth'
            reauthAt = now
            continue
        }
        // The ledger never believes a token lives longer than the provider lets it.
        if (provider.access && ledger.accessExpires! > provider.access.expiresAt) violations.push(`day ${day(now)}: ledger's access expiry is after the provider's`)
        if (provider.refresh && ledger.refreshExpires! > provider.refresh.expiresAt) violations.push(`day ${day(now)}: ledger's refresh expiry is after the provider's`)
        // After the job, the access token is good until the next run at least.
        if (ledger.state === 'valid' && ledger.accessExpires! < now + JOB) {
            violations.push(`day ${day(now)}: after a '${action.kind}' run the access token has ${(ledger.accessExpires! - now) / SEC} s left, less than one job period`)
        }
        // An outbound call every hour, right after the job.
        if ((now - T0) % HOUR === 0 && ledger.state === 'valid') {
            calls++
            if (!provider.accepts(accessToken, now)) violations.push(`day ${day(now)}: an outbound call was made with an expired access token`)
        }
    }
    return { events, violations, calls }
}

describe('400 days at a ServiceNow provider, a job every 300 s', () => {
    // Five connections, each with its own jitter and its first grant at a different moment between runs.
    const runs = [0, 1, 2, 3, 4].map((i) => ({ key: sysId(1000 + i), offset: (17 + 61 * i) * SEC }))

    describe('password with stored credentials', () => {
        const results = runs.map((r) => ({ ...r, result: simulate(r.key, true, r.offset) }))

        test('the access token is never used expired, and lasts from each run to the next', () => {
            for (const { result } of results) {
                expect(result.violations).toEqual([])
                expect(result.calls).toBe(SIM_DAYS * 24 + 1)
            }
        })

        test('re-grants happen 14 days before each real refresh-token expiry, so it never lapses', () => {
            for (const { result } of results) {
                const grants = result.events.filter((e) => e.kind === 'grant')
                expect(grants).toHaveLength(4) // every ~86 days over 400 days
                for (const g of grants) {
                    const ahead = g.realRefreshExpiry! - g.at
                    expect(ahead).toBeGreaterThan(14 * DAY + 60 * SEC - JOB)
                    expect(ahead).toBeLessThanOrEqual(14 * DAY + 60 * SEC)
                }
                expect(result.events.filter((e) => e.kind === 'warn' || e.kind === 'reauth' || e.kind === 'person')).toHaveLength(1)
            }
        })

        test('refreshes come when due, not early and not in a storm', () => {
            for (const { key, result } of results) {
                const refreshes = result.events.filter((e) => e.kind === 'refresh')
                const leadPlusJitter = refreshLead(1740 * SEC, policy) + spread(key) * policy.jitterSeconds * SEC
                expect(refreshes.filter((r) => !(r.accessLeft! > 0 && r.accessLeft! <= leadPlusJitter))).toEqual([])
                // Each token lives 1740 s on the ledger and is refreshed with at most lead + jitter left.
                expect(refreshes.length).toBeLessThanOrEqual(Math.ceil((SIM_DAYS * DAY) / (1740 * SEC - leadPlusJitter)))
                expect(refreshes.length).toBeGreaterThanOrEqual(Math.floor((SIM_DAYS * DAY) / (1740 * SEC)))
            }
        })
    })

    describe('password without stored credentials (a person re-authorises a day after being asked)', () => {
        const results = runs.map((r) => ({ ...r, result: simulate(r.key, false, r.offset) }))

        // Fails for some phases: see the report. When the warning falls on the run where the access
        // token is due (240 s left), decide() returns 'warn' instead of 'refresh' and the token lapses
        // before the next run.
        test('the access token is never used expired, and lasts from each run to the next', () => {
            for (const { result } of results) expect(result.violations).toEqual([])
        })

        test('a warning comes once, 14 days ahead of each refresh token\'s expiry, and re-authorisation is asked for when it lapses', () => {
            for (const { result } of results) {
                const warns = result.events.filter((e) => e.kind === 'warn')
                const reauths = result.events.filter((e) => e.kind === 'reauth')
                const people = result.events.filter((e) => e.kind === 'person')
                expect(result.events.filter((e) => e.kind === 'grant')).toHaveLength(0)
                // Expiries at ~100, ~201 and ~302 days; the fourth refresh token lapses after day 400
                // but is warned about at ~389 days.
                expect(reauths).toHaveLength(3)
                expect(people).toHaveLength(4)
                expect(warns).toHaveLength(4)
                for (const [i, w] of warns.entries()) {
                    // The first run at or after 14 days before the ledger's expiry (60 s early).
                    const ahead = w.realRefreshExpiry! - w.at
                    expect(ahead).toBeGreaterThan(14 * DAY + 60 * SEC - JOB)
                    expect(ahead).toBeLessThanOrEqual(14 * DAY + 60 * SEC)
                    expect(w.at).toBeGreaterThan(people[i].at)
                    if (i < reauths.length) {
                        const r = reauths[i]
                        expect(r.realRefreshExpiry).toBe(w.realRefreshExpiry)
                        expect(r.at).toBeGreaterThan(w.at)
                        // At the first run once the ledger's expiry passed, before the provider's real one + a run.
                        expect(r.at).toBeGreaterThanOrEqual(r.ledgerRefreshExpiry!)
                        expect(r.at - r.ledgerRefreshExpiry!).toBeLessThan(JOB)
                        expect(people[i + 1].at - r.at).toBe(DAY)
                    }
                }
            }
        })

        test('the refresh token is never presented after it lapsed (no invalid_grant)', () => {
            for (const { result } of results) {
                expect(result.violations.filter((v) => v.includes('invalid_grant'))).toEqual([])
                expect(result.events.filter((e) => e.kind === 'refresh' && e.at >= e.realRefreshExpiry!)).toEqual([])
            }
        })
    })
    // The runs above never put the warning on a run where the access token is due: with 1800 s
    // tokens, 100-day refresh tokens and a 300 s job, the phase between the two is fixed by the
    // grant. Anything that moves the refresh phase (a person clicking Refresh Token, an outbound
    // 401's refresh, a retried failure) can. One manual refresh on day 50, at 25 moments 60 s apart
    // (a whole 1500 s refresh cycle), then the job as before until the refresh token lapses.
    // Fails for the phases where the warning lands on the due run: see the report.
    test('without stored credentials, the warning never keeps a due refresh from happening, whatever the refresh phase', () => {
        const key = sysId(2000)
        const violations: string[] = []
        for (let i = 0; i < 25; i++) {
            const manualRefreshAt = T0 + 50 * DAY + (17 + 60 * i) * SEC
            const result = simulate(key, false, 42 * SEC, { days: 101, manualRefreshAt })
            expect(result.events.filter((e) => e.kind === 'manual')).toHaveLength(1)
            expect(result.events.filter((e) => e.kind === 'warn')).toHaveLength(1)
            expect(result.events.filter((e) => e.kind === 'reauth')).toHaveLength(1)
            violations.push(...result.violations.map((v) => `manual refresh ${17 + 60 * i} s into day 50: ${v}`))
        }
        expect(violations).toEqual([])
    })
})

describe('isTransientTokenCode', () => {
    test('every transient classification makes an outbound message wait; terminal ones and needs_reauth do not', () => {
        const transient = [
            classifyTokenError(0, 'ECONNREFUSED: connect ECONNREFUSED'),
            classifyTokenError(0, 'Request timed out after 30000 ms'),
            classifyTokenError(408, ''),
            classifyTokenError(429, ''),
            classifyTokenError(503, 'HTTP 503 from the token endpoint: Simulated 503'),
            classifyTokenError(200, 'Invalid token response: no access_token'),
        ]
        for (const f of transient) expect([f.code, f.kind, isTransientTokenCode(f.code)]).toEqual([f.code, 'transient', true])
        expect(isTransientTokenCode('refresh_in_progress')).toBe(true)
        for (const f of [classifyTokenError(400, 'invalid_grant'), classifyTokenError(401, 'invalid_client'), classifyTokenError(400, 'something else')]) {
            expect([f.code, isTransientTokenCode(f.code)]).toEqual([f.code, false])
        }
        for (const code of ['needs_reauth', 'revoked', 'missing_credentials', undefined]) expect(isTransientTokenCode(code)).toBe(false)
    })
})

describe('retryAt', () => {
    const t = Date.parse('2026-03-02T09:00:20Z')
    test('on the next whole minute after the delay, within the maximum', () => {
        expect(new Date(retryAt(t, 150000, 300000)).toISOString()).toBe('2026-03-02T09:03:00.000Z')
        expect(new Date(retryAt(Date.parse('2026-03-02T09:00:00Z'), 300000, 300000)).toISOString()).toBe('2026-03-02T09:05:00.000Z')
    })
    test('never later than the maximum: back to the whole minute before', () => {
        expect(new Date(retryAt(t, 290000, 300000)).toISOString()).toBe('2026-03-02T09:05:00.000Z')
        expect(retryAt(t, 290000, 300000) - t).toBeLessThanOrEqual(300000)
    })
    test('a delay longer than the maximum (Retry-After) is kept, rounded up', () => {
        expect(new Date(retryAt(t, 600000, 300000)).toISOString()).toBe('2026-03-02T09:11:00.000Z')
    })
    test('a delay too short for a whole minute stays as it is', () => {
        expect(retryAt(t, 5000, 10000)).toBe(t + 5000)
    })
})
