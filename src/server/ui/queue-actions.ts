import { GlideRecord } from '@servicenow/glide'
import { ignore, pause, processNow, repair, replay, resume } from '../transport/queue'
import { ActionOutcome, MANAGER, refusedWithout, reportOutcome } from './report'

/**
 * The queue's UI actions: Pause, Resume and Repair on an integration; Replay, Ignore and Process Now
 * on a transaction. Operators (x_tether.manager) use them; each reports its outcome.
 */

export function pauseAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Pause')
    if (refused) return refused
    const ok = pause(current.getUniqueValue())
    return reportOutcome(current, 'Pause', ok
        ? { ok: true, message: 'Integration paused: outbound messages wait in the queue, in order, until Resume.' }
        : { ok: false, message: `Only an active integration can be paused (it is ${current.getDisplayValue('state') || current.getValue('state')}).` })
}

export function resumeAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Resume')
    if (refused) return refused
    const sent = resume(current.getUniqueValue())
    return reportOutcome(current, 'Resume', sent < 0
        ? { ok: false, message: 'Only a paused integration can be resumed.' }
        : { ok: true, message: `Integration resumed: ${sent} queued message${sent === 1 ? '' : 's'} sent.` })
}

export function repairAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Repair')
    if (refused) return refused
    const results = repair(current.getUniqueValue())
    if (results.length === 0) return reportOutcome(current, 'Repair', { ok: true, message: 'Nothing to repair: no errored or timed-out transactions.' })
    const failed = results.filter((r) => !r.ok)
    const numbers = results.filter((r) => r.ok).map((r) => r.number)
    const message = `Replayed ${numbers.length} transaction${numbers.length === 1 ? '' : 's'} in queue order${numbers.length ? `: ${numbers.join(', ')}` : ''}.` +
        (failed.length ? ` ${failed.length} could not be replayed: ${failed.map((r) => r.message).join('; ')}` : '')
    return reportOutcome(current, 'Repair', { ok: failed.length === 0, message })
}

export function replayAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Replay')
    if (refused) return refused
    const result = replay(current.getUniqueValue())
    return reportOutcome(current, 'Replay', result.ok
        ? { ok: true, message: `${result.message} The copy is ${result.state}; this one is now Ignored.` }
        : { ok: false, message: result.message })
}

export function ignoreAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Ignore')
    if (refused) return refused
    const state = String(current.getValue('state'))
    const ok = ignore(current.getUniqueValue())
    return reportOutcome(current, 'Ignore', ok
        ? { ok: true, message: 'Transaction ignored: it will not be sent. The later messages of this integration wait until Process Now.' }
        : { ok: false, message: `A ${state} transaction cannot be ignored.` })
}

export function processNowAction(current: GlideRecord): ActionOutcome {
    const refused = refusedWithout(MANAGER, current, 'Process Now')
    if (refused) return refused
    const sent = processNow(current.getUniqueValue())
    return reportOutcome(current, 'Process Now', sent < 0
        ? { ok: false, message: 'The transaction no longer exists.' }
        : { ok: true, message: `Queue released: ${sent} message${sent === 1 ? '' : 's'} sent.` })
}
