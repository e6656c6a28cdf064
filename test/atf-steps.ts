/**
 * Reads the ATF tests of the build output (sys_atf_test, sys_atf_step and each step's
 * sys_variable_value inputs) into steps named like the Fluent ATF API ("rest.sendRestRequest") with
 * their inputs by Fluent parameter name, decoded with the SDK's own table of step configurations.
 * Used by the build-output tests and by the sandbox's ATF runner test.
 */
import { join } from 'node:path'
import type { ToRecordStepMetadata } from '@servicenow/sdk-build-plugins'
import { AppRecord, DistApp, recordsOf } from '../sandbox/dist-app'
import { projectRoot } from '../scripts/lib/sdk'

export interface AtfStep {
    sysId: string
    order: number
    /** "category.method" of the Fluent ATF API, e.g. "rest.sendRestRequest". */
    call: string
    inputs: Record<string, string>
}

/**
 * The SDK's table of ATF step configs, read from its file: the package's index would load the whole
 * build toolchain (seconds) for one constant, and its exports map hides the file itself.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ToRecordStepConfigs } = require(join(projectRoot, 'node_modules', '@servicenow', 'sdk-build-plugins', 'dist', 'atf', 'step-configs.js')) as {
    ToRecordStepConfigs: ToRecordStepMetadata
}

const stepConfigs = new Map<string, { call: string; variables: Map<string, string> }>()
for (const [category, methods] of Object.entries(ToRecordStepConfigs)) {
    for (const [method, meta] of Object.entries(methods as Record<string, { stepConfigId: string; variables: Record<string, { inputVariableId: string }> }>)) {
        const variables = new Map(Object.entries(meta.variables).map(([param, v]) => [v.inputVariableId, param]))
        stepConfigs.set(meta.stepConfigId, { call: `${category}.${method}`, variables })
    }
}

export function atfTest(app: DistApp, name: string): AppRecord {
    const found = recordsOf(app, 'sys_atf_test', { name })
    if (found.length !== 1) throw new Error(`${found.length} ATF tests named "${name}" in the build output`)
    return found[0]
}

/** The steps of a test in run order. */
export function atfSteps(app: DistApp, name: string): AtfStep[] {
    const test = atfTest(app, name)
    return recordsOf(app, 'sys_atf_step', { test: test.sysId })
        .map((s) => {
            const config = stepConfigs.get(s.fields.step_config.value)
            if (!config) throw new Error(`Unknown step config ${s.fields.step_config.value} in ${name}`)
            const inputs: Record<string, string> = {}
            for (const v of recordsOf(app, 'sys_variable_value', { document: 'sys_atf_step', document_key: s.sysId })) {
                const param = config.variables.get(v.fields.variable.value)
                if (!param) throw new Error(`Unknown input variable ${v.fields.variable.value} of ${config.call} in ${name}`)
                inputs[param] = v.fields.value?.value ?? ''
            }
            return { sysId: s.sysId, order: Number(s.fields.order.value), call: config.call, inputs }
        })
        .sort((a, b) => a.order - b.order)
}

/** The data pill a later step uses for an earlier step's output. */
export function pill(step: AtfStep, output: string): string {
    return `{{step['${step.sysId}'].${output}}}`
}
