import '@servicenow/sdk/global'
import { ApplicationMenu, Record } from '@servicenow/sdk/core'
import { tetherUser } from '../security/roles.now'

/**
 * The "Tether" section of the application navigator: configuration for managers and admins, runtime
 * records for every Tether role, and the properties for admins.
 */
export const tetherMenu = ApplicationMenu({
    $id: Now.ID['menu-tether'],
    title: 'Tether',
    hint: 'OAuth connections between ServiceNow instances that stay alive',
    description: 'Processes, integrations, connections and the runtime records of Tether integrations.',
    roles: [tetherUser],
    active: true,
    order: 100,
})

/** Processes: what the partners exchange. */
Record({
    $id: Now.ID['module-processes'],
    table: 'sys_app_module',
    data: { title: 'Processes', application: tetherMenu, link_type: 'LIST', name: 'x_tether_process', order: 100, active: true, roles: ['x_tether.manager'], hint: 'Business processes exchanged with partners' },
})

/** Integrations: one per partner and process. */
Record({
    $id: Now.ID['module-integrations'],
    table: 'sys_app_module',
    data: { title: 'Integrations', application: tetherMenu, link_type: 'LIST', name: 'x_tether_integration', order: 200, active: true, roles: ['x_tether.manager'], hint: 'Partners, queue state and retry settings' },
})

/** Connections: endpoints, authentication and token health. */
Record({
    $id: Now.ID['module-connections'],
    table: 'sys_app_module',
    data: { title: 'Connections', application: tetherMenu, link_type: 'LIST', name: 'x_tether_connection', order: 300, active: true, roles: ['x_tether.manager'], hint: 'Endpoints, authentication and OAuth token health' },
})

/** Messages: the message types of each integration. */
Record({
    $id: Now.ID['module-messages'],
    table: 'sys_app_module',
    data: { title: 'Messages', application: tetherMenu, link_type: 'LIST', name: 'x_tether_message', order: 400, active: true, roles: ['x_tether.manager'], hint: 'Message types and their paths' },
})

/** Transactions: the ordered queue of message exchanges. */
Record({
    $id: Now.ID['module-transactions'],
    table: 'sys_app_module',
    data: { title: 'Transactions', application: tetherMenu, link_type: 'LIST', name: 'x_tether_transaction', order: 500, active: true, roles: ['x_tether.user'], hint: 'Message exchanges, newest first', filter: 'ORDERBYDESCsys_created_on' },
})

/** HTTP requests: every call in and out, redacted. */
Record({
    $id: Now.ID['module-http-requests'],
    table: 'sys_app_module',
    data: { title: 'HTTP Requests', application: tetherMenu, link_type: 'LIST', name: 'x_tether_http_request', order: 600, active: true, roles: ['x_tether.user'], hint: 'Every inbound and outbound call, secrets redacted', filter: 'ORDERBYDESCsys_created_on' },
})

/** Bonds: local records linked to the partner's. */
Record({
    $id: Now.ID['module-bonds'],
    table: 'sys_app_module',
    data: { title: 'Bonds', application: tetherMenu, link_type: 'LIST', name: 'x_tether_bond', order: 700, active: true, roles: ['x_tether.user'], hint: 'Local records linked to partner records' },
})

/** Token events: the audit trail of token operations. */
Record({
    $id: Now.ID['module-token-events'],
    table: 'sys_app_module',
    data: { title: 'Token Events', application: tetherMenu, link_type: 'LIST', name: 'x_tether_token_event', order: 800, active: true, roles: ['x_tether.user'], hint: 'Grants, refreshes, re-grants, revocations and failures', filter: 'ORDERBYDESCsys_created_on' },
})

/** Properties: the OAuth policy and logging settings. */
Record({
    $id: Now.ID['module-properties'],
    table: 'sys_app_module',
    data: { title: 'Properties', application: tetherMenu, link_type: 'LIST', name: 'sys_properties', order: 900, active: true, roles: ['x_tether.admin'], hint: 'Refresh policy and logging settings', filter: 'nameSTARTSWITHx_tether.' },
})

/**
 * Connections needing attention: active OAuth connections that need a person (Needs
 * re-authorisation, Error) or whose refresh token expires within the warning lead time without an
 * unattended re-grant (the expiry warning was raised), soonest expiry first.
 */
Record({
    $id: Now.ID['module-connections-attention'],
    table: 'sys_app_module',
    data: {
        title: 'Connections needing attention',
        application: tetherMenu,
        link_type: 'LIST',
        name: 'x_tether_connection',
        order: 310,
        active: true,
        roles: ['x_tether.manager'],
        hint: 'Needs re-authorisation, Error, or a refresh token expiring within the warning lead time',
        filter: 'active=true^authentication=oauth2^token_stateINneeds_reauth,error^ORexpiry_warned=true^ORDERBYrefresh_expires',
    },
})

/** Errored transactions: what failed or timed out and holds its integration's queue, latest first. */
Record({
    $id: Now.ID['module-transactions-errored'],
    table: 'sys_app_module',
    data: {
        title: 'Errored transactions',
        application: tetherMenu,
        link_type: 'LIST',
        name: 'x_tether_transaction',
        order: 510,
        active: true,
        roles: ['x_tether.user'],
        hint: 'Transactions in Error or Timed out: use Replay, Ignore, or Repair on the integration',
        filter: 'stateINerror,timed_out^ORDERBYDESCsys_updated_on',
    },
})

/** Token events today: what the refresh job and people did to tokens since midnight. */
Record({
    $id: Now.ID['module-token-events-today'],
    table: 'sys_app_module',
    data: {
        title: 'Token events today',
        application: tetherMenu,
        link_type: 'LIST',
        name: 'x_tether_token_event',
        order: 810,
        active: true,
        roles: ['x_tether.user'],
        hint: 'Grants, refreshes, re-grants, revocations, failures and warnings since midnight',
        filter: 'sys_created_onONToday@javascript:gs.beginningOfToday()@javascript:gs.endOfToday()^ORDERBYDESCsys_created_on',
    },
})
