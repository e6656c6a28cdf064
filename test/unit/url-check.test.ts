/**
 * Which partner URLs Tether sends credentials to: https anywhere, http to loopback only, never a URL
 * carrying a user name or password — and the refusal never repeats the URL.
 */
import { checkPartnerUrl, isLoopbackHost } from '../../src/server/connection/url-check'

test.each([
    'https://partner.service-now.com/api/x_tether/v1',
    'HTTPS://Partner.Service-Now.com:8443/oauth_token.do',
    'http://127.0.0.1:41234/api/x_tether/v1',
    'http://localhost:8080/oauth_token.do',
    'http://[::1]:8080/oauth_token.do',
    'https://[2001:db8::1]/api',
])('accepted: %s', (url) => {
    expect(checkPartnerUrl(url, 'The endpoint URL')).toBeUndefined()
})

test.each([
    ['http://partner.service-now.com/api/x_tether/v1', 'insecure_url'],
    ['http://10.0.0.5/oauth_token.do', 'insecure_url'],
    ['http://127.0.0.1.evil.example/api', 'insecure_url'],
    ['http://localhost.evil.example/api', 'insecure_url'],
    ['https://admin:S3cret-Pw@partner.service-now.com/api', 'credentials_in_url'],
    ['http://admin:S3cret-Pw@127.0.0.1/api', 'credentials_in_url'],
    ['https://token@partner.service-now.com/api', 'credentials_in_url'],
    ['ftp://partner.service-now.com/api', 'invalid_url'],
    ['javascript:gs.log(1)', 'invalid_url'],
    ['partner.service-now.com/api', 'invalid_url'],
    ['https://', 'invalid_url'],
    ['https://part ner.example/api', 'invalid_url'],
    ['', 'invalid_url'],
])('refused: %s → %s', (url, code) => {
    const problem = checkPartnerUrl(url, 'The endpoint URL')
    expect(problem).toMatchObject({ code, message: expect.stringMatching(/^The endpoint URL /) })
    expect(problem!.message).not.toContain('S3cret-Pw')
    if (url) expect(problem!.message).not.toContain(url)
})

test('loopback means this machine only', () => {
    expect(['localhost', '127.0.0.1', '127.1.2.3', '[::1]'].every(isLoopbackHost)).toBe(true)
    expect(['localhost.example', '10.0.0.1', '::1', '128.0.0.1', '0.0.0.0'].some(isLoopbackHost)).toBe(false)
})
