/**
 * Build-output tests for the rest of the app: properties and their defaults, the navigator menu, the
 * absence of secrets anywhere in dist/app, and stable sys_ids across --frozenKeys builds.
 */
import { readFileSync } from 'node:fs'
import { DistApp, readDistApp, recordsOf } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'
import { buildIdsFile } from '../global-setup'

let app: DistApp
beforeAll(() => {
    app = readDistApp(distApp)
})

test('the scope record is x_tether "Tether" with the fixed scopeId', () => {
    const config = JSON.parse(readFileSync('now.config.json', 'utf8'))
    expect(app.scope).toMatchObject({ scope: 'x_tether', name: 'Tether', sysId: config.scopeId })
    expect(config.scopeId).toMatch(/^[0-9a-f]{32}$/)
})

test.each([
    ['x_tether.oauth.refresh_window_seconds', 'integer', '300'],
    ['x_tether.oauth.refresh_fraction_percent', 'integer', '20'],
    ['x_tether.oauth.refresh_jitter_seconds', 'integer', '60'],
    ['x_tether.oauth.regrant_lead_days', 'integer', '14'],
    ['x_tether.oauth.expiry_warning_days', 'integer', '14'],
    ['x_tether.oauth.clock_skew_seconds', 'integer', '60'],
    ['x_tether.oauth.lease_seconds', 'integer', '120'],
    ['x_tether.oauth.backoff_base_seconds', 'integer', '60'],
    ['x_tether.oauth.backoff_max_seconds', 'integer', '300'],
    ['x_tether.log.body_limit', 'integer', '4000'],
    ['x_tether.log.retention_days', 'integer', '30'],
    ['x_tether.log.level', 'choicelist', 'info'],
    ['x_tether.read_role', 'string', 'itil'],
])('property %s is a %s defaulting to %s, admin-only', (name, type, value) => {
    const props = recordsOf(app, 'sys_properties', { name })
    expect(props).toHaveLength(1)
    expect(props[0].fields.type.value).toBe(type)
    expect(props[0].fields.value.value).toBe(value)
    expect(props[0].fields.write_roles.value).toBe('x_tether.admin')
    expect((props[0].fields.description?.value ?? '').length).toBeGreaterThan(20)
})

test('the Tether menu has a module per table and one for the properties, each pointing at a real table', () => {
    const menus = recordsOf(app, 'sys_app_application', { title: 'Tether' })
    expect(menus).toHaveLength(1)
    const modules = recordsOf(app, 'sys_app_module', { application: menus[0].sysId })
    const targets = modules.map((m) => m.fields.name.value)
    for (const table of app.tables.map((t) => t.name)) expect(targets).toContain(table)
    const known = new Set([...app.tables.map((t) => t.name), 'sys_properties'])
    for (const m of modules) {
        expect(known.has(m.fields.name.value)).toBe(true)
        expect(m.fields.link_type.value).toBe('LIST')
        expect(m.fields.roles.value).toMatch(/^x_tether\.(user|manager|admin)$/)
    }
    const props = modules.find((m) => m.fields.name.value === 'sys_properties')!
    expect(props.fields.filter.value).toBe('nameSTARTSWITHx_tether.')
    expect(props.fields.roles.value).toBe('x_tether.admin')
})

test('no secret-looking value anywhere in dist/app', () => {
    const patterns: [string, RegExp][] = [
        ['a bearer token', /Bearer\s+[A-Za-z0-9._~+/-]{16,}/],
        ['a client secret value', /<client_secret>[^<]+<\/client_secret>/],
        ['a password value', /<(password|basic_password|oauth_password|user_password)>[^<]+<\//],
        ['a token value', /<(token|token_received|access_token|refresh_token)>[^<]+<\//],
        ['a JSON secret', /"(client_secret|password|access_token|refresh_token)"\s*:\s*"[^"]+"/],
    ]
    const hits: string[] = []
    for (const file of app.files) {
        for (const [what, re] of patterns) if (re.test(file.text)) hits.push(`${file.path}: ${what}`)
        // A Basic credential is base64 of "user:password".
        for (const m of file.text.matchAll(/Basic\s+([A-Za-z0-9+/]{8,}={0,2})/g)) {
            if (/^[\x20-\x7e]+:[\x20-\x7e]+$/.test(Buffer.from(m[1], 'base64').toString('latin1'))) hits.push(`${file.path}: a basic credential`)
        }
    }
    expect(hits).toEqual([])
    expect(app.files.length).toBeGreaterThan(100)
})

test('a second build with --frozenKeys yields the same sys_ids', () => {
    const { first, second } = JSON.parse(readFileSync(buildIdsFile, 'utf8'))
    expect(Object.keys(first).length).toBeGreaterThan(100)
    expect(second).toEqual(first)
})

test('the nightly job "Tether: purge old logs" runs daily at 02:15 UTC as system, calling the retention module', () => {
    const jobs = recordsOf(app, 'sysauto_script', { name: 'Tether: purge old logs' })
    expect(jobs).toHaveLength(1)
    const f = jobs[0].fields
    expect([f.run_type.value, f.run_time.value, f.time_zone.value, f.active.value, f.run_as?.value ?? '']).toEqual(['daily', '1970-01-01 02:15:00', 'UTC', 'true', ''])
    expect(f.script.value).toContain("require('x_tether/tether/0.1.0/src/server/maintenance/retention.ts')")
    expect(f.script.value).toContain('purgeOldLogsJob()')
})
