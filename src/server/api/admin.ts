import { GlideDateTime, GlideRecord, gs } from '@servicenow/glide'
import { getHealth, Health, healthOf, requestToken } from '../oauth/lifecycle'
import { testConnection } from '../transport/connection-test'
import { ensureIncidentScenario } from '../inbound/incident-scenario'

/**
 * Tether's admin API (/api/x_tether/admin): what `npm run pair` and the UI actions call to get the
 * first token, test a connection and read its health. Tether admins only; no secret in any answer.
 */

export const ADMIN_ROLE = 'x_tether.admin'

interface RestRequest {
    pathParams: Record<string, string>
    body: { data: unknown }
}

interface RestResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
}

function requireAdmin(response: RestResponse): boolean {
    if (gs.hasRole(ADMIN_ROLE)) return true
    response.setStatus(403)
    response.setBody({ error: { message: 'Forbidden', detail: `The caller needs the ${ADMIN_ROLE} role.` }, status: 'failure' })
    return false
}

function connectionOr404(request: RestRequest, response: RestResponse): string | undefined {
    const id = String(request.pathParams.sys_id || '')
    const conn = new GlideRecord('x_tether_connection')
    if (/^[0-9a-f]{32}$/.test(id) && conn.get(id)) return id
    response.setStatus(404)
    response.setBody({ error: { message: 'Not found', detail: `No connection ${id}` }, status: 'failure' })
    return undefined
}

/** POST /connections/{sys_id}/token {username?, password?, store?}: "Get OAuth Token". */
export function postToken(request: RestRequest, response: RestResponse): void {
    if (!requireAdmin(response)) return
    const id = connectionOr404(request, response)
    if (!id) return
    let data: Record<string, unknown> = {}
    try {
        const parsed = request.body.data
        data = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {}
    } catch {
        response.setStatus(400)
        response.setBody({ error: { message: 'Bad request', detail: 'The body must be JSON: {"username", "password", "store"}' }, status: 'failure' })
        return
    }
    const result = requestToken(id, {
        username: data.username === undefined ? undefined : String(data.username),
        password: data.password === undefined ? undefined : String(data.password),
        store: data.store === true || data.store === 'true',
    })
    response.setHeader('Cache-Control', 'no-store')
    response.setStatus(result.ok ? 200 : 409)
    response.setBody({ ...result, health: getHealth(id) })
}

/** POST /connections/{sys_id}/test: Test Connection (Unifi rule, at most two attempts). */
export function postTest(request: RestRequest, response: RestResponse): void {
    if (!requireAdmin(response)) return
    const id = connectionOr404(request, response)
    if (!id) return
    const result = testConnection(id)
    response.setStatus(200)
    response.setBody(result)
}

/** GET /connections/{sys_id}/health. */
export function getConnectionHealth(request: RestRequest, response: RestResponse): void {
    if (!requireAdmin(response)) return
    const id = connectionOr404(request, response)
    if (!id) return
    response.setStatus(200)
    response.setBody(getHealth(id))
}

/** One row of GET /health: the token health plus what a person needs to tell connections apart. */
export interface HealthRow extends Health {
    integration: string
    /** The environment's label (Production, Test, …). */
    environment: string
    /** oauth2, basic or none; authenticationLabel is what a person reads. */
    authentication: string
    authenticationLabel: string
}

/**
 * GET /health: every connection's token health, for the health page and monitoring. `generatedAt`
 * is the instance's clock (UTC, like every time in the answer), so a page can say "in 5 minutes"
 * without trusting the browser's clock.
 */
export function getAllHealth(_request: RestRequest, response: RestResponse): void {
    if (!gs.hasRole('x_tether.user')) {
        response.setStatus(403)
        response.setBody({ error: { message: 'Forbidden', detail: 'The caller needs a Tether role.' }, status: 'failure' })
        return
    }
    const conn = new GlideRecord('x_tether_connection')
    conn.orderBy('name')
    conn.query()
    const out: HealthRow[] = []
    while (conn.next()) {
        out.push({
            ...healthOf(conn),
            integration: conn.getDisplayValue('integration'),
            environment: conn.getDisplayValue('environment'),
            authentication: String(conn.getValue('authentication') || ''),
            authenticationLabel: conn.getDisplayValue('authentication'),
        })
    }
    response.setHeader('Cache-Control', 'no-store')
    response.setStatus(200)
    response.setBody({ generatedAt: new GlideDateTime().getValue(), timeZone: 'UTC', connections: out })
}

/** POST /integrations/{sys_id}/incident-scenario: the Incident scenario's messages for an integration (idempotent). */
export function postIncidentScenario(request: RestRequest, response: RestResponse): void {
    if (!requireAdmin(response)) return
    const id = String(request.pathParams.sys_id || '')
    const report = ensureIncidentScenario(id)
    response.setStatus(report.ok ? 200 : 404)
    response.setBody(report)
}
