import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * On a real instance, what the sandbox's connection-rule tests check locally: one active connection
 * per integration, and the integration's Active flag derived from its connections.
 */
export const oneActiveConnectionTest = Test(
    {
        $id: Now.ID['atf-one-active-connection'],
        name: 'Tether: one active connection per integration',
        description:
            'Inserts an integration with an active connection A, then an active connection B: asserts A was deactivated and the integration is active. Activating A again deactivates B; deactivating A leaves the integration inactive (state off). Covers the insert and the update path of the business rule Tether: one active connection per integration.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        const process = atf.server.recordInsert({
            $id: Now.ID['atf-one-active-process'],
            table: 'x_tether_process',
            fieldValues: { name: 'ATF one active connection', api_name: 'atf_one_active_connection', target_table: 'incident' },
        })
        const integration = atf.server.recordInsert({
            $id: Now.ID['atf-one-active-integration'],
            table: 'x_tether_integration',
            fieldValues: { name: 'ATF one active connection', process: process.record_id },
        })
        const first = atf.server.recordInsert({
            $id: Now.ID['atf-one-active-first'],
            table: 'x_tether_connection',
            fieldValues: { name: 'ATF one active - A', integration: integration.record_id, environment: 'test', authentication: 'none', active: true },
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-integration-on'],
            table: 'x_tether_integration',
            recordId: integration.record_id,
            fieldValues: 'active=true^state=active',
        })

        // Insert path: a second active connection deactivates the first.
        const second = atf.server.recordInsert({
            $id: Now.ID['atf-one-active-second'],
            table: 'x_tether_connection',
            fieldValues: { name: 'ATF one active - B', integration: integration.record_id, environment: 'pre_production', authentication: 'none', active: true },
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-first-off'],
            table: 'x_tether_connection',
            recordId: first.record_id,
            fieldValues: 'active=false',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-second-on'],
            table: 'x_tether_connection',
            recordId: second.record_id,
            fieldValues: 'active=true',
        })

        // Update path: activating the first again deactivates the second.
        atf.server.recordUpdate({
            $id: Now.ID['atf-one-active-first-again'],
            table: 'x_tether_connection',
            recordId: first.record_id,
            fieldValues: { active: true },
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-second-off'],
            table: 'x_tether_connection',
            recordId: second.record_id,
            fieldValues: 'active=false',
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-first-on'],
            table: 'x_tether_connection',
            recordId: first.record_id,
            fieldValues: 'active=true',
        })

        // No active connection left: the integration is inactive and off.
        atf.server.recordUpdate({
            $id: Now.ID['atf-one-active-first-off-again'],
            table: 'x_tether_connection',
            recordId: first.record_id,
            fieldValues: { active: false },
        })
        atf.server.recordValidation({
            $id: Now.ID['atf-one-active-integration-off'],
            table: 'x_tether_integration',
            recordId: integration.record_id,
            fieldValues: 'active=false^state=off',
        })
    },
)
