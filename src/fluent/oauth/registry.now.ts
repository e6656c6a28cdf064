import '@servicenow/sdk/global'
import { Record } from '@servicenow/sdk/core'

/**
 * The provider side of a pairing: an "OAuth API endpoint for external clients" for partner
 * instances running Tether, with explicit lifespans (30-minute access tokens, 100-day refresh
 * tokens, the platform defaults). Shipped inactive and without a secret: `npm run pair` generates
 * the client id and a strong secret on the instance and activates it.
 */
export const partnerClientRegistry = Record({
    $id: Now.ID['oauth-partner-client'],
    table: 'oauth_entity',
    $meta: { installMethod: 'first install' },
    data: {
        name: 'Tether partner instances',
        type: 'client',
        active: false,
        access_token_lifespan: 1800,
        refresh_token_lifespan: 8640000,
        comments: 'Partner instances running Tether obtain tokens here. Activated, with a generated secret, by npm run pair.',
    },
})
