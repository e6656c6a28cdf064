import { gs, GlideRecord } from '@servicenow/glide'

/** The role a partner's integration user must hold to use Tether's inbound API. */
export const INTEGRATION_ROLE = 'x_tether.integration'

interface RestRequest {
    body?: { data?: unknown }
}

interface RestResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
}

/** The installed version of Tether on this instance, from its application record. */
export function appVersion(): string {
    const app = new GlideRecord('sys_app')
    app.addQuery('scope', 'x_tether')
    app.setLimit(1)
    app.query()
    return app.next() ? String(app.getValue('version') || '') : ''
}

/**
 * Refuses callers without the integration role (403, with what is missing) and returns false so
 * the route stops; the platform has already refused unauthenticated calls with 401.
 */
export function requireIntegrationRole(response: RestResponse): boolean {
    if (gs.hasRole(INTEGRATION_ROLE)) return true
    response.setStatus(403)
    response.setBody({ error: { message: 'Forbidden', detail: `The caller needs the ${INTEGRATION_ROLE} role.` }, status: 'failure' })
    return false
}

/**
 * GET/POST /api/x_tether/v1/ping: connection tests and heartbeats. Answers who the caller is (as the
 * platform authenticated them) and which Tether version runs here, so a partner can tell that its
 * token maps to the intended integration user.
 */
export function ping(_request: RestRequest, response: RestResponse): void {
    if (!requireIntegrationRole(response)) return
    response.setStatus(200)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody({
        status: 'ok',
        user: gs.getUserName(),
        user_sys_id: gs.getUserID(),
        app: 'x_tether',
        version: appVersion(),
        time: gs.nowDateTime(),
    })
}
