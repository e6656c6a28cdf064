/**
 * The simulated instance as an OAuth provider, seen from a client over HTTP: /oauth_token.do grants
 * and errors, the ServiceNow-specific token reuse and non-rotating refresh tokens, expiry on the
 * virtual clock, the enabling properties, tokens at rest, and RFC 7009 revocation.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { authenticate } from '../../sandbox/instance/platform/inbound-auth'
import { oauthRoutes } from '../../sandbox/instance/platform/oauth-endpoints'
import { createUser, HttpTestInstance, START, startHttpInstance } from './helpers'

const CLIENT_ID = 'tether-peer-client-id'
const CLIENT_SECRET = 'Client-Secret-Value-42!'
const PASSWORD = 'User-Pass-Word-99'

interface Answer {
    status: number
    headers: Headers
    text: string
    json: Record<string, unknown>
}

let inst: HttpTestInstance

function setProperty(name: string, value: string): void {
    inst.run(`
        var p = new GlideRecord('sys_properties');
        if (!p.get('name', ${JSON.stringify(name)})) { p.initialize(); p.name = ${JSON.stringify(name)} }
        p.value = ${JSON.stringify(value)};
        p.isNewRecord() ? p.insert() : p.update()`)
}

/** Creates an Application Registry record and returns its sys_id. */
function createRegistry(fields: { clientId: string; secret: string; type?: string; active?: boolean; user?: string }): string {
    return inst.run<string>(`
        var e = new GlideRecord('oauth_entity'); e.initialize();
        e.name = 'Registry ' + ${JSON.stringify(fields.clientId)}; e.type = ${JSON.stringify(fields.type ?? 'client')};
        e.client_id = ${JSON.stringify(fields.clientId)}; e.setValue('client_secret', ${JSON.stringify(fields.secret)});
        e.access_token_lifespan = 1800; e.refresh_token_lifespan = 8640000; e.active = ${fields.active ?? true};
        ${fields.user ? `e.user = ${JSON.stringify(fields.user)};` : ''}
        e.insert()`)
}

async function post(path: string, body: string | URLSearchParams, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(inst.url + path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
        body: typeof body === 'string' ? body : body.toString(),
    })
    const text = await res.text()
    let json: Record<string, unknown> = {}
    try {
        json = JSON.parse(text) as Record<string, unknown>
    } catch {
        // empty or non-JSON bodies are asserted through `text`
    }
    return { status: res.status, headers: res.headers, text, json }
}

function token(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
    return post('/oauth_token.do', new URLSearchParams(params), headers)
}

function passwordGrant(username = 'integration.user', password = PASSWORD): Promise<Answer> {
    return token({ grant_type: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, username, password })
}

function refreshGrant(refresh: string): Promise<Answer> {
    return token({ grant_type: 'refresh_token', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, refresh_token: refresh })
}

function revoke(params: Record<string, string>): Promise<Answer> {
    return post('/oauth_revoke_token.do', new URLSearchParams({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, ...params }))
}

/** Whether an inbound REST call with this bearer token would be let in, and as whom. */
function bearer(accessToken: unknown): string | undefined {
    const auth = authenticate(inst.core.rt, `Bearer ${String(accessToken)}`)
    return auth.ok ? auth.userName : undefined
}

function credentialRows(type?: string): Record<string, string | null>[] {
    return inst.core.store.select('oauth_credential', type ? { where: 'type = ?', params: [type] } : {})
}

function expectOAuthError(answer: Answer, status: number, error: string): void {
    expect(answer.status).toBe(status)
    expect(answer.json.error).toBe(error)
    expect(typeof answer.json.error_description).toBe('string')
    expect(answer.headers.get('cache-control')).toBe('no-store')
}

beforeEach(async () => {
    inst = await startHttpInstance([...oauthRoutes()])
    setProperty('com.snc.platform.security.oauth.is.active', 'true')
    createRegistry({ clientId: CLIENT_ID, secret: CLIENT_SECRET })
    createUser(inst, 'integration.user', ['itil'], PASSWORD)
})

afterEach(async () => {
    await inst.closeAsync()
})

describe('password grant', () => {
    test('issues an access and a refresh token with the documented JSON and no-cache headers', async () => {
        const a = await passwordGrant()
        expect(a.status).toBe(200)
        expect(a.headers.get('content-type')).toMatch(/^application\/json/)
        expect(a.headers.get('cache-control')).toBe('no-store')
        expect(a.headers.get('pragma')).toBe('no-cache')
        expect(Object.keys(a.json).sort()).toEqual(['access_token', 'expires_in', 'refresh_token', 'scope', 'token_type'])
        expect(a.json).toMatchObject({ scope: 'useraccount', token_type: 'Bearer', expires_in: 1800 })
        expect(typeof a.json.access_token).toBe('string')
        expect(typeof a.json.refresh_token).toBe('string')
        expect(a.json.access_token).not.toBe(a.json.refresh_token)
        expect(bearer(a.json.access_token)).toBe('integration.user')
        // A refresh token is not an access token.
        expect(bearer(a.json.refresh_token)).toBeUndefined()
    })

    test('a JSON body is refused with invalid_request and issues nothing', async () => {
        const a = await post(
            '/oauth_token.do',
            JSON.stringify({ grant_type: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, username: 'integration.user', password: PASSWORD }),
            { 'Content-Type': 'application/json' },
        )
        expectOAuthError(a, 400, 'invalid_request')
        expect(credentialRows()).toHaveLength(0)
    })

    test('methods other than POST get 405', async () => {
        const res = await fetch(`${inst.url}/oauth_token.do?grant_type=password`)
        expect(res.status).toBe(405)
        expect(res.headers.get('allow')).toBe('POST')
        expect((await fetch(`${inst.url}/oauth_revoke_token.do`, { method: 'PUT' })).status).toBe(405)
    })

    test('query-string parameters are ignored: only the body counts', async () => {
        const q = new URLSearchParams({ grant_type: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, username: 'integration.user', password: PASSWORD })
        const a = await post(`/oauth_token.do?${q}`, '')
        expectOAuthError(a, 400, 'invalid_request')
        expect(credentialRows()).toHaveLength(0)
    })

    test('a second grant while the access token is valid returns the same tokens', async () => {
        const first = await passwordGrant()
        inst.setTime(START + 600_000)
        const second = await passwordGrant()
        expect(second.status).toBe(200)
        expect(second.json.access_token).toBe(first.json.access_token)
        expect(second.json.refresh_token).toBe(first.json.refresh_token)
        expect(second.json.expires_in).toBe(1800)
        expect(credentialRows('access_token')).toHaveLength(1)
    })
})

describe('client authentication errors', () => {
    test('a wrong client secret is 401 invalid_client with a Basic challenge', async () => {
        const a = await token({ grant_type: 'password', client_id: CLIENT_ID, client_secret: 'wrong', username: 'integration.user', password: PASSWORD })
        expectOAuthError(a, 401, 'invalid_client')
        expect(a.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
        expect(credentialRows()).toHaveLength(0)
    })

    test('an unknown client is 401 invalid_client', async () => {
        const a = await token({ grant_type: 'password', client_id: 'nobody', client_secret: CLIENT_SECRET, username: 'integration.user', password: PASSWORD })
        expectOAuthError(a, 401, 'invalid_client')
    })

    test('no client credentials at all is 401 invalid_client', async () => {
        const a = await token({ grant_type: 'password', username: 'integration.user', password: PASSWORD })
        expectOAuthError(a, 401, 'invalid_client')
    })

    test('client credentials in a Basic header work, and a wrong one is 401 invalid_client', async () => {
        const basic = (id: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` })
        const ok = await token({ grant_type: 'password', username: 'integration.user', password: PASSWORD }, basic(CLIENT_ID, CLIENT_SECRET))
        expect(ok.status).toBe(200)
        expect(bearer(ok.json.access_token)).toBe('integration.user')
        // RFC 6749 §2.3.1 form-encodes before base64; that spelling is accepted too.
        const encoded = await token({ grant_type: 'password', username: 'integration.user', password: PASSWORD }, basic(CLIENT_ID, encodeURIComponent(CLIENT_SECRET)))
        expect(encoded.status).toBe(200)
        const bad = await token({ grant_type: 'password', username: 'integration.user', password: PASSWORD }, basic(CLIENT_ID, 'wrong'))
        expectOAuthError(bad, 401, 'invalid_client')
        expect(bad.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
    })

    test('an inactive registry and a registry that is not of type client are 401 invalid_client', async () => {
        createRegistry({ clientId: 'inactive-client', secret: 's1', active: false })
        createRegistry({ clientId: 'provider-record', secret: 's2', type: 'oauth_provider' })
        for (const [id, secret] of [['inactive-client', 's1'], ['provider-record', 's2']]) {
            const a = await token({ grant_type: 'password', client_id: id, client_secret: secret, username: 'integration.user', password: PASSWORD })
            expectOAuthError(a, 401, 'invalid_client')
        }
        expect(credentialRows()).toHaveLength(0)
    })
})

describe('grant errors', () => {
    test('a wrong password is 400 invalid_grant and the answer does not echo it', async () => {
        const a = await passwordGrant('integration.user', 'Not-The-Password-77')
        expectOAuthError(a, 400, 'invalid_grant')
        expect(a.text).not.toContain('Not-The-Password-77')
        expect(credentialRows()).toHaveLength(0)
    })

    test('an unknown user is 400 invalid_grant', async () => {
        expectOAuthError(await passwordGrant('no.such.user'), 400, 'invalid_grant')
    })

    test('an inactive user is 400 invalid_grant', async () => {
        inst.run(`var u = new GlideRecord('sys_user'); u.get('user_name', 'integration.user'); u.active = false; u.update()`)
        expectOAuthError(await passwordGrant(), 400, 'invalid_grant')
    })

    test('a locked-out user is 400 invalid_grant', async () => {
        inst.run(`var u = new GlideRecord('sys_user'); u.get('user_name', 'integration.user'); u.locked_out = true; u.update()`)
        expectOAuthError(await passwordGrant(), 400, 'invalid_grant')
    })

    test('an unknown grant type is 400 unsupported_grant_type', async () => {
        const a = await token({ grant_type: 'urn:example:unknown', client_id: CLIENT_ID, client_secret: CLIENT_SECRET })
        expectOAuthError(a, 400, 'unsupported_grant_type')
    })

    test('missing parameters are 400 invalid_request', async () => {
        expectOAuthError(await token({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, username: 'integration.user', password: PASSWORD }), 400, 'invalid_request')
        expectOAuthError(await token({ grant_type: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, username: 'integration.user' }), 400, 'invalid_request')
        expectOAuthError(await token({ grant_type: 'password', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, password: PASSWORD }), 400, 'invalid_request')
        expectOAuthError(await token({ grant_type: 'refresh_token', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), 400, 'invalid_request')
        expect(credentialRows()).toHaveLength(0)
    })

    test('a repeated parameter is 400 invalid_request', async () => {
        const a = await post('/oauth_token.do', `grant_type=password&grant_type=password&client_id=${CLIENT_ID}&client_secret=${encodeURIComponent(CLIENT_SECRET)}&username=integration.user&password=${PASSWORD}`)
        expectOAuthError(a, 400, 'invalid_request')
    })

    test('an unknown refresh token is 400 invalid_grant', async () => {
        expectOAuthError(await refreshGrant('not-a-token'), 400, 'invalid_grant')
    })

    test('a refresh token issued to another client is 400 invalid_grant', async () => {
        createRegistry({ clientId: 'other-client', secret: 'other-secret' })
        const other = await token({ grant_type: 'password', client_id: 'other-client', client_secret: 'other-secret', username: 'integration.user', password: PASSWORD })
        expect(other.status).toBe(200)
        expectOAuthError(await refreshGrant(String(other.json.refresh_token)), 400, 'invalid_grant')
    })
})

describe('refresh tokens and expiry on the virtual clock', () => {
    test('a refresh grant echoes the same refresh token and does not move its expiry; a new password grant extends it', async () => {
        const first = await passwordGrant()
        const refresh = String(first.json.refresh_token)
        const expiresAtIssue = credentialRows('refresh_token')[0].expires
        expect(expiresAtIssue).toBe('2026-04-15 09:00:00') // START + 8,640,000 s (100 days)

        inst.setTime(START + 3_600_000)
        const refreshed = await refreshGrant(refresh)
        expect(refreshed.status).toBe(200)
        expect(refreshed.json.refresh_token).toBe(refresh)
        expect(refreshed.json).toMatchObject({ scope: 'useraccount', token_type: 'Bearer', expires_in: 1800 })
        expect(credentialRows('refresh_token')[0].expires).toBe(expiresAtIssue)

        const regrant = await passwordGrant()
        expect(regrant.json.refresh_token).toBe(refresh)
        expect(credentialRows('refresh_token')).toHaveLength(1)
        expect(credentialRows('refresh_token')[0].expires).toBe('2026-04-15 10:00:00')
    })

    test('past 1800 s the access token stops working and a refresh gives a different one', async () => {
        const first = await passwordGrant()
        expect(bearer(first.json.access_token)).toBe('integration.user')
        inst.setTime(START + 1_799_000)
        expect(bearer(first.json.access_token)).toBe('integration.user')
        inst.setTime(START + 1_801_000)
        expect(bearer(first.json.access_token)).toBeUndefined()

        const refreshed = await refreshGrant(String(first.json.refresh_token))
        expect(refreshed.status).toBe(200)
        expect(refreshed.json.access_token).not.toBe(first.json.access_token)
        expect(bearer(refreshed.json.access_token)).toBe('integration.user')
        expect(bearer(first.json.access_token)).toBeUndefined()
    })

    test('past 8,640,000 s the refresh grant fails with invalid_grant', async () => {
        const first = await passwordGrant()
        inst.setTime(START + 8_639_000_000)
        expect((await refreshGrant(String(first.json.refresh_token))).status).toBe(200)
        inst.setTime(START + 8_640_001_000)
        expectOAuthError(await refreshGrant(String(first.json.refresh_token)), 400, 'invalid_grant')
    })

    test('a refresh token stops working when its user is deactivated', async () => {
        const first = await passwordGrant()
        inst.run(`var u = new GlideRecord('sys_user'); u.get('user_name', 'integration.user'); u.active = false; u.update()`)
        expectOAuthError(await refreshGrant(String(first.json.refresh_token)), 400, 'invalid_grant')
    })
})

describe('system properties', () => {
    test('with com.snc.platform.security.oauth.is.active off nothing is issued', async () => {
        setProperty('com.snc.platform.security.oauth.is.active', 'false')
        const a = await passwordGrant()
        expectOAuthError(a, 400, 'server_error')
        expect(a.json.error_description).toBe('OAuth is not active on this instance')
        expect(a.json.access_token).toBeUndefined()
        expect(credentialRows()).toHaveLength(0)
        expectOAuthError(await revoke({ token: 'anything' }), 400, 'server_error')
        setProperty('com.snc.platform.security.oauth.is.active', 'true')
        expect((await passwordGrant()).status).toBe(200)
    })

    test('client_credentials issues an access token only, for the OAuth Application User, when enabled', async () => {
        const appUser = createUser(inst, 'app.user', ['itil'])
        createRegistry({ clientId: 'service-client', secret: 'service-secret', user: appUser })
        const cc = { grant_type: 'client_credentials', client_id: 'service-client', client_secret: 'service-secret' }

        expectOAuthError(await token(cc), 400, 'unsupported_grant_type')
        expect(credentialRows()).toHaveLength(0)

        setProperty('glide.oauth.inbound.client.credential.grant_type.enabled', 'true')
        const a = await token(cc)
        expect(a.status).toBe(200)
        expect(a.headers.get('cache-control')).toBe('no-store')
        expect(Object.keys(a.json).sort()).toEqual(['access_token', 'expires_in', 'scope', 'token_type'])
        expect(a.json).toMatchObject({ scope: 'useraccount', token_type: 'Bearer', expires_in: 1800 })
        expect(bearer(a.json.access_token)).toBe('app.user')
        expect(credentialRows('refresh_token')).toHaveLength(0)
    })

    test('client_credentials without an active OAuth Application User is 400 unauthorized_client', async () => {
        setProperty('glide.oauth.inbound.client.credential.grant_type.enabled', 'true')
        expectOAuthError(await token({ grant_type: 'client_credentials', client_id: CLIENT_ID, client_secret: CLIENT_SECRET }), 400, 'unauthorized_client')

        const appUser = createUser(inst, 'retired.app.user', [])
        inst.run(`var u = new GlideRecord('sys_user'); u.get(${JSON.stringify(appUser)}); u.active = false; u.update()`)
        createRegistry({ clientId: 'service-client', secret: 'service-secret', user: appUser })
        expectOAuthError(await token({ grant_type: 'client_credentials', client_id: 'service-client', client_secret: 'service-secret' }), 400, 'unauthorized_client')
        expect(credentialRows()).toHaveLength(0)
    })
})

describe('tokens at rest', () => {
    test('neither the oauth_credential table nor the SQLite files hold a token, the client secret or the password in clear', async () => {
        const a = await passwordGrant()
        const secrets = [String(a.json.access_token), String(a.json.refresh_token), CLIENT_SECRET, PASSWORD]
        const rows = credentialRows()
        expect(rows).toHaveLength(2)
        const tableText = JSON.stringify(rows)
        for (const s of secrets) expect(tableText).not.toContain(s)

        const dbFile = inst.core.store.file
        const files = [dbFile, `${dbFile}-wal`, `${dbFile}-shm`].filter((f) => existsSync(f))
        expect(files.length).toBeGreaterThan(0)
        const bytes = Buffer.concat(files.map((f) => readFileSync(f)))
        for (const s of secrets) expect(bytes.includes(Buffer.from(s))).toBe(false)
        // The same holds once the write-ahead log is folded into the main file.
        inst.core.store.db.pragma('wal_checkpoint(TRUNCATE)')
        const main = readFileSync(join(inst.dir, 'instance.db'))
        for (const s of secrets) expect(main.includes(Buffer.from(s))).toBe(false)
    })

    test('nothing secret is written to syslog or stdout', async () => {
        const writes: string[] = []
        const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
            writes.push(String(chunk))
            return true
        })
        const logSpy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
            writes.push(args.map(String).join(' '))
        })
        try {
            const a = await passwordGrant()
            const r = await refreshGrant(String(a.json.refresh_token))
            await passwordGrant('integration.user', 'Wrong-Password-55')
            await revoke({ token: String(r.json.refresh_token) })
            const syslog = JSON.stringify(inst.core.store.select('syslog', {}))
            for (const s of [String(a.json.access_token), String(a.json.refresh_token), CLIENT_SECRET, PASSWORD, 'Wrong-Password-55']) {
                expect(syslog).not.toContain(s)
                expect(writes.join('\n')).not.toContain(s)
            }
        } finally {
            spy.mockRestore()
            logSpy.mockRestore()
        }
    })
})

describe('revocation (RFC 7009)', () => {
    test('an unknown token is 200 with an empty body', async () => {
        const a = await revoke({ token: 'never-issued' })
        expect(a.status).toBe(200)
        expect(a.text).toBe('')
        expect(a.headers.get('cache-control')).toBe('no-store')
    })

    test('revoking the refresh token kills its access token and the refresh grant', async () => {
        const first = await passwordGrant()
        expect(bearer(first.json.access_token)).toBe('integration.user')
        const a = await revoke({ token: String(first.json.refresh_token), token_type_hint: 'refresh_token' })
        expect(a.status).toBe(200)
        expect(a.text).toBe('')
        expect(bearer(first.json.access_token)).toBeUndefined()
        expectOAuthError(await refreshGrant(String(first.json.refresh_token)), 400, 'invalid_grant')
        // A new password grant starts afresh with new tokens.
        const again = await passwordGrant()
        expect(again.json.refresh_token).not.toBe(first.json.refresh_token)
        expect(bearer(again.json.access_token)).toBe('integration.user')
    })

    test('revoking only the access token leaves the refresh token usable, whatever the hint says', async () => {
        const first = await passwordGrant()
        expect((await revoke({ token: String(first.json.access_token), token_type_hint: 'refresh_token' })).status).toBe(200)
        expect(bearer(first.json.access_token)).toBeUndefined()
        const refreshed = await refreshGrant(String(first.json.refresh_token))
        expect(refreshed.status).toBe(200)
        expect(refreshed.json.access_token).not.toBe(first.json.access_token)
        expect(bearer(refreshed.json.access_token)).toBe('integration.user')
    })

    test('revocation needs client authentication and a token parameter', async () => {
        const first = await passwordGrant()
        const bad = await post('/oauth_revoke_token.do', new URLSearchParams({ client_id: CLIENT_ID, client_secret: 'wrong', token: String(first.json.refresh_token) }))
        expectOAuthError(bad, 401, 'invalid_client')
        expect(bad.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
        expect(bearer(first.json.access_token)).toBe('integration.user')
        expectOAuthError(await revoke({}), 400, 'invalid_request')
    })

    test('a client cannot revoke another client\'s token', async () => {
        createRegistry({ clientId: 'other-client', secret: 'other-secret' })
        const first = await passwordGrant()
        const a = await post('/oauth_revoke_token.do', new URLSearchParams({ client_id: 'other-client', client_secret: 'other-secret', token: String(first.json.refresh_token) }))
        expectOAuthError(a, 400, 'unauthorized_client')
        expect(bearer(first.json.access_token)).toBe('integration.user')
    })
})
