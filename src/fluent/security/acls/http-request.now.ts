import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager, tetherUser } from '../roles.now'
import { readRoleGrantsAccess } from '../../../server/security/read-role'

/**
 * HTTP requests: read.
 * Users, managers and admins read runtime records.
 */
Acl({
    $id: Now.ID['acl-http-request-read'],
    type: 'record',
    table: 'x_tether_http_request',
    operation: 'read',
    roles: [tetherUser],
    description: 'Users, managers and admins read runtime records.',
})

/**
 * HTTP requests: read for holders of the role named in x_tether.read_role (default itil),
 * so service-desk staff can follow an integration without a Tether role.
 */
Acl({
    $id: Now.ID['acl-http-request-read-by-read-role'],
    type: 'record',
    table: 'x_tether_http_request',
    operation: 'read',
    script: readRoleGrantsAccess,
    description: 'Holders of the role named in the property x_tether.read_role may read HTTP requests.',
})

/**
 * HTTP requests: create.
 * Runtime records are written by Tether itself; by hand only admins create them.
 */
Acl({
    $id: Now.ID['acl-http-request-create'],
    type: 'record',
    table: 'x_tether_http_request',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Runtime records are written by Tether itself; by hand only admins create them.',
})

/**
 * HTTP requests: write.
 * Managers operate runtime records (replay, ignore, repair).
 */
Acl({
    $id: Now.ID['acl-http-request-write'],
    type: 'record',
    table: 'x_tether_http_request',
    operation: 'write',
    roles: [tetherManager],
    description: 'Managers operate runtime records (replay, ignore, repair).',
})

/**
 * HTTP requests: delete.
 * Only Tether admins delete runtime records.
 */
Acl({
    $id: Now.ID['acl-http-request-delete'],
    type: 'record',
    table: 'x_tether_http_request',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete runtime records.',
})
