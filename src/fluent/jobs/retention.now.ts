import '@servicenow/sdk/global'
import { ScheduledScript } from '@servicenow/sdk/core'
import { purgeOldLogsJob } from '../../server/maintenance/retention'

/**
 * Keeps the HTTP request log and the token events to x_tether.log.retention_days (30 by default):
 * older records are deleted once a day, at night. Transactions and bonds are kept.
 */
ScheduledScript({
    $id: Now.ID['job-purge-logs'],
    name: 'Tether: purge old logs',
    active: true,
    frequency: 'daily',
    executionTime: { hours: 2, minutes: 15, seconds: 0 },
    timeZone: 'UTC',
    script: purgeOldLogsJob,
})
