import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'

/**
 * The connection health page operators open on a desk or a phone: every connection with its token
 * state, expiries, next refresh and last error, read from GET /api/x_tether/admin/health.
 */
export const connectionHealthPage = UiPage({
    $id: Now.ID['ui-page-connection-health'],
    endpoint: 'x_tether_connection_health.do',
    category: 'general',
    description:
        'Tether connection health: token state, access and refresh token expiries, next refresh and last error of every connection (UTC). Data from /api/x_tether/admin/health, which needs x_tether.user or higher; no secrets are shown.',
    html: Now.include('./health-page/connection-health.html'),
    clientScript: Now.include('./health-page/connection-health.client.js'),
})
