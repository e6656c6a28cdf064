import '@servicenow/sdk/global'
import { List, default_view } from '@servicenow/sdk/core'

/** Processes: what is exchanged, and where it lives locally. */
List({ table: 'x_tether_process', view: default_view, columns: ['name', 'api_name', 'target_table', 'active'] })

/** Integrations: queue state and partner status at a glance. */
List({
    table: 'x_tether_integration',
    view: default_view,
    columns: ['name', 'process', 'partner', 'state', 'status', 'active', 'last_heartbeat_at'],
})

/** Connections: the token health an operator scans for (state, expiries, failures, last error). */
List({
    table: 'x_tether_connection',
    view: default_view,
    columns: ['name', 'integration', 'environment', 'active', 'authentication', 'token_state', 'access_expires', 'refresh_expires', 'next_refresh_at', 'consecutive_failures', 'last_error'],
})

/** Messages: the message types and where they go. */
List({ table: 'x_tether_message', view: default_view, columns: ['name', 'integration', 'type', 'direction', 'path', 'active'] })

/** Transactions: what was sent or received, its state and what went wrong. */
List({
    table: 'x_tether_transaction',
    view: default_view,
    columns: ['number', 'integration', 'message', 'direction', 'state', 'attempts', 'queued_at', 'sys_updated_on', 'error'],
})

/** HTTP requests: every call in and out, with status and duration. */
List({
    table: 'x_tether_http_request',
    view: default_view,
    columns: ['number', 'sys_created_on', 'direction', 'method', 'url', 'status_code', 'duration_ms', 'attempt', 'state', 'connection'],
})

/** Bonds: which local record is linked to which partner record. */
List({ table: 'x_tether_bond', view: default_view, columns: ['number', 'integration', 'table', 'internal_reference', 'external_reference', 'state'] })

/** Token events: the audit trail, newest first in the module. */
List({
    table: 'x_tether_token_event',
    view: default_view,
    columns: ['sys_created_on', 'connection', 'event', 'grant_type', 'http_status', 'error_code', 'duration_ms', 'refresh_expires'],
})

/** A connection's token events (related list): what happened, when, and the refresh token's expiry. */
List({
    table: 'x_tether_token_event',
    view: default_view,
    parent: 'x_tether_connection',
    columns: ['sys_created_on', 'event', 'grant_type', 'http_status', 'error_code', 'duration_ms', 'refresh_expires'],
})

/** A connection's or a transaction's HTTP requests (related list). */
List({
    table: 'x_tether_http_request',
    view: default_view,
    parent: 'x_tether_connection',
    columns: ['number', 'sys_created_on', 'direction', 'method', 'status_code', 'duration_ms', 'state'],
})

List({
    table: 'x_tether_http_request',
    view: default_view,
    parent: 'x_tether_transaction',
    columns: ['number', 'sys_created_on', 'attempt', 'method', 'url', 'status_code', 'duration_ms', 'state'],
})

/** An integration's connections (related list): which one is active and how its tokens are. */
List({
    table: 'x_tether_connection',
    view: default_view,
    parent: 'x_tether_integration',
    columns: ['name', 'environment', 'active', 'authentication', 'token_state', 'refresh_expires', 'last_error'],
})

/** An integration's messages (related list). */
List({ table: 'x_tether_message', view: default_view, parent: 'x_tether_integration', columns: ['name', 'type', 'direction', 'path', 'active'] })

/** An integration's transactions (related list). */
List({
    table: 'x_tether_transaction',
    view: default_view,
    parent: 'x_tether_integration',
    columns: ['number', 'message', 'direction', 'state', 'attempts', 'queued_at', 'error'],
})
