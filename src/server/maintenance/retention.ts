import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { log } from '../shared/log'

/**
 * Log retention: HTTP request records and token events older than `x_tether.log.retention_days`
 * are deleted once a day. Transactions and bonds are kept (they hold message ids and record links
 * that duplicates and updates are matched against), and so are the HTTP requests of a transaction
 * that is still open (queued, being sent, errored or timed out): they are what an operator reads
 * before Repair. 0 or an invalid value keeps everything. One run deletes at most
 * `PURGE_BATCH` records per table; a larger backlog (the first night after an upgrade, a shortened
 * retention) is worked off over the following nights.
 */

export const RETENTION_PROPERTY = 'x_tether.log.retention_days'
export const PURGED_TABLES = ['x_tether_http_request', 'x_tether_token_event']
export const PURGE_BATCH = 50000
const OPEN_TRANSACTION_STATES = ['queued', 'sending', 'awaiting_receipt', 'error', 'timed_out']

export interface PurgeSummary {
    retentionDays: number
    cutoff: string
    deleted: Record<string, number>
    /** Old HTTP requests kept because their transaction is still open. */
    keptOpen: number
    /** Whether a table had more old records than one run deletes. */
    more: boolean
}

export function retentionDays(): number {
    const days = Number(gs.getProperty(RETENTION_PROPERTY, '30'))
    return isFinite(days) && days > 0 ? Math.floor(days) : 0
}

/** Whether a transaction is still open (looked up once per transaction per run). */
function openTransaction(cache: Record<string, boolean>, id: string): boolean {
    if (!id) return false
    if (!(id in cache)) {
        const tx = new GlideRecord('x_tether_transaction')
        cache[id] = tx.get(id) && OPEN_TRANSACTION_STATES.indexOf(String(tx.getValue('state'))) >= 0
    }
    return cache[id]
}

/** Deletes the log records created before now − retention days; returns what it deleted per table. */
export function purgeOldLogs(batch: number = PURGE_BATCH): PurgeSummary {
    const days = retentionDays()
    const summary: PurgeSummary = { retentionDays: days, cutoff: '', deleted: {}, keptOpen: 0, more: false }
    if (days === 0) return summary
    const cutoff = new GlideDateTime()
    cutoff.addDaysUTC(-days)
    summary.cutoff = cutoff.getValue()
    const open: Record<string, boolean> = {}
    for (const table of PURGED_TABLES) {
        let deleted = 0
        const old = new GlideRecord(table)
        old.addQuery('sys_created_on', '<', summary.cutoff)
        old.orderBy('sys_created_on')
        old.setLimit(batch + 1)
        old.setWorkflow(false)
        old.query()
        while (old.next()) {
            if (deleted === batch) {
                summary.more = true
                break
            }
            if (table === 'x_tether_http_request' && openTransaction(open, String(old.getValue('transaction') || ''))) {
                summary.keptOpen++
                continue
            }
            old.deleteRecord()
            deleted++
        }
        summary.deleted[table] = deleted
    }
    return summary
}

/** Scheduled job "Tether: purge old logs". */
export function purgeOldLogsJob(): void {
    const s = purgeOldLogs()
    if (s.retentionDays === 0) return
    const total = PURGED_TABLES.reduce((n, t) => n + (s.deleted[t] || 0), 0)
    if (total > 0) {
        const kept = s.keptOpen > 0 ? `; kept ${s.keptOpen} older HTTP requests of transactions still open` : ''
        const more = s.more ? '; more remain, the next run goes on' : ''
        log('info', `Tether: purged ${s.deleted.x_tether_http_request || 0} HTTP requests and ${s.deleted.x_tether_token_event || 0} token events created before ${s.cutoff} UTC (retention ${s.retentionDays} days)${kept}${more}`)
    }
}
