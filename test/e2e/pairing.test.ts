/**
 * `npm run pair` on two sandbox instances: the whole pairing, idempotency, secret rotation while
 * calls flow, both directions, bad inputs that leave nothing half-created, and no secret anywhere
 * in what it prints.
 */
import { startSandbox, Sandbox, InstanceHandle } from '../../sandbox'
import { InstanceClient, checkInstanceUrl } from '../../scripts/lib/instance-client'
import { pairInstances, PairReport } from '../../scripts/lib/pairing'
import { formatReport } from '../../scripts/pair'
import { run } from './setup'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

jest.setTimeout(120000)

let sandbox: Sandbox
let provider: InstanceHandle
let consumer: InstanceHandle

const client = (i: InstanceHandle, role: string, password = i.password) => new InstanceClient(role, { url: i.url, user: 'admin', password })

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-03-02T09:00:00Z' })
    provider = sandbox.instance('provider')
    consumer = sandbox.instance('consumer')
})

afterAll(async () => {
    await sandbox?.stop()
})

/** Counts of the records pairing touches, on both instances. */
async function footprint(): Promise<Record<string, number>> {
    const out: Record<string, number> = {}
    for (const [i, tables] of [
        [provider, ['oauth_entity', 'sys_user', 'sys_user_has_role']],
        [consumer, ['oauth_entity', 'oauth_entity_profile', 'x_tether_process', 'x_tether_integration', 'x_tether_connection']],
    ] as const) {
        for (const t of tables) out[`${i.name}.${t}`] = (await i.query(t)).length
    }
    return out
}

/** Everything secret that pairing put on the instances, decrypted through the platform API. */
async function secrets(): Promise<string[]> {
    const fromProvider = await run<string[]>(provider, `var out = []; var e = new GlideRecord('oauth_entity'); e.query(); while (e.next()) if (e.client_secret.getDecryptedValue()) out.push(e.client_secret.getDecryptedValue()); out`)
    const fromConsumer = await run<string[]>(consumer, `var out = []; var c = new GlideRecord('x_tether_connection'); c.query(); while (c.next()) if (c.oauth_password.getDecryptedValue()) out.push(c.oauth_password.getDecryptedValue()); out`)
    return [...fromProvider, ...fromConsumer]
}

let first: PairReport
const lines: string[] = []

test('pairs provider and consumer: registry, user, profile, connection, first token, connection test', async () => {
    first = await pairInstances(client(provider, 'provider'), client(consumer, 'consumer'), { log: (l) => lines.push(l) })
    expect(first.changed).toBe(true)
    expect(first.test).toMatchObject({ ok: true, status: 200, partner: { user: 'tether.integration' } })
    expect(first.health).toMatchObject({ state: 'valid', canRegrant: true })
    const registry = (await provider.query('oauth_entity', 'type=client^name=Tether partner instances'))[0]
    expect(registry.active).toBe('1')
    expect(registry.client_secret).toMatch(/^enc1:/)
    const user = (await provider.query('sys_user', 'user_name=tether.integration'))[0]
    const roles = await run<string[]>(provider, `var out = []; var h = new GlideRecord('sys_user_has_role'); h.addQuery('user', '${user.sys_id}'); h.query(); while (h.next()) out.push(h.role.getDisplayValue()); out`)
    expect(roles).toEqual(['x_tether.integration'])
    const conn = (await consumer.query('x_tether_connection', `sys_id=${first.connectionId}`))[0]
    expect(conn).toMatchObject({ authentication: 'oauth2', active: '1', endpoint_url: `${provider.url}/api/x_tether/v1`, oauth_username: 'tether.integration' })
    const consumerRegistry = (await consumer.query('oauth_entity', 'type=oauth_provider'))[0]
    expect(consumerRegistry.token_url).toBe(`${provider.url}/oauth_token.do`)
    expect(consumerRegistry.client_id).toBe(registry.client_id)
})

test('a second run changes nothing and says so', async () => {
    const before = await footprint()
    const again = await pairInstances(client(provider, 'provider'), client(consumer, 'consumer'))
    expect(again).toMatchObject({ changed: false, created: [], updated: [] })
    expect(formatReport(again)).toMatch(/^Already paired: .* \(nothing changed\)/)
    expect(await footprint()).toEqual(before)
})

test('rotating the secret while calls flow: no call fails, the secret changes on both sides', async () => {
    const before = await secrets()
    let stop = false
    const outcomes: number[] = []
    const caller = (async () => {
        while (!stop) {
            const r = await run<{ status: number }>(consumer, `var t = new x_tether.TetherOAuth().getAccessToken('${first.connectionId}');
                var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
                r.setAuthenticationProfile('oauth2', '${first.profileId}'); r.setRequestorProfile('x_tether_connection', '${first.connectionId}');
                t.ok ? { status: r.execute().getStatusCode() } : { status: -1 }`)
            outcomes.push(r.status)
        }
    })()
    const rotated = await pairInstances(client(provider, 'provider'), client(consumer, 'consumer'), { rotateSecret: true })
    // Keep calling across the next refresh, which now uses the new secret.
    await sandbox.clock.advance('40m')
    stop = true
    await caller
    expect(rotated.changed).toBe(true)
    expect(outcomes.length).toBeGreaterThan(3)
    expect(outcomes.filter((s) => s !== 200)).toEqual([])
    const after = await secrets()
    expect(after.some((s) => before.includes(s))).toBe(false)
    const events = await consumer.query('x_tether_token_event', `connection=${first.connectionId}^event=refreshed^sys_created_on>2026-03-02 09:01:00`)
    expect(events.length).toBeGreaterThan(0)
    expect((await consumer.query('x_tether_connection', `sys_id=${first.connectionId}`))[0].token_state).toBe('valid')
})

test('--both-ways: the reverse direction is paired too', async () => {
    const reverse = await pairInstances(client(consumer, 'provider'), client(provider, 'consumer'))
    expect(reverse).toMatchObject({ changed: true, test: { ok: true } })
    expect((await provider.query('x_tether_connection', `endpoint_url=${consumer.url}/api/x_tether/v1`))[0].token_state).toBe('valid')
})

test('nothing secret in what pairing prints', async () => {
    const printed = [...lines, formatReport(first)].join('\n')
    const values = await secrets()
    expect(values.length).toBeGreaterThan(0)
    for (const s of values) expect(printed.includes(s)).toBe(false)
    expect(printed).not.toMatch(/enc1:/)
    // Nor in the logs, token events or HTTP request records of either instance.
    for (const instance of [provider, consumer]) {
        for (const table of ['syslog', 'syslog_transaction', 'x_tether_token_event', 'x_tether_http_request', 'sysevent']) {
            const text = JSON.stringify(await instance.query(table))
            for (const v of values) expect([instance.name, table, text.includes(v)]).toEqual([instance.name, table, false])
        }
    }
})

describe('bad input: a clear error and nothing half-created', () => {
    test('http:// to a non-loopback host is refused before anything is sent', () => {
        expect(() => checkInstanceUrl('http://partner.service-now.com', 'provider')).toThrow(/Refusing http:\/\/ for the provider/)
        expect(() => checkInstanceUrl('https://admin:pw@partner.service-now.com', 'provider')).toThrow(/must not carry credentials/)
        expect(checkInstanceUrl('http://127.0.0.1:8080/', 'provider')).toBe('http://127.0.0.1:8080')
    })

    test('an unreachable provider', async () => {
        const before = await footprint()
        // A port nothing listens on: taken, then given back.
        const server = createServer()
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
        const port = (server.address() as AddressInfo).port
        await new Promise<void>((resolve) => server.close(() => resolve()))
        const dead = new InstanceClient('provider', { url: `http://127.0.0.1:${port}`, user: 'admin', password: 'x' })
        await expect(pairInstances(dead, client(consumer, 'consumer'))).rejects.toThrow(/Cannot reach the provider at http:\/\/127.0.0.1:\d+: ECONNREFUSED/)
        expect(await footprint()).toEqual(before)
    })

    test('a wrong admin password', async () => {
        const before = await footprint()
        await expect(pairInstances(client(provider, 'provider', 'wrong-password'), client(consumer, 'consumer'))).rejects.toThrow(/refused the admin credentials \(HTTP 401\)/)
        expect(await footprint()).toEqual(before)
    })

    test('a provider with OAuth inactive', async () => {
        const fresh = await startSandbox({ names: ['p2', 'c2'], startTime: '2026-03-02T09:00:00Z' })
        try {
            const [p2, c2] = [fresh.instance('p2'), fresh.instance('c2')]
            await run(p2, `var p = new GlideRecord('sys_properties'); p.get('name', 'com.snc.platform.security.oauth.is.active'); p.value = 'false'; p.update()`)
            await expect(pairInstances(client(p2, 'provider'), client(c2, 'consumer'))).rejects.toThrow(/OAuth is not active on the provider/)
            expect(await c2.query('x_tether_connection')).toEqual([])
            expect(await c2.query('oauth_entity', 'type=oauth_provider')).toEqual([])
            expect((await p2.query('sys_user', 'user_name=tether.integration')).length).toBe(0)
        } finally {
            await fresh.stop()
        }
    })

    test('a consumer without Tether installed', async () => {
        const bare = await startSandbox({ names: ['bare'], install: false })
        try {
            const before = await footprint()
            await expect(pairInstances(client(provider, 'provider'), client(bare.instance('bare'), 'consumer'))).rejects.toThrow(/Tether is not installed on the consumer/)
            expect(await footprint()).toEqual(before)
        } finally {
            await bare.stop()
        }
    })

    test('a failure part-way (the first token is refused) undoes what the run created', async () => {
        const fresh = await startSandbox({ names: ['p3', 'c3'], startTime: '2026-03-02T09:00:00Z' })
        try {
            const [p3, c3] = [fresh.instance('p3'), fresh.instance('c3')]
            // The provider answers token requests with 503: pairing gets as far as the first token.
            await p3.fault({ kind: 'fail', path: '/oauth_token.do', count: 5, status: 503 })
            await expect(pairInstances(client(p3, 'provider'), client(c3, 'consumer'))).rejects.toThrow(/could not get a token[\s\S]*undone/)
            expect(await c3.query('x_tether_connection')).toEqual([])
            expect(await c3.query('oauth_entity', 'type=oauth_provider')).toEqual([])
            expect(await p3.query('sys_user', 'user_name=tether.integration')).toEqual([])
            expect((await p3.query('oauth_entity', 'name=Tether partner instances'))[0].active).toBe('0')
        } finally {
            await fresh.stop()
        }
    })
})
