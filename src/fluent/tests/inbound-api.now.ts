import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'
import { tetherIntegration } from '../security/roles.now'

/**
 * On a real instance, what the sandbox's scripted REST tests check locally: the inbound API answers
 * a user holding x_tether.integration and refuses (403) an authenticated user without it.
 */
export const inboundApiTest = Test(
    {
        $id: Now.ID['atf-inbound-api'],
        name: 'Tether: inbound API status codes',
        description:
            'Creates a user with only x_tether.integration and one with no role (ATF Create a User), gives each a random password and a Basic Auth profile, then calls GET /api/x_tether/v1/ping as each: 200 with status ok for the integration user, 403 for the user without the role (the REST ACL Tether inbound API).',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        // The users come from ATF's own Create a User step (the role grant is the platform's, not a
        // scoped script's); the scripts give each a random password and a Basic Auth profile.
        atf.server.createUser({
            $id: Now.ID['atf-inbound-api-create-integration-user'],
            firstName: 'ATF',
            lastName: 'Tether integration',
            fieldValues: { user_name: 'atf.tether.integration', web_service_access_only: true },
            roles: [tetherIntegration],
            impersonate: false,
        })
        const integrationUser = atf.server.runServerSideScript({
            $id: Now.ID['atf-inbound-api-integration-user'],
            script: Now.include('./scripts/inbound-integration-user.atf.server.js'),
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-api-ping-integration'],
            path: '/api/x_tether/v1/ping',
            method: 'get',
            auth: 'basic',
            basicAuthentication: integrationUser.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-inbound-api-ping-integration-200'],
            operation: 'equals',
            statusCode: 200,
        })
        atf.rest.assertResponsePayload({
            $id: Now.ID['atf-inbound-api-ping-integration-body'],
            operation: 'contains',
            responseBody: '"status":"ok"',
        })

        atf.server.createUser({
            $id: Now.ID['atf-inbound-api-create-no-role-user'],
            firstName: 'ATF',
            lastName: 'Tether no role',
            fieldValues: { user_name: 'atf.tether.norole', web_service_access_only: true },
            roles: [],
            impersonate: false,
        })
        const noRoleUser = atf.server.runServerSideScript({
            $id: Now.ID['atf-inbound-api-no-role-user'],
            script: Now.include('./scripts/inbound-no-role-user.atf.server.js'),
        })
        atf.rest.sendRestRequest({
            $id: Now.ID['atf-inbound-api-ping-no-role'],
            path: '/api/x_tether/v1/ping',
            method: 'get',
            auth: 'basic',
            basicAuthentication: noRoleUser.record_id,
            headers: { Accept: 'application/json' },
        })
        atf.rest.assertStatusCode({
            $id: Now.ID['atf-inbound-api-ping-no-role-403'],
            operation: 'equals',
            statusCode: 403,
        })
    },
)
