import { GlideRecord } from '@servicenow/glide'
import { send, SendResult } from './queue'

/**
 * Bonding a local record to the partner (the Incident scenario's outbound half): share a record
 * once (a pending bond and the create message; the receipt opens the bond and gives it the
 * partner's number), then its changes follow as update and resolve messages while the bond is open.
 */

/** Fields of an incident that travel with the scenario's messages. */
export const INCIDENT_FIELDS = ['short_description', 'description', 'priority', 'urgency', 'impact', 'state', 'close_code', 'close_notes', 'category']
const RESOLVED_STATES = ['6', '7']

function payloadOf(record: GlideRecord, fields: string[], onlyChanged: boolean): Record<string, string> {
    const out: Record<string, string> = {}
    const elements = record as unknown as Record<string, { changes(): boolean }>
    for (const f of fields) {
        if (!record.isValidField(f)) continue
        if (onlyChanged && !(elements[f] && elements[f].changes())) continue
        const v = record.getValue(f)
        if (v !== null && v !== undefined) out[f] = String(v)
    }
    return out
}

/** Shares a record with the integration's partner: a pending bond, then CreateIncident. */
export function share(integrationId: string, table: string, sysId: string): SendResult {
    const record = new GlideRecord(table)
    if (!record.get(sysId)) return { ok: false, code: 'unknown_record', message: `No ${table} record ${sysId}.` }
    const existing = new GlideRecord('x_tether_bond')
    existing.addQuery('integration', integrationId)
    existing.addQuery('table', table)
    existing.addQuery('document', sysId)
    existing.addQuery('state', '!=', 'closed')
    existing.query()
    if (existing.next()) return { ok: false, code: 'already_bonded', message: `${record.getValue('number') || sysId} is already shared (${existing.getValue('number')}).` }
    const bond = new GlideRecord('x_tether_bond')
    bond.initialize()
    bond.setValue('integration', integrationId)
    bond.setValue('table', table)
    bond.setValue('document', sysId)
    bond.setValue('internal_reference', String(record.getValue('number') || sysId))
    bond.setValue('state', 'pending')
    const bondId = String(bond.insert() || '')
    return send(integrationId, 'CreateIncident', payloadOf(record, INCIDENT_FIELDS, false), { reference: String(record.getValue('number') || ''), bond: bondId })
}

/**
 * After update of an incident: for each open bond of it, the changed fields go to the partner as
 * UpdateIncident, or ResolveIncident when it was resolved or closed.
 */
export function onBondedRecordChange(current: GlideRecord, previous: GlideRecord | null): void {
    const bonds = new GlideRecord('x_tether_bond')
    bonds.addQuery('table', current.getTableName())
    bonds.addQuery('document', current.getUniqueValue())
    bonds.addQuery('state', 'IN', 'open,pending')
    bonds.query()
    while (bonds.next()) {
        const changed = payloadOf(current, INCIDENT_FIELDS, true)
        if (Object.keys(changed).length === 0) continue
        const resolved = RESOLVED_STATES.indexOf(String(current.getValue('state'))) >= 0 && (!previous || RESOLVED_STATES.indexOf(String(previous.getValue('state'))) < 0)
        send(String(bonds.getValue('integration')), resolved ? 'ResolveIncident' : 'UpdateIncident', changed, {
            reference: String(current.getValue('number') || ''),
            externalReference: String(bonds.getValue('external_reference') || ''),
            bond: bonds.getUniqueValue(),
        })
    }
}
