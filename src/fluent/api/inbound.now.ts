import '@servicenow/sdk/global'
import { Acl, CrossScopePrivilege, Property, RestApi } from '@servicenow/sdk/core'
import { ping } from '../../server/inbound/ping'
import { postMessage } from '../../server/inbound/messages'
import { tetherAdmin, tetherIntegration } from '../security/roles.now'

/**
 * The largest message body the inbound API accepts; bigger ones get 413 before they are parsed,
 * so a partner cannot make the instance parse or store megabytes of JSON.
 */
export const inboundMaxBodyBytes = Property({
    $id: Now.ID['prop-inbound-max-body'],
    name: 'x_tether.inbound.max_body_bytes',
    type: 'integer',
    value: 1048576,
    description: 'Largest request body (bytes) POST /api/x_tether/v1/messages accepts; larger messages are refused with 413. Default 1048576 (1 MB).',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Inbound messages of the Incident process create and update incidents, a global table: the app
 * needs these cross-scope privileges on instances where runtime access tracking is enforced.
 */
export const incidentPrivilegeRead = CrossScopePrivilege({
    $id: Now.ID['csp-incident-read'],
    status: 'allowed',
    operation: 'read',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const incidentPrivilegeCreate = CrossScopePrivilege({
    $id: Now.ID['csp-incident-create'],
    status: 'allowed',
    operation: 'create',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

export const incidentPrivilegeWrite = CrossScopePrivilege({
    $id: Now.ID['csp-incident-write'],
    status: 'allowed',
    operation: 'write',
    targetName: 'incident',
    targetScope: 'global',
    targetType: 'sys_db_object',
})

/**
 * Who may call Tether's inbound API: partner integration users (x_tether.integration). The route
 * scripts check the role again, so a missing ACL can never open the API.
 */
export const inboundApiAcl = Acl({
    $id: Now.ID['acl-inbound-api'],
    type: 'rest_endpoint',
    name: 'Tether inbound API',
    operation: 'execute',
    roles: [tetherIntegration],
    description: 'Only partner integration users (x_tether.integration) may call the Tether inbound API.',
})

/**
 * Tether's inbound API at /api/x_tether/v1: what a partner instance calls with its OAuth bearer
 * token (or Basic). Ping answers connection tests and heartbeats with the caller's identity;
 * messages applies a partner's message and answers with the receipt.
 */
export const inboundApi = RestApi({
    $id: Now.ID['rest-inbound'],
    name: 'Tether inbound API',
    serviceId: 'v1',
    consumes: 'application/json',
    produces: 'application/json',
    shortDescription: 'Messages, pings and heartbeats from partner instances',
    enforceAcl: [inboundApiAcl],
    routes: [
        {
            $id: Now.ID['rest-inbound-ping-get'],
            name: 'ping',
            method: 'GET',
            path: '/ping',
            script: ping,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [inboundApiAcl],
            shortDescription: 'Connection test: answers with the caller identity and the Tether version',
        },
        {
            $id: Now.ID['rest-inbound-ping-post'],
            name: 'ping (POST)',
            method: 'POST',
            path: '/ping',
            script: ping,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [inboundApiAcl],
            shortDescription: 'Heartbeat: the same answer as GET /ping',
        },
        {
            $id: Now.ID['rest-inbound-messages-post'],
            name: 'messages',
            method: 'POST',
            path: '/messages',
            script: postMessage,
            authentication: true,
            authorization: true,
            internalRole: false,
            enforceAcl: [inboundApiAcl],
            shortDescription: 'A partner message (CreateIncident, UpdateIncident, …): applied at once; the answer is the receipt',
        },
    ],
})
