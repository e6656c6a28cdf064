/**
 * Bad-input matrix, inbound calls: POST /api/x_tether/v1/messages and GET/POST /ping with every kind
 * of bad authentication (none, wrong password, a made-up, expired or revoked Bearer token, no role)
 * and /messages with bad bodies (not JSON in several ways, over the default size limit, unknown
 * message or process, query or script syntax in the envelope). Each gets its status and a clear
 * error, a refused call creates nothing, values that merely look like queries or scripts are stored
 * literally and found literally, and the instance keeps serving after every one.
 * (test/e2e/inbound-messages.test.ts covers the scenario itself; this file is the matrix.)
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { basicAuth } from '../sandbox/helpers'
import { CLIENT_ID, CLIENT_SECRET, configureReceivingSide, expiredTokenCalls, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run, secretsFoundIn } from './setup'

jest.setTimeout(120000)

const PLAIN_USER = 'plain.user'
const PLAIN_PASSWORD = 'Plain-User-Pw-77!'

let sandbox: Sandbox
let p: Pairing
let provider: InstanceHandle
let receiving: { integrationId: string; connectionId: string }
/** Every bearer token the matrix presented (real ones made expired or revoked, and a made-up one). */
const presented: string[] = []

type Auth = 'integration' | 'none' | 'wrong password' | 'no role' | { bearer: string }

interface Reply {
    status: number
    text: string
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json: any
    wwwAuthenticate: string | null
}

async function call(method: string, path: string, options: { auth?: Auth; body?: unknown; raw?: string; contentType?: string } = {}): Promise<Reply> {
    const auth = options.auth ?? 'integration'
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (auth === 'integration') headers.Authorization = basicAuth(INTEGRATION_USER, INTEGRATION_PASSWORD)
    else if (auth === 'wrong password') headers.Authorization = basicAuth(INTEGRATION_USER, 'not-the-password')
    else if (auth === 'no role') headers.Authorization = basicAuth(PLAIN_USER, PLAIN_PASSWORD)
    else if (auth !== 'none') {
        headers.Authorization = `Bearer ${auth.bearer}`
        if (!presented.includes(auth.bearer)) presented.push(auth.bearer)
    }
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body))
    if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json'
    const res = await fetch(`${provider.url}/api/x_tether/v1${path}`, { method, headers, body })
    const text = await res.text()
    let json: unknown
    try {
        json = text ? JSON.parse(text) : undefined
    } catch {
        json = undefined
    }
    return { status: res.status, text, json, wwwAuthenticate: res.headers.get('www-authenticate') }
}

/** The answer inside the platform's {"result": …} wrapper, or the platform's own top-level error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const result = (r: Reply): any => (r.json && 'result' in r.json ? r.json.result : r.json)

let seq = 0
function envelope(message: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
    seq++
    return { message_id: `matrix-${seq}`, process: 'incident', message, sent_at: '2026-04-06 09:00:00', ...fields }
}

async function footprint(): Promise<Record<string, unknown>> {
    return {
        incidents: await provider.query('incident', ''),
        bonds: await provider.query('x_tether_bond', ''),
        transactions: (await provider.query('x_tether_transaction', '')).map((t) => ({ ...t, sys_updated_on: undefined })),
    }
}

/** The instance still answers a good call after a bad one. */
async function expectServing(): Promise<void> {
    const r = await call('GET', '/ping')
    expect(r.status).toBe(200)
    expect(result(r)).toMatchObject({ status: 'ok', user: INTEGRATION_USER })
}

const SECOND_USER = 'tether.integration2'
const SECOND_PASSWORD = 'Second-Integration-Pw-5!'

/** A password grant at the provider for a second integration user, as any OAuth client could make. */
async function directBearer(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'password', username: SECOND_USER, password: SECOND_PASSWORD, client_id: CLIENT_ID, client_secret: CLIENT_SECRET })
    const res = await fetch(`${provider.url}/oauth_token.do`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() })
    expect(res.status).toBe(200)
    return ((await res.json()) as { access_token: string }).access_token
}

async function freshBearer(): Promise<string> {
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
    return run<string>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}').token`)
}

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-04-06T09:00:00Z' })
    p = await pair(sandbox)
    provider = p.provider
    receiving = await configureReceivingSide(provider)
    await run(provider, `var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${PLAIN_USER}'; u.setValue('user_password', '${PLAIN_PASSWORD}'); u.active = true; u.insert()`)
    await run(
        provider,
        `var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${SECOND_USER}'; u.setValue('user_password', '${SECOND_PASSWORD}'); u.active = true; var uid = u.insert();
         var r = new GlideRecord('sys_user_role'); r.get('name', 'x_tether.integration');
         var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();`,
    )
})

afterAll(async () => {
    await sandbox?.stop()
})

describe('authentication and role, on /ping (GET and POST) and /messages: refused, nothing created', () => {
    /** How each kind of bad credential is obtained; expired and revoked tokens are real tokens made bad. */
    const refusals: { name: string; auth: () => Promise<Auth>; status: number; bearerError: boolean }[] = [
        { name: 'no Authorization header', auth: async () => 'none', status: 401, bearerError: false },
        { name: 'a wrong password', auth: async () => 'wrong password', status: 401, bearerError: false },
        { name: 'a made-up Bearer token', auth: async () => ({ bearer: 'made-up-token-0123456789abcdef0123456789' }), status: 401, bearerError: true },
        {
            // A token of a second integration user, obtained straight from /oauth_token.do, so that no
            // refresh by Tether on the consumer keeps it alive: it simply lapses.
            name: 'an expired Bearer token',
            auth: async () => {
                const bearer = await directBearer()
                expect((await call('GET', '/ping', { auth: { bearer } })).status).toBe(200)
                await sandbox.clock.advance('31m')
                return { bearer }
            },
            status: 401,
            bearerError: true,
        },
        {
            name: 'a revoked Bearer token',
            auth: async () => {
                const bearer = await freshBearer()
                await provider.fault({ kind: 'revoke_tokens' })
                return { bearer }
            },
            status: 401,
            bearerError: true,
        },
        { name: 'a user without x_tether.integration', auth: async () => 'no role', status: 403, bearerError: false },
    ]

    test.each(refusals)('$name → $status on every route', async (c) => {
        const auth = await c.auth()
        const before = await footprint()
        const expiredBefore = await expiredTokenCalls(provider)
        const answers = [
            await call('GET', '/ping', { auth }),
            await call('POST', '/ping', { auth, body: {} }),
            await call('POST', '/messages', { auth, body: envelope('CreateIncident', { reference: 'INC0077001', payload: { short_description: 'must not exist' } }) }),
        ]
        for (const r of answers) {
            expect(r.status).toBe(c.status)
            expect(result(r).status).toBe('failure')
            expect(String(result(r).error.message)).not.toBe('')
            if (c.bearerError) expect(r.wwwAuthenticate).toMatch(/error="invalid_token"/)
            // The platform's REST access check or Tether's own role check, whichever refuses first.
            if (c.status === 403) expect(['User Not Authorized', 'Forbidden']).toContain(result(r).error.message)
        }
        expect(await footprint()).toEqual(before)
        expect(await provider.query('incident', 'short_description=must not exist')).toEqual([])
        // The count the soak and the lifecycle tests hold at 0 does count calls with an expired token.
        expect(await expiredTokenCalls(provider)).toBe(expiredBefore + (c.name === 'an expired Bearer token' ? answers.length : 0))
        await expectServing()
    })

    test('a valid Bearer token from Tether on the consumer passes every route', async () => {
        const bearer = await freshBearer()
        expect((await call('GET', '/ping', { auth: { bearer } })).status).toBe(200)
        expect((await call('POST', '/ping', { auth: { bearer }, body: {} })).status).toBe(200)
        const r = await call('POST', '/messages', { auth: { bearer }, body: envelope('Heartbeat') })
        expect(r.status).toBe(200)
        expect(result(r)).toMatchObject({ status: 'ok' })
    })
})

describe('bad bodies on /messages: a clear error, nothing created', () => {
    let before: Record<string, unknown>
    beforeEach(async () => {
        before = await footprint()
    })
    afterEach(async () => {
        expect(await footprint()).toEqual(before)
        await expectServing()
    })

    const bodies: { name: string; send: () => { raw?: string; body?: unknown; contentType?: string }; status: number; message: RegExp; detail?: RegExp }[] = [
        { name: 'truncated JSON', send: () => ({ raw: '{"message_id": "m-x", "process": ' }), status: 400, message: /^Body is not valid JSON: .+/ },
        { name: 'an empty body', send: () => ({ raw: '' }), status: 400, message: /^Body is not valid JSON: the body is empty$/ },
        { name: 'XML', send: () => ({ raw: '<message><id>1</id></message>', contentType: 'application/json' }), status: 400, message: /^Body is not valid JSON/ },
        { name: 'a JSON array', send: () => ({ body: [envelope('Heartbeat')] }), status: 400, message: /^Invalid message envelope$/, detail: /the body must be a JSON object/ },
        { name: 'a JSON string', send: () => ({ body: 'CreateIncident' }), status: 400, message: /^Invalid message envelope$/, detail: /the body must be a JSON object/ },
        { name: 'JSON null', send: () => ({ raw: 'null' }), status: 400, message: /^Invalid message envelope$/ },
        {
            name: 'a 2 MB body (default limit 1 MB)',
            send: () => ({ body: envelope('CreateIncident', { reference: 'INC0077002', payload: { description: 'x'.repeat(2 * 1024 * 1024) } }) }),
            status: 413,
            message: /^Request body too large$/,
            detail: /at most 1048576/,
        },
        { name: 'an unknown message', send: () => ({ body: envelope('DeleteEverything', { reference: 'INC0077003' }) }), status: 404, message: /^Unknown message 'DeleteEverything'$/ },
        { name: 'an unknown process', send: () => ({ body: envelope('CreateIncident', { process: 'change_request', reference: 'INC0077004' }) }), status: 404, message: /^Unknown process 'change_request'$/ },
        { name: 'message_id "^ORDERBYsys_id"', send: () => ({ body: envelope('CreateIncident', { message_id: '^ORDERBYsys_id', reference: 'INC0077005' }) }), status: 400, message: /^Invalid message envelope$/, detail: /message_id must be 1-64 characters of A-Z a-z 0-9 \. _ : -/ },
        { name: 'message_id "active=true^NQ"', send: () => ({ body: envelope('CreateIncident', { message_id: 'active=true^NQ', reference: 'INC0077006' }) }), status: 400, message: /^Invalid message envelope$/, detail: /message_id must be/ },
        { name: 'reference "active=true^NQ"', send: () => ({ body: envelope('CreateIncident', { reference: 'active=true^NQ' }) }), status: 400, message: /^Invalid message envelope$/, detail: /reference must not contain control characters or "\^"/ },
        { name: 'external_reference "^ORDERBYDESCnumber"', send: () => ({ body: envelope('UpdateIncident', { external_reference: '^ORDERBYDESCnumber' }) }), status: 400, message: /^Invalid message envelope$/, detail: /external_reference must not contain/ },
        { name: 'reference "javascript:gs.log(1)"', send: () => ({ body: envelope('UpdateIncident', { reference: 'javascript:gs.log(1)' }) }), status: 400, message: /^Invalid message envelope$/, detail: /reference must not start with "javascript:"/ },
        { name: 'process "javascript:gs.getUserName()"', send: () => ({ body: envelope('CreateIncident', { process: 'javascript:gs.getUserName()', reference: 'INC0077007' }) }), status: 400, message: /^Invalid message envelope$/, detail: /process must not start with "javascript:"/ },
    ]

    test.each(bodies)('$name → $status', async (c) => {
        const r = await call('POST', '/messages', c.send())
        expect(r.status).toBe(c.status)
        expect(result(r).status).toBe('failure')
        expect(result(r).error.message).toMatch(c.message)
        if (c.detail) expect(result(r).error.detail).toMatch(c.detail)
    })
})

describe('values that look like queries or scripts are data: stored and matched literally', () => {
    const crafted = {
        query: '^ORDERBYsys_id',
        newQuery: 'active=true^NQactive=false',
        script: 'javascript:gs.log(1)',
        template: '${gs.getUserName()}',
        html: '<script>alert(document.cookie)</script>',
    }

    test('a create whose reference is a template and whose payload is all of them; an update finds it by that reference', async () => {
        const incidentsBefore = (await provider.query('incident', '')).length
        const reference = crafted.template
        const created = await call('POST', '/messages', {
            body: envelope('CreateIncident', {
                reference,
                payload: { short_description: crafted.query, description: crafted.newQuery, close_notes: crafted.script, work_notes: crafted.html },
            }),
        })
        expect(created.status).toBe(200)
        const number = result(created).internal_reference
        expect(number).toMatch(/^INC\d{7}$/)
        const incident = (await provider.query('incident', `number=${number}`))[0]
        expect(incident).toMatchObject({ short_description: crafted.query, description: crafted.newQuery, close_notes: crafted.script })
        expect((await provider.query('incident', '')).length).toBe(incidentsBefore + 1)
        const bond = (await provider.query('x_tether_bond', `integration=${receiving.integrationId}^document=${incident.sys_id}`))[0]
        expect(bond.external_reference).toBe(reference)

        const second = await call('POST', '/messages', { body: envelope('CreateIncident', { reference: crafted.html, payload: { short_description: crafted.template, 'active=true^NQshort_description': 'x' } }) })
        expect(second.status).toBe(200)
        // A field name that is query syntax reaches no column; it is named in the answer.
        expect(result(second).ignored_fields).toEqual([expect.stringMatching(/^active=true\^NQshort_description \(/)])
        const bonds = await provider.query('x_tether_bond', `integration=${receiving.integrationId}`)
        expect(bonds.map((b) => b.external_reference).sort()).toEqual([crafted.html, crafted.template].sort())

        // Each crafted reference finds exactly its own bond, never another one.
        const updated = await call('POST', '/messages', { body: envelope('UpdateIncident', { reference: crafted.html, payload: { short_description: crafted.html } }) })
        expect(updated.status).toBe(200)
        expect(result(updated).internal_reference).toBe(result(second).internal_reference)
        expect((await provider.query('incident', `number=${number}`))[0].short_description).toBe(crafted.query)
        expect((await provider.query('incident', `number=${result(second).internal_reference}`))[0].short_description).toBe(crafted.html)
        // A reference that is a pattern of the others matches nothing.
        const pattern = await call('POST', '/messages', { body: envelope('UpdateIncident', { reference: '${*', payload: { short_description: 'nope' } }) })
        expect(pattern.status).toBe(404)
        expect(result(pattern).error.message).toBe('Unknown bond')

        // Nothing was evaluated: no log line from gs.log(1), the transaction keeps the payload as sent,
        // and the answer is JSON data that does not echo the markup.
        expect(await provider.query('syslog', 'message=1')).toEqual([])
        const tx = (await provider.query('x_tether_transaction', `number=${result(created).transaction}`))[0]
        expect(JSON.parse(String(tx.payload))).toEqual({ short_description: crafted.query, description: crafted.newQuery, close_notes: crafted.script, work_notes: crafted.html })
        expect(created.text).not.toContain('<script>')
        await expectServing()
    })
})

test('no credential the matrix presented, good or bad, is stored anywhere on either instance', () => {
    // Passwords (right and wrong), the client secret, and every bearer token sent, in any table
    // (HTTP request records, token events, system and transaction logs) or raw store file.
    expect(presented.length).toBeGreaterThanOrEqual(4)
    const credentials = [INTEGRATION_PASSWORD, 'not-the-password', PLAIN_PASSWORD, SECOND_PASSWORD, CLIENT_SECRET, ...presented]
    expect(secretsFoundIn([provider, p.consumer], credentials)).toEqual([])
})
