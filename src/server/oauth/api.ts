import { GlideRecord } from '@servicenow/glide'
import { getAccessToken, getHealth, GrantOptions, refreshDue, requestToken, revoke, revokeRecord } from './lifecycle'
import { logInfo } from './ledger'
import { isTrue } from '../shared/values'

/**
 * Tether's OAuth API for other scripts (through the x_tether.TetherOAuth script include), the
 * refresh job, the connection business rules and the UI actions.
 */
export { getAccessToken, getHealth, refreshDue, requestToken, revoke }
export type { GrantOptions }

/** Scheduled job "Tether: refresh OAuth tokens". */
export function refreshDueJob(): void {
    const summary = refreshDue()
    if (summary.checked > 0) {
        logInfo(`refresh job: ${summary.checked} due, ${summary.refreshed} refreshed, ${summary.regranted} re-granted, ${summary.warned} warned, ${summary.needsReauth} need re-authorisation, ${summary.failed} failed`)
    }
}

/** After update of a connection: deactivating it (or leaving OAuth) revokes its tokens. */
export function revokeOnDeactivate(current: GlideRecord, previous: GlideRecord | null): void {
    if (!previous) return
    const wasOAuth = String(previous.getValue('authentication')) === 'oauth2'
    const deactivated = isTrue(previous.getValue('active')) && !isTrue(current.getValue('active'))
    const leftOAuth = wasOAuth && String(current.getValue('authentication')) !== 'oauth2'
    if (!wasOAuth || !(deactivated || leftOAuth)) return
    if (!previous.getValue('access_expires') && !previous.getValue('refresh_expires')) return
    revoke(current.getUniqueValue(), deactivated ? 'Connection deactivated' : 'Connection no longer uses OAuth 2.0')
}

/** After delete of a connection: its tokens are revoked at the provider and deleted here. */
export function revokeOnDelete(current: GlideRecord): void {
    if (String(current.getValue('authentication')) !== 'oauth2') return
    revokeRecord(current, 'Connection deleted', false)
}
