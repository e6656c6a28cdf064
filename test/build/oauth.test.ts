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
    expect(events.sort()).toEqual(['x_tether.token.expiring@x_tether_connection', 'x_tether.token.reauth_required@x_tether_connection'])
})

test('the connection table is indexed on next_refresh_at, so the job reads only due connections', () => {
    const table = app.tables.find((t) => t.name === 'x_tether_connection')!
    expect(table.indexes.map((i) => i.columns)).toContainEqual(['next_refresh_at'])
})
