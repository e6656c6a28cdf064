import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/** Related lists at the bottom of the connection form: its token events and HTTP requests, newest first. */
const connectionLists = Record({
    $id: Now.ID['related-lists-connection'],
    table: 'sys_ui_related_list',
    data: { name: 'x_tether_connection', view: 'Default view' },
})

Record({
    $id: Now.ID['related-list-connection-token-events'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionLists, related_list: 'x_tether_token_event.connection', position: 0, order_by: 'sys_created_on DESC' },
})

Record({
    $id: Now.ID['related-list-connection-http-requests'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: connectionLists, related_list: 'x_tether_http_request.connection', position: 1, order_by: 'sys_created_on DESC' },
})

/** Related lists of the integration form: its connections, messages and transactions. */
const integrationLists = Record({
    $id: Now.ID['related-lists-integration'],
    table: 'sys_ui_related_list',
    data: { name: 'x_tether_integration', view: 'Default view' },
})

Record({
    $id: Now.ID['related-list-integration-connections'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: integrationLists, related_list: 'x_tether_connection.integration', position: 0 },
})

Record({
    $id: Now.ID['related-list-integration-messages'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: integrationLists, related_list: 'x_tether_message.integration', position: 1 },
})

Record({
    $id: Now.ID['related-list-integration-transactions'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: integrationLists, related_list: 'x_tether_transaction.integration', position: 2, order_by: 'sys_created_on DESC' },
})

/** Related list of the transaction form: every HTTP attempt it made or received. */
const transactionLists = Record({
    $id: Now.ID['related-lists-transaction'],
    table: 'sys_ui_related_list',
    data: { name: 'x_tether_transaction', view: 'Default view' },
})

Record({
    $id: Now.ID['related-list-transaction-http-requests'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: transactionLists, related_list: 'x_tether_http_request.transaction', position: 0, order_by: 'attempt' },
})

/** Related lists of the process form and the bond form: its integrations; the bond's transactions. */
const processLists = Record({
    $id: Now.ID['related-lists-process'],
    table: 'sys_ui_related_list',
    data: { name: 'x_tether_process', view: 'Default view' },
})

Record({
    $id: Now.ID['related-list-process-integrations'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: processLists, related_list: 'x_tether_integration.process', position: 0 },
})

const bondLists = Record({
    $id: Now.ID['related-lists-bond'],
    table: 'sys_ui_related_list',
    data: { name: 'x_tether_bond', view: 'Default view' },
})

Record({
    $id: Now.ID['related-list-bond-transactions'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: bondLists, related_list: 'x_tether_transaction.bond', position: 0, order_by: 'sys_created_on DESC' },
})
