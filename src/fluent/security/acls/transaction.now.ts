import '@servicenow/sdk/global'
import { Acl } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager, tetherUser } from '../roles.now'
import { readRoleGrantsAccess } from '../../../server/security/read-role'

/**
 * Transactions: read.
 * Users, managers and admins read runtime records.
 */
Acl({
    $id: Now.ID['acl-transaction-read'],
    type: 'record',
    table: 'x_tether_transaction',
    operation: 'read',
    roles: [tetherUser],
    description: 'Users, managers and admins read runtime records.',
})

/**
 * Transactions: read for holders of the role named in x_tether.read_role (default itil),
 * so service-desk staff can follow an integration without a Tether role.
 */
Acl({
    $id: Now.ID['acl-transaction-read-by-read-role'],
    type: 'record',
    table: 'x_tether_transaction',
    operation: 'read',
    script: readRoleGrantsAccess,
    description: 'Holders of the role named in the property x_tether.read_role may read transactions.',
})

/**
 * Transactions: create.
 * Runtime records are written by Tether itself; by hand only admins create them.
 */
Acl({
    $id: Now.ID['acl-transaction-create'],
    type: 'record',
    table: 'x_tether_transaction',
    operation: 'create',
    roles: [tetherAdmin],
    description: 'Runtime records are written by Tether itself; by hand only admins create them.',
})

/**
 * Transactions: write.
 * Managers operate runtime records (replay, ignore, repair).
 */
Acl({
    $id: Now.ID['acl-transaction-write'],
    type: 'record',
    table: 'x_tether_transaction',
    operation: 'write',
    roles: [tetherManager],
    description: 'Managers operate runtime records (replay, ignore, repair).',
})

/**
 * Transactions: delete.
 * Only Tether admins delete runtime records.
 */
Acl({
    $id: Now.ID['acl-transaction-delete'],
    type: 'record',
    table: 'x_tether_transaction',
    operation: 'delete',
    roles: [tetherAdmin],
    description: 'Only Tether admins delete runtime records.',
})
