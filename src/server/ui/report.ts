import { GlideRecord, gs } from '@servicenow/glide'
import { redactSecrets } from '../shared/redact'

/**
 * How every Tether UI action ends: the user sees the outcome (an info or an error message) and the
 * system log records who did what to which record, and how it went. No secret reaches either.
 */

export const ADMIN = 'x_tether.admin'
export const MANAGER = 'x_tether.manager'

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
    // The audit trail of who did what: written whatever x_tether.log.level says (the level quiets
    // Tether's own operational lines, not this).
    if (outcome.ok) gs.info(line)
    else gs.warn(line)
    // Back to the record's form, where the message shows (a server UI action otherwise returns to the previous page).
    gs.setRedirect(`${current.getTableName()}.do?sys_id=${current.getUniqueValue()}`)
    return { ok: outcome.ok, message }
}

/** The refusal, reported, when the session user lacks the role; undefined when they have it. UI actions check their roles too; this guards direct calls. */
export function refusedWithout(role: string, current: GlideRecord, action: string): ActionOutcome | undefined {
    if (gs.hasRole(role)) return undefined
    return reportOutcome(current, action, { ok: false, message: `${action} needs the ${role} role.` })
}
