/**
 * The receiving half of the Incident scenario on two sandbox instances: the consumer's partner posts
 * CreateIncident, UpdateIncident and ResolveIncident to the provider's POST /api/x_tether/v1/messages
 * (Basic, and a Bearer token the consumer obtained through Tether's OAuth), and the provider creates
 * and updates its incident, keeps the bond with both references and answers the receipt. Duplicates,
 * malformed envelopes, missing roles, unknown names, closed bonds and oversized bodies are refused
 * without changing anything, and every call is in the HTTP request log with its secrets redacted.
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { INTEGRATION_PASSWORD, INTEGRATION_USER, Pairing, pair, run } from './setup'

jest.setTimeout(120000)

const SCENARIO_MODULE = 'x_tether/tether/0.1.0/src/server/inbound/incident-scenario.ts'
const PLAIN_USER = 'plain.user'
const PLAIN_PASSWORD = 'Plain-User-Pw-77!'
const PAYLOAD_SECRET = 'Payload-Secret-Value-9'

let sandbox: Sandbox
let p: Pairing
let provider: InstanceHandle
let receiving: { integrationId: string; connectionId: string; scenario: { ok: boolean; created: string[] } }
let bearer = ''
/** Calls that reached the route script: the ones the HTTP request log must hold. */
let reachedScript = 0

type Auth = 'integration' | 'none' | { user: string; password: string } | { bearer: string }

interface Reply {
    status: number
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    json: any
    /** The answer inside the platform's {"result": …} wrapper, or the platform's own top-level error. */
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    result: any
}

function basic(user: string, password: string): string {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

async function post(body: unknown, options: { auth?: Auth; raw?: string; reaches?: boolean } = {}): Promise<Reply> {
    const auth = options.auth ?? 'integration'
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
    if (auth === 'integration') headers.Authorization = basic(INTEGRATION_USER, INTEGRATION_PASSWORD)
    else if (auth !== 'none') headers.Authorization = 'bearer' in auth ? `Bearer ${auth.bearer}` : basic(auth.user, auth.password)
    const res = await fetch(`${provider.url}/api/x_tether/v1/messages`, { method: 'POST', headers, body: options.raw ?? JSON.stringify(body) })
    const text = await res.text()
    const json = text ? JSON.parse(text) : undefined
    if (options.reaches !== false) reachedScript++
    return { status: res.status, json, result: json && 'result' in json ? json.result : json }
}

let seq = 0
function envelope(message: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
    seq++
    return { message_id: `msg-${seq}-${message}`, process: 'incident', message, sent_at: '2026-03-02 09:00:00', ...fields }
}

async function rows(table: string, query = ''): Promise<Record<string, string | null>[]> {
    return provider.query(table, query)
}

/** What a refused call must leave as it was. */
async function footprint(): Promise<Record<string, unknown>> {
    return {
        incidents: await rows('incident'),
        bonds: await rows('x_tether_bond'),
        transactions: (await rows('x_tether_transaction')).map((t) => ({ ...t, sys_updated_on: undefined })),
    }
}

async function incident(number: string): Promise<Record<string, string | null>> {
    return (await rows('incident', `number=${number}`))[0]
}

async function bondFor(reference: string): Promise<Record<string, string | null>> {
    return (await rows('x_tether_bond', `integration=${receiving.integrationId}^external_reference=${reference}`))[0]
}

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-03-02T09:00:00Z' })
    p = await pair(sandbox)
    provider = p.provider
    // The provider's receiving side: pair() configures it only on the consumer.
    receiving = await run(
        provider,
        `var u = new GlideRecord('sys_user'); u.get('user_name', '${INTEGRATION_USER}');
         var pr = new GlideRecord('x_tether_process'); pr.initialize(); pr.name = 'Incident'; pr.api_name = 'incident'; pr.target_table = 'incident'; var prid = pr.insert();
         var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Incident from the consumer'; i.process = prid; i.state = 'active'; var iid = i.insert();
         var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Consumer - Test'; c.integration = iid; c.environment = 'test';
         c.authentication = 'none'; c.inbound_user = u.getUniqueValue(); c.active = true; var cid = c.insert();
         var s = require('${SCENARIO_MODULE}').ensureIncidentScenario(iid);
         ({ integrationId: iid, connectionId: cid, scenario: s })`,
    )
    await run(
        provider,
        `var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${PLAIN_USER}'; u.setValue('user_password', '${PLAIN_PASSWORD}'); u.active = true; u.insert()`,
    )
})

afterAll(async () => {
    await sandbox?.stop()
})

test('the scenario messages exist once, bidirectional, posted to /messages', async () => {
    expect(receiving.scenario).toMatchObject({ ok: true, created: ['CreateIncident', 'UpdateIncident', 'ResolveIncident', 'Receipt', 'Heartbeat'] })
    const again = await run<{ ok: boolean; created: string[]; existing: string[] }>(provider, `require('${SCENARIO_MODULE}').ensureIncidentScenario('${receiving.integrationId}')`)
    expect(again).toMatchObject({ ok: true, created: [], existing: ['CreateIncident', 'UpdateIncident', 'ResolveIncident', 'Receipt', 'Heartbeat'] })
    const messages = await rows('x_tether_message', `integration=${receiving.integrationId}`)
    expect(messages.map((m) => [m.name, m.type, m.direction, m.path, m.active]).sort()).toEqual(
        [
            ['CreateIncident', 'create', 'bidirectional', '/messages', '1'],
            ['Heartbeat', 'heartbeat', 'bidirectional', '/messages', '1'],
            ['Receipt', 'receipt', 'bidirectional', '/messages', '1'],
            ['ResolveIncident', 'resolve', 'bidirectional', '/messages', '1'],
            ['UpdateIncident', 'update', 'bidirectional', '/messages', '1'],
        ].sort(),
    )
})

let created: { number: string; transaction: string; messageId: string; sysId: string }

test('CreateIncident: an incident, an open bond with both references, and the receipt as the answer', async () => {
    const sent = envelope('CreateIncident', {
        reference: 'INC0090001',
        payload: { short_description: 'Printer on fire', urgency: 2, impact: 2, number: 'INC6666666', sys_id: 'f'.repeat(32), no_such_field: 'x' },
    })
    const r = await post(sent)
    expect(r.status).toBe(200)
    expect(r.result).toMatchObject({ status: 'ok', transaction: expect.stringMatching(/^TXN\d{7}$/), internal_reference: expect.stringMatching(/^INC\d{7}$/), bond_state: 'open' })
    expect(r.result.ignored_fields).toEqual(['number (system field)', 'sys_id (system field)', 'no_such_field (no such column)'])
    const inc = await incident(r.result.internal_reference)
    expect(inc).toMatchObject({ short_description: 'Printer on fire', urgency: '2', impact: '2', state: '1' })
    expect(inc.sys_id).not.toBe('f'.repeat(32))
    expect(await rows('incident', 'number=INC6666666')).toEqual([])
    const bond = await bondFor('INC0090001')
    expect(bond).toMatchObject({ integration: receiving.integrationId, table: 'incident', document: inc.sys_id, internal_reference: inc.number, external_reference: 'INC0090001', state: 'open' })
    const tx = (await rows('x_tether_transaction', `number=${r.result.transaction}`))[0]
    expect(tx).toMatchObject({
        integration: receiving.integrationId,
        connection: receiving.connectionId,
        direction: 'inbound',
        state: 'complete',
        message_id: sent.message_id,
        external_message_id: sent.message_id,
        bond: bond.sys_id,
        error: null,
    })
    expect(JSON.parse(tx.payload!)).toEqual((sent as { payload: unknown }).payload)
    created = { number: inc.number!, transaction: r.result.transaction, messageId: String(sent.message_id), sysId: inc.sys_id! }
})

test('the same message_id again: 200 "already processed" with the original receipt, nothing changes', async () => {
    const before = await footprint()
    const r = await post({ message_id: created.messageId, process: 'incident', message: 'CreateIncident', reference: 'INC0090001', payload: { short_description: 'Changed on the way' } })
    expect(r.status).toBe(200)
    expect(r.result).toEqual({ status: 'already processed', transaction: created.transaction, internal_reference: created.number, bond_state: 'open' })
    expect(await footprint()).toEqual(before)
})

test('a second CreateIncident for an already bonded reference is refused (409): no second incident or bond', async () => {
    const before = await footprint()
    const r = await post(envelope('CreateIncident', { reference: 'INC0090001', payload: { short_description: 'Twice' } }))
    expect(r.status).toBe(409)
    expect(r.result.error.message).toBe('Message is not valid for this bond')
    const after = await footprint()
    expect(after.incidents).toEqual(before.incidents)
    expect(after.bonds).toEqual(before.bonds)
})

test('UpdateIncident by the sender\'s reference stores query- and script-looking values literally', async () => {
    const query = 'active=true^ORsys_id!=x'
    const script = "gs.setProperty('x_tether.injected','y')"
    const r = await post(envelope('UpdateIncident', { reference: 'INC0090001', payload: { short_description: query, description: script, close_notes: 'javascript:gs.getUserName()' } }))
    expect(r.status).toBe(200)
    expect(r.result).toMatchObject({ status: 'ok', internal_reference: created.number, bond_state: 'open' })
    expect(await incident(created.number)).toMatchObject({ short_description: query, description: script, close_notes: 'javascript:gs.getUserName()' })
    // Nothing was evaluated: no property appeared, and the query string matched no other incident.
    expect(await rows('sys_properties', 'name=x_tether.injected')).toEqual([])
    expect(await rows('sys_properties', 'name=x')).toEqual([])
    expect((await rows('incident')).length).toBe(1)
})

test('OAuth end to end: a Bearer token the consumer obtained through Tether is accepted (update by our number)', async () => {
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
    bearer = await run<string>(p.consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}').token`)
    expect(bearer.length).toBeGreaterThan(20)
    const r = await post(envelope('UpdateIncident', { external_reference: created.number, payload: { urgency: 1, password: PAYLOAD_SECRET } }), { auth: { bearer } })
    expect(r.status).toBe(200)
    expect(r.result).toMatchObject({ status: 'ok', internal_reference: created.number, bond_state: 'open', ignored_fields: ['password (no such column)'] })
    expect((await incident(created.number)).urgency).toBe('1')
    const tx = (await rows('x_tether_transaction', `number=${r.result.transaction}`))[0]
    expect(JSON.parse(tx.payload!)).toEqual({ urgency: 1, password: '[redacted]' })
})

test('an update that arrives before its create gets 404; the same message_id succeeds once the bond exists', async () => {
    const early = envelope('UpdateIncident', { reference: 'INC0090002', payload: { short_description: 'Second one, updated' } })
    const first = await post(early)
    expect(first.status).toBe(404)
    expect(first.result.error).toMatchObject({ message: 'Unknown bond', detail: expect.stringContaining('reference INC0090002') })
    expect(await rows('incident', 'short_description=Second one, updated')).toEqual([])
    const failed = (await rows('x_tether_transaction', `external_message_id=${early.message_id}`))[0]
    expect(failed).toMatchObject({ state: 'error', error: 'Unknown bond: reference INC0090002' })

    const create = await post(envelope('CreateIncident', { reference: 'INC0090002', payload: { short_description: 'Second one' } }))
    expect(create.status).toBe(200)
    const retried = await post(early)
    expect(retried.status).toBe(200)
    expect(retried.result).toMatchObject({ status: 'ok', transaction: failed.number, internal_reference: create.result.internal_reference })
    expect((await incident(create.result.internal_reference)).short_description).toBe('Second one, updated')
    expect((await rows('x_tether_transaction', `external_message_id=${early.message_id}`))[0]).toMatchObject({ state: 'complete', attempts: '2', error: null })
})

test('ResolveIncident: the incident is resolved (state 6) and the bond closed', async () => {
    const r = await post(envelope('ResolveIncident', { reference: 'INC0090001', payload: { close_code: 'Solved (Permanently)', close_notes: 'Replaced the fuser' } }))
    expect(r.status).toBe(200)
    expect(r.result).toMatchObject({ status: 'ok', internal_reference: created.number, bond_state: 'closed' })
    expect(await incident(created.number)).toMatchObject({ state: '6', close_code: 'Solved (Permanently)', close_notes: 'Replaced the fuser' })
    expect((await bondFor('INC0090001')).state).toBe('closed')
})

test('an update after the bond closed: 409 "Message is not valid for this bond", nothing changes', async () => {
    const before = await footprint()
    const sent = envelope('UpdateIncident', { reference: 'INC0090001', payload: { short_description: 'Too late', state: 2 } })
    const r = await post(sent)
    expect(r.status).toBe(409)
    expect(r.result).toEqual({ error: { message: 'Message is not valid for this bond', detail: expect.stringContaining('is closed') }, status: 'failure' })
    const after = await footprint()
    expect(after.incidents).toEqual(before.incidents)
    expect(after.bonds).toEqual(before.bonds)
    // The refusal itself is on record, as an errored inbound transaction.
    expect((await rows('x_tether_transaction', `external_message_id=${sent.message_id}`))[0]).toMatchObject({ state: 'error', direction: 'inbound' })
})

test('Heartbeat: 200 "ok", nothing but its transaction', async () => {
    const before = await footprint()
    const r = await post(envelope('Heartbeat'))
    expect(r.status).toBe(200)
    expect(r.result).toMatchObject({ status: 'ok', transaction: expect.stringMatching(/^TXN/), internal_reference: '', bond_state: '' })
    const after = await footprint()
    expect(after.incidents).toEqual(before.incidents)
    expect(after.bonds).toEqual(before.bonds)
})

describe('refusals that create nothing', () => {
    let before: Record<string, unknown>
    beforeEach(async () => {
        before = await footprint()
    })
    afterEach(async () => {
        expect(await footprint()).toEqual(before)
    })

    test('malformed JSON: 400 "Body is not valid JSON: …"', async () => {
        const r = await post(undefined, { raw: '{"message_id": "m-bad", "process": ' })
        expect(r.status).toBe(400)
        expect(r.result.status).toBe('failure')
        expect(r.result.error.message).toMatch(/^Body is not valid JSON: .+/)
    })

    test('missing and malformed envelope fields: 400 naming each problem', async () => {
        const r = await post({ message_id: 'has spaces', payload: { caller: { name: 'x' } } })
        expect(r.status).toBe(400)
        expect(r.result.error.message).toBe('Invalid message envelope')
        for (const problem of ['message_id must be 1-64 characters', 'process is required', 'message is required', 'payload.caller must be a string']) {
            expect(r.result.error.detail).toContain(problem)
        }
    })

    test('a create without the sender\'s reference: 400', async () => {
        const r = await post(envelope('CreateIncident', { payload: { short_description: 'No reference' } }))
        expect(r.status).toBe(400)
        expect(r.result.error.detail).toContain('reference (the sender\'s record number) is required')
    })

    test('no credentials: 401 from the platform', async () => {
        const r = await post(envelope('CreateIncident', { reference: 'INC0090009' }), { auth: 'none', reaches: false })
        expect(r.status).toBe(401)
    })

    test('wrong password: 401 from the platform', async () => {
        const r = await post(envelope('CreateIncident', { reference: 'INC0090009' }), { auth: { user: INTEGRATION_USER, password: 'wrong' }, reaches: false })
        expect(r.status).toBe(401)
    })

    test('a user without x_tether.integration: 403', async () => {
        const r = await post(envelope('CreateIncident', { reference: 'INC0090009' }), { auth: { user: PLAIN_USER, password: PLAIN_PASSWORD }, reaches: false })
        expect(r.status).toBe(403)
    })

    test('unknown process: 404', async () => {
        const r = await post(envelope('CreateIncident', { process: 'problem', reference: 'INC0090009' }))
        expect(r.status).toBe(404)
        expect(r.result.error.message).toBe("Unknown process 'problem'")
    })

    test('unknown message: 404', async () => {
        const r = await post(envelope('DeleteIncident', { reference: 'INC0090009' }))
        expect(r.status).toBe(404)
        expect(r.result.error.message).toBe("Unknown message 'DeleteIncident'")
    })

    test('a caller that is no connection\'s inbound user (admin): 404 naming the fix', async () => {
        const r = await post(envelope('CreateIncident', { reference: 'INC0090009' }), { auth: { user: 'admin', password: provider.password } })
        expect(r.status).toBe(404)
        expect(r.result.error.message).toBe('No integration of process incident accepts messages from admin: set the Inbound user of its connection')
    })

    test('a body over x_tether.inbound.max_body_bytes: 413', async () => {
        await run(provider, `gs.setProperty('x_tether.inbound.max_body_bytes', '400')`)
        try {
            const big = envelope('CreateIncident', { reference: 'INC0090009', payload: { description: 'x'.repeat(500) } })
            const r = await post(big)
            expect(r.status).toBe(413)
            expect(r.result.error).toMatchObject({ message: 'Request body too large', detail: expect.stringContaining('at most 400') })
        } finally {
            await run(provider, `gs.setProperty('x_tether.inbound.max_body_bytes', '1048576')`)
        }
    })
})

test('every call that reached the API is in the HTTP request log, secrets redacted', async () => {
    const logged = await rows('x_tether_http_request', 'direction=inbound')
    expect(logged.length).toBe(reachedScript)
    expect(logged.every((l) => l.method === 'POST' && String(l.url).endsWith('/api/x_tether/v1/messages'))).toBe(true)
    expect(logged.map((l) => l.status_code).sort()).toEqual(expect.arrayContaining(['200', '400', '404', '409', '413']))
    for (const l of logged) expect(l.request_headers).toMatch(/^authorization: \[redacted\]$/m)
    const create = logged.find((l) => String(l.request_body).includes('Printer on fire'))!
    expect(create).toMatchObject({ status_code: '200', state: 'ok', connection: receiving.connectionId })
    expect(create.transaction).toBeTruthy()
    const refused = logged.find((l) => l.status_code === '409')!
    expect(refused).toMatchObject({ state: 'error', error: expect.stringContaining('HTTP 409: Message is not valid for this bond') })
    // No secret anywhere in the log (nor in the transactions).
    const secrets = [
        INTEGRATION_PASSWORD,
        basic(INTEGRATION_USER, INTEGRATION_PASSWORD).slice('Basic '.length),
        bearer,
        provider.password,
        basic('admin', provider.password).slice('Basic '.length),
        PAYLOAD_SECRET,
    ]
    const everything = JSON.stringify([logged, await rows('x_tether_transaction')])
    for (const s of secrets) expect(everything.includes(s)).toBe(false)
    expect(everything).toContain('\\"password\\":\\"[redacted]\\"')
})
