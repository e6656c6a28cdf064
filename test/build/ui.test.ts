/**
 * Build-output tests for the integrator UI: every form's sections and fields, the annotations that
 * say what to enter, list columns, related lists, UI policies, UI actions (condition, roles,
 * placement), the Get OAuth Token dialog and the navigator modules with their filters.
 */
import { AppRecord, DistApp, readDistApp, recordsOf } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'

let app: DistApp
beforeAll(() => {
    app = readDistApp(distApp)
})

const v = (r: AppRecord, f: string): string => r.fields[f]?.value ?? ''
const byPosition = (a: AppRecord, b: AppRecord): number => Number(v(a, 'position')) - Number(v(b, 'position'))

/** A form as built: section captions in order, each with its field names (annotations as "note") in order. */
function formOf(table: string): { caption: string; fields: string[] }[] {
    const forms = recordsOf(app, 'sys_ui_form', { name: table })
    expect(forms).toHaveLength(1)
    expect(v(forms[0], 'view')).toBe('Default view')
    return recordsOf(app, 'sys_ui_form_section', { sys_ui_form: forms[0].sysId })
        .sort(byPosition)
        .map((link) => {
            const section = recordsOf(app, 'sys_ui_section').find((s) => s.sysId === v(link, 'sys_ui_section'))!
            const fields = recordsOf(app, 'sys_ui_element', { sys_ui_section: section.sysId })
                .sort(byPosition)
                .filter((e) => v(e, 'type') === '' || v(e, 'type') === 'annotation')
                .map((e) => (v(e, 'type') === 'annotation' ? 'note' : v(e, 'element')))
            return { caption: v(section, 'caption'), fields }
        })
}

const forms: Record<string, { caption: string; fields: string[] }[]> = {
    x_tether_connection: [
        { caption: 'Outbound', fields: ['name', 'integration', 'environment', 'active', 'note', 'endpoint_url'] },
        { caption: 'Authentication', fields: ['note', 'authentication', 'oauth_profile', 'grant_type', 'basic_user', 'oauth_username', 'oauth_password', 'basic_password'] },
        {
            caption: 'OAuth token health',
            fields: ['note', 'token_state', 'access_expires', 'next_refresh_at', 'last_refresh_at', 'refresh_issued', 'refresh_expires', 'consecutive_failures', 'last_error'],
        },
        { caption: 'Inbound', fields: ['note', 'inbound_user'] },
    ],
    x_tether_integration: [
        { caption: 'Integration', fields: ['name', 'process', 'partner', 'state', 'status', 'active', 'last_heartbeat_at', 'note', 'description'] },
        { caption: 'Delivery', fields: ['retry_limit', 'retry_delay_seconds', 'backoff', 'sync_timeout_seconds', 'heartbeat_minutes'] },
    ],
    x_tether_process: [{ caption: 'Process', fields: ['name', 'api_name', 'target_table', 'active', 'note', 'description'] }],
    x_tether_message: [{ caption: 'Message', fields: ['name', 'integration', 'type', 'direction', 'path', 'active'] }],
    x_tether_transaction: [
        { caption: 'Transaction', fields: ['number', 'integration', 'connection', 'message', 'bond', 'direction', 'state', 'attempts', 'holds_queue', 'replay_of', 'error'] },
        { caption: 'Queue', fields: ['queued_at', 'next_attempt_at', 'sending_since', 'message_id', 'external_message_id', 'send_owner'] },
        { caption: 'Payload', fields: ['payload'] },
    ],
    x_tether_http_request: [
        {
            caption: 'Request',
            fields: ['number', 'transaction', 'connection', 'direction', 'method', 'state', 'status_code', 'duration_ms', 'attempt', 'next_attempt_at', 'url', 'error'],
        },
        { caption: 'Headers and bodies (secrets redacted)', fields: ['request_headers', 'request_body', 'response_headers', 'response_body'] },
    ],
    x_tether_bond: [{ caption: 'Bond', fields: ['number', 'integration', 'state', 'table', 'document', 'internal_reference', 'external_reference'] }],
    x_tether_token_event: [
        { caption: 'Token event', fields: ['connection', 'event', 'grant_type', 'fingerprint', 'http_status', 'error_code', 'duration_ms', 'access_expires', 'refresh_expires', 'detail'] },
    ],
}

test.each(Object.keys(forms))('the %s form has its sections, fields and annotations in order', (table) => {
    expect(formOf(table)).toEqual(forms[table])
})

test('every form field is a column of its table, and every configuration column is on its form', () => {
    const hidden: Record<string, string[]> = {
        // Tether's own bookkeeping: not for people to read or edit.
        x_tether_connection: ['access_issued', 'access_fingerprint', 'refresh_fingerprint', 'expiry_warned', 'lease_owner', 'lease_until'],
    }
    for (const table of Object.keys(forms)) {
        const columns = app.tables.find((t) => t.name === table)!.columns.map((c) => c.name)
        const onForm = forms[table].flatMap((s) => s.fields).filter((f) => f !== 'note')
        for (const f of onForm) expect(columns).toContain(f)
        expect(columns.filter((c) => !onForm.includes(c)).sort()).toEqual((hidden[table] ?? []).sort())
    }
})

test('the connection form annotations say where to find what to enter on the other instance', () => {
    const texts = recordsOf(app, 'sys_ui_annotation').map((a) => v(a, 'text'))
    expect(texts.some((t) => t.includes('/api/x_tether/v1') && t.includes('Endpoint URL'))).toBe(true)
    expect(texts.some((t) => t.includes('Application Registry') && t.includes('/oauth_token.do') && t.includes('Get OAuth Token'))).toBe(true)
    expect(texts.some((t) => t.includes('Needs re-authorisation') && t.includes('refresh OAuth tokens'))).toBe(true)
    expect(texts.some((t) => t.includes('x_tether.integration') && t.includes('nothing broader'))).toBe(true)
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(1000)
})

/** Columns of the list layout for a table (optionally the related list on a parent form). */
function listColumns(table: string, parent?: string): string[] {
    const lists = recordsOf(app, 'sys_ui_list', { name: table }).filter((l) => v(l, 'parent') === (parent ?? ''))
    expect(lists).toHaveLength(1)
    return recordsOf(app, 'sys_ui_list_element', { list_id: lists[0].sysId }).sort(byPosition).map((e) => v(e, 'element'))
}

test.each([
    ['x_tether_connection', undefined, ['name', 'integration', 'environment', 'active', 'authentication', 'token_state', 'access_expires', 'refresh_expires', 'next_refresh_at', 'consecutive_failures', 'last_error']],
    ['x_tether_integration', undefined, ['name', 'process', 'partner', 'state', 'status', 'active', 'last_heartbeat_at']],
    ['x_tether_transaction', undefined, ['number', 'integration', 'message', 'direction', 'state', 'attempts', 'queued_at', 'sys_updated_on', 'error']],
    ['x_tether_http_request', undefined, ['number', 'sys_created_on', 'direction', 'method', 'url', 'status_code', 'duration_ms', 'attempt', 'state', 'connection']],
    ['x_tether_token_event', undefined, ['sys_created_on', 'connection', 'event', 'grant_type', 'http_status', 'error_code', 'duration_ms', 'refresh_expires']],
    ['x_tether_process', undefined, ['name', 'api_name', 'target_table', 'active']],
    ['x_tether_message', undefined, ['name', 'integration', 'type', 'direction', 'path', 'active']],
    ['x_tether_bond', undefined, ['number', 'integration', 'table', 'internal_reference', 'external_reference', 'state']],
    ['x_tether_token_event', 'x_tether_connection', ['sys_created_on', 'event', 'grant_type', 'http_status', 'error_code', 'duration_ms', 'refresh_expires']],
    ['x_tether_http_request', 'x_tether_connection', ['number', 'sys_created_on', 'direction', 'method', 'status_code', 'duration_ms', 'state']],
    ['x_tether_http_request', 'x_tether_transaction', ['number', 'sys_created_on', 'attempt', 'method', 'url', 'status_code', 'duration_ms', 'state']],
    ['x_tether_connection', 'x_tether_integration', ['name', 'environment', 'active', 'authentication', 'token_state', 'refresh_expires', 'last_error']],
    ['x_tether_message', 'x_tether_integration', ['name', 'type', 'direction', 'path', 'active']],
    ['x_tether_transaction', 'x_tether_integration', ['number', 'message', 'direction', 'state', 'attempts', 'queued_at', 'error']],
])('the %s list (related to %s) shows the columns an operator scans', (table, parent, columns) => {
    expect(listColumns(table, parent)).toEqual(columns)
})

test.each([
    ['x_tether_connection', ['x_tether_token_event.connection', 'x_tether_http_request.connection']],
    ['x_tether_integration', ['x_tether_connection.integration', 'x_tether_message.integration', 'x_tether_transaction.integration']],
    ['x_tether_transaction', ['x_tether_http_request.transaction']],
    ['x_tether_process', ['x_tether_integration.process']],
    ['x_tether_bond', ['x_tether_transaction.bond']],
])('the %s form has its related lists, in order', (table, entries) => {
    const containers = recordsOf(app, 'sys_ui_related_list', { name: table })
    expect(containers).toHaveLength(1)
    expect(v(containers[0], 'view')).toBe('Default view')
    const got = recordsOf(app, 'sys_ui_related_list_entry', { list_id: containers[0].sysId }).sort(byPosition).map((e) => v(e, 'related_list'))
    expect(got).toEqual(entries)
    // Each entry follows a real reference field back to the form's table.
    for (const entry of got) {
        const [child, field] = entry.split('.')
        const column = app.tables.find((t) => t.name === child)!.columns.find((c) => c.name === field)!
        expect(column.reference).toBe(table)
    }
})

/** The UI policies as built: condition, reverse, and each action's settings. */
function policy(shortDescription: string): { conditions: string; reverse: string; onLoad: string; actions: Record<string, Record<string, string>> } {
    const found = recordsOf(app, 'sys_ui_policy', { short_description: shortDescription })
    expect(found).toHaveLength(1)
    const p = found[0]
    expect(v(p, 'table')).toBe('x_tether_connection')
    const actions: Record<string, Record<string, string>> = {}
    for (const a of recordsOf(app, 'sys_ui_policy_action', { ui_policy: p.sysId })) {
        actions[v(a, 'field')] = { visible: v(a, 'visible'), mandatory: v(a, 'mandatory'), disabled: v(a, 'disabled'), message: v(a, 'field_message') }
    }
    return { conditions: v(p, 'conditions'), reverse: v(p, 'reverse_if_false'), onLoad: v(p, 'on_load'), actions }
}

test('UI policy: the OAuth fields and token health show (profile and grant mandatory) only for OAuth 2.0', () => {
    const p = policy('Tether: OAuth fields only for OAuth 2.0')
    expect(p).toMatchObject({ conditions: 'authentication=oauth2', reverse: 'true', onLoad: 'true' })
    expect(Object.keys(p.actions).sort()).toEqual(
        ['oauth_profile', 'grant_type', 'token_state', 'access_expires', 'refresh_issued', 'refresh_expires', 'next_refresh_at', 'last_refresh_at', 'consecutive_failures', 'last_error'].sort(),
    )
    for (const a of Object.values(p.actions)) expect(a.visible).toBe('true')
    expect(p.actions.oauth_profile.mandatory).toBe('true')
    expect(p.actions.grant_type.mandatory).toBe('true')
})

test('UI policy: the OAuth user fields only for the password grant; the Basic fields only for Basic', () => {
    const pw = policy('Tether: OAuth user fields only for the password grant')
    expect(pw).toMatchObject({ conditions: 'authentication=oauth2^grant_type=password', reverse: 'true' })
    expect(Object.keys(pw.actions).sort()).toEqual(['oauth_password', 'oauth_username'])
    const basic = policy('Tether: Basic fields only for Basic authentication')
    expect(basic).toMatchObject({ conditions: 'authentication=basic', reverse: 'true' })
    expect(basic.actions.basic_user).toMatchObject({ visible: 'true', mandatory: 'true' })
    expect(basic.actions.basic_password.visible).toBe('true')
})

test('UI policy: token health is read-only on the form, always', () => {
    const p = policy('Tether: token health is read-only')
    expect(p.conditions).toBe('')
    expect(Object.keys(p.actions)).toHaveLength(8)
    for (const a of Object.values(p.actions)) expect(a.disabled).toBe('true')
    // And the dictionary agrees: nobody writes them through a form or list either.
    const columns = app.tables.find((t) => t.name === 'x_tether_connection')!.columns
    for (const f of Object.keys(p.actions)) expect(columns.find((c) => c.name === f)!.readOnly).toBe(true)
})

test('UI policy: secrets are write-only, with a message saying so; their values are admin-only and masked', () => {
    const p = policy('Tether: secrets are write-only')
    expect(Object.keys(p.actions).sort()).toEqual(['basic_password', 'oauth_password'])
    for (const a of Object.values(p.actions)) expect(a.message).toMatch(/Write-only.*never shown|Write-only and optional/)
    const columns = app.tables.find((t) => t.name === 'x_tether_connection')!.columns
    for (const f of ['basic_password', 'oauth_password']) expect(columns.find((c) => c.name === f)!.type).toBe('password2')
})

test('UI policy: an active connection needs an endpoint URL', () => {
    const p = policy('Tether: an active connection needs an endpoint URL')
    expect(p).toMatchObject({ conditions: 'active=true', reverse: 'true' })
    expect(p.actions.endpoint_url.mandatory).toBe('true')
})

/** UI actions as built, by name: table, condition, roles, placement and what their script calls. */
function uiAction(table: string, name: string): { condition: string; roles: string[]; fields: AppRecord } {
    const found = recordsOf(app, 'sys_ui_action', { table, name })
    expect(found).toHaveLength(1)
    const roles = recordsOf(app, 'sys_ui_action_role', { sys_ui_action: found[0].sysId }).map((r) => r.fields.sys_user_role.display ?? '')
    return { condition: v(found[0], 'condition'), roles, fields: found[0] }
}

const serverActions: [string, string, string, string, string][] = [
    ['x_tether_connection', 'Refresh Token', "current.authentication == 'oauth2' && !current.refresh_expires.nil() && current.token_state != 'needs_reauth' && current.token_state != 'revoked'", 'x_tether.manager', 'refreshTokenAction'],
    ['x_tether_connection', 'Revoke Token', "current.authentication == 'oauth2' && current.token_state != 'none' && current.token_state != 'revoked' && (!current.access_expires.nil() || !current.refresh_expires.nil())", 'x_tether.admin', 'revokeTokenAction'],
    ['x_tether_connection', 'Test Connection', '!current.endpoint_url.nil()', 'x_tether.manager', 'testConnectionAction'],
    ['x_tether_connection', 'Activate', "current.getValue('active') != '1'", 'x_tether.admin', 'activateAction'],
    ['x_tether_connection', 'Deactivate', "current.getValue('active') == '1'", 'x_tether.admin', 'deactivateAction'],
    ['x_tether_integration', 'Pause', "current.state == 'active'", 'x_tether.manager', 'pauseAction'],
    ['x_tether_integration', 'Resume', "current.state == 'paused'", 'x_tether.manager', 'resumeAction'],
    ['x_tether_integration', 'Repair', 'new x_tether.TetherClient().hasRepairable(current.getUniqueValue())', 'x_tether.manager', 'repairAction'],
    ['x_tether_transaction', 'Replay', "current.direction == 'outbound' && (current.state == 'error' || current.state == 'timed_out' || current.state == 'ignored')", 'x_tether.manager', 'replayAction'],
    ['x_tether_transaction', 'Ignore', "current.direction == 'outbound' && (current.state == 'queued' || current.state == 'error' || current.state == 'timed_out')", 'x_tether.manager', 'ignoreAction'],
    ['x_tether_transaction', 'Process Now', "current.direction == 'outbound' && (current.state == 'queued' || current.getValue('holds_queue') == '1')", 'x_tether.manager', 'processNowAction'],
]

test.each(serverActions)('UI action %s "%s": condition, role, form button on existing records, module script', (table, name, condition, role, fn) => {
    const a = uiAction(table, name)
    expect(a.condition).toBe(condition)
    expect(a.roles).toEqual([role])
    expect(v(a.fields, 'form_button')).toBe('true')
    expect(v(a.fields, 'show_update')).toBe('true')
    expect(v(a.fields, 'show_insert')).toBe('false')
    expect(v(a.fields, 'client')).not.toBe('true')
    expect(v(a.fields, 'action_name')).toMatch(/^x_tether_/)
    expect(v(a.fields, 'hint').length).toBeGreaterThan(10)
    expect(v(a.fields, 'script')).toContain(`require('x_tether/tether/0.1.0/src/server/ui/`)
    expect(v(a.fields, 'script')).toContain(`${fn}(current)`)
})

test('destructive actions are styled so (Revoke Token, Deactivate, Ignore)', () => {
    for (const [table, name] of [['x_tether_connection', 'Revoke Token'], ['x_tether_connection', 'Deactivate'], ['x_tether_transaction', 'Ignore']]) {
        expect(v(uiAction(table, name).fields, 'form_style')).toBe('destructive')
    }
})

test('Get OAuth Token is a client action for admins that opens the dialog UI page; the page posts to a processing script', () => {
    const a = uiAction('x_tether_connection', 'Get OAuth Token')
    expect(a.condition).toBe("current.authentication == 'oauth2' && !current.oauth_profile.nil()")
    expect(a.roles).toEqual(['x_tether.admin'])
    expect(v(a.fields, 'client')).toBe('true')
    expect(v(a.fields, 'onclick')).toBe('tetherOpenGetTokenDialog()')
    expect(v(a.fields, 'script')).toContain("new Dialog('x_tether_get_oauth_token')")
    expect(v(a.fields, 'script')).toContain("setPreference('sysparm_sys_id', g_form.getUniqueValue())")
    // A scoped page is named without the scope; GlideModal and the URL use the endpoint name.
    const pages = recordsOf(app, 'sys_ui_page', { endpoint: 'x_tether_get_oauth_token.do' })
    expect(pages).toHaveLength(1)
    expect(v(pages[0], 'name')).toBe('get_oauth_token')
    const html = v(pages[0], 'html')
    for (const input of ['tether_connection', 'tether_username', 'tether_password', 'tether_store']) expect(html).toContain(`name="${input}"`)
    expect(html).toContain('type="password"')
    expect(html).toContain('<g:ui_form>')
    const processing = v(pages[0], 'processing_script')
    expect(processing).toContain("require('x_tether/tether/0.1.0/src/server/ui/connection-actions.ts')")
    expect(processing).toContain('getOAuthTokenFromDialog(id, username, password, store)')
    expect(processing).not.toMatch(/gs\.(info|warn|error|log)\(/)
})

test.each([
    ['Connections needing attention', 'x_tether_connection', 'active=true^authentication=oauth2^token_stateINneeds_reauth,error^ORexpiry_warned=true^ORDERBYrefresh_expires', 'x_tether.manager'],
    ['Errored transactions', 'x_tether_transaction', 'stateINerror,timed_out^ORDERBYDESCsys_updated_on', 'x_tether.user'],
    ['Token events today', 'x_tether_token_event', 'sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()^ORDERBYDESCsys_created_on', 'x_tether.user'],
])('module "%s" lists %s filtered by %s', (title, table, filter, role) => {
    const modules = recordsOf(app, 'sys_app_module', { title })
    expect(modules).toHaveLength(1)
    expect(v(modules[0], 'name')).toBe(table)
    expect(v(modules[0], 'filter')).toBe(filter)
    expect(v(modules[0], 'roles')).toBe(role)
    expect(v(modules[0], 'link_type')).toBe('LIST')
})
