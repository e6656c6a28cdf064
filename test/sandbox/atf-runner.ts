/**
 * A small ATF runner for the sandbox: runs the "Run Server Side Script" and REST steps of a built
 * ATF test against an in-process instance, the way ATF does on a real one — scripts with `outputs`,
 * `steps`, `params`, `stepResult` and `assertEqual`, data pills resolved from earlier outputs, a
 * "Send REST Request - Inbound" over HTTP as the Basic Auth profile's user, assert steps on its
 * answer. Any other step type throws: the sandbox does not pretend to run it. No rollback: the
 * instance is thrown away after the test.
 */
import type { AtfStep } from '../atf-steps'
import { basicAuth, HttpTestInstance } from './helpers'

export interface StepOutcome {
    call: string
    ok: boolean
    detail: string
}

const PILL = /\{\{step\['([0-9a-f]{32})'\]\.(\w+)\}\}/g

export async function runAtfSteps(instance: HttpTestInstance, steps: AtfStep[]): Promise<StepOutcome[]> {
    const outputs = new Map<string, Record<string, string>>()
    const resolve = (value: string | undefined): string =>
        (value ?? '').replace(PILL, (_m, id: string, name: string) => {
            const v = outputs.get(id)?.[name]
            if (v === undefined) throw new Error(`ATF data pill ${_m}: no such output of an earlier step`)
            return v
        })
    let last: { status: number; text: string } | undefined
    const results: StepOutcome[] = []
    for (const step of steps) {
        const outcome = await runStep(step)
        results.push({ call: step.call, ...outcome })
        if (!outcome.ok) break // ATF stops a test at its first failed step
    }
    return results

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
                    ran = instance.run(code)
                } catch (e) {
                    return { ok: false, detail: e instanceof Error ? e.message : String(e) }
                }
                outputs.set(step.sysId, Object.fromEntries(Object.entries(ran.outputs).map(([k, v]) => [k, String(v)])))
                return { ok: ran.result === true, detail: `${ran.asserts} assertions; ${ran.message}` }
            }
            case 'server.createUser': {
                if (step.inputs.impersonate === '1') throw new Error('Sandbox ATF runner: impersonation is not supported')
                const fields: Record<string, string> = {}
                for (const part of (step.inputs.fieldValues ?? '').replace(/\^EQ$/, '').split('^').filter(Boolean)) {
                    const eq = part.indexOf('=')
                    fields[part.slice(0, eq)] = part.slice(eq + 1)
                }
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
                return { ok: true, detail: `created ${fields.user_name ?? userId} with ${roles.length} role(s)` }
            }
            case 'rest.sendRestRequest': {
                if (step.inputs.auth !== 'basic') throw new Error(`Sandbox ATF runner: REST auth "${step.inputs.auth}" is not supported`)
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
