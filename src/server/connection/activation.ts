import { GlideRecord } from '@servicenow/glide'
import { isTrue } from '../shared/values'

/**
 * Business-rule logic for the Unifi rule "only one connection per integration is active":
 * activating a connection deactivates the integration's other connections, and the integration's
 * read-only `active` flag always says whether it has an active connection.
 */

const CONNECTION = 'x_tether_connection'
const INTEGRATION = 'x_tether_integration'

/**
 * After insert/update of a connection: when it is (or became) active, deactivate every other active
 * connection of the same integration, through normal updates so their own rules (token revocation)
 * run. Then recompute the integration's derived flags.
 */
export function enforceSingleActiveConnection(current: GlideRecord, previous: GlideRecord | null): void {
    const integrationId = String(current.getValue('integration') || '')
    if (isTrue(current.getValue('active'))) {
        const others = new GlideRecord(CONNECTION)
        others.addQuery('integration', integrationId)
        others.addQuery('active', true)
        others.addQuery('sys_id', '!=', current.getUniqueValue())
        others.query()
        while (others.next()) {
            others.setValue('active', false)
            others.update()
        }
    }
    syncIntegrationActive(integrationId)
    const before = previous ? String(previous.getValue('integration') || '') : ''
    if (before && before !== integrationId) syncIntegrationActive(before)
}

/** After delete of a connection: its integration may have lost its active connection. */
export function onConnectionDeleted(current: GlideRecord): void {
    syncIntegrationActive(String(current.getValue('integration') || ''))
}

/**
 * Sets integration.active to whether an active connection exists, and moves the state between
 * Off and Active to match (a Paused integration stays paused while it has an active connection).
 */
export function syncIntegrationActive(integrationId: string): void {
    if (!integrationId) return
    const integration = new GlideRecord(INTEGRATION)
    if (!integration.get(integrationId)) return
    const active = new GlideRecord(CONNECTION)
    active.addQuery('integration', integrationId)
    active.addQuery('active', true)
    active.setLimit(1)
    active.query()
    const hasActive = active.hasNext()
    const state = String(integration.getValue('state'))
    const nextState = hasActive ? (state === 'off' ? 'active' : state) : 'off'
    if (isTrue(integration.getValue('active')) === hasActive && state === nextState) return
    integration.setValue('active', hasActive)
    integration.setValue('state', nextState)
    integration.update()
}
