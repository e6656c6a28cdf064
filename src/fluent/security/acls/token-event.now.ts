import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherUser } from '../roles.now'
import { readRoleGrantsAccess } from '../../../server/security/read-role'

/**
 * Token events: read.
 * Users, managers and admins read the token audit trail.
 */
Acl({
    $id: Now.ID['acl-token-event-read'],
    type: 'record',
    table: 'x_tether_token_event',
    operation: 'read',
    roles: [tetherUser],
    description: 'Users, managers and admins read the token audit trail.',
})

/**
 * Token events: read for holders of the role named in x_tether.read_role (default itil),
 * so service-desk staff can follow an integration without a Tether role.
 */
Acl({
    $id: Now.ID['acl-token-event-read-by-read-role'],
    type: 'record',
    table: 'x_tether_token_event',
    operation: 'read',
    script: readRoleGrantsAccess,
    description: 'Holders of the role named in the property x_tether.read_role may read token events.',
})

/**
 * Token events: create.
 * Token events are written by Tether itself; by hand only admins create them.
 */
Acl({
    $id: Now.ID['acl-token-event-create'],
    type: 'record',
    table: 'x_tether_token_event',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Token events are written by Tether itself; by hand only admins create them.',
})

/**
 * Token events: write.
 * The audit trail is not edited: admins only.
 */
Acl({
    $id: Now.ID['acl-token-event-write'],
    type: 'record',
    table: 'x_tether_token_event',
    operation: 'write',
    roles: [tetherAdmin],
    description: 'The audit trail is not edited: admins only.',
})

/**
 * Token events: delete.
 * Only Tether admins purge the audit trail.
 */
Acl({
    $id: Now.ID['acl-token-event-delete'],
    type: 'record',
    table: 'x_tether_token_event',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins purge the audit trail.',
})
