/**
 * The sandbox's Glide runtime against the real build: install fidelity and upgrade in place, query
 * semantics through GlideRecord, business-rule order and abort, password2 at rest, ACLs in
 * GlideRecordSecure, the app's own rules, jobs under the virtual clock, and loud failures.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readDistApp } from '../../sandbox/dist-app'
import { distApp } from '../../scripts/lib/sdk'
import { createUser, START, startInstance, TestInstance } from './helpers'

describe('install from the build output', () => {
    let inst: TestInstance
    beforeAll(() => {
        inst = startInstance()
    })
    afterAll(() => inst.close())

    test('every table and column of the build exists, with the system columns', () => {
        const app = readDistApp(distApp)
        for (const table of app.tables) {
            const cols = new Set(inst.core.store.columns(table.name).map((c) => c.name))
            for (const c of table.columns) expect(cols.has(c.name)).toBe(true)
            for (const sys of ['sys_id', 'sys_created_on', 'sys_created_by', 'sys_updated_on', 'sys_updated_by', 'sys_mod_count', 'sys_class_name']) {
                expect(cols.has(sys)).toBe(true)
            }
        }
    })

    test('every record of the build is loaded with its sys_id and values', () => {
        const app = readDistApp(distApp)
        const update = app.records.filter((r) => r.folder === 'update')
        expect(update.length).toBeGreaterThan(200)
        for (const r of update) {
            const row = inst.core.store.getRow(r.table, r.sysId)
            expect(row).toBeDefined()
            for (const [field, v] of Object.entries(r.fields)) {
                const column = inst.core.store.column(r.table, field)
                if (column?.type === 'boolean') expect(row![field]).toBe(v.value === 'true' ? '1' : v.value === '' ? null : '0')
                else expect(row![field] ?? '').toBe(v.value)
            }
        }
    })

    test('choices of the app tables are in sys_choice', () => {
        const states = inst.core.query('sys_choice', 'name=x_tether_transaction^element=state^ORDERBYsequence').map((r) => r.value)
        expect(states).toEqual(['queued', 'sending', 'awaiting_receipt', 'complete', 'error', 'timed_out', 'ignored'])
    })

    test('the platform tables the app touches exist with their documented columns', () => {
        const expected: Record<string, string[]> = {
            sys_user: ['user_name', 'active', 'locked_out', 'user_password'],
            oauth_entity: ['client_id', 'client_secret', 'access_token_lifespan', 'refresh_token_lifespan', 'token_url', 'type'],
            oauth_credential: ['token', 'token_received', 'expires', 'oauth_requestor_profile', 'user', 'peer'],
            oauth_requestor_profile: ['oauth_entity_profile', 'requestor_context', 'requestor_id'],
            sysauto_script: ['run_type', 'run_period', 'run_start', 'run_as'],
            incident: ['number', 'short_description', 'state', 'correlation_id'],
        }
        for (const [table, cols] of Object.entries(expected)) {
            const have = inst.core.store.columns(table).map((c) => c.name)
            expect(have).toEqual(expect.arrayContaining(cols))
        }
        expect(inst.core.store.column('oauth_entity', 'client_secret')?.type).toBe('password2')
    })
})

describe('upgrade in place', () => {
    test('a newer build updates the same sys_ids, deletes what it dropped, and keeps runtime data', () => {
        const inst = startInstance()
        const dir = mkdtempSync(join(tmpdir(), 'tether-build-'))
        try {
            const procId = inst.run<string>(`var p = new GlideRecord('x_tether_process'); p.name='Incident'; p.api_name='incident'; p.target_table='incident'; p.insert()`)
            cpSync(distApp, dir, { recursive: true })
            const app = readDistApp(dir)
            const prop = app.records.find((r) => r.table === 'sys_properties' && r.fields.name.value === 'x_tether.log.body_limit')!
            const dropped = app.records.find((r) => r.table === 'sys_properties' && r.fields.name.value === 'x_tether.log.level')!
            const propFile = join(dir, prop.file)
            writeFileSync(propFile, readFileSync(propFile, 'utf8').replace('<value>4000</value>', '<value>8000</value>'))
            rmSync(join(dir, dropped.file))
            const scopeFile = join(dir, 'scope', readdirSync(join(dir, 'scope'))[0])
            writeFileSync(scopeFile, readFileSync(scopeFile, 'utf8').replace(/<version>[^<]+<\/version>/, '<version>0.2.0</version>'))

            const report = inst.core.install(dir)
            expect(report).toMatchObject({ previousVersion: '0.1.0', version: '0.2.0', inserted: 0 })
            expect(report.deleted).toBe(1)
            expect(inst.core.store.getRow('sys_properties', prop.sysId)?.value).toBe('8000')
            expect(inst.core.store.getRow('sys_properties', dropped.sysId)).toBeUndefined()
            expect(inst.run(`var g = new GlideRecord('x_tether_process'); g.get('${procId}') ? g.getValue('api_name') : 'lost'`)).toBe('incident')
        } finally {
            inst.close()
            rmSync(dir, { recursive: true, force: true })
        }
    })
})

describe('GlideRecord query semantics', () => {
    let inst: TestInstance
    beforeAll(() => {
        inst = startInstance()
        inst.run(`
            var p = new GlideRecord('x_tether_process'); p.name='P'; p.api_name='p'; p.target_table='incident'; var pid = p.insert();
            [['alpha', 3, true, 'up'], ['beta', 10, false, 'down'], ['gamma', 9, true, 'awaiting'], ['delta', 0, false, 'up'], ['Alpha two', 25, true, 'down']]
            .forEach(function (r, i) {
                var g = new GlideRecord('x_tether_integration'); g.initialize();
                g.name = r[0]; g.process = pid; g.retry_limit = r[1]; g.status = r[3]; g.partner = i % 2 ? '' : 'ACME ' + i; g.insert();
            });`)
    })
    afterAll(() => inst.close())

    const names = (setup: string) =>
        inst.run<string[]>(`var g = new GlideRecord('x_tether_integration'); ${setup}; g.query(); var out = []; while (g.next()) out.push(g.getValue('name')); out`)

    test.each([
        [`g.addQuery('retry_limit', '>', 5); g.orderBy('name')`, ['Alpha two', 'beta', 'gamma']],
        [`g.addQuery('retry_limit', '<=', 9); g.orderBy('retry_limit')`, ['delta', 'alpha', 'gamma']],
        [`g.addQuery('retry_limit', '>=', 10); g.orderByDesc('retry_limit')`, ['Alpha two', 'beta']],
        [`g.addQuery('name', 'alpha')`, ['alpha']],
        [`g.addQuery('name', '!=', 'alpha'); g.orderBy('name')`, ['Alpha two', 'beta', 'delta', 'gamma']],
        [`g.addQuery('name', 'IN', 'beta,delta'); g.orderBy('name')`, ['beta', 'delta']],
        [`g.addQuery('name', 'NOT IN', ['beta', 'delta', 'gamma']); g.orderBy('name')`, ['alpha', 'Alpha two']],
        [`g.addQuery('name', 'STARTSWITH', 'al'); g.orderBy('retry_limit')`, ['alpha', 'Alpha two']],
        [`g.addEncodedQuery('nameSTARTSWITHal^ORDERBYDESCname')`, ['Alpha two', 'alpha']],
        [`g.addQuery('name', 'CONTAINS', 'MM'); g.orderBy('name')`, ['gamma']],
        [`g.addNullQuery('partner'); g.orderBy('name')`, ['beta', 'delta']],
        [`g.addNotNullQuery('partner'); g.orderBy('name')`, ['alpha', 'Alpha two', 'gamma']],
        [`g.addEncodedQuery('status=up^ORstatus=down^retry_limit<20^ORDERBYname')`, ['alpha', 'beta', 'delta']],
        [`g.addEncodedQuery('name=alpha^NQname=gamma^ORDERBYDESCname')`, ['gamma', 'alpha']],
        [`g.addEncodedQuery('partnerISEMPTY^ORDERBYname')`, ['beta', 'delta']],
        [`g.addEncodedQuery('partnerISNOTEMPTY^retry_limit>3^ORDERBYname')`, ['Alpha two', 'gamma']],
        [`g.addEncodedQuery('process.api_name=p^retry_limit=0')`, ['delta']],
        [`g.addQuery('status', 'up').addOrCondition('retry_limit', 25); g.orderBy('name')`, ['alpha', 'Alpha two', 'delta']],
        [`g.orderBy('retry_limit'); g.setLimit(2)`, ['delta', 'alpha']],
    ])('%s', (setup, expected) => {
        expect(names(setup)).toEqual(expected)
    })

    test('get, getRowCount, hasNext, getDisplayValue of a reference and a choice, isValidRecord', () => {
        const out = inst.run<Record<string, unknown>>(`
            var g = new GlideRecord('x_tether_integration'); g.addQuery('retry_limit', '>', 5); g.query();
            var count = g.getRowCount(); var has = g.hasNext();
            var one = new GlideRecord('x_tether_integration'); var found = one.get('name', 'beta');
            var missing = new GlideRecord('x_tether_integration').get('0123456789abcdef0123456789abcdef');
            ({ count: count, has: has, found: found, valid: one.isValidRecord(), process: one.getDisplayValue('process'),
               status: one.getDisplayValue('status'), limit: one.getValue('retry_limit'), missing: missing, active: one.getValue('active') })`)
        expect(out).toEqual({ count: 3, has: true, found: true, valid: true, process: 'P', status: 'Down', limit: '10', missing: false, active: '0' })
    })

    test('an encoded query on an unknown field fails loudly instead of matching everything', () => {
        expect(() => names(`g.addEncodedQuery('no_such_field=1')`)).toThrow(/Unknown field x_tether_integration.no_such_field/)
    })

    test('records read (the benchmark counter): rows handed out by next() and get(), per table, until reset', () => {
        inst.core.recordsRead({ reset: true })
        inst.run(`
            var g = new GlideRecord('x_tether_integration'); g.addQuery('retry_limit', '>', 5); g.query();
            g.next(); g.next();                                    // 2 of the 3 matching rows are read
            var one = new GlideRecord('x_tether_integration'); one.get('name', 'beta');
            new GlideRecord('x_tether_integration').get('0123456789abcdef0123456789abcdef');   // no row: nothing read
            var p = new GlideRecord('x_tether_process'); p.query(); while (p.next()) {}
            var none = new GlideRecord('x_tether_integration'); none.addQuery('name', 'nobody'); none.query(); none.next();`)
        expect(inst.core.recordsRead({ reset: true })).toEqual({ x_tether_integration: 3, x_tether_process: 1 })
        expect(inst.core.recordsRead()).toEqual({})
        inst.run(`var g = new GlideRecordSecure('x_tether_integration'); g.query(); while (g.next()) {}`)
        expect(inst.core.recordsRead()).toEqual({ x_tether_integration: 5 })
    })
})

describe('business rules', () => {
    let inst: TestInstance
    beforeAll(() => {
        inst = startInstance()
        // Three before-insert rules on incident, out of order in the table, one of them aborting.
        inst.run(`
            function rule(name, order, when, script, condition) {
                var r = new GlideRecord('sys_script'); r.initialize(); r.name = name; r.collection = 'incident'; r.when = when;
                r.order = order; r.action_insert = true; r.action_update = true; r.active = true; r.script = script;
                if (condition) r.condition = condition; r.insert();
            }
            rule('third', 300, 'before', "current.description = (current.description || '') + 'C';");
            rule('first', 100, 'before', "current.description = 'A';");
            rule('second', 200, 'before', "current.description = current.description + 'B';");
            rule('abort', 150, 'before', "current.setAbortAction(true);", "current.short_description == 'forbidden'");
            rule('after', 100, 'after', "gs.info('after ' + current.operation() + ' ' + current.description + ' changed=' + current.short_description.changes());");`)
    })
    afterAll(() => inst.close())

    test('before rules run in order and change the record; after rules see the saved record', () => {
        const id = inst.run<string>(`var i = new GlideRecord('incident'); i.short_description = 'ok'; i.insert()`)
        expect(inst.core.store.getRow('incident', id)?.description).toBe('ABC')
        expect(inst.core.query('syslog', 'messageSTARTSWITHafter insert').map((r) => r.message)).toEqual(['after insert ABC changed=true'])
    })

    test('setAbortAction in a before rule stops the insert and the later rules', () => {
        const result = inst.run(`var i = new GlideRecord('incident'); i.short_description = 'forbidden'; i.insert()`)
        expect(result).toBeNull()
        expect(inst.core.query('incident', 'short_description=forbidden')).toHaveLength(0)
    })

    test('update passes previous, and changes() compares with it', () => {
        const id = inst.run<string>(`var i = new GlideRecord('incident'); i.short_description = 'x'; i.insert()`)
        inst.run(`var i = new GlideRecord('incident'); i.get('${id}'); i.priority = 1; i.update()`)
        expect(inst.core.query('syslog', 'messageSTARTSWITHafter update').map((r) => r.message)).toEqual(['after update ABC changed=false'])
        expect(inst.core.store.getRow('incident', id)?.sys_mod_count).toBe('1')
    })

    test('setWorkflow(false) skips business rules', () => {
        const id = inst.run<string>(`var i = new GlideRecord('incident'); i.setWorkflow(false); i.short_description = 'quiet'; i.insert()`)
        expect(inst.core.store.getRow('incident', id)?.description ?? null).toBeNull()
    })
})

describe("the app's one-active-connection rule", () => {
    test('activating a connection deactivates the others and keeps integration.active derived', () => {
        const inst = startInstance()
        try {
            const out = inst.run<Record<string, unknown>>(`
                var p = new GlideRecord('x_tether_process'); p.name='Incident'; p.api_name='incident'; p.target_table='incident'; var pid = p.insert();
                var i = new GlideRecord('x_tether_integration'); i.name='ACME'; i.process=pid; var iid = i.insert();
                function conn(name, env, active) { var c = new GlideRecord('x_tether_connection'); c.name=name; c.integration=iid; c.environment=env; c.authentication='none'; c.active=active; return c.insert() }
                function integ() { var g = new GlideRecord('x_tether_integration'); g.get(iid); return g.getValue('active') + '/' + g.getValue('state') }
                function actives() { var c = new GlideRecord('x_tether_connection'); c.addQuery('integration', iid); c.addQuery('active', true); c.orderBy('name'); c.query(); var out = []; while (c.next()) out.push(c.getValue('name')); return out.join(',') }
                var before = integ();
                var dev = conn('dev', 'development', true); var afterDev = integ();
                var test = conn('test', 'test', true); var afterTest = actives();
                var c = new GlideRecord('x_tether_connection'); c.get(dev); c.active = true; c.update(); var afterReactivate = actives();
                c.active = false; c.update(); var afterOff = integ();
                ({ before: before, afterDev: afterDev, afterTest: afterTest, afterReactivate: afterReactivate, afterOff: afterOff })`)
            expect(out).toEqual({ before: '0/off', afterDev: '1/active', afterTest: 'test', afterReactivate: 'dev', afterOff: '0/off' })
        } finally {
            inst.close()
        }
    })
})

describe('password2 at rest', () => {
    test('is encrypted in the database and readable only through getDecryptedValue()', () => {
        const inst = startInstance()
        try {
            const id = inst.run<string>(`
                var p = new GlideRecord('x_tether_process'); p.name='P'; p.api_name='p'; p.target_table='incident'; var pid = p.insert();
                var i = new GlideRecord('x_tether_integration'); i.name='I'; i.process=pid; var iid = i.insert();
                var c = new GlideRecord('x_tether_connection'); c.name='c'; c.integration=iid; c.basic_password = 'S3cret-Value!'; c.insert()`)
            const raw = inst.core.store.getRow('x_tether_connection', id)!.basic_password!
            expect(raw).not.toContain('S3cret-Value!')
            expect(raw).toMatch(/^enc1:/)
            const out = inst.run<string[]>(`var c = new GlideRecord('x_tether_connection'); c.get('${id}');
                [c.getValue('basic_password') === ${JSON.stringify(raw)} ? 'stored' : 'other', c.basic_password.getDecryptedValue(), c.getDisplayValue('basic_password')]`)
            expect(out).toEqual(['stored', 'S3cret-Value!', '********'])
            const file = readFileSync(join(inst.dir, 'instance.db'))
            expect(file.includes(Buffer.from('S3cret-Value!'))).toBe(false)
        } finally {
            inst.close()
        }
    })
})

describe('ACLs in GlideRecordSecure', () => {
    let inst: TestInstance
    let connId: string
    beforeAll(() => {
        inst = startInstance()
        connId = inst.run<string>(`
            var p = new GlideRecord('x_tether_process'); p.name='P'; p.api_name='p'; p.target_table='incident'; var pid = p.insert();
            var i = new GlideRecord('x_tether_integration'); i.name='I'; i.process=pid; var iid = i.insert();
            var t = new GlideRecord('x_tether_transaction'); t.integration = iid; t.insert();
            var c = new GlideRecord('x_tether_connection'); c.name='c'; c.integration=iid; c.basic_password='pw-Value-1'; c.insert()`)
        createUser(inst, 'tadmin', ['x_tether.admin'])
        createUser(inst, 'tmanager', ['x_tether.manager'])
        createUser(inst, 'tuser', ['x_tether.user'])
        createUser(inst, 'tintegration', ['x_tether.integration'])
        createUser(inst, 'agent', ['itil'])
        createUser(inst, 'nobody', [])
    })
    afterAll(() => inst.close())

    const observe = (user: string) =>
        inst.run<Record<string, unknown>>(
            `var c = new GlideRecordSecure('x_tether_connection'); c.query(); var n = c.getRowCount(); c.next();
             var secret = n > 0 ? c.getValue('basic_password') : null;
             var t = new GlideRecordSecure('x_tether_transaction'); t.query();
             var w = new GlideRecordSecure('x_tether_connection'); var wrote = false;
             if (w.get('${connId}')) { w.name = 'renamed by ${user}'; wrote = w.update() !== null }
             var ins = new GlideRecordSecure('x_tether_process'); ins.name = 'x'; ins.api_name = '${user}'; ins.target_table = 'incident';
             ({ connections: n, secretReadable: secret !== null, transactions: t.getRowCount(), wrote: wrote, created: ins.insert() !== null })`,
            user,
        )

    test.each([
        ['tadmin', { connections: 1, secretReadable: true, transactions: 1, wrote: true, created: true }],
        ['tmanager', { connections: 1, secretReadable: false, transactions: 1, wrote: false, created: false }],
        ['tuser', { connections: 0, secretReadable: false, transactions: 1, wrote: false, created: false }],
        ['agent', { connections: 0, secretReadable: false, transactions: 1, wrote: false, created: false }],
        ['tintegration', { connections: 0, secretReadable: false, transactions: 0, wrote: false, created: false }],
        ['nobody', { connections: 0, secretReadable: false, transactions: 0, wrote: false, created: false }],
    ])('%s', (user, expected) => {
        expect(observe(user)).toEqual(expected)
    })

    test('gs.hasRole follows containment, and admin has every role', () => {
        expect(inst.run(`[gs.hasRole('x_tether.user'), gs.hasRole('x_tether.admin')]`, 'tmanager')).toEqual([true, false])
        expect(inst.run(`gs.hasRole('x_tether.integration')`, 'admin')).toBe(true)
    })
})

describe('scheduled jobs on the virtual clock', () => {
    test('periodic and daily jobs come due at their times, each slot once', () => {
        // Without the app, so that only this test's jobs are scheduled.
        const inst = startInstance({ install: false })
        try {
            inst.run(`
                var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = 'every 5 min'; j.run_type = 'periodically';
                j.run_period = '1970-01-01 00:05:00'; j.run_start = '2026-01-05 09:00:00'; j.active = true; j.script = "gs.info('tick')"; j.insert();
                var d = new GlideRecord('sysauto_script'); d.initialize(); d.name = 'daily 03:00'; d.run_type = 'daily';
                d.run_time = '1970-01-01 03:00:00'; d.active = true; d.script = "gs.info('daily')"; d.insert();`)
            expect(inst.core.nextDueJob()).toEqual({ at: START, job: 'every 5 min' })
            expect(inst.core.runDueJobs().map((r) => r.job)).toEqual(['every 5 min'])
            expect(inst.core.runDueJobs()).toEqual([])
            expect(inst.core.nextDueJob()).toEqual({ at: START + 5 * 60000, job: 'every 5 min' })
            inst.setTime(START + 17 * 3600000 + 60000) // 02:01 next day: missed slots run once
            expect(inst.core.runDueJobs().map((r) => r.job)).toEqual(['every 5 min'])
            expect(inst.core.nextDueJob()).toEqual({ at: START + 17 * 3600000 + 5 * 60000, job: 'every 5 min' })
            inst.setTime(Date.UTC(2026, 0, 6, 3, 0, 0))
            expect(inst.core.runDueJobs().map((r) => r.job).sort()).toEqual(['daily 03:00', 'every 5 min'])
            expect(inst.core.query('syslog', 'message=tick')).toHaveLength(3)
            expect(inst.core.query('syslog', 'message=daily')).toHaveLength(1)
        } finally {
            inst.close()
        }
    })

    test('a job that throws is reported and logged, and the next still runs', () => {
        const inst = startInstance()
        try {
            inst.run(`var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = 'broken'; j.run_type = 'on_demand'; j.active = true;
                j.script = "throw new Error('boom')"; j.insert();`)
            const run = inst.core.runJob('broken')
            expect(run).toMatchObject({ job: 'broken', ok: false, error: 'boom' })
            expect(inst.core.query('syslog', 'level=2^messageCONTAINSboom')).toHaveLength(1)
        } finally {
            inst.close()
        }
    })
})

describe('unsupported calls fail loudly', () => {
    let inst: TestInstance
    beforeAll(() => {
        inst = startInstance({ install: false })
    })
    afterAll(() => inst.close())

    test.each([
        [`gs.sleep(1000)`, /gs\.sleep/],
        [`new GlideDateTime().setTZ('Europe/Paris')`, /GlideDateTime\.setTZ/],
        [`var g = new GlideRecord('incident'); g.addJoinQuery('task')`, /GlideRecord\.addJoinQuery/],
        [`var g = new GlideRecord('incident'); g.no_such_thing`, /no_such_thing/],
        [`sn_ws.SOAPMessageV2`, /sn_ws\.SOAPMessageV2/],
    ])('%s', (code, message) => {
        expect(() => inst.run(code)).toThrow(message)
    })

    test('a GlideRecord on a table that does not exist says so', () => {
        expect(() => inst.run(`var g = new GlideRecord('x_nope'); g.query()`)).toThrow(/Invalid table name "x_nope"/)
    })
})

describe('UI action server scripts', () => {
    test('run with current as the record, for a user with the action roles, and report their messages', () => {
        const inst = startInstance({ install: false })
        try {
            createUser(inst, 'agent', ['itil'])
            createUser(inst, 'guest.user', [])
            const id = inst.run<string>(`
                var a = new GlideRecord('sys_ui_action'); a.initialize(); a.name = 'Escalate'; a.action_name = 'escalate'; a.table = 'incident';
                a.roles = 'itil'; a.condition = 'current.priority > 1'; a.active = true;
                a.script = "current.priority = 1; current.update(); gs.addInfoMessage('Escalated ' + current.number);"; a.insert();
                var i = new GlideRecord('incident'); i.short_description = 'slow'; i.priority = 3; i.insert()`)
            const ok = inst.core.invokeUiAction('escalate', 'incident', id, { user: 'agent' })
            const number = inst.core.store.getRow('incident', id)!.number
            expect(ok).toMatchObject({ ok: true, messages: [{ type: 'info', text: `Escalated ${number}` }] })
            expect(inst.core.store.getRow('incident', id)!.priority).toBe('1')
            // The condition is now false; a user without the role is refused; an unknown action is named.
            expect(inst.core.invokeUiAction('escalate', 'incident', id, { user: 'agent' })).toMatchObject({ ok: false, error: expect.stringMatching(/condition/) })
            expect(inst.core.invokeUiAction('escalate', 'incident', id, { user: 'guest.user' })).toMatchObject({ ok: false, error: expect.stringMatching(/lacks the roles/) })
            expect(inst.core.invokeUiAction('nope', 'incident', id)).toMatchObject({ ok: false, error: 'No active UI action "nope" on incident' })
        } finally {
            inst.close()
        }
    })
})
