import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager } from '../roles.now'

/**
 * Integrations: read.
 * Managers (and admins) read the configuration; users and integration accounts do not.
 */
Acl({
    $id: Now.ID['acl-integration-read'],
    type: 'record',
    table: 'x_tether_integration',
    operation: 'read',
    roles: [tetherManager],
    description: 'Managers (and admins) read the configuration; users and integration accounts do not.',
})

/**
 * Integrations: create.
 * Only Tether admins create configuration.
 */
Acl({
    $id: Now.ID['acl-integration-create'],
    type: 'record',
    table: 'x_tether_integration',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Only Tether admins create configuration.',
})

/**
 * Integrations: write.
 * Only Tether admins change configuration.
 */
Acl({
    $id: Now.ID['acl-integration-write'],
    type: 'record',
    table: 'x_tether_integration',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins change configuration.',
})

/**
 * Integrations: delete.
 * Only Tether admins delete configuration.
 */
Acl({
    $id: Now.ID['acl-integration-delete'],
    type: 'record',
    table: 'x_tether_integration',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete configuration.',
})
