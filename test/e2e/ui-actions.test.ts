/**
 * The integrator UI actions on two sandbox instances, run the way the platform runs them: the
 * server script of each UI action (its condition and roles checked first) as an admin, a manager or
 * a plain Tether user, and the Get OAuth Token dialog's processing script with the posted form
 * fields. Each test checks the outcome the user sees (message, redirect), the records written, and
 * that no password or token appears in any message or log line.
 */
import { startSandbox, Sandbox, InstanceHandle, UiActionResult } from '../../sandbox'
import { configureReceivingSide, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run, SCENARIO_MODULE, tokenRequests } from './setup'

jest.setTimeout(180000)

const MESSAGES = '/api/x_tether/v1/messages'
let sandbox: Sandbox
let p: Pairing
let provider: InstanceHandle
let consumer: InstanceHandle

async function addUser(instance: InstanceHandle, userName: string, role: string): Promise<void> {
    await run(
        instance,
        `var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${userName}'; u.active = true; var uid = u.insert();
         var r = new GlideRecord('sys_user_role'); r.get('name', '${role}');
         var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();`,
    )
}

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-05-04T09:00:00Z' })
    p = await pair(sandbox)
    provider = p.provider
    consumer = p.consumer
    await addUser(consumer, 'tether.manager', 'x_tether.manager')
    await addUser(consumer, 'tether.viewer', 'x_tether.user')
    await run(consumer, `require('${SCENARIO_MODULE}').ensureIncidentScenario('${p.integrationId}')`)
    await configureReceivingSide(provider)
})

afterAll(async () => {
    await sandbox?.stop()
})

afterEach(async () => {
    await provider.clearFaults()
})

async function connection(id = p.connectionId): Promise<Record<string, string | null>> {
    return (await consumer.query('x_tether_connection', `sys_id=${id}`))[0]
}

/** What the UI logged about its actions ("Tether UI: <user> used <action> on …"). */
async function uiLog(action: string): Promise<string[]> {
    return (await consumer.query('syslog', `messageSTARTSWITHTether UI: ^messageLIKEused ${action} on^ORDERBYsys_created_on`)).map((r) => r.message ?? '')
}

/** The dialog's processing script as the platform runs it: the posted form fields as variables, `response` for the redirect. */
async function submitTokenDialog(fields: Record<string, string>, user = 'admin'): Promise<{ redirect: string; messages: UiActionResult['messages'] }> {
    const page = (await consumer.query('sys_ui_page', 'endpoint=x_tether_get_oauth_token.do'))[0]
    const declarations = Object.entries(fields).map(([name, value]) => `var ${name} = ${JSON.stringify(value)};`).join('\n')
    const out = await consumer.runScript(
        `${declarations}
         var __redirect = '';
         var response = { sendRedirect: function (url) { __redirect = String(url); } };
         ${page.processing_script}
         __redirect`,
        { user },
    )
    return { redirect: String(out.result), messages: out.messages }
}

function noSecretIn(texts: string[]): void {
    for (const t of texts) {
        expect(t).not.toContain(INTEGRATION_PASSWORD)
        expect(t).not.toMatch(/[A-Za-z0-9_-]{40,}/)
    }
}

describe('connection actions', () => {
    test('Get OAuth Token refuses a manager and a form without a password, and makes no token request', async () => {
        const before = (await tokenRequests(provider)).length
        const asManager = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD }, 'tether.manager')
        expect(asManager.messages).toEqual([{ type: 'error', text: 'Get OAuth Token needs the x_tether.admin role.' }])
        const noPassword = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: '' })
        expect(noPassword.messages).toEqual([{ type: 'error', text: "The password grant needs the provider user's user name and password." }])
        const unknown = await submitTokenDialog({ tether_connection: 'not-a-sys-id', tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD })
        expect(unknown.messages[0].type).toBe('error')
        expect(unknown.redirect).toBe('x_tether_connection_list.do')
        expect((await tokenRequests(provider)).length).toBe(before)
        expect((await connection()).token_state).toBe('none')
    })

    test('Get OAuth Token with a wrong password: an error message naming the cause, no token, nothing stored', async () => {
        const r = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: 'wrong-password', tether_store: 'true' })
        expect(r.messages).toHaveLength(1)
        expect(r.messages[0].type).toBe('error')
        expect(r.messages[0].text).toMatch(/^No token: .*invalid_grant/)
        expect(r.redirect).toBe(`x_tether_connection.do?sys_id=${p.connectionId}`)
        const c = await connection()
        expect(c.oauth_password ?? '').toBe('')
        expect(c.access_expires ?? '').toBe('')
        noSecretIn([r.messages[0].text, ...(await uiLog('Get OAuth Token'))])
        expect(r.messages[0].text).not.toContain('wrong-password')
    })

    test('Get OAuth Token without storing: a token, the expiries in the message, the password forgotten', async () => {
        const r = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD })
        expect(r.messages).toHaveLength(1)
        expect(r.messages[0]).toMatchObject({ type: 'info' })
        expect(r.messages[0].text).toMatch(/^Token obtained\. The access token expires at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, the refresh token at .* UTC\. The password was not stored: Tether will warn/)
        expect(r.redirect).toBe(`x_tether_connection.do?sys_id=${p.connectionId}`)
        const c = await connection()
        expect(c.token_state).toBe('valid')
        expect(c.oauth_password ?? '').toBe('')
        const events = await consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=granted`)
        expect(events).toHaveLength(1)
        const log = await uiLog('Get OAuth Token')
        expect(log[log.length - 1]).toMatch(/^Tether UI: admin used Get OAuth Token on x_tether_connection "Provider - Test" \([0-9a-f]{32}\): done: Token obtained/)
        noSecretIn([...r.messages.map((m) => m.text), ...log])
    })

    test('Get OAuth Token with "store for unattended renewal": the user name and an encrypted password are kept', async () => {
        const r = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD, tether_store: 'true' })
        expect(r.messages[0].text).toMatch(/The password is stored encrypted: Tether re-grants before the refresh token expires\.$/)
        const c = await connection()
        expect(c.oauth_username).toBe(INTEGRATION_USER)
        expect(c.oauth_password).toBeTruthy()
        expect(c.oauth_password).not.toContain(INTEGRATION_PASSWORD)
        const health = await run<{ canRegrant: boolean }>(consumer, `new x_tether.TetherOAuth().getHealth('${p.connectionId}')`)
        expect(health.canRegrant).toBe(true)
    })

    test('Refresh Token: a manager refreshes now; a plain Tether user may not', async () => {
        const viewer = await consumer.invokeUiAction('x_tether_refresh_token', 'x_tether_connection', p.connectionId, { user: 'tether.viewer' })
        expect(viewer.ok).toBe(false)
        expect(viewer.error).toMatch(/lacks the roles for "Refresh Token" \(x_tether.manager\)/)
        const before = await consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=refreshed`)
        await sandbox.clock.advance('10m')
        const r = await consumer.invokeUiAction('x_tether_refresh_token', 'x_tether_connection', p.connectionId, { user: 'tether.manager' })
        expect(r.ok).toBe(true)
        expect(r.messages).toHaveLength(1)
        expect(r.messages[0]).toMatchObject({ type: 'info' })
        expect(r.messages[0].text).toMatch(/^Token refreshed\. The access token expires at /)
        expect(r.redirect).toBe(`x_tether_connection.do?sys_id=${p.connectionId}`)
        const after = await consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=refreshed`)
        expect(after.length).toBe(before.length + 1)
    })

    test('Test Connection: passes against the partner, and fails with the status when the partner refuses', async () => {
        const ok = await consumer.invokeUiAction('x_tether_test_connection', 'x_tether_connection', p.connectionId, { user: 'tether.manager' })
        expect(ok.messages).toEqual([{ type: 'info', text: 'Test passed: HTTP 200 (Tether 0.1.0 there, calling in as tether.integration).' }])
        await provider.fault({ kind: 'fail', path: '/api/x_tether/v1/ping', count: 2, status: 403 })
        const refused = await consumer.invokeUiAction('x_tether_test_connection', 'x_tether_connection', p.connectionId, { user: 'tether.manager' })
        expect(refused.ok).toBe(true)
        expect(refused.messages).toHaveLength(1)
        expect(refused.messages[0].type).toBe('error')
        expect(refused.messages[0].text).toMatch(/^Test failed: .*403/)
        const requests = await consumer.query('x_tether_http_request', `connection=${p.connectionId}^urlENDSWITH/ping`)
        expect(requests.length).toBeGreaterThanOrEqual(3)
    })

    test('Activate and Deactivate: one active connection per integration, the switched-off one revoked', async () => {
        const second = await run<string>(
            consumer,
            `var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Provider - Pre-Production'; c.integration = '${p.integrationId}';
             c.environment = 'pre_production'; c.endpoint_url = '${provider.url}/api/x_tether/v1'; c.authentication = 'oauth2'; c.oauth_profile = '${p.profileId}';
             c.grant_type = 'password'; c.active = false; c.insert()`,
        )
        const asManager = await consumer.invokeUiAction('x_tether_activate_connection', 'x_tether_connection', second, { user: 'tether.manager' })
        expect(asManager.error).toMatch(/lacks the roles for "Activate" \(x_tether.admin\)/)
        const r = await consumer.invokeUiAction('x_tether_activate_connection', 'x_tether_connection', second)
        expect(r.error).toBeUndefined()
        expect(r.messages).toEqual([{ type: 'info', text: 'Connection activated: the integration now uses it. Deactivated (tokens revoked): Provider - Test.' }])
        expect((await connection(second)).active).toBe('1')
        const first = await connection()
        expect(first.active).toBe('0')
        expect(first.token_state).toBe('revoked')
        // Activate is offered only on an inactive connection; Deactivate only on an active one.
        const again = await consumer.invokeUiAction('x_tether_activate_connection', 'x_tether_connection', second)
        expect(again.error).toBe('The condition of "Activate" is false for this record')
        const off = await consumer.invokeUiAction('x_tether_deactivate_connection', 'x_tether_connection', second)
        expect(off.messages[0].text).toMatch(/^Connection deactivated\. The integration has no active connection/)
        expect((await consumer.query('x_tether_integration', `sys_id=${p.integrationId}`))[0].active).toBe('0')
        const back = await consumer.invokeUiAction('x_tether_activate_connection', 'x_tether_connection', p.connectionId)
        expect(back.ok).toBe(true)
        expect((await consumer.query('x_tether_integration', `sys_id=${p.integrationId}`))[0].active).toBe('1')
    })

    test('Activate refused by the settings check (no OAuth profile): the error says why, nothing is switched, the log says failed', async () => {
        const noProfile = await run<string>(
            consumer,
            `var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Provider - No profile'; c.integration = '${p.integrationId}';
             c.environment = 'development'; c.endpoint_url = '${provider.url}/api/x_tether/v1'; c.authentication = 'oauth2'; c.grant_type = 'password'; c.active = false; c.insert()`,
        )
        const r = await consumer.invokeUiAction('x_tether_activate_connection', 'x_tether_connection', noProfile)
        expect(r.messages.map((m) => m.type)).toEqual(['error', 'error'])
        expect(r.messages[0].text).toMatch(/^Provider - No profile not saved: .*\(missing_profile\)$/)
        expect(r.messages[1].text).toBe('The connection was not activated (see the message above); the integration keeps its active connection.')
        expect((await connection(noProfile)).active).toBe('0')
        expect((await connection()).active).toBe('1')
        const log = await uiLog('Activate')
        expect(log[log.length - 1]).toMatch(/used Activate on x_tether_connection "Provider - No profile" \([0-9a-f]{32}\): failed: The connection was not activated/)
    })

    test('Revoke Token: admins only; afterwards Refresh Token is no longer offered and Get OAuth Token brings it back', async () => {
        await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD })
        expect((await connection()).token_state).toBe('valid')
        const credentials = (await consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)).length
        expect(credentials).toBeGreaterThan(0)
        const asManager = await consumer.invokeUiAction('x_tether_revoke_token', 'x_tether_connection', p.connectionId, { user: 'tether.manager' })
        expect(asManager.ok).toBe(false)
        expect(asManager.error).toMatch(/lacks the roles for "Revoke Token" \(x_tether.admin\)/)
        // Refused: nothing changed.
        expect((await connection()).token_state).toBe('valid')
        expect(await consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)).toHaveLength(credentials)
        const r = await consumer.invokeUiAction('x_tether_revoke_token', 'x_tether_connection', p.connectionId)
        expect(r.messages).toEqual([{ type: 'info', text: 'Tokens revoked at the provider and deleted here. Use Get OAuth Token to connect again.' }])
        expect((await connection()).token_state).toBe('revoked')
        expect(await consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)).toHaveLength(0)
        const refresh = await consumer.invokeUiAction('x_tether_refresh_token', 'x_tether_connection', p.connectionId, { user: 'tether.manager' })
        expect(refresh.error).toBe('The condition of "Refresh Token" is false for this record')
        const back = await submitTokenDialog({ tether_connection: p.connectionId, tether_username: INTEGRATION_USER, tether_password: INTEGRATION_PASSWORD })
        expect(back.messages[0].type).toBe('info')
        expect((await connection()).token_state).toBe('valid')
    })

    test('Get OAuth Token is a browser action: the sandbox says so instead of running its client script', async () => {
        const r = await consumer.invokeUiAction('x_tether_get_oauth_token', 'x_tether_connection', p.connectionId)
        expect(r.ok).toBe(false)
        expect(r.error).toMatch(/runs in the browser \(onclick tetherOpenGetTokenDialog\(\)\)/)
    })
})

describe('queue actions', () => {
    let seq = 0
    async function send(): Promise<string> {
        seq++
        const r = await run<{ ok: boolean; transaction: string }>(
            consumer,
            `new x_tether.TetherClient().send('${p.integrationId}', 'CreateIncident', { short_description: 'UI-${seq}' }, { reference: 'UI-${seq}' })`,
        )
        expect(r.ok).toBe(true)
        return r.transaction
    }
    const tx = async (id: string) => (await consumer.query('x_tether_transaction', `sys_id=${id}`))[0]

    test('Pause and Resume: conditions follow the state; messages wait in order and go on Resume', async () => {
        const resumeFirst = await consumer.invokeUiAction('x_tether_resume_integration', 'x_tether_integration', p.integrationId, { user: 'tether.manager' })
        expect(resumeFirst.error).toBe('The condition of "Resume" is false for this record')
        const paused = await consumer.invokeUiAction('x_tether_pause_integration', 'x_tether_integration', p.integrationId, { user: 'tether.manager' })
        expect(paused.messages).toEqual([{ type: 'info', text: 'Integration paused: outbound messages wait in the queue, in order, until Resume.' }])
        const waiting = [await send(), await send()]
        for (const id of waiting) expect((await tx(id)).state).toBe('queued')
        const resumed = await consumer.invokeUiAction('x_tether_resume_integration', 'x_tether_integration', p.integrationId, { user: 'tether.manager' })
        expect(resumed.messages).toEqual([{ type: 'info', text: 'Integration resumed: 2 queued messages sent.' }])
        for (const id of waiting) expect((await tx(id)).state).toBe('complete')
        const viewer = await consumer.invokeUiAction('x_tether_pause_integration', 'x_tether_integration', p.integrationId, { user: 'tether.viewer' })
        expect(viewer.ok).toBe(false)
    })

    test('Repair: offered only with errored transactions; replays them in queue order and releases the queue', async () => {
        const none = await consumer.invokeUiAction('x_tether_repair_integration', 'x_tether_integration', p.integrationId, { user: 'tether.manager' })
        expect(none.error).toBe('The condition of "Repair" is false for this record')
        await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 0; i.update()`)
        await provider.fault({ kind: 'fail', path: MESSAGES, count: 1, status: 500 })
        const failed = await send()
        expect((await tx(failed)).state).toBe('error')
        const held = await send()
        expect((await tx(held)).state).toBe('queued')
        const r = await consumer.invokeUiAction('x_tether_repair_integration', 'x_tether_integration', p.integrationId, { user: 'tether.manager' })
        const number = (await tx(failed)).number
        expect(r.messages).toEqual([{ type: 'info', text: `Replayed 1 transaction in queue order: ${number}.1.` }])
        expect((await tx(failed)).state).toBe('ignored')
        expect((await consumer.query('x_tether_transaction', `number=${number}.1`))[0].state).toBe('complete')
        expect((await tx(held)).state).toBe('complete')
        await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 3; i.update()`)
    })

    test('Replay, Ignore and Process Now on transactions, each offered only in the states where it applies', async () => {
        await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 0; i.update()`)
        await provider.fault({ kind: 'fail', path: MESSAGES, count: 1, status: 500 })
        const failed = await send()
        expect((await tx(failed)).state).toBe('error')
        const next = await send()
        // Process Now is not offered on an errored transaction that holds nothing; Ignore is.
        const ignored = await consumer.invokeUiAction('x_tether_ignore_transaction', 'x_tether_transaction', failed, { user: 'tether.manager' })
        expect(ignored.messages).toEqual([{ type: 'info', text: 'Transaction ignored: it will not be sent. The later messages of this integration wait until Process Now.' }])
        expect((await tx(next)).state).toBe('queued')
        const processed = await consumer.invokeUiAction('x_tether_process_now', 'x_tether_transaction', failed, { user: 'tether.manager' })
        expect(processed.messages).toEqual([{ type: 'info', text: 'Queue released: 1 message sent.' }])
        expect((await tx(next)).state).toBe('complete')
        // Replay the ignored one: a copy is delivered; the original stays ignored.
        const replayed = await consumer.invokeUiAction('x_tether_replay_transaction', 'x_tether_transaction', failed, { user: 'tether.manager' })
        const number = (await tx(failed)).number
        expect(replayed.messages).toEqual([{ type: 'info', text: `Replayed as ${number}.1. The copy is complete; this one is now Ignored.` }])
        // A complete transaction offers none of the three.
        for (const action of ['x_tether_replay_transaction', 'x_tether_ignore_transaction', 'x_tether_process_now']) {
            const r = await consumer.invokeUiAction(action, 'x_tether_transaction', next, { user: 'tether.manager' })
            expect(r.error).toMatch(/^The condition of ".*" is false for this record$/)
        }
        await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 3; i.update()`)
    })
})

describe('modules', () => {
    async function moduleRows(title: string): Promise<Record<string, string | null>[]> {
        const m = (await consumer.query('sys_app_module', `title=${title}`))[0]
        return consumer.query(m.name!, m.filter!)
    }

    test('"Connections needing attention" lists needs_reauth and error connections and warned expiries, not healthy ones', async () => {
        const ids = await run<string[]>(
            consumer,
            `var out = [];
             var states = [['Reauth', 'needs_reauth', false], ['Err', 'error', false], ['Warned', 'valid', true], ['Healthy', 'valid', false]];
             for (var k = 0; k < states.length; k++) {
                 var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Attention ' + states[k][0]; i.process = '${(await consumer.query('x_tether_process', 'api_name=incident'))[0].sys_id}'; var iid = i.insert();
                 var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Attention ' + states[k][0]; c.integration = iid; c.environment = 'test';
                 c.authentication = 'oauth2'; c.oauth_profile = '${p.profileId}'; c.active = true; c.setWorkflow(false); var cid = c.insert();
                 c.token_state = states[k][1]; c.expiry_warned = states[k][2]; c.setWorkflow(false); c.update(); out.push(cid);
             }
             out`,
        )
        const names = (await moduleRows('Connections needing attention')).map((r) => r.name)
        expect(names).toEqual(expect.arrayContaining(['Attention Reauth', 'Attention Err', 'Attention Warned']))
        expect(names).not.toContain('Attention Healthy')
        expect(names).not.toContain('Provider - Test')
        expect(ids).toHaveLength(4)
    })

    test('"Errored transactions" lists error and timed-out ones; "Token events today" only today\'s', async () => {
        await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 0; i.update()`)
        await provider.fault({ kind: 'fail', path: MESSAGES, count: 1, status: 500 })
        const failed = await run<{ transaction: string }>(consumer, `new x_tether.TetherClient().send('${p.integrationId}', 'CreateIncident', { short_description: 'UI-errored' }, {})`)
        const errored = await moduleRows('Errored transactions')
        expect(errored.map((t) => t.sys_id)).toContain(failed.transaction)
        for (const t of errored) expect(['error', 'timed_out']).toContain(t.state)
        const instanceDay = async () => String((await consumer.runScript('new GlideDateTime().getValue()')).result).slice(0, 10)
        const onDay = (events: Record<string, string | null>[], day: string) => events.filter((e) => (e.sys_created_on ?? '').startsWith(day)).map((e) => e.sys_id).sort()
        const day = await instanceDay()
        const today = await moduleRows('Token events today')
        expect(today.length).toBeGreaterThan(0)
        expect(today.map((e) => e.sys_id).sort()).toEqual(onDay(await consumer.query('x_tether_token_event', ''), day))
        // A day later the refresh job has written events of the new day; the module shows those, none of yesterday's.
        await sandbox.clock.advance('1d')
        const next = await instanceDay()
        expect(next).not.toBe(day)
        const tomorrow = await moduleRows('Token events today')
        expect(tomorrow.length).toBeGreaterThan(0)
        expect(tomorrow.map((e) => e.sys_id).sort()).toEqual(onDay(await consumer.query('x_tether_token_event', ''), next))
    })
})
