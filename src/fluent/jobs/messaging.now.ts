import '@servicenow/sdk/global'
import { BusinessRule, Record, ScheduledScript, ScriptInclude } from '@servicenow/sdk/core'
import { onBondedRecordChange, processQueuesJob } from '../../server/transport/api'
import { heartbeatJob } from '../../server/transport/heartbeat'

/**
 * x_tether.TetherClient: send messages through an integration's ordered queue, and the operator's
 * tools (pause, resume, repair, replay, ignore, process now, test connection).
 */
ScriptInclude({
    $id: Now.ID['si-tether-client'],
    name: 'TetherClient',
    apiName: 'x_tether.TetherClient',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Tether messaging: send, processQueue, pause, resume, repair, replay, ignore, processNow, testConnection.',
    script: Now.include('../scripts/TetherClient.server.js'),
})

/**
 * Sends what is queued: retries whose time has come and messages queued while their integration
 * was paused or its connection unreachable, in order per integration. Runs as system, only while
 * something is queued.
 */
ScheduledScript({
    $id: Now.ID['job-send-queue'],
    name: 'Tether: send queued messages',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 1 },
    executionStart: '2025-01-01 00:00:00',
    timeZone: 'UTC',
    conditional: true,
    condition: Now.include('../scripts/has-queued-messages.condition.js'),
    script: processQueuesJob,
})

/**
 * The Incident scenario: an incident shared with a partner (an open bond) sends its changes —
 * UpdateIncident, or ResolveIncident when it is resolved — through the integration's queue.
 */
BusinessRule({
    $id: Now.ID['br-incident-bonded'],
    name: 'Tether: send changes of bonded incidents',
    table: 'incident',
    when: 'after',
    action: ['update'],
    order: 500,
    script: onBondedRecordChange,
    description: 'Changes of an incident bonded to a partner go to the partner as UpdateIncident or ResolveIncident.',
})

/**
 * Heartbeats: each active integration's connection is tested every heartbeat_minutes (checked every
 * 5 minutes); the integration's status (Up, Down, Awaiting) follows, and each change is an event.
 */
ScheduledScript({
    $id: Now.ID['job-heartbeats'],
    name: 'Tether: heartbeats',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2025-01-01 00:02:30',
    timeZone: 'UTC',
    conditional: true,
    condition: Now.include('../scripts/has-heartbeats.condition.js'),
    script: heartbeatJob,
})

/** Raised when an integration's heartbeat status changes. parm1: new status; parm2: previous status. */
Record({
    $id: Now.ID['event-integration-status'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_tether.integration.status',
        table: 'x_tether_integration',
        description: "A Tether integration's heartbeat status changed. parm1: new status (up/down); parm2: previous status.",
        fired_by: 'Tether: heartbeats',
    },
})
