/**
 * A readable inventory of a built Tether app: what an admin gets when the package is installed.
 */
import { DistApp, recordsOf } from '../../sandbox/dist-app'

export interface AppSummary {
    scope: string
    version: string
    tables: { name: string; label: string; columns: number; acls: number }[]
    roles: { name: string; contains: string[] }[]
    properties: { name: string; value: string }[]
    businessRules: { name: string; table: string; when: string }[]
    jobs: { name: string; runType: string }[]
    apis: { name: string; basePath: string; routes: string[] }[]
    scriptIncludes: string[]
    modules: string[]
    forms: string[]
    uiActions: { name: string; table: string; roles: string[] }[]
    uiPolicies: string[]
    uiPages: string[]
    atfTests: string[]
    serverModules: number
}

export function summarise(app: DistApp): AppSummary {
    const roleName = new Map(recordsOf(app, 'sys_user_role').map((r) => [r.sysId, r.fields.name?.value ?? '']))
    const acls = recordsOf(app, 'sys_security_acl')
    const operations = recordsOf(app, 'sys_ws_operation')
    return {
        scope: app.scope.scope,
        version: app.scope.version,
        tables: app.tables.map((t) => ({
            name: t.name,
            label: t.label,
            columns: t.columns.length,
            acls: acls.filter((a) => (a.fields.name?.value ?? '').split('.')[0] === t.name).length,
        })),
        roles: [...roleName.entries()]
            .sort((a, b) => a[1].localeCompare(b[1]))
            .map(([id, name]) => ({
            name,
            contains: recordsOf(app, 'sys_user_role_contains')
                .filter((c) => c.fields.role?.value === id)
                .map((c) => c.fields.contains?.display ?? roleName.get(c.fields.contains?.value ?? '') ?? '?'),
        })),
        properties: recordsOf(app, 'sys_properties')
            .map((p) => ({ name: p.fields.name.value, value: p.fields.value?.value ?? '' }))
            .sort((a, b) => a.name.localeCompare(b.name)),
        businessRules: recordsOf(app, 'sys_script').map((b) => ({
            name: b.fields.name.value,
            table: b.fields.collection?.value ?? '',
            when: `${b.fields.when?.value ?? ''} ${['insert', 'update', 'delete', 'query']
                .filter((a) => b.fields[`action_${a}`]?.value === 'true')
                .join('/')}`.trim(),
        })),
        jobs: recordsOf(app, 'sysauto_script').map((j) => ({ name: j.fields.name.value, runType: j.fields.run_type?.value ?? '' })),
        apis: recordsOf(app, 'sys_ws_definition').map((d) => ({
            name: d.fields.name.value,
            basePath: d.fields.base_uri?.value ?? '',
            routes: operations
                .filter((o) => o.fields.web_service_definition?.value === d.sysId)
                .map((o) => `${o.fields.http_method?.value ?? ''} ${o.fields.operation_uri?.value ?? ''}`),
        })),
        scriptIncludes: recordsOf(app, 'sys_script_include').map((s) => s.fields.api_name?.value ?? s.fields.name.value),
        modules: recordsOf(app, 'sys_app_module')
            .sort((a, b) => Number(a.fields.order?.value ?? 0) - Number(b.fields.order?.value ?? 0))
            .map((m) => `${m.fields.title.value} → ${m.fields.name?.value ?? ''}`),
        forms: recordsOf(app, 'sys_ui_form').map((f) => f.fields.name?.value ?? '').sort(),
        uiActions: recordsOf(app, 'sys_ui_action')
            .sort((a, b) => (a.fields.table?.value ?? '').localeCompare(b.fields.table?.value ?? '') || Number(a.fields.order?.value ?? 0) - Number(b.fields.order?.value ?? 0))
            .map((a) => ({
            name: a.fields.name.value,
            table: a.fields.table?.value ?? '',
            roles: recordsOf(app, 'sys_ui_action_role', { sys_ui_action: a.sysId }).map((r) => r.fields.sys_user_role?.display ?? ''),
        })),
        uiPolicies: recordsOf(app, 'sys_ui_policy').map((p) => p.fields.short_description?.value ?? ''),
        uiPages: recordsOf(app, 'sys_ui_page').map((p) => p.fields.endpoint?.value ?? p.fields.name?.value ?? ''),
        atfTests: recordsOf(app, 'sys_atf_test').map((t) => t.fields.name?.value ?? ''),
        serverModules: recordsOf(app, 'sys_module').length,
    }
}

export function formatSummary(s: AppSummary): string {
    const lines: string[] = []
    const none = (list: unknown[]) => (list.length === 0 ? ['  (none yet)'] : [])
    lines.push(`Application ${s.scope} ${s.version}`)
    lines.push(`Tables (${s.tables.length}):`)
    for (const t of s.tables) lines.push(`  ${t.name.padEnd(24)} ${t.label.padEnd(22)} ${String(t.columns).padStart(2)} fields, ${t.acls} ACLs`)
    lines.push(`Roles (${s.roles.length}):`)
    for (const r of s.roles) lines.push(`  ${r.name}${r.contains.length ? ` (contains ${r.contains.join(', ')})` : ''}`)
    lines.push(`Business rules (${s.businessRules.length}):`)
    for (const b of s.businessRules) lines.push(`  ${b.name} [${b.table}, ${b.when}]`)
    lines.push(`Scheduled jobs (${s.jobs.length}):`)
    for (const j of s.jobs) lines.push(`  ${j.name} (${j.runType})`)
    lines.push(...none(s.jobs))
    lines.push(`Scripted REST APIs (${s.apis.length}):`)
    for (const a of s.apis) lines.push(`  ${a.name} ${a.basePath}: ${a.routes.join(', ')}`)
    lines.push(...none(s.apis))
    lines.push(`Script includes (${s.scriptIncludes.length}):`)
    for (const si of s.scriptIncludes) lines.push(`  ${si}`)
    lines.push(...none(s.scriptIncludes))
    lines.push(`System properties (${s.properties.length}):`)
    for (const p of s.properties) lines.push(`  ${p.name} = ${p.value}`)
    lines.push(`Navigator modules (${s.modules.length}):`)
    for (const m of s.modules) lines.push(`  ${m}`)
    lines.push(`Forms (${s.forms.length}): ${s.forms.join(', ')}`)
    lines.push(`UI actions (${s.uiActions.length}):`)
    for (const a of s.uiActions) lines.push(`  ${a.name} [${a.table}${a.roles.length ? `, ${a.roles.join(', ')}` : ''}]`)
    lines.push(`UI policies (${s.uiPolicies.length}):`)
    for (const p of s.uiPolicies) lines.push(`  ${p}`)
    lines.push(`UI pages (${s.uiPages.length}): ${s.uiPages.join(', ')}`)
    lines.push(`ATF tests (${s.atfTests.length}):`)
    for (const t of s.atfTests) lines.push(`  ${t}`)
    lines.push(...none(s.atfTests))
    lines.push(`Server modules: ${s.serverModules} sys_module records`)
    return lines.join('\n')
}

/** One line: what the package holds, for the npm start report. */
export function oneLineSummary(s: AppSummary): string {
    const routes = s.apis.reduce((n, a) => n + a.routes.length, 0)
    return [
        `${s.tables.length} tables (${s.tables.map((t) => t.name.replace('x_tether_', '')).join(', ')})`,
        `${s.roles.length} roles`,
        `${s.tables.reduce((n, t) => n + t.acls, 0)} table ACLs`,
        `${s.businessRules.length} business rules`,
        `${s.jobs.length} scheduled job${s.jobs.length === 1 ? '' : 's'}`,
        `${s.apis.length} REST APIs (${routes} routes)`,
        `${s.scriptIncludes.length} script includes`,
        `${s.properties.length} properties`,
        `${s.forms.length} forms`,
        `${s.uiActions.length} UI actions`,
        `${s.uiPolicies.length} UI policies`,
        `${s.uiPages.length} UI page${s.uiPages.length === 1 ? '' : 's'}`,
        `${s.atfTests.length} ATF tests`,
    ].join(' · ')
}
