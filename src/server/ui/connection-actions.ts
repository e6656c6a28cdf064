import { GlideRecord, gs } from '@servicenow/glide'
import { forceRefresh, getHealth, requestToken, revoke } from '../oauth/lifecycle'
import { testConnection } from '../transport/connection-test'
import { isTrue } from '../shared/values'
import { ActionOutcome, ADMIN, MANAGER, refusedWithout, reportOutcome } from './report'

/**
 * The connection form's UI actions: Get OAuth Token (through its dialog), Refresh Token, Revoke
 * Token, Test Connection, Activate and Deactivate. Each reports its outcome to the user and the log;
 * token operations are also token events.
 */

function expiries(connectionId: string): string {
    const h = getHealth(connectionId)
    if (!h || !h.accessExpires) return ''
    const refresh = h.refreshExpires ? `, the refresh token at ${h.refreshExpires} UTC` : ''
    return ` The access token expires at ${h.accessExpires} UTC${refresh}.`
}

/**
 * "Get OAuth Token", from its dialog: a grant with the provider user's name and password (password
 * grant) or the client credentials. The password is stored (encrypted) only when asked, for
 * unattended re-grants; otherwise it is used once and forgotten.
 */
export function getOAuthToken(current: GlideRecord, username: string, password: string, store: boolean): ActionOutcome {
    const action = 'Get OAuth Token'
    const refused = refusedWithout(ADMIN, current, action)
    if (refused) return refused
    if (String(current.getValue('authentication')) !== 'oauth2') {
        return reportOutcome(current, action, { ok: false, message: 'This connection does not use OAuth 2.0: set Authentication to OAuth 2.0 first.' })
    }
    if (!current.getValue('oauth_profile')) {
        return reportOutcome(current, action, { ok: false, message: 'Choose the OAuth profile of the provider registry first.' })
    }
    const passwordGrant = String(current.getValue('grant_type') || 'password') === 'password'
    const user = String(username || '').trim()
    if (passwordGrant && (!user || !password)) {
        return reportOutcome(current, action, { ok: false, message: "The password grant needs the provider user's user name and password." })
    }
    const id = current.getUniqueValue()
    const result = passwordGrant ? requestToken(id, { username: user, password, store }) : requestToken(id)
    if (!result.ok) {
        return reportOutcome(current, action, { ok: false, message: `No token: ${result.message}${result.code ? ` (${result.code})` : ''}` })
    }
    const renewal = !passwordGrant
        ? ' Tether re-grants with the client credentials before the refresh token expires.'
        : store
          ? ' The password is stored encrypted: Tether re-grants before the refresh token expires.'
          : ' The password was not stored: Tether will warn before the refresh token expires and ask for Get OAuth Token again.'
    return reportOutcome(current, action, { ok: true, message: `Token obtained.${expiries(id)}${renewal}` })
}

/** The dialog's processing script: the connection by sys_id, then Get OAuth Token. */
export function getOAuthTokenFromDialog(connectionId: string, username: string, password: string, store: boolean): ActionOutcome {
    const current = new GlideRecord('x_tether_connection')
    if (!/^[0-9a-f]{32}$/.test(String(connectionId || '')) || !current.get(String(connectionId))) {
        const message = 'Get OAuth Token: the connection was not found (it may have been deleted); nothing was done.'
        gs.addErrorMessage(message)
        gs.warn(`Tether UI: ${gs.getUserName()} used Get OAuth Token on x_tether_connection "${String(connectionId || '').slice(0, 40)}": failed: the connection was not found`)
        return { ok: false, message }
    }
    return getOAuthToken(current, username, password, store)
}

/** "Refresh Token": one refresh now, whatever the schedule. */
export function refreshTokenAction(current: GlideRecord): ActionOutcome {
    const action = 'Refresh Token'
    const refused = refusedWithout(MANAGER, current, action)
    if (refused) return refused
    const id = current.getUniqueValue()
    const result = forceRefresh(id)
    if (!result.ok) return reportOutcome(current, action, { ok: false, message: `Refresh failed: ${result.message}${result.code ? ` (${result.code})` : ''}` })
    return reportOutcome(current, action, { ok: true, message: `Token refreshed.${expiries(id)}` })
}

/** "Revoke Token": revoked at the provider and deleted here; the connection then needs Get OAuth Token. */
export function revokeTokenAction(current: GlideRecord): ActionOutcome {
    const action = 'Revoke Token'
    const refused = refusedWithout(ADMIN, current, action)
    if (refused) return refused
    const result = revoke(current.getUniqueValue(), 'Revoked from the connection form')
    if (!result.ok) return reportOutcome(current, action, { ok: false, message: result.message })
    return reportOutcome(current, action, { ok: true, message: 'Tokens revoked at the provider and deleted here. Use Get OAuth Token to connect again.' })
}

/** "Test Connection": GET <endpoint>/ping with the connection's authentication. */
export function testConnectionAction(current: GlideRecord): ActionOutcome {
    const action = 'Test Connection'
    const refused = refusedWithout(MANAGER, current, action)
    if (refused) return refused
    const result = testConnection(current.getUniqueValue())
    if (!result.ok) return reportOutcome(current, action, { ok: false, message: `Test failed: ${result.message}` })
    const partner = result.partner && result.partner.version ? ` (Tether ${result.partner.version} there, calling in as ${result.partner.user || 'unknown'})` : ''
    return reportOutcome(current, action, { ok: true, message: `Test passed: HTTP ${result.status}${partner}.` })
}

/** "Activate": this connection becomes the integration's only active one (the business rule deactivates the others and revokes their tokens). */
export function activateAction(current: GlideRecord): ActionOutcome {
    const action = 'Activate'
    const refused = refusedWithout(ADMIN, current, action)
    if (refused) return refused
    if (isTrue(current.getValue('active'))) return reportOutcome(current, action, { ok: false, message: 'The connection is already active.' })
    const others: string[] = []
    const q = new GlideRecord('x_tether_connection')
    q.addQuery('integration', String(current.getValue('integration')))
    q.addQuery('active', true)
    q.addQuery('sys_id', '!=', current.getUniqueValue())
    q.query()
    while (q.next()) others.push(String(q.getValue('name')))
    current.setValue('active', true)
    // The rule "Tether: validate connection settings" may refuse the save (no profile, an unsafe URL):
    // then its message says why, and nothing was switched.
    if (!current.update()) return reportOutcome(current, action, { ok: false, message: 'The connection was not activated (see the message above); the integration keeps its active connection.' })
    const switched = others.length > 0 ? ` Deactivated (tokens revoked): ${others.join(', ')}.` : ''
    return reportOutcome(current, action, { ok: true, message: `Connection activated: the integration now uses it.${switched}` })
}

/** "Deactivate": the connection stops carrying messages and its tokens are revoked. */
export function deactivateAction(current: GlideRecord): ActionOutcome {
    const action = 'Deactivate'
    const refused = refusedWithout(ADMIN, current, action)
    if (refused) return refused
    if (!isTrue(current.getValue('active'))) return reportOutcome(current, action, { ok: false, message: 'The connection is already inactive.' })
    const oauth = String(current.getValue('authentication')) === 'oauth2' && !!(current.getValue('access_expires') || current.getValue('refresh_expires'))
    current.setValue('active', false)
    if (!current.update()) return reportOutcome(current, action, { ok: false, message: 'The connection was not deactivated (see the message above).' })
    // The rule "revoke on deactivate" updated the record behind `current`: read what it did.
    const after = new GlideRecord('x_tether_connection')
    after.get(current.getUniqueValue())
    const providerFailed = String(after.getValue('last_error') || '').indexOf('revocation at the provider failed') === 0
    const revoked = !oauth ? '' : providerFailed ? '; its tokens were deleted here, but the provider could not be told (see its token events)' : '; its tokens were revoked'
    return reportOutcome(current, action, { ok: true, message: `Connection deactivated${revoked}. The integration has no active connection until another is activated.` })
}
