import { GlideRecord, gs } from '@servicenow/glide'
import { redactSecrets } from '../shared/redact'
import { log } from '../shared/log'

/**
 * How every Tether UI action ends: the user sees the outcome (an info or an error message) and the
 * system log records who did what to which record, and how it went. No secret reaches either.
 */

export interface ActionOutcome {
    ok: boolean
    message: string
}

export function reportOutcome(current: GlideRecord, action: string, outcome: ActionOutcome): ActionOutcome {
    const message = redactSecrets(outcome.message)
    if (outcome.ok) gs.addInfoMessage(message)
    else gs.addErrorMessage(message)
    const label = String(current.getValue(current.isValidField('number') ? 'number' : 'name') || '')
    const record = `${current.getTableName()} "${label}" (${current.getUniqueValue()})`
    const line = `Tether UI: ${gs.getUserName()} used ${action} on ${record}: ${outcome.ok ? 'done' : 'failed'}: ${message}`
    log(outcome.ok ? 'info' : 'warn', line)
    // Back to the record's form, where the message shows (a server UI action otherwise returns to the previous page).
    gs.setRedirect(`${current.getTableName()}.do?sys_id=${current.getUniqueValue()}`)
    return { ok: outcome.ok, message }
}

/** True when the session user has the role; otherwise reports the refusal. UI actions check their roles too; this guards direct calls. */
export function requireRole(current: GlideRecord, action: string, role: string): boolean {
    if (gs.hasRole(role)) return true
    reportOutcome(current, action, { ok: false, message: `${action} needs the ${role} role.` })
    return false
}
