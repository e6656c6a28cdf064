import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager } from '../roles.now'

/**
 * Processes: read.
 * Managers (and admins) read the configuration; users and integration accounts do not.
 */
Acl({
    $id: Now.ID['acl-process-read'],
    type: 'record',
    table: 'x_tether_process',
    operation: 'read',
    roles: [tetherManager],
    description: 'Managers (and admins) read the configuration; users and integration accounts do not.',
})

/**
 * Processes: create.
 * Only Tether admins create configuration.
 */
Acl({
    $id: Now.ID['acl-process-create'],
    type: 'record',
    table: 'x_tether_process',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Only Tether admins create configuration.',
})

/**
 * Processes: write.
 * Only Tether admins change configuration.
 */
Acl({
    $id: Now.ID['acl-process-write'],
    type: 'record',
    table: 'x_tether_process',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins change configuration.',
})

/**
 * Processes: delete.
 * Only Tether admins delete configuration.
 */
Acl({
    $id: Now.ID['acl-process-delete'],
    type: 'record',
    table: 'x_tether_process',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete configuration.',
})
