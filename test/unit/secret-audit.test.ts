/**
 * The secret audit's matching (the soak and the 400-day test rely on it): a secret is found as it
 * is and inside base64 text such as a Basic authorization header, wherever it sits in it; text
 * without it is clean.
 */
import { auditSecrets, encodedForms, Secret } from '../../scripts/lib/secret-audit'

const password: Secret = { kind: 'password', value: 'Integration-Pw-4f9a2c81!' }
const clientSecret: Secret = { kind: 'client secret', value: 'cs_9b2e77d1a0f34c6e8d55' }

function leaksIn(text: string): string[] {
    return auditSecrets([password, clientSecret], { texts: [{ place: 'log', text }] }).leaks.map((l) => l.secret)
}

test('a secret in clear is found; the leak names its kind and first characters, never the value', () => {
    const leaks = auditSecrets([password], { texts: [{ place: 'log', text: `login failed for ${password.value} at 10:00` }] }).leaks
    expect(leaks).toEqual([{ place: 'log', secret: 'password Inte…' }])
})

test.each(['u', 'us', 'use', 'tether.integration'])('a password inside base64("%s:<password>"), as a Basic header carries it, is found', (user) => {
    const header = `Authorization: Basic ${Buffer.from(`${user}:${password.value}`).toString('base64')}`
    expect(leaksIn(header)).toEqual(['password Inte… (base64)'])
})

test('a client secret inside base64("client_id:secret") is found at every alignment', () => {
    for (const id of ['a', 'ab', 'abc']) {
        expect(leaksIn(Buffer.from(`${id}:${clientSecret.value}`).toString('base64'))).toEqual(['client secret cs_9… (base64)'])
    }
})

test('clean text, other base64 and a near miss are not leaks', () => {
    expect(leaksIn('Authorization: Basic ' + Buffer.from('tether.integration:another-password-123').toString('base64'))).toEqual([])
    expect(leaksIn(password.value.slice(0, -1))).toEqual([])
    expect(leaksIn('token ******** redacted')).toEqual([])
})

test('the encoded forms cover the three alignments, each from whole 3-byte groups only', () => {
    const forms = encodedForms('abcdefghijkl')
    expect(forms).toEqual([Buffer.from('abcdefghijkl').toString('base64'), Buffer.from('bcdefghij').toString('base64'), Buffer.from('cdefghijk').toString('base64')])
    // Too short for three whole groups at any alignment: no encoded form (the clear value is still searched).
    expect(encodedForms('abcdefgh')).toEqual([])
})
