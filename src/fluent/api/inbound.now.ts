import '@servicenow/sdk/global'
import { Acl, RestApi } from '@servicenow/sdk/core'
import { ping } from '../../server/inbound/ping'
import { tetherIntegration } from '../security/roles.now'

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
 * token (or Basic). Ping answers connection tests and heartbeats with the caller's identity.
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
    ],
})
