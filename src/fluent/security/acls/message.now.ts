import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager } from '../roles.now'

/**
 * Messages: read.
 * Managers (and admins) read the configuration; users and integration accounts do not.
 */
Acl({
    $id: Now.ID['acl-message-read'],
    type: 'record',
    table: 'x_tether_message',
    operation: 'read',
    roles: [tetherManager],
    description: 'Managers (and admins) read the configuration; users and integration accounts do not.',
})

/**
 * Messages: create.
 * Only Tether admins create configuration.
 */
Acl({
    $id: Now.ID['acl-message-create'],
    type: 'record',
    table: 'x_tether_message',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Only Tether admins create configuration.',
})

/**
 * Messages: write.
 * Only Tether admins change configuration.
 */
Acl({
    $id: Now.ID['acl-message-write'],
    type: 'record',
    table: 'x_tether_message',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins change configuration.',
})

/**
 * Messages: delete.
 * Only Tether admins delete configuration.
 */
Acl({
    $id: Now.ID['acl-message-delete'],
    type: 'record',
    table: 'x_tether_message',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete configuration.',
})
