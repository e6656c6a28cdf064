import { GlideRecord } from '@servicenow/glide'

/**
 * The Incident scenario's message definitions for one integration: what both instances of a pair
 * need so that CreateIncident, UpdateIncident and ResolveIncident flow (each way) with receipts and
 * heartbeats. Messages belong to an integration, so this cannot be static demo data; the pairing
 * (`npm run pair -- --demo`) or an admin runs it once the integration exists.
 */

export interface ScenarioMessage {
    name: string
    type: 'create' | 'update' | 'resolve' | 'heartbeat' | 'response' | 'receipt'
}

export const INCIDENT_MESSAGES: ScenarioMessage[] = [
    { name: 'CreateIncident', type: 'create' },
    { name: 'UpdateIncident', type: 'update' },
    { name: 'ResolveIncident', type: 'resolve' },
    { name: 'Receipt', type: 'receipt' },
    { name: 'Heartbeat', type: 'heartbeat' },
]

/** Appended to the connection's endpoint (…/api/x_tether/v1): the inbound messages resource. */
export const MESSAGE_PATH = '/messages'

export interface ScenarioReport {
    ok: boolean
    message: string
    created: string[]
    existing: string[]
}

/**
 * Creates the scenario's messages (bidirectional, path /messages, active) that the integration does
 * not have yet. Idempotent: an existing message of the same name is left as an admin may have
 * changed it, and reported as existing.
 */
export function ensureIncidentScenario(integrationId: string): ScenarioReport {
    const integration = new GlideRecord('x_tether_integration')
    if (!integrationId || !integration.get(String(integrationId))) {
        return { ok: false, message: `No integration ${integrationId}.`, created: [], existing: [] }
    }
    const report: ScenarioReport = { ok: true, message: '', created: [], existing: [] }
    for (const def of INCIDENT_MESSAGES) {
        const found = new GlideRecord('x_tether_message')
        found.addQuery('integration', integration.getUniqueValue())
        found.addQuery('name', def.name)
        found.setLimit(1)
        found.query()
        if (found.next()) {
            report.existing.push(def.name)
            continue
        }
        const message = new GlideRecord('x_tether_message')
        message.initialize()
        message.setValue('integration', integration.getUniqueValue())
        message.setValue('name', def.name)
        message.setValue('type', def.type)
        message.setValue('direction', 'bidirectional')
        message.setValue('path', MESSAGE_PATH)
        message.setValue('active', true)
        if (!message.insert()) {
            report.ok = false
            report.message = `Message ${def.name} could not be created: ${message.getLastErrorMessage()}`
            return report
        }
        report.created.push(def.name)
    }
    report.message = report.created.length > 0 ? `Created ${report.created.join(', ')} for ${integration.getValue('name')}.` : `${integration.getValue('name')} already has every Incident message.`
    return report
}
