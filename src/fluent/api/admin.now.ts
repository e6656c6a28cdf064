import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { getAllHealth, getConnectionHealth, postIncidentScenario, postTest, postToken } from '../../server/api/admin'
import { tetherAdmin, tetherUser } from '../security/roles.now'

/** Tether admins operate connections through the admin API (pairing, UI actions). */
export const adminApiAcl = Acl({
    $id: Now.ID['acl-admin-api'],
    type: 'rest_endpoint',
    name: 'Tether admin API',
    operation: 'execute',
    roles: [tetherAdmin],
    description: 'Only Tether admins may get tokens and test connections through the Tether admin API.',
})

/** Anyone with a Tether role may read connection health (no secrets in it). */
export const healthApiAcl = Acl({
    $id: Now.ID['acl-admin-api-health'],
    type: 'rest_endpoint',
    name: 'Tether connection health',
    operation: 'execute',
    roles: [tetherUser],
    description: 'Tether users, managers and admins may read connection health.',
})

/**
 * /api/x_tether/admin: get the first OAuth token, test a connection, read token health. Used by
 * `npm run pair` and the connection UI actions.
 */
export const adminApi = RestApi({
    $id: Now.ID['rest-admin'],
    name: 'Tether admin API',
    serviceId: 'admin',
    consumes: 'application/json',
    produces: 'application/json',
    shortDescription: 'Get OAuth tokens, test connections, read token health',
    enforceAcl: [adminApiAcl],
    routes: [
        {
            $id: Now.ID['rest-admin-token'],
            name: 'get OAuth token',
            method: 'POST',
            path: '/connections/{sys_id}/token',
            script: postToken,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [adminApiAcl],
            shortDescription: 'Get OAuth Token: {username, password, store} for the password grant; nothing for client credentials',
        },
        {
            $id: Now.ID['rest-admin-test'],
            name: 'test connection',
            method: 'POST',
            path: '/connections/{sys_id}/test',
            script: postTest,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [adminApiAcl],
            shortDescription: 'Test Connection: GET <endpoint>/ping, failing on 400/401/403/404/405',
        },
        {
            $id: Now.ID['rest-admin-connection-health'],
            name: 'connection health',
            method: 'GET',
            path: '/connections/{sys_id}/health',
            script: getConnectionHealth,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [adminApiAcl],
            shortDescription: 'Token state, expiries, next refresh and last error of one connection',
        },
        {
            $id: Now.ID['rest-admin-incident-scenario'],
            name: 'incident scenario',
            method: 'POST',
            path: '/integrations/{sys_id}/incident-scenario',
            script: postIncidentScenario,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [adminApiAcl],
            shortDescription: "The Incident scenario's messages (CreateIncident, UpdateIncident, ResolveIncident, Receipt, Heartbeat) for an integration",
        },
        {
            $id: Now.ID['rest-admin-health'],
            name: 'health',
            method: 'GET',
            path: '/health',
            script: getAllHealth,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [healthApiAcl],
            shortDescription: 'Token health of every connection',
        },
    ],
})
