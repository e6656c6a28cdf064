/**
 * The four ATF tests Tether ships, run step by step on an instance with the build installed (see
 * atf-runner.ts for what is run and how): what ATF checks on a real instance holds on the sandbox
 * too, and a step whose expectation does not hold fails.
 */
import { readDistApp } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'
import { atfSteps } from '../atf-steps'
import { allRoutes } from '../../sandbox/instance/routes'
import { runAtfSteps } from './atf-runner'
import { HttpTestInstance, startHttpInstance } from './helpers'

let instance: HttpTestInstance
const app = readDistApp(distApp)

beforeAll(async () => {
    instance = await startHttpInstance(allRoutes())
})

afterAll(async () => {
    await instance?.closeAsync()
})

test('Tether: TetherOAuth token health and error codes passes on the sandbox', async () => {
    const results = await runAtfSteps(instance, atfSteps(app, 'Tether: TetherOAuth token health and error codes'))
    expect(results).toEqual([{ call: 'server.runServerSideScript', ok: true, detail: expect.stringMatching(/^25 assertions; TetherOAuth health and error codes verified on connections [0-9a-f]{32}, /) }])
})

test('Tether: inbound API status codes passes on the sandbox: 200 for the integration user, 403 without the role', async () => {
    const results = await runAtfSteps(instance, atfSteps(app, 'Tether: inbound API status codes'))
    expect(results.map((r) => [r.call, r.ok])).toEqual([
        ['server.createUser', true],
        ['server.runServerSideScript', true],
        ['rest.sendRestRequest', true],
        ['rest.assertStatusCode', true],
        ['rest.assertResponsePayload', true],
        ['server.createUser', true],
        ['server.runServerSideScript', true],
        ['rest.sendRestRequest', true],
        ['rest.assertStatusCode', true],
    ])
    expect(results[0].detail).toBe('created atf.tether.integration with 1 role(s)')
    expect(results[2].detail).toBe('get /api/x_tether/v1/ping as atf.tether.integration: 200')
    expect(results[5].detail).toBe('created atf.tether.norole with 0 role(s)')
    expect(results[7].detail).toBe('get /api/x_tether/v1/ping as atf.tether.norole: 403')
})

test('the runner fails a step whose expectation does not hold, and stops there', async () => {
    // A fresh instance: the users of the passing run above still exist here (no ATF rollback).
    await instance.closeAsync()
    instance = await startHttpInstance(allRoutes())
    const steps = atfSteps(app, 'Tether: inbound API status codes')
    const wrong = steps.map((s, i) => (i === steps.length - 1 ? { ...s, inputs: { ...s.inputs, statusCode: '200' } } : s))
    const results = await runAtfSteps(instance, wrong)
    expect(results[results.length - 1]).toEqual({ call: 'rest.assertStatusCode', ok: false, detail: 'status 403, expected 200' })

    const script = atfSteps(app, 'Tether: TetherOAuth token health and error codes')[0]
    const broken = { ...script, inputs: { ...script.inputs, script: script.inputs.script.replace("shouldbe: 'not_oauth'", "shouldbe: 'oauth'") } }
    const [outcome] = await runAtfSteps(instance, [broken])
    expect(outcome).toEqual({ call: 'server.runServerSideScript', ok: false, detail: expect.stringContaining('assertEqual "Basic connection: requestToken code": expected "oauth", got "not_oauth"') })
})

test('Tether: connection ACL denials passes on the sandbox: user and manager refused, admin allowed', async () => {
    const results = await runAtfSteps(instance, atfSteps(app, 'Tether: connection ACL denials'))
    expect(results.map((r) => `${r.ok ? 'pass' : 'FAIL'} ${r.call}: ${r.detail.replace(/[0-9a-f]{32}/g, '<id>')}`)).toEqual([
        'pass server.recordInsert: x_tether_process inserted <id>',
        'pass server.recordInsert: x_tether_integration inserted <id>',
        'pass server.recordInsert: x_tether_connection inserted <id>',
        'pass server.createUser: created ATF Tether user with 1 role(s), impersonated',
        'pass server.recordInsert: x_tether_connection not inserted',
        'pass server.recordUpdate: x_tether_connection not updated',
        'pass server.createUser: created ATF Tether manager with 1 role(s), impersonated',
        'pass server.recordUpdate: x_tether_connection not updated',
        'pass server.createUser: created ATF Tether admin with 1 role(s), impersonated',
        'pass server.recordInsert: x_tether_connection inserted <id>',
    ])
})

test('Tether: one active connection per integration passes on the sandbox', async () => {
    const results = await runAtfSteps(instance, atfSteps(app, 'Tether: one active connection per integration'))
    expect(results.filter((r) => !r.ok)).toEqual([])
    expect(results).toHaveLength(12)
    expect(results.map((r) => r.detail.replace(/[0-9a-f]{32}/g, '<id>')).slice(3, 7)).toEqual([
        'x_tether_integration matches active=true^state=active',
        'x_tether_connection inserted <id>',
        'x_tether_connection matches active=false',
        'x_tether_connection matches active=true',
    ])
})

test('a record step whose expectation does not hold fails: an admin insert asserted as denied', async () => {
    const steps = atfSteps(app, 'Tether: connection ACL denials')
    const last = steps[steps.length - 1]
    const flipped = [...steps.slice(0, -1), { ...last, inputs: { ...last.inputs, assert: 'record_not_inserted' } }]
    const results = await runAtfSteps(instance, flipped)
    expect(results[results.length - 1]).toMatchObject({ call: 'server.recordInsert', ok: false })
})

test('step types the sandbox does not run are refused, not skipped', async () => {
    const form = { sysId: '0'.repeat(32), order: 1, call: 'form.openNewForm', inputs: { table: 'x_tether_connection' } }
    await expect(runAtfSteps(instance, [form])).rejects.toThrow('Sandbox ATF runner: form.openNewForm steps are not run by the sandbox')
})
