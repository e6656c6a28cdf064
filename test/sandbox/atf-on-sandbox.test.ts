/**
 * The shipped ATF tests whose steps the sandbox can run (server scripts and REST steps), run on an
 * instance with the build installed: what ATF checks on a real instance holds on the sandbox too.
 * The record and impersonation steps of the other two tests are not run here (see atf-runner.ts).
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

test('step types the sandbox does not run are refused, not skipped', async () => {
    await expect(runAtfSteps(instance, atfSteps(app, 'Tether: connection ACL denials'))).rejects.toThrow('Sandbox ATF runner: server.recordInsert steps are not run by the sandbox')
})
