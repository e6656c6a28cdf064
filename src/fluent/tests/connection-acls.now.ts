import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager, tetherUser } from '../security/roles.now'

/**
 * On a real instance, what the sandbox's security tests check locally: only Tether admins create or
 * change connections; users and managers are refused by the connection ACLs.
 */
export const connectionAclTest = Test(
    {
        $id: Now.ID['atf-connection-acls'],
        name: 'Tether: connection ACL denials',
        description:
            'As admin inserts a process, an integration and a connection; then impersonates a new x_tether.user and asserts that inserting and updating a connection are denied (ACLs enforced), a new x_tether.manager may not update it either, and a new x_tether.admin may insert one (the positive side).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const process = atf.server.recordInsert({
            $id: Now.ID['atf-connection-acls-process'],
            table: 'x_tether_process',
            fieldValues: { name: 'ATF connection ACLs', api_name: 'atf_connection_acls', target_table: 'incident' },
        })
        const integration = atf.server.recordInsert({
            $id: Now.ID['atf-connection-acls-integration'],
            table: 'x_tether_integration',
            fieldValues: { name: 'ATF connection ACLs', process: process.record_id },
        })
        const connection = atf.server.recordInsert({
            $id: Now.ID['atf-connection-acls-connection'],
            table: 'x_tether_connection',
            fieldValues: { name: 'ATF connection ACLs - existing', integration: integration.record_id, environment: 'test', authentication: 'none' },
        })

        atf.server.createUser({
            $id: Now.ID['atf-connection-acls-user'],
            firstName: 'ATF',
            lastName: 'Tether user',
            roles: [tetherUser],
            impersonate: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-connection-acls-user-insert'],
            table: 'x_tether_connection',
            fieldValues: { name: 'ATF connection ACLs - by a user', integration: integration.record_id, environment: 'test', authentication: 'none' },
            assert: 'record_not_inserted',
            enforceSecurity: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-connection-acls-user-update'],
            table: 'x_tether_connection',
            recordId: connection.record_id,
            fieldValues: { endpoint_url: 'https://changed-by-a-user.example.com/api/x_tether/v1' },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })

        atf.server.createUser({
            $id: Now.ID['atf-connection-acls-manager'],
            firstName: 'ATF',
            lastName: 'Tether manager',
            roles: [tetherManager],
            impersonate: true,
        })
        atf.server.recordUpdate({
            $id: Now.ID['atf-connection-acls-manager-update'],
            table: 'x_tether_connection',
            recordId: connection.record_id,
            fieldValues: { endpoint_url: 'https://changed-by-a-manager.example.com/api/x_tether/v1' },
            assert: 'record_not_updated',
            enforceSecurity: true,
        })

        atf.server.createUser({
            $id: Now.ID['atf-connection-acls-admin'],
            firstName: 'ATF',
            lastName: 'Tether admin',
            roles: [tetherAdmin],
            impersonate: true,
        })
        atf.server.recordInsert({
            $id: Now.ID['atf-connection-acls-admin-insert'],
            table: 'x_tether_connection',
            fieldValues: { name: 'ATF connection ACLs - by an admin', integration: integration.record_id, environment: 'test', authentication: 'none' },
            assert: 'record_successfully_inserted',
            enforceSecurity: true,
        })
    },
)
