/**
 * Build-output tests for the token lifecycle: the script include's bridge resolves to a built
 * module, the refresh job runs every five minutes as system, the revocation rules, the events.
 */
import { DistApp, readDistApp, recordsOf } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'

let app: DistApp
beforeAll(() => {
    app = readDistApp(distApp)
})

test('x_tether.TetherOAuth bridges to a module that is in the build (the path carries the package version)', () => {
    const si = recordsOf(app, 'sys_script_include', { api_name: 'x_tether.TetherOAuth' })
    expect(si).toHaveLength(1)
    const script = si[0].fields.script.value
    const path = /require\('([^']+)'\)/.exec(script)![1]
    expect(recordsOf(app, 'sys_module', { path })).toHaveLength(1)
    for (const method of ['requestToken', 'getAccessToken', 'refreshDue', 'revoke', 'getHealth']) expect(script).toContain(`${method}: function`)
})

test('the refresh job runs every 5 minutes, as system, from a fixed start', () => {
    const jobs = recordsOf(app, 'sysauto_script', { name: 'Tether: refresh OAuth tokens' })
    expect(jobs).toHaveLength(1)
    expect(jobs[0].fields).toMatchObject({
        run_type: { value: 'periodically' },
        run_period: { value: '1970-01-01 00:05:00' },
        run_start: { value: '2025-01-01 00:00:00' },
        run_as: { value: '' },
        active: { value: 'true' },
    })
    expect(jobs[0].fields.script.value).toContain('refreshDueJob()')
})

test('deactivating or deleting a connection revokes its tokens', () => {
    const rules = recordsOf(app, 'sys_script', { collection: 'x_tether_connection' })
    const onUpdate = rules.find((r) => r.fields.script.value.includes('revokeOnDeactivate'))!
    expect([onUpdate.fields.when.value, onUpdate.fields.action_update.value]).toEqual(['after', 'true'])
    const onDelete = rules.find((r) => r.fields.script.value.includes('revokeOnDelete'))!
    expect([onDelete.fields.when.value, onDelete.fields.action_delete.value]).toEqual(['after', 'true'])
})

test('the expiry and re-authorisation events are registered on the connection table', () => {
    const events = recordsOf(app, 'sysevent_register').map((e) => `${e.fields.event_name.value}@${e.fields.table.value}`)
    expect(events.sort()).toEqual(['x_tether.integration.status@x_tether_integration', 'x_tether.token.expiring@x_tether_connection', 'x_tether.token.reauth_required@x_tether_connection'])
})

test('the connection table is indexed on next_refresh_at, so the job reads only due connections', () => {
    const table = app.tables.find((t) => t.name === 'x_tether_connection')!
    expect(table.indexes.map((i) => i.columns)).toContainEqual(['next_refresh_at'])
})

test('the provider registry ships inactive, with lifespans and without a client id or secret (first install only)', () => {
    const registry = app.records.filter((r) => r.table === 'oauth_entity')
    expect(registry).toHaveLength(1)
    expect(registry[0].folder).toBe('unload')
    expect(registry[0].fields).toMatchObject({ type: { value: 'client' }, active: { value: 'false' }, access_token_lifespan: { value: '1800' }, refresh_token_lifespan: { value: '8640000' } })
    expect(registry[0].fields.client_secret).toBeUndefined()
    expect(registry[0].fields.client_id).toBeUndefined()
})

test('the admin API: token, test and health routes for Tether admins; health readable by Tether users', () => {
    const api = recordsOf(app, 'sys_ws_definition', { base_uri: '/api/x_tether/admin' })
    expect(api).toHaveLength(1)
    const acl = (name: string) => recordsOf(app, 'sys_security_acl', { name })[0]
    const aclRoles = (id: string) => recordsOf(app, 'sys_security_acl_role', { sys_security_acl: id }).map((r) => r.fields.sys_user_role.display)
    const routes = recordsOf(app, 'sys_ws_operation', { web_service_definition: api[0].sysId }).map((o) => ({
        route: `${o.fields.http_method.value} ${o.fields.relative_path.value}`,
        roles: aclRoles(o.fields.enforce_acl.value),
        auth: o.fields.requires_authentication.value,
    }))
    expect(routes.sort((a, b) => a.route.localeCompare(b.route))).toEqual([
        { route: 'GET /connections/{sys_id}/health', roles: ['x_tether.admin'], auth: 'true' },
        { route: 'GET /health', roles: ['x_tether.user'], auth: 'true' },
        { route: 'POST /connections/{sys_id}/test', roles: ['x_tether.admin'], auth: 'true' },
        { route: 'POST /connections/{sys_id}/token', roles: ['x_tether.admin'], auth: 'true' },
        { route: 'POST /integrations/{sys_id}/incident-scenario', roles: ['x_tether.admin'], auth: 'true' },
    ])
    expect(aclRoles(acl('Tether inbound API').sysId)).toEqual(['x_tether.integration'])
})

test('both jobs run only where they have work: conditions that depend on data, not on the clock', () => {
    const refresh = recordsOf(app, 'sysauto_script', { name: 'Tether: refresh OAuth tokens' })[0]
    expect(refresh.fields.conditional.value).toBe('true')
    expect(refresh.fields.condition.value).toMatch(/authentication', 'oauth2'/)
    const worker = recordsOf(app, 'sysauto_script', { name: 'Tether: send queued messages' })
    expect(worker).toHaveLength(1)
    expect(worker[0].fields).toMatchObject({ run_type: { value: 'periodically' }, run_period: { value: '1970-01-01 00:01:00' }, conditional: { value: 'true' } })
    // queued, or left in sending by a node that died mid-send (the worker sends it again once stale)
    expect(worker[0].fields.condition.value).toMatch(/state', 'IN', 'queued,sending'/)
    expect(worker[0].fields.script.value).toContain('processQueuesJob()')
})
