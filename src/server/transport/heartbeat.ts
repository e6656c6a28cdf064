import { GlideRecord, gs } from '@servicenow/glide'
import { fromDateTimeValue, nowMs, toDateTimeValue } from '../oauth/clock'
import { testConnection } from './connection-test'
import { log } from '../shared/log'

/**
 * Heartbeats: every heartbeat_minutes, each active integration's connection is tested (Unifi's
 * rule: 400/401/403/404/405 fail, anything else passes); the integration's status follows (Up or
 * Down; Awaiting until the first answer) and every change raises x_tether.integration.status.
 */

export const STATUS_EVENT = 'x_tether.integration.status'

export interface HeartbeatSummary {
    checked: number
    up: number
    down: number
    changed: number
}

export function heartbeats(): HeartbeatSummary {
    const summary: HeartbeatSummary = { checked: 0, up: 0, down: 0, changed: 0 }
    const integration = new GlideRecord('x_tether_integration')
    integration.addQuery('state', 'active')
    integration.addQuery('heartbeat_minutes', '>', 0)
    integration.query()
    const now = nowMs()
    while (integration.next()) {
        const last = fromDateTimeValue(integration.getValue('last_heartbeat_at'))
        const every = Number(integration.getValue('heartbeat_minutes')) * 60000
        if (last !== undefined && now - last < every) continue
        const conn = new GlideRecord('x_tether_connection')
        conn.addQuery('integration', integration.getUniqueValue())
        conn.addQuery('active', true)
        conn.setLimit(1)
        conn.query()
        if (!conn.next() || !conn.getValue('endpoint_url')) continue
        summary.checked++
        let status = 'down'
        try {
            status = testConnection(conn.getUniqueValue()).ok ? 'up' : 'down'
        } catch (e) {
            log('warn', 'Tether heartbeat of ' + integration.getValue('name') + ' failed: ' + (e instanceof Object && 'message' in e ? String((e as { message: unknown }).message) : String(e)))
        }
        if (status === 'up') summary.up++
        else summary.down++
        const previous = String(integration.getValue('status') || 'awaiting')
        integration.setValue('last_heartbeat_at', toDateTimeValue(now))
        if (previous !== status) {
            integration.setValue('status', status)
            summary.changed++
            gs.eventQueue(STATUS_EVENT, integration, status, previous)
            log('info', 'Tether: integration ' + integration.getValue('name') + ' is ' + status + ' (was ' + previous + ')')
        }
        integration.update()
    }
    return summary
}

/** Scheduled job "Tether: heartbeats". */
export function heartbeatJob(): void {
    heartbeats()
}
