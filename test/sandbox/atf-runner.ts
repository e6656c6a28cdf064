/**
 * A small ATF runner for the sandbox: runs the steps of a built ATF test that the sandbox can run
 * faithfully, the way ATF does on a real instance. Server steps: Run Server Side Script (with
 * `outputs`, `steps`, `params`, `stepResult` and `assertEqual`), Create a User, Impersonate, Record
 * Insert / Update / Validation (GlideRecordSecure, so ACLs apply, unless the step turns security
 * off), all as the impersonated user. REST steps: Send REST Request - Inbound over HTTP as the Basic
 * Auth profile's user, and the status and payload asserts. Data pills resolve from earlier outputs.
 * Any other step type throws: the sandbox does not pretend to run it. No rollback: the instance is
 * thrown away after the test.
 */
import type { AtfStep } from '../atf-steps'
import { basicAuth, HttpTestInstance } from './helpers'

export interface StepOutcome {
    call: string
    ok: boolean
    detail: string
}

const PILL = /\{\{step\['([0-9a-f]{32})'\]\.(\w+)\}\}/g

/** `a=1^b=2^EQ` (a template value) as [field, value] pairs. */
function parseFieldValues(encoded: string): [string, string][] {
    return encoded
        .replace(/\^EQ$/, '')
        .split('^')
        .filter(Boolean)
        .map((part) => {
            const eq = part.indexOf('=')
            if (eq <= 0) throw new Error(`Sandbox ATF runner: cannot read the field value "${part}"`)
            return [part.slice(0, eq), part.slice(eq + 1)]
        })
}

export async function runAtfSteps(instance: HttpTestInstance, steps: AtfStep[]): Promise<StepOutcome[]> {
    const outputs = new Map<string, Record<string, string>>()
    const resolve = (value: string | undefined): string =>
        (value ?? '').replace(PILL, (_m, id: string, name: string) => {
            const v = outputs.get(id)?.[name]
            if (v === undefined) throw new Error(`ATF data pill ${_m}: no such output of an earlier step`)
            return v
        })
    let last: { status: number; text: string } | undefined
    /** The impersonated user (sys_id) server steps run as; ATF starts as the user who runs the test (admin). */
    let runAs: string | undefined
    const run = <T>(code: string): T => instance.run<T>(code, runAs)
    const results: StepOutcome[] = []
    for (const step of steps) {
        const outcome = await runStep(step)
        results.push({ call: step.call, ...outcome })
        if (!outcome.ok) break // ATF stops a test at its first failed step
    }
    return results

    /** `var gr = …` for a record step: GlideRecordSecure unless the step turns security off. */
    function glideRecord(step: AtfStep): string {
        const secure = (step.inputs.enforceSecurity ?? '1') !== '0'
        return `var gr = new ${secure ? 'GlideRecordSecure' : 'GlideRecord'}(${JSON.stringify(step.inputs.table)})`
    }

    /** gr.setValue(…) for each `field=value` of the step's encoded field values, pills resolved. */
    function setFields(step: AtfStep): string {
        return parseFieldValues(resolve(step.inputs.fieldValues))
            .map(([field, value]) => `gr.setValue(${JSON.stringify(field)}, ${JSON.stringify(value)});`)
            .join(' ')
    }

    async function runStep(step: AtfStep): Promise<{ ok: boolean; detail: string }> {
        switch (step.call) {
            case 'server.runServerSideScript': {
                const earlier = JSON.stringify(Object.fromEntries(outputs))
                const code = `var outputs = {}; var params = {}; var __atfMessage = ''; var __atfAsserts = [];
                    var steps = function (id) { return (${earlier})[id] || {}; };
                    var stepResult = { setOutputMessage: function (m) { __atfMessage = String(m); } };
                    var assertEqual = function (a) {
                        if (a.shouldbe !== a.value) throw new Error('assertEqual "' + a.name + '": expected ' + JSON.stringify(a.shouldbe) + ', got ' + JSON.stringify(a.value));
                        __atfAsserts.push(a.name);
                    };
                    var __atfResult = ${resolve(step.inputs.script)}
                    ;({ result: __atfResult, outputs: outputs, message: __atfMessage, asserts: __atfAsserts.length })`
                let ran: { result: unknown; outputs: Record<string, string>; message: string; asserts: number }
                try {
                    ran = run(code)
                } catch (e) {
                    return { ok: false, detail: e instanceof Error ? e.message : String(e) }
                }
                outputs.set(step.sysId, Object.fromEntries(Object.entries(ran.outputs).map(([k, v]) => [k, String(v)])))
                return { ok: ran.result === true, detail: `${ran.asserts} assertions; ${ran.message}` }
            }
            case 'server.createUser': {
                const fields = Object.fromEntries(parseFieldValues(resolve(step.inputs.fieldValues)))
                const roles = (step.inputs.roles ?? '').split(',').filter(Boolean)
                const userId = instance.run<string>(`
                    var u = new GlideRecord('sys_user'); u.initialize();
                    u.setValue('first_name', ${JSON.stringify(step.inputs.firstName ?? '')}); u.setValue('last_name', ${JSON.stringify(step.inputs.lastName ?? '')});
                    var f = ${JSON.stringify(fields)}; for (var k in f) u.setValue(k, f[k]);
                    var id = u.insert();
                    ${JSON.stringify(roles)}.forEach(function (role) {
                        var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = id; h.role = role; h.state = 'active'; h.insert();
                    });
                    id`)
                outputs.set(step.sysId, { user: userId })
                if (step.inputs.impersonate === '1') runAs = userId
                return { ok: true, detail: `created ${fields.user_name ?? `${step.inputs.firstName} ${step.inputs.lastName}`} with ${roles.length} role(s)${runAs === userId ? ', impersonated' : ''}` }
            }
            case 'server.impersonate': {
                runAs = resolve(step.inputs.user)
                outputs.set(step.sysId, { user: runAs })
                return { ok: true, detail: `impersonating ${runAs}` }
            }
            case 'server.recordInsert': {
                const id = run<string | null>(`${glideRecord(step)}; gr.initialize(); ${setFields(step)}
                    var id = null; try { id = gr.insert(); } catch (e) { id = null; } id`)
                outputs.set(step.sysId, { table: step.inputs.table, record_id: id ?? '' })
                const inserted = Boolean(id)
                const want = (step.inputs.assert || 'record_successfully_inserted') === 'record_successfully_inserted'
                return { ok: inserted === want, detail: `${step.inputs.table} ${inserted ? `inserted ${id}` : 'not inserted'}` }
            }
            case 'server.recordUpdate': {
                const updated = run<boolean>(`${glideRecord(step)}; var ok = gr.get(${JSON.stringify(resolve(step.inputs.recordId))});
                    if (ok) { ${setFields(step)} try { ok = Boolean(gr.update()); } catch (e) { ok = false; } } ok`)
                const want = (step.inputs.assert || 'record_successfully_updated') === 'record_successfully_updated'
                return { ok: updated === want, detail: `${step.inputs.table} ${updated ? 'updated' : 'not updated'}` }
            }
            case 'server.recordValidation': {
                const matches = run<boolean>(`${glideRecord(step)}; gr.addEncodedQuery(${JSON.stringify(resolve(step.inputs.fieldValues))});
                    gr.addQuery('sys_id', ${JSON.stringify(resolve(step.inputs.recordId))}); gr.query(); gr.hasNext()`)
                const want = (step.inputs.assert || 'record_validated') === 'record_validated'
                return { ok: matches === want, detail: `${step.inputs.table} ${matches ? 'matches' : 'does not match'} ${resolve(step.inputs.fieldValues)}` }
            }
            case 'rest.sendRestRequest': {
                if (step.inputs.auth !== 'basic') throw new Error(`Sandbox ATF runner: REST auth "${step.inputs.auth}" is not supported`)
                // Refused rather than dropped: a step with a body or query parameters would otherwise pass here without them.
                for (const input of ['body', 'queryParameters']) {
                    if (step.inputs[input]) throw new Error(`Sandbox ATF runner: REST ${input} is not supported (step ${step.call})`)
                }
                const profile = instance.run<{ user: string; password: string }>(
                    `var p = new GlideRecord('sys_auth_profile_basic'); if (!p.get(${JSON.stringify(resolve(step.inputs.basicAuthentication))})) throw new Error('no such Basic Auth profile');
                     ({ user: p.getValue('username'), password: p.password.getDecryptedValue() })`,
                )
                const headers: Record<string, string> = { ...JSON.parse(step.inputs.headers || '{}'), Authorization: basicAuth(profile.user, profile.password) }
                const res = await fetch(`${instance.url}${resolve(step.inputs.path)}`, { method: (step.inputs.method || 'get').toUpperCase(), headers })
                last = { status: res.status, text: await res.text() }
                return { ok: true, detail: `${step.inputs.method} ${step.inputs.path} as ${profile.user}: ${last.status}` }
            }
            case 'rest.assertStatusCode': {
                if (!last) throw new Error('An assert step must follow a Send REST Request - Inbound step')
                if (step.inputs.operation !== 'equals') throw new Error(`Sandbox ATF runner: operation ${step.inputs.operation} is not supported`)
                return { ok: last.status === Number(step.inputs.statusCode), detail: `status ${last.status}, expected ${step.inputs.statusCode}` }
            }
            case 'rest.assertResponsePayload': {
                if (!last) throw new Error('An assert step must follow a Send REST Request - Inbound step')
                if (step.inputs.operation !== 'contains') throw new Error(`Sandbox ATF runner: operation ${step.inputs.operation} is not supported`)
                return { ok: last.text.includes(step.inputs.responseBody), detail: `body ${last.text.slice(0, 200)}` }
            }
            default:
                throw new Error(`Sandbox ATF runner: ${step.call} steps are not run by the sandbox`)
        }
    }
}
