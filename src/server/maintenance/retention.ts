import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { log } from '../shared/log'

/**
 * Log retention: HTTP request records and token events older than `x_tether.log.retention_days`
 * are deleted once a day. Transactions and bonds are kept (they hold message ids and record links
 * that duplicates and updates are matched against). 0 or an invalid value keeps everything.
 */

export const RETENTION_PROPERTY = 'x_tether.log.retention_days'
export const PURGED_TABLES = ['x_tether_http_request', 'x_tether_token_event']

export interface PurgeSummary {
    retentionDays: number
    cutoff: string
    deleted: Record<string, number>
}

export function retentionDays(): number {
    const days = Number(gs.getProperty(RETENTION_PROPERTY, '30'))
    return isFinite(days) && days > 0 ? Math.floor(days) : 0
}

/** Deletes the log records created before now − retention days; returns what it deleted per table. */
export function purgeOldLogs(): PurgeSummary {
    const days = retentionDays()
    const summary: PurgeSummary = { retentionDays: days, cutoff: '', deleted: {} }
    if (days === 0) return summary
    const cutoff = new GlideDateTime()
    cutoff.addDaysUTC(-days)
    summary.cutoff = cutoff.getValue()
    for (const table of PURGED_TABLES) {
        const old = new GlideRecord(table)
        old.addQuery('sys_created_on', '<', summary.cutoff)
        old.query()
        summary.deleted[table] = old.getRowCount()
        if (summary.deleted[table] === 0) continue
        const doomed = new GlideRecord(table)
        doomed.addQuery('sys_created_on', '<', summary.cutoff)
        doomed.setWorkflow(false)
        doomed.deleteMultiple()
    }
    return summary
}

/** Scheduled job "Tether: purge old logs". */
export function purgeOldLogsJob(): void {
    const s = purgeOldLogs()
    if (s.retentionDays === 0) return
    const total = PURGED_TABLES.reduce((n, t) => n + (s.deleted[t] || 0), 0)
    if (total > 0) log('info', `Tether: purged ${s.deleted.x_tether_http_request || 0} HTTP requests and ${s.deleted.x_tether_token_event || 0} token events created before ${s.cutoff} UTC (retention ${s.retentionDays} days)`)
}
