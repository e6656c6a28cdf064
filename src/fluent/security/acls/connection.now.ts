import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager } from '../roles.now'

/**
 * Connections: read.
 * Managers (and admins) read the configuration; users and integration accounts do not.
 */
Acl({
    $id: Now.ID['acl-connection-read'],
    type: 'record',
    table: 'x_tether_connection',
    operation: 'read',
    roles: [tetherManager],
    description: 'Managers (and admins) read the configuration; users and integration accounts do not.',
})

/**
 * Connections: create.
 * Only Tether admins create configuration.
 */
Acl({
    $id: Now.ID['acl-connection-create'],
    type: 'record',
    table: 'x_tether_connection',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Only Tether admins create configuration.',
})

/**
 * Connections: write.
 * Only Tether admins change configuration.
 */
Acl({
    $id: Now.ID['acl-connection-write'],
    type: 'record',
    table: 'x_tether_connection',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins change configuration.',
})

/**
 * Connections: delete.
 * Only Tether admins delete configuration.
 */
Acl({
    $id: Now.ID['acl-connection-delete'],
    type: 'record',
    table: 'x_tether_connection',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete configuration.',
})

/**
 * Secret field basic_password: read by Tether admins only.
 * Managers see the connection but never its secrets.
 */
Acl({
    $id: Now.ID['acl-connection-basic-password-read'],
    type: 'record',
    table: 'x_tether_connection',
    field: 'basic_password',
    operation: 'read',
    roles: [tetherAdmin],
    description: 'Only Tether admins may read the secret basic_password.',
})

/**
 * Secret field basic_password: write by Tether admins only.
 * Managers see the connection but never its secrets.
 */
Acl({
    $id: Now.ID['acl-connection-basic-password-write'],
    type: 'record',
    table: 'x_tether_connection',
    field: 'basic_password',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins may write the secret basic_password.',
})

/**
 * Secret field oauth_password: read by Tether admins only.
 * Managers see the connection but never its secrets.
 */
Acl({
    $id: Now.ID['acl-connection-oauth-password-read'],
    type: 'record',
    table: 'x_tether_connection',
    field: 'oauth_password',
    operation: 'read',
    roles: [tetherAdmin],
    description: 'Only Tether admins may read the secret oauth_password.',
})

/**
 * Secret field oauth_password: write by Tether admins only.
 * Managers see the connection but never its secrets.
 */
Acl({
    $id: Now.ID['acl-connection-oauth-password-write'],
    type: 'record',
    table: 'x_tether_connection',
    field: 'oauth_password',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'Only Tether admins may write the secret oauth_password.',
})
