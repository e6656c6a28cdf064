/**
 * Outbound messaging over the OAuth connection (x_tether.TetherClient): in order per integration,
 * retried on 5xx and 429 (Retry-After honoured on the virtual clock), one token refresh and one
 * retry on 401, held after an error until repair, paused and resumed, ignored until Process Now —
 * and nothing secret in any HTTP request record. Most tests call TetherClient.processQueue() to
 * show each step; the provider-down test leaves the sending to the once-a-minute worker job.
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { CLIENT_SECRET, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, run } from './setup'

jest.setTimeout(180000)

const SCENARIO_MODULE = 'x_tether/tether/0.1.0/src/server/inbound/incident-scenario.ts'
const QUEUE_MODULE = 'x_tether/tether/0.1.0/src/server/transport/queue.ts'
const MESSAGES = '/api/x_tether/v1/messages'
let sandbox: Sandbox
let p: Pairing
let provider: InstanceHandle
let consumer: InstanceHandle
let seq = 0

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-03-02T09:00:00Z' })
    p = await pair(sandbox, { storeCredentials: true })
    provider = p.provider
    consumer = p.consumer
    const granted = await run<{ ok: boolean }>(consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', {})`)
    expect(granted.ok).toBe(true)
    await run(consumer, `require('${SCENARIO_MODULE}').ensureIncidentScenario('${p.integrationId}')`)
    await run(
        provider,
        `var u = new GlideRecord('sys_user'); u.get('user_name', '${INTEGRATION_USER}');
         var pr = new GlideRecord('x_tether_process'); pr.initialize(); pr.name = 'Incident'; pr.api_name = 'incident'; pr.target_table = 'incident'; var prid = pr.insert();
         var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Incident from the consumer'; i.process = prid; var iid = i.insert();
         var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Consumer - Test'; c.integration = iid; c.environment = 'test';
         c.authentication = 'none'; c.inbound_user = u.getUniqueValue(); c.active = true; c.insert();
         require('${SCENARIO_MODULE}').ensureIncidentScenario(iid);`,
    )
})

afterAll(async () => {
    await sandbox?.stop()
})

afterEach(async () => {
    await provider.clearFaults()
})

/** Sends CreateIncident for a new consumer-side reference; returns the transaction number and the reference. */
async function send(): Promise<{ number: string; reference: string; state: string }> {
    seq++
    const reference = `INC-C-${String(seq).padStart(3, '0')}`
    const r = await run<{ ok: boolean; number: string; state: string; message: string }>(
        consumer,
        `new x_tether.TetherClient().send('${p.integrationId}', 'CreateIncident', { short_description: '${reference}' }, { reference: '${reference}' })`,
    )
    expect(r.ok).toBe(true)
    return { number: r.number, reference, state: r.state }
}

async function tx(number: string): Promise<Record<string, string | null>> {
    return (await consumer.query('x_tether_transaction', `number=${number}`))[0]
}

async function processQueue(): Promise<void> {
    await run(consumer, `new x_tether.TetherClient().processQueue()`)
}

/** The references the provider received, in the order its inbound transactions were created. */
async function received(): Promise<string[]> {
    const rows = await provider.query('x_tether_transaction', 'direction=inbound^ORDERBYnumber')
    return rows.map((r) => JSON.parse(r.payload ?? '{}').short_description ?? JSON.parse(r.payload ?? '{}').payload?.short_description)
}

async function incidents(reference: string): Promise<number> {
    return (await provider.query('incident', `short_description=${reference}`)).length
}

test('in order, with interleaved failures: 500 three times, then every message once and in order', async () => {
    await provider.fault({ kind: 'fail', path: MESSAGES, count: 3, status: 500 })
    const m = [await send(), await send(), await send()]
    expect((await tx(m[0].number)).state).toBe('queued')
    expect((await tx(m[1].number)).attempts).toBe('0')
    for (let i = 0; i < 6 && (await tx(m[2].number)).state !== 'complete'; i++) {
        await sandbox.clock.advance('10m')
        await processQueue()
    }
    expect(await Promise.all(m.map(async (x) => (await tx(x.number)).state))).toEqual(['complete', 'complete', 'complete'])
    expect((await tx(m[0].number)).attempts).toBe('4')
    expect((await received()).slice(-3)).toEqual(m.map((x) => x.reference))
    for (const x of m) expect(await incidents(x.reference)).toBe(1)
    // The receipt: the consumer's bond-less transaction knows the provider's transaction number.
    expect((await tx(m[0].number)).external_message_id).toMatch(/^TXN\d{7}$/)
})

test('429 with Retry-After: not before the time the provider asked for', async () => {
    await provider.fault({ kind: 'fail', path: MESSAGES, count: 1, status: 429, retryAfter: 120 })
    const m = await send()
    expect((await tx(m.number)).state).toBe('queued')
    await sandbox.clock.advance('60s')
    await processQueue()
    expect((await tx(m.number)).state).toBe('queued')
    expect(await incidents(m.reference)).toBe(0)
    await sandbox.clock.advance('61s')
    await processQueue()
    expect((await tx(m.number)).state).toBe('complete')
    expect(await incidents(m.reference)).toBe(1)
})

test('tokens revoked at the provider: one refresh (here a re-grant), one retry, delivered', async () => {
    await provider.fault({ kind: 'revoke_tokens' })
    const before = (await consumer.query('x_tether_token_event')).length
    const m = await send()
    expect(await tx(m.number)).toMatchObject({ state: 'complete', attempts: '2' })
    const events = (await consumer.query('x_tether_token_event', 'ORDERBYsys_created_on')).slice(before).map((e) => `${e.event}${e.error_code ? ':' + e.error_code : ''}`)
    expect(events).toEqual(['failed:invalid_grant', 'regranted'])
})

test('401 after the refresh: the transaction errors, later ones wait in order, repair delivers them in order', async () => {
    await provider.fault({ kind: 'fail', path: MESSAGES, count: 2, status: 401 })
    const failed = await send()
    expect(await tx(failed.number)).toMatchObject({ state: 'error', attempts: '2' })
    expect((await tx(failed.number)).error).toMatch(/401 after a token refresh/)
    const later = [await send(), await send()]
    await processQueue()
    for (const l of later) expect((await tx(l.number)).state).toBe('queued')
    const repaired = await run<{ number: string }[]>(consumer, `new x_tether.TetherClient().repair('${p.integrationId}')`)
    expect(repaired.map((r) => r.number)).toEqual([`${failed.number}.1`])
    expect((await tx(failed.number)).state).toBe('ignored')
    expect((await tx(`${failed.number}.1`)).state).toBe('complete')
    for (const l of later) expect((await tx(l.number)).state).toBe('complete')
    expect((await received()).slice(-3)).toEqual([failed.reference, ...later.map((l) => l.reference)])
})

test('pause queues, resume sends', async () => {
    expect(await run(consumer, `new x_tether.TetherClient().pause('${p.integrationId}')`)).toBe(true)
    const m = await send()
    expect(m.state).toBe('queued')
    await processQueue()
    expect(await incidents(m.reference)).toBe(0)
    await run(consumer, `new x_tether.TetherClient().resume('${p.integrationId}')`)
    expect((await tx(m.number)).state).toBe('complete')
})

test('ignore holds the queue until Process Now; the ignored message is never sent', async () => {
    await provider.fault({ kind: 'fail', path: MESSAGES, count: 10, status: 503 })
    const skipped = await send()
    const id = (await tx(skipped.number)).sys_id
    expect(await run(consumer, `new x_tether.TetherClient().ignore('${id}')`)).toBe(true)
    await provider.clearFaults()
    const next = await send()
    await sandbox.clock.advance('10m')
    await processQueue()
    expect((await tx(next.number)).state).toBe('queued')
    await run(consumer, `new x_tether.TetherClient().processNow('${(await tx(next.number)).sys_id}')`)
    expect((await tx(next.number)).state).toBe('complete')
    expect((await tx(skipped.number)).state).toBe('ignored')
    expect(await incidents(skipped.reference)).toBe(0)
})

test('provider down for an hour: everything is delivered afterwards by the worker job, in order, nothing lost or twice', async () => {
    // An integrator who expects outages of hours gives the integration more retries (8, from 60 s,
    // doubling: about four hours); with the defaults (5 from 30 s) the transaction would error and
    // hold the queue for Repair, as the previous test shows.
    await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.retry_limit = 8; i.retry_delay_seconds = 60; i.update()`)
    await provider.fault({ kind: 'down' })
    const m = [await send(), await send(), await send()]
    await sandbox.clock.advance('1h')
    expect(await Promise.all(m.map(async (x) => (await tx(x.number)).state))).toEqual(['queued', 'queued', 'queued'])
    expect(await incidents(m[0].reference)).toBe(0)
    await provider.clearFaults()
    await sandbox.clock.advance('3h')
    expect(await Promise.all(m.map(async (x) => (await tx(x.number)).state))).toEqual(['complete', 'complete', 'complete'])
    expect((await received()).slice(-3)).toEqual(m.map((x) => x.reference))
    for (const x of m) expect(await incidents(x.reference)).toBe(1)
})

test('the token endpoint answers 503 when a refresh is due: the message waits (not an error) and goes once the provider is back', async () => {
    await provider.fault({ kind: 'fail', path: '/oauth_token.do', share: 1, status: 503 })
    // The access token has run out (as after an outage longer than its life).
    await run(consumer, `var c = new GlideRecord('x_tether_connection'); c.get('${p.connectionId}'); c.setValue('access_expires', '2000-01-01 00:00:00'); c.setWorkflow(false); c.update()`)
    const m = await send()
    const waiting = await tx(m.number)
    expect(waiting.state).toBe('queued')
    expect(waiting.error).toMatch(/No access token: provider_error \(HTTP 503 from the token endpoint: Simulated 503/)
    await provider.clearFaults()
    await sandbox.clock.advance('6m')
    expect((await tx(m.number)).state).toBe('complete')
    expect(await incidents(m.reference)).toBe(1)
})

test('the consumer killed (SIGKILL) in the middle of a send: after the restart the worker sends it again, the provider applies it once', async () => {
    await consumer.fault({ kind: 'crash', path: MESSAGES, when: 'after' })
    seq++
    const reference = `INC-C-${String(seq).padStart(3, '0')}`
    await expect(run(consumer, `new x_tether.TetherClient().send('${p.integrationId}', 'CreateIncident', { short_description: '${reference}' }, { reference: '${reference}' })`)).rejects.toThrow(/killed by SIGKILL/)
    await consumer.restart()
    // The provider applied it; the consumer died before it could record the receipt.
    expect(await incidents(reference)).toBe(1)
    const [stuck] = await consumer.query('x_tether_transaction', `direction=outbound^payloadLIKE${reference}`)
    expect(stuck.state).toBe('sending')
    const later = await send()
    // A fresh "sending" may belong to a live worker: the queue waits behind it, in order.
    expect((await tx(later.number)).state).toBe('queued')
    await sandbox.clock.advance('1m')
    expect((await tx(stuck.number!)).state).toBe('sending')
    // Once stale (2 × sync timeout + the token lease: 3 minutes), the worker job sends it again.
    await sandbox.clock.advance('4m')
    expect(await tx(stuck.number!)).toMatchObject({ state: 'complete' })
    expect((await tx(later.number)).state).toBe('complete')
    expect(await incidents(reference)).toBe(1)
    expect(await incidents(later.reference)).toBe(1)
    const answers = (await provider.query('x_tether_http_request', `direction=inbound^request_bodyLIKE${reference}`)).map((r) => JSON.parse(r.response_body ?? '{}').status)
    expect(answers).toEqual(['ok', 'already processed'])
})

test('two workers that read the same queued message: one claim lands, the other leaves it; a worker slower than the stale limit cannot overwrite the outcome', async () => {
    seq++
    const reference = `INC-C-${String(seq).padStart(3, '0')}`
    const queued = await run<{ ok: boolean; transaction: string; state: string }>(
        consumer,
        `new x_tether.TetherClient().send('${p.integrationId}', 'CreateIncident', { short_description: '${reference}' }, { reference: '${reference}', immediate: false })`,
    )
    expect(queued).toMatchObject({ ok: true, state: 'queued' })
    // Both read the row while it was queued; only one UPDATE can match "state = queued".
    const claims = await run<{ a: boolean; b: boolean; owner: string }>(
        consumer,
        `var q = require('${QUEUE_MODULE}');
         var a = new GlideRecord('x_tether_transaction'); a.get('${queued.transaction}');
         var b = new GlideRecord('x_tether_transaction'); b.get('${queued.transaction}');
         var ownerA = q.claimSend(a, 180000); var ownerB = q.claimSend(b, 180000);
         ({ a: ownerA !== '', b: ownerB !== '', owner: ownerA })`,
    )
    expect(claims).toMatchObject({ a: true, b: false })
    // Worker A is "still sending": the queue waits behind it, nothing goes out.
    await processQueue()
    expect(await consumer.query('x_tether_transaction', `sys_id=${queued.transaction}`)).toMatchObject([{ state: 'sending', send_owner: claims.owner }])
    expect(await incidents(reference)).toBe(0)
    // Past the stale limit the worker job takes it over and delivers it.
    await sandbox.clock.advance('4m')
    const [done] = await consumer.query('x_tether_transaction', `sys_id=${queued.transaction}`)
    expect(done).toMatchObject({ state: 'complete', send_owner: null })
    expect(await incidents(reference)).toBe(1)
    // Worker A comes back with a late failure: it no longer owns the send, so the outcome stands.
    const late = await run<string>(
        consumer,
        `var a = new GlideRecord('x_tether_transaction'); a.get('${queued.transaction}');
         require('${QUEUE_MODULE}').finishSend(a, '${claims.owner}', 'error', 'error', 'late failure')`,
    )
    expect(late).toBe('waiting')
    expect(await consumer.query('x_tether_transaction', `sys_id=${queued.transaction}`)).toMatchObject([{ state: 'complete', error: null }])
})

test('heartbeats: Awaiting, then Up; Down while the provider is down; Up again after — each change an event', async () => {
    await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.heartbeat_minutes = 15; i.update()`)
    const status = async () => (await consumer.query('x_tether_integration', `sys_id=${p.integrationId}`))[0].status
    expect(await status()).toBe('awaiting')
    await sandbox.clock.advance('20m')
    expect(await status()).toBe('up')
    await provider.fault({ kind: 'down' })
    await sandbox.clock.advance('20m')
    expect(await status()).toBe('down')
    await provider.clearFaults()
    await sandbox.clock.advance('20m')
    expect(await status()).toBe('up')
    const events = await consumer.query('sysevent', 'name=x_tether.integration.status^ORDERBYsys_created_on')
    expect(events.map((e) => `${e.parm2}→${e.parm1}`)).toEqual(['awaiting→up', 'up→down', 'down→up'])
    await run(consumer, `var i = new GlideRecord('x_tether_integration'); i.get('${p.integrationId}'); i.heartbeat_minutes = 0; i.update()`)
})

test('no token, secret or password in any HTTP request record of either instance', async () => {
    const token = await run<string>(consumer, `new x_tether.TetherOAuth().getAccessToken('${p.connectionId}').token`)
    const logged = [...(await consumer.query('x_tether_http_request')), ...(await provider.query('x_tether_http_request'))]
    expect(logged.length).toBeGreaterThan(10)
    const text = JSON.stringify(logged)
    for (const secret of [token, CLIENT_SECRET, INTEGRATION_PASSWORD]) expect(text.includes(secret)).toBe(false)
})
