import '@servicenow/sdk/global'
import { BusinessRule } from '@servicenow/sdk/core'
import { enforceSingleActiveConnection, onConnectionDeleted } from '../../server/connection/activation'
import { validateConnectionSettings } from '../../server/connection/validation'

/**
 * Refuses to save a connection Tether could not use safely: an http:// (non-loopback) or
 * credential-carrying endpoint, or an active OAuth connection without a usable provider profile.
 */
BusinessRule({
    $id: Now.ID['br-connection-validate-settings'],
    name: 'Tether: validate connection settings',
    table: 'x_tether_connection',
    when: 'before',
    action: ['insert', 'update'],
    order: 50,
    condition:
        'current.operation() == "insert" || current.endpoint_url.changes() || current.authentication.changes() || current.oauth_profile.changes() || current.active.changes()',
    script: validateConnectionSettings,
    description: 'Endpoint https (http for loopback only) without credentials in it; an active OAuth connection needs an active oauth_provider profile with a safe token URL.',
})

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
