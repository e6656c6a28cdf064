import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { enforceSingleActiveConnection, onConnectionDeleted } from '../../server/connection/activation'

/**
 * Keeps one active connection per integration (activating one deactivates the others) and keeps the
 * integration's read-only Active flag in step with its connections.
 */
BusinessRule({
    $id: Now.ID['br-connection-single-active'],
    name: 'Tether: one active connection per integration',
    table: 'x_tether_connection',
    when: 'after',
    action: ['insert', 'update'],
    order: 100,
    condition: 'current.active.changes() || current.integration.changes() || current.operation() == "insert"',
    script: enforceSingleActiveConnection,
    description: 'Activating a connection deactivates the other connections of its integration and sets integration.active.',
})

/**
 * Recomputes the integration's Active flag when one of its connections is deleted.
 */
BusinessRule({
    $id: Now.ID['br-connection-deleted'],
    name: 'Tether: integration active after connection delete',
    table: 'x_tether_connection',
    when: 'after',
    action: ['delete'],
    order: 100,
    script: onConnectionDeleted,
    description: 'A deleted active connection leaves its integration inactive.',
})
