/**
 * What Tether accepts from a token endpoint after the platform's OAuth client parsed it: a Bearer
 * token with a sensible lifetime, and a clear message naming the parameter otherwise.
 */
import { checkTokenResponse, MAX_EXPIRES_IN_SECONDS, responseFields } from '../../src/server/oauth/token-response'

const good = { hasAccessToken: true, tokenType: 'Bearer', expiresIn: '1800' }

test('a ServiceNow provider answer passes, with expires_in as a number of seconds', () => {
    expect(checkTokenResponse(good)).toEqual({ ok: true, expiresIn: 1800 })
    expect(checkTokenResponse({ ...good, tokenType: 'bearer', expiresIn: 1800 })).toEqual({ ok: true, expiresIn: 1800 })
    expect(checkTokenResponse({ ...good, expiresIn: ' 3600.9 ' })).toEqual({ ok: true, expiresIn: 3600 })
    expect(checkTokenResponse({ ...good, expiresIn: String(MAX_EXPIRES_IN_SECONDS) })).toEqual({ ok: true, expiresIn: MAX_EXPIRES_IN_SECONDS })
})

test.each([
    ['no access token', { hasAccessToken: false }, 'Invalid token response: no access_token'],
    ['no token_type', { tokenType: undefined }, 'Invalid token response: no token_type (Tether sends tokens as Bearer tokens)'],
    ['an empty token_type', { tokenType: '  ' }, 'Invalid token response: no token_type (Tether sends tokens as Bearer tokens)'],
    ['token_type mac', { tokenType: 'mac' }, 'Invalid token response: token_type is "mac", not Bearer'],
    ['token_type N_A', { tokenType: 'N_A' }, 'Invalid token response: token_type is "N_A", not Bearer'],
    ['no expires_in', { expiresIn: undefined }, 'Invalid token response: no expires_in (a ServiceNow provider always sends the access token\'s lifetime)'],
    ['expires_in null', { expiresIn: null }, 'Invalid token response: no expires_in (a ServiceNow provider always sends the access token\'s lifetime)'],
    ['a negative expires_in', { expiresIn: '-1800' }, 'Invalid token response: expires_in is -1800; it must be a positive number of seconds'],
    ['expires_in 0', { expiresIn: 0 }, 'Invalid token response: expires_in is 0; it must be a positive number of seconds'],
    ['a word for expires_in', { expiresIn: 'soon' }, 'Invalid token response: expires_in is "soon", not a number of seconds'],
    ['a date for expires_in', { expiresIn: '2026-03-02T10:00:00Z' }, 'Invalid token response: expires_in is "2026-03-02T10:00:00Z", not a number of seconds'],
    ['a huge expires_in', { expiresIn: '99999999999' }, `Invalid token response: expires_in is "99999999999" seconds, more than a year (at most ${MAX_EXPIRES_IN_SECONDS})`],
    ['an exponent', { expiresIn: '1e+30' }, `Invalid token response: expires_in is "1e+30" seconds, more than a year (at most ${MAX_EXPIRES_IN_SECONDS})`],
])('refused: %s', (_name, fields, message) => {
    expect(checkTokenResponse({ ...good, ...fields })).toEqual({ ok: false, message })
})

test('a long odd value is cut in the message, never echoed in full', () => {
    const result = checkTokenResponse({ ...good, tokenType: 'x'.repeat(5000) })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message.length).toBeLessThan(120)
})

describe('what the platform reports of the response (getResponseParameters)', () => {
    test('the provider\'s token_type and expires_in, when the map carries them', () => {
        expect(responseFields({ token_type: 'Bearer', expires_in: '1800', scope: 'useraccount' }, 2592000)).toEqual({ hasAccessToken: true, tokenType: 'Bearer', expiresIn: '1800' })
        // One of the two present: the answer as the provider sent it, so the missing one is refused.
        expect(checkTokenResponse(responseFields({ token_type: 'Bearer' }, 2592000))).toMatchObject({ ok: false, message: expect.stringMatching(/no expires_in/) })
        expect(checkTokenResponse(responseFields({ expires_in: '1800' }, 1800))).toMatchObject({ ok: false, message: expect.stringMatching(/no token_type/) })
    })

    test('a platform that reports neither (an empty map, or only scope): the platform\'s own lifetime stands, the token is not refused for it', () => {
        expect(checkTokenResponse(responseFields({}, 1799))).toEqual({ ok: true, expiresIn: 1799 })
        expect(checkTokenResponse(responseFields({ scope: 'useraccount' }, 1799))).toEqual({ ok: true, expiresIn: 1799 })
        expect(checkTokenResponse(responseFields(null, 1799))).toEqual({ ok: true, expiresIn: 1799 })
        // … but a lifetime that makes no sense is still refused.
        expect(checkTokenResponse(responseFields({}, 0))).toMatchObject({ ok: false })
    })
})
