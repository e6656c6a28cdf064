/**
 * The Incident scenario of the Unifi guides, end to end on two sandbox instances over the OAuth
 * connection: an incident shared on the consumer is created on the provider; its update and its
 * resolution follow; the bonds on both sides hold both numbers and go from open to closed.
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { configureReceivingSide, pair, Pairing, run, SCENARIO_MODULE } from './setup'

jest.setTimeout(120000)

let sandbox: Sandbox
let p: Pairing
let receivingIntegration: string

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-03-02T09:00:00Z' })
    p = await pair(sandbox, { storeCredentials: true })
    expect((await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', {})`)).ok).toBe(true)
    await run(p.consumer, `require('${SCENARIO_MODULE}').ensureIncidentScenario('${p.integrationId}')`)
    receivingIntegration = (await configureReceivingSide(p.provider)).integrationId
})

afterAll(async () => {
    await sandbox?.stop()
})

const fields = 'number,short_description,description,state,close_code,close_notes'
async function incident(instance: 'consumer' | 'provider', query: string): Promise<Record<string, string | null>> {
    const rows = await (instance === 'consumer' ? p.consumer : p.provider).query('incident', query)
    expect(rows).toHaveLength(1)
    return Object.fromEntries(fields.split(',').map((f) => [f, rows[0][f]]))
}
async function bond(instance: 'consumer' | 'provider', integration: string): Promise<Record<string, string | null>> {
    const rows = await (instance === 'consumer' ? p.consumer : p.provider).query('x_tether_bond', `integration=${integration}`)
    expect(rows).toHaveLength(1)
    const b = rows[0]
    return { number: b.number, table: b.table, internal_reference: b.internal_reference, external_reference: b.external_reference, state: b.state }
}

test('create, update, resolve on the consumer → mirrored on the provider, bonds open then closed', async () => {
    const local = await run<{ id: string; number: string }>(
        p.consumer,
        `var i = new GlideRecord('incident'); i.short_description = 'Email is down for the Paris office'; i.priority = 2; var id = i.insert(); ({ id: id, number: i.getValue('number') })`,
    )
    const shared = await run<{ ok: boolean; state: string }>(p.consumer, `new x_tether.TetherClient().share('${p.integrationId}', 'incident', '${local.id}')`)
    expect(shared).toMatchObject({ ok: true, state: 'complete' })
    const consumerBond = await bond('consumer', p.integrationId)
    const providerBond = await bond('provider', receivingIntegration)
    expect(consumerBond).toMatchObject({ table: 'incident', internal_reference: local.number, state: 'open' })
    expect(providerBond).toMatchObject({ table: 'incident', external_reference: local.number, internal_reference: consumerBond.external_reference, state: 'open' })
    const remoteNumber = providerBond.internal_reference!
    expect(await incident('provider', `number=${remoteNumber}`)).toMatchObject({ short_description: 'Email is down for the Paris office', state: '1' })

    await run(p.consumer, `var i = new GlideRecord('incident'); i.get('${local.id}'); i.description = 'Exchange node 2 refuses connections'; i.update()`)
    expect(await incident('provider', `number=${remoteNumber}`)).toMatchObject({ description: 'Exchange node 2 refuses connections', state: '1' })

    await run(p.consumer, `var i = new GlideRecord('incident'); i.get('${local.id}'); i.state = 6; i.close_code = 'Solved (Permanently)'; i.close_notes = 'Node 2 restarted'; i.update()`)
    const remote = await incident('provider', `number=${remoteNumber}`)
    expect(remote).toMatchObject({ state: '6', close_code: 'Solved (Permanently)', close_notes: 'Node 2 restarted' })
    expect(await bond('provider', receivingIntegration)).toMatchObject({ state: 'closed' })
    expect(await bond('consumer', p.integrationId)).toMatchObject({ state: 'closed' })

    const transactions = async (i: typeof p.consumer, direction: string) =>
        (await i.query('x_tether_transaction', `direction=${direction}^ORDERBYnumber`)).map((t) => `${t.number} ${JSON.parse(t.payload ?? '{}').message ?? ''} ${t.state}`)
    const outbound = await transactions(p.consumer, 'outbound')
    const inbound = await transactions(p.provider, 'inbound')
    expect(outbound.map((t) => t.split(' ').slice(1).join(' '))).toEqual(['CreateIncident complete', 'UpdateIncident complete', 'ResolveIncident complete'])
    expect(inbound).toHaveLength(3)
    process.stdout.write(
        `Incident scenario records:\n` +
            `consumer incident ${JSON.stringify(await incident('consumer', `sys_id=${local.id}`))}\n` +
            `consumer bond     ${JSON.stringify(await bond('consumer', p.integrationId))}\n` +
            `consumer outbound ${JSON.stringify(outbound)}\n` +
            `provider incident ${JSON.stringify(remote)}\n` +
            `provider bond     ${JSON.stringify(await bond('provider', receivingIntegration))}\n` +
            `provider inbound  ${JSON.stringify(inbound)}\n`,
    )
})

test('an incident cannot be shared twice while its bond is open; unbonded incidents send nothing', async () => {
    const id = await run<string>(p.consumer, `var i = new GlideRecord('incident'); i.short_description = 'Local only'; i.insert()`)
    const before = (await p.consumer.query('x_tether_transaction')).length
    await run(p.consumer, `var i = new GlideRecord('incident'); i.get('${id}'); i.description = 'still local'; i.update()`)
    expect((await p.consumer.query('x_tether_transaction')).length).toBe(before)
    expect((await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherClient().share('${p.integrationId}', 'incident', '${id}')`)).ok).toBe(true)
    expect(await run(p.consumer, `new x_tether.TetherClient().share('${p.integrationId}', 'incident', '${id}')`)).toMatchObject({ ok: false, code: 'already_bonded' })
})
