/**
 * Build-output tests for the ATF tests Tether ships (sys_atf_test, sys_atf_step and the steps'
 * sys_variable_value inputs): each test exists with its steps in order, and each step's inputs say
 * what the test means to check — the script that runs, the path and user a REST step calls, the
 * status it expects, the role a created user gets, the assertion a record step makes. Step configs
 * and input variables are decoded with the SDK's own table of ATF step configurations.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DistApp, readDistApp, recordsOf } from '../../sandbox/dist-app'
import { distApp, projectRoot } from '../../scripts/lib/sdk'
import { atfSteps, atfTest, pill } from '../atf-steps'

let app: DistApp

beforeAll(() => {
    app = readDistApp(distApp)
})

const stepsOf = (name: string) => atfSteps(app, name)
const testNamed = (name: string) => atfTest(app, name)

function roleId(name: string): string {
    const role = recordsOf(app, 'sys_user_role', { name })
    expect(role).toHaveLength(1)
    return role[0].sysId
}

function source(file: string): string {
    return readFileSync(join(projectRoot, 'src', 'fluent', 'tests', 'scripts', file), 'utf8')
}

const NAMES = [
    'Tether: TetherOAuth token health and error codes',
    'Tether: inbound API status codes',
    'Tether: connection ACL denials',
    'Tether: one active connection per integration',
]

test('the four ATF tests ship active, failing on server errors, with a description of what and how', () => {
    expect(recordsOf(app, 'sys_atf_test').map((t) => t.fields.name.value).sort()).toEqual([...NAMES].sort())
    for (const name of NAMES) {
        const t = testNamed(name)
        expect([t.fields.active.value, t.fields.fail_on_server_error.value]).toEqual(['true', 'true'])
        expect((t.fields.description?.value ?? '').length).toBeGreaterThan(120)
        const orders = stepsOf(name).map((s) => s.order)
        expect(orders).toEqual(orders.map((_, i) => i + 1))
    }
})

test('token health: one server script, the shipped file, exercising TetherOAuth health and its refusal codes', () => {
    const steps = stepsOf('Tether: TetherOAuth token health and error codes')
    expect(steps.map((s) => s.call)).toEqual(['server.runServerSideScript'])
    const script = steps[0].inputs.script
    expect(script).toBe(source('token-health.atf.server.js'))
    expect(script).toContain('new x_tether.TetherOAuth()')
    for (const expected of ["shouldbe: 'none', value: health.state", "shouldbe: 'missing_profile'", "shouldbe: 'missing_credentials'", "shouldbe: 'not_oauth'", "shouldbe: 'unknown_connection'", 'shouldbe: true, value: cc.canRegrant']) {
        expect(script).toContain(expected)
    }
    // The ATF script signature ServiceNow documents, and a pass result.
    expect(script).toMatch(/\(function \(outputs, steps, params, stepResult, assertEqual\) \{[\s\S]*return true;\n\}\)\(outputs, steps, params, stepResult, assertEqual\);\s*$/)
})

test('inbound API: ping as an x_tether.integration user answers 200 "ok"; as a user without it, 403', () => {
    const steps = stepsOf('Tether: inbound API status codes')
    expect(steps.map((s) => s.call)).toEqual([
        'server.createUser',
        'server.runServerSideScript',
        'rest.sendRestRequest',
        'rest.assertStatusCode',
        'rest.assertResponsePayload',
        'server.createUser',
        'server.runServerSideScript',
        'rest.sendRestRequest',
        'rest.assertStatusCode',
    ])
    const [createIntegration, integrationUser, pingIntegration, is200, body, createNoRole, noRoleUser, pingNoRole, is403] = steps
    // ATF's own step grants the role (no scoped script writes sys_user_has_role); it impersonates no one.
    expect(createIntegration.inputs).toMatchObject({ roles: roleId('x_tether.integration'), impersonate: '0', fieldValues: 'user_name=atf.tether.integration^web_service_access_only=true^EQ' })
    expect(createNoRole.inputs).toMatchObject({ roles: '', impersonate: '0', fieldValues: 'user_name=atf.tether.norole^web_service_access_only=true^EQ' })
    expect(integrationUser.inputs.script).toBe(source('inbound-integration-user.atf.server.js'))
    expect(integrationUser.inputs.script).toContain("var USER_NAME = 'atf.tether.integration';")
    expect(noRoleUser.inputs.script).toBe(source('inbound-no-role-user.atf.server.js'))
    expect(noRoleUser.inputs.script).toContain("var USER_NAME = 'atf.tether.norole';")
    for (const fixture of [integrationUser, noRoleUser]) {
        // A random password made at run time, handed to a Basic Auth profile the REST step uses.
        expect(fixture.inputs.script).toContain("var password = 'Atf-' + gs.generateGUID() + '-9a!';")
        expect(fixture.inputs.script).toContain("outputs.table = 'sys_auth_profile_basic';")
        expect(fixture.inputs.script).toContain('outputs.record_id = profile.insert();')
    }
    for (const [request, fixture] of [
        [pingIntegration, integrationUser],
        [pingNoRole, noRoleUser],
    ]) {
        expect(request.inputs).toMatchObject({ path: '/api/x_tether/v1/ping', method: 'get', auth: 'basic', basicAuthentication: pill(fixture, 'record_id') })
    }
    expect(is200.inputs).toMatchObject({ operation: 'equals', statusCode: '200' })
    expect(body.inputs).toMatchObject({ operation: 'contains', responseBody: '"status":"ok"' })
    expect(is403.inputs).toMatchObject({ operation: 'equals', statusCode: '403' })

    // The path is the inbound API's GET /ping as built, protected by the integration role's REST ACL.
    const api = recordsOf(app, 'sys_ws_definition', { base_uri: '/api/x_tether/v1' })
    expect(api).toHaveLength(1)
    const ping = recordsOf(app, 'sys_ws_operation', { web_service_definition: api[0].sysId, http_method: 'GET', relative_path: '/ping' })
    expect(ping).toHaveLength(1)
    expect(ping[0].fields.requires_acl_authorization.value).toBe('true')
})

test('connection ACLs: a user may neither insert nor update a connection, a manager may not update it, an admin may insert', () => {
    const steps = stepsOf('Tether: connection ACL denials')
    expect(steps.map((s) => `${s.call} ${s.inputs.table ?? ''}`.trim())).toEqual([
        'server.recordInsert x_tether_process',
        'server.recordInsert x_tether_integration',
        'server.recordInsert x_tether_connection',
        'server.createUser sys_user',
        'server.recordInsert x_tether_connection',
        'server.recordUpdate x_tether_connection',
        'server.createUser sys_user',
        'server.recordUpdate x_tether_connection',
        'server.createUser sys_user',
        'server.recordInsert x_tether_connection',
    ])
    const [process, integration, existing, user, userInsert, userUpdate, manager, managerUpdate, admin, adminInsert] = steps
    // ATF stores boolean inputs as "1"/"0".
    expect(integration.inputs.fieldValues).toContain(`process=${pill(process, 'record_id')}`)
    expect(existing.inputs.fieldValues).toContain(`integration=${pill(integration, 'record_id')}`)
    expect([user, manager, admin].map((u) => [u.inputs.roles, u.inputs.impersonate])).toEqual([
        [roleId('x_tether.user'), '1'],
        [roleId('x_tether.manager'), '1'],
        [roleId('x_tether.admin'), '1'],
    ])
    expect(userInsert.inputs).toMatchObject({ assert: 'record_not_inserted', enforceSecurity: '1' })
    expect(userUpdate.inputs).toMatchObject({ assert: 'record_not_updated', enforceSecurity: '1', recordId: pill(existing, 'record_id') })
    expect(managerUpdate.inputs).toMatchObject({ assert: 'record_not_updated', enforceSecurity: '1', recordId: pill(existing, 'record_id') })
    expect(adminInsert.inputs).toMatchObject({ assert: 'record_successfully_inserted', enforceSecurity: '1' })
    // The denials mirror the built ACLs: connection create and write are for x_tether.admin only.
    for (const operation of ['create', 'write']) {
        const acls = recordsOf(app, 'sys_security_acl', { name: 'x_tether_connection', operation, type: 'record' })
        const roles = acls.flatMap((acl) => recordsOf(app, 'sys_security_acl_role', { sys_security_acl: acl.sysId }).map((r) => r.fields.sys_user_role.display))
        expect(roles).toEqual(['x_tether.admin'])
    }
})

test('one active connection: the insert path and the update path of the rule, and the derived integration flag', () => {
    const steps = stepsOf('Tether: one active connection per integration')
    const shown = steps.map((s) => [s.call, s.inputs.table, s.inputs.fieldValues])
    expect(shown.map(([call, table]) => `${call} ${table}`)).toEqual([
        'server.recordInsert x_tether_process',
        'server.recordInsert x_tether_integration',
        'server.recordInsert x_tether_connection',
        'server.recordValidation x_tether_integration',
        'server.recordInsert x_tether_connection',
        'server.recordValidation x_tether_connection',
        'server.recordValidation x_tether_connection',
        'server.recordUpdate x_tether_connection',
        'server.recordValidation x_tether_connection',
        'server.recordValidation x_tether_connection',
        'server.recordUpdate x_tether_connection',
        'server.recordValidation x_tether_integration',
    ])
    const [, integration, first, integrationOn, second, firstOff, secondOn, firstAgain, secondOff, firstOn, firstOffAgain, integrationOff] = steps
    const a = pill(first, 'record_id')
    const b = pill(second, 'record_id')
    expect(first.inputs.fieldValues).toMatch(/\^active=true\^EQ$/)
    expect(second.inputs.fieldValues).toMatch(/\^active=true\^EQ$/)
    expect(second.inputs.fieldValues).toContain(`integration=${pill(integration, 'record_id')}`)
    expect([integrationOn.inputs.recordId, integrationOn.inputs.fieldValues]).toEqual([pill(integration, 'record_id'), 'active=true^state=active'])
    expect([firstOff.inputs.recordId, firstOff.inputs.fieldValues]).toEqual([a, 'active=false'])
    expect([secondOn.inputs.recordId, secondOn.inputs.fieldValues]).toEqual([b, 'active=true'])
    expect([firstAgain.inputs.recordId, firstAgain.inputs.fieldValues]).toEqual([a, 'active=true^EQ'])
    expect([secondOff.inputs.recordId, secondOff.inputs.fieldValues]).toEqual([b, 'active=false'])
    expect([firstOn.inputs.recordId, firstOn.inputs.fieldValues]).toEqual([a, 'active=true'])
    expect([firstOffAgain.inputs.recordId, firstOffAgain.inputs.fieldValues]).toEqual([a, 'active=false^EQ'])
    expect([integrationOff.inputs.recordId, integrationOff.inputs.fieldValues]).toEqual([pill(integration, 'record_id'), 'active=false^state=off'])
    // Validations default to asserting the record matches.
    for (const v of [integrationOn, firstOff, secondOn, secondOff, firstOn, integrationOff]) expect(v.inputs.assert ?? 'record_validated').toBe('record_validated')
})
