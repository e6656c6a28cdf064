import { GlideRecord, gs } from '@servicenow/glide'
import { checkPartnerUrl, UrlProblem } from './url-check'
import { checkProfile } from '../oauth/token-client'
import { isTrue } from '../shared/values'

/**
 * Business-rule logic: a connection is saved only with settings Tether can use safely. The endpoint
 * must be https (http for loopback only) without credentials in it; an active OAuth 2.0 connection
 * needs an OAuth profile whose registry is an active third-party OAuth provider with such a token
 * URL. A refused save shows each problem and changes nothing.
 */

export interface SettingsProblem {
    code: string
    message: string
}

function changed(current: GlideRecord, field: string): boolean {
    const element = (current as unknown as Record<string, { changes?(): boolean } | undefined>)[field]
    return current.operation() === 'insert' || Boolean(element && element.changes && element.changes())
}

/**
 * Every problem with a connection's settings as they would be saved. Only what this save sets is
 * judged: deactivating a connection (or a ledger update) is never refused over an older setting.
 */
export function connectionProblems(current: GlideRecord): SettingsProblem[] {
    const problems: SettingsProblem[] = []
    const endpoint = String(current.getValue('endpoint_url') || '')
    if (endpoint && changed(current, 'endpoint_url')) {
        const problem: UrlProblem | undefined = checkPartnerUrl(endpoint, 'The endpoint URL')
        if (problem) problems.push(problem)
    }
    const oauthChanged = changed(current, 'authentication') || changed(current, 'oauth_profile') || changed(current, 'active')
    if (String(current.getValue('authentication')) === 'oauth2' && isTrue(current.getValue('active')) && oauthChanged) {
        const profile = checkProfile(String(current.getValue('oauth_profile') || ''))
        if (!profile.ok) problems.push({ code: profile.code!, message: profile.message! })
    }
    return problems
}

/** Before insert/update of a connection: refuse the save when its settings cannot be used safely. */
export function validateConnectionSettings(current: GlideRecord): void {
    const problems = connectionProblems(current)
    if (problems.length === 0) return
    for (const p of problems) gs.addErrorMessage(`${current.getValue('name') || 'Connection'} not saved: ${p.message} (${p.code})`)
    current.setAbortAction(true)
}
