/**
 * Business rules (sys_script) as the platform runs them around a database operation: the active
 * rules of the table for the operation, before or after it, in `order` (then name); a rule runs when
 * its filter condition matches the record and its condition script is true; `current.setAbortAction(true)`
 * in a before rule stops the operation. "async" rules run after the operation, like after rules,
 * but in their own session as the system user (the platform queues them). Query and display rules
 * are not run. A script error is logged to syslog with source "Evaluator" and the operation goes
 * on, as on the platform; an unsupported Glide call is rethrown so it cannot pass unnoticed.
 */
import type { Runtime } from './runtime'
import type { GlideRecordImpl } from './glide-record'
import { matchesRecord, parseEncodedQuery } from './encoded-query'
import { errorMessage, SandboxUnsupportedError } from './unsupported'

interface RuleRow {
    sys_id: string
    name: string
    collection: string
    when: string
    order: string | null
    condition: string | null
    filter_condition: string | null
    script: string | null
    action_insert: string | null
    action_update: string | null
    action_delete: string | null
}

export type When = 'before' | 'after'
export type Operation = 'insert' | 'update' | 'delete'

export class BusinessRules {
    private generation = -1
    private byTable = new Map<string, RuleRow[]>()

    constructor(private readonly rt: Runtime) {}

    private rulesFor(table: string): RuleRow[] {
        if (this.generation !== this.rt.codeGeneration) {
            this.generation = this.rt.codeGeneration
            this.byTable.clear()
        }
        let rules = this.byTable.get(table)
        if (!rules) {
            rules = this.rt.store
                .prepare(`SELECT * FROM sys_script WHERE collection = ? AND (active = '1' OR active IS NULL)`)
                .all(table) as RuleRow[]
            rules.sort((a, b) => Number(a.order ?? 100) - Number(b.order ?? 100) || a.name.localeCompare(b.name))
            this.byTable.set(table, rules)
        }
        return rules
    }

    run(when: When, operation: Operation, current: GlideRecordImpl, previous: GlideRecordImpl | null): void {
        const rules = this.rulesFor(current.getTableName()).filter((r) => {
            const phase = r.when ?? 'before'
            const matchesPhase = when === 'before' ? phase === 'before' : phase === 'after' || phase === 'async'
            return matchesPhase && r[`action_${operation}`] === '1'
        })
        for (const rule of rules) {
            if (when === 'before' && current.isActionAborted()) return
            try {
                if (rule.filter_condition) {
                    const parsed = parseEncodedQuery(rule.filter_condition)
                    const get = (f: string) => current.getValue(f)
                    if (!matchesRecord(current.getTableName(), parsed, get, this.rt.store.resolveField, this.rt.relatedValue)) continue
                }
                const vars = { current, previous }
                if (rule.condition && rule.condition.trim() !== '') {
                    const ok = this.rt.scripts.evaluate(rule.condition, vars, `sys_script:${rule.name}:condition`)
                    if (!ok) continue
                }
                const run = () => this.rt.scripts.evaluate(rule.script ?? '', vars, `sys_script:${rule.name}`)
                if (rule.when === 'async') this.rt.withSession({ ...this.rt.sessionFor('system') }, run)
                else run()
            } catch (e) {
                if (e instanceof SandboxUnsupportedError) throw e
                const message = errorMessage(e)
                this.rt.log(2, `Evaluator: business rule "${rule.name}" on ${current.getTableName()} failed: ${message}`, 'Evaluator')
            }
        }
    }
}
