/**
 * The instance as an OAuth provider: POST /oauth_token.do and POST /oauth_revoke_token.do, driven by
 * the instance's Application Registry (oauth_entity records of type `client`), with tokens kept by
 * IssuedTokens (which owns the ServiceNow-as-provider reuse/no-rotation semantics).
 *
 * Where the platform's behaviour is unspecified we follow RFC 6749 §5.1/§5.2 and RFC 7009. Choices:
 * - OAuth inactive (com.snc.platform.security.oauth.is.active not 'true'): 400 `server_error`,
 *   "OAuth is not active on this instance". The platform answers its own failures with `server_error`;
 *   400 rather than 5xx because it is a configuration state a client must not retry.
 * - JSON body: 400 `invalid_request` (the platform fails "with an unspecified error").
 * - client_credentials while glide.oauth.inbound.client.credential.grant_type.enabled is not 'true':
 *   400 `unsupported_grant_type` (the instance does not know the grant); enabled but the registry has
 *   no active OAuth Application User: 400 `unauthorized_client`.
 * - Revoking a token issued to another client: 400 `unauthorized_client` (RFC 7009 §2.1 says refuse).
 *
 * Nothing here logs: secrets, passwords and tokens must never reach syslog or stdout.
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { InstanceCore } from '../core'
import { readBody, Route } from '../http'
import type { Runtime } from '../runtime/runtime'
import { checkPassword } from './inbound-auth'
import { hashToken, IssuedTokens } from './issued-tokens'

const DEFAULT_ACCESS_LIFESPAN_S = 1800
const DEFAULT_REFRESH_LIFESPAN_S = 8_640_000
const OAUTH_ACTIVE = 'com.snc.platform.security.oauth.is.active'
const CLIENT_CREDENTIALS_ENABLED = 'glide.oauth.inbound.client.credential.grant_type.enabled'

type Row = Record<string, string | null>

/** RFC 6749 §5.2 errors; carried as an exception so each check can stop the request in one line. */
class OAuthError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        readonly description: string,
    ) {
        super(`${code}: ${description}`)
    }
}

const invalidClient = () => new OAuthError(401, 'invalid_client', 'Client authentication failed')

/** RFC 6749 §5.1: token responses and errors must never be cached. */
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body)
    res.writeHead(status, {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json;charset=UTF-8' }),
        'Content-Length': String(Buffer.byteLength(text)),
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        ...headers,
    })
    res.end(text)
}

function sendOAuthError(res: ServerResponse, e: OAuthError): void {
    // RFC 6749 §5.2: a 401 for invalid_client carries a WWW-Authenticate challenge.
    const headers: Record<string, string> = e.status === 401 ? { 'WWW-Authenticate': 'Basic realm="oauth"' } : {}
    sendJson(res, e.status, { error: e.code, error_description: e.description }, headers)
}

function property(rt: Runtime, name: string): boolean {
    const row = rt.store.prepare('SELECT value FROM sys_properties WHERE name = ?').get(name) as { value: string | null } | undefined
    return (row?.value ?? '').trim().toLowerCase() === 'true'
}

/**
 * The form body's parameters. Query-string parameters are ignored on purpose
 * (glide.oauth.allow.parameters.in.post.body.only), and RFC 6749 §3.2 forbids repeated parameters.
 */
async function readForm(req: IncomingMessage): Promise<Map<string, string>> {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
    const body = await readBody(req, 1024 * 1024)
    if (type === 'application/json' || type.endsWith('+json')) {
        // The platform rejects JSON "with an unspecified error"; invalid_request is the RFC's word for it.
        throw new OAuthError(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded, not JSON')
    }
    if (type !== '' && type !== 'application/x-www-form-urlencoded') {
        throw new OAuthError(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded')
    }
    const params = new Map<string, string>()
    for (const [key, value] of new URLSearchParams(body)) {
        if (params.has(key)) throw new OAuthError(400, 'invalid_request', `Parameter ${key} is repeated`)
        params.set(key, value)
    }
    return params
}

/** Compares digests so a wrong secret takes as long to refuse as a nearly right one. */
function sameSecret(given: string, expected: string): boolean {
    const a = createHash('sha256').update(given).digest()
    const b = createHash('sha256').update(expected).digest()
    return timingSafeEqual(a, b) && expected !== ''
}

/** RFC 6749 §2.3.1: Basic credentials are form-encoded before base64; clients that skip that also work. */
function formDecode(value: string): string {
    try {
        return decodeURIComponent(value.replace(/\+/g, ' '))
    } catch {
        return value
    }
}

/** Authenticates the client by Basic header or body parameters and returns its oauth_entity row. */
function authenticateClient(rt: Runtime, req: IncomingMessage, params: Map<string, string>): Row {
    const header = req.headers.authorization
    let candidates: { id: string; secret: string }[]
    if (header !== undefined) {
        const [scheme, credentials = ''] = header.trim().split(/\s+/, 2)
        if (!/^basic$/i.test(scheme)) throw invalidClient()
        if (params.has('client_secret')) {
            throw new OAuthError(400, 'invalid_request', 'Use only one client authentication method (Basic header or body parameters)')
        }
        const decoded = Buffer.from(credentials, 'base64').toString('utf8')
        const colon = decoded.indexOf(':')
        if (colon < 0) throw invalidClient()
        const raw = { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
        const formed = { id: formDecode(raw.id), secret: formDecode(raw.secret) }
        candidates = formed.id === raw.id && formed.secret === raw.secret ? [raw] : [raw, formed]
        const bodyId = params.get('client_id')
        if (bodyId !== undefined && !candidates.some((c) => c.id === bodyId)) throw invalidClient()
    } else {
        candidates = [{ id: params.get('client_id') ?? '', secret: params.get('client_secret') ?? '' }]
    }
    for (const { id, secret } of candidates) {
        if (!id) continue
        const rows = rt.store.prepare('SELECT * FROM oauth_entity WHERE client_id = ?').all(id) as Row[]
        // Only active registries of type client are OAuth API endpoints for external clients.
        for (const row of rows) {
            if (row.type !== 'client' || row.active !== '1') continue
            if (sameSecret(secret, rt.crypto.decrypt(row.client_secret))) return row
        }
    }
    throw invalidClient()
}

function lifespan(value: string | null, fallback: number): number {
    const n = Number(value)
    return value !== null && value.trim() !== '' && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback
}

function required(params: Map<string, string>, ...names: string[]): string[] {
    const missing = names.filter((n) => !params.get(n))
    if (missing.length > 0) throw new OAuthError(400, 'invalid_request', `Missing parameters: ${missing.join(', ')}`)
    return names.map((n) => params.get(n)!)
}

/** A user a token may act for: present, active and not locked out. */
function userCanLogIn(rt: Runtime, userId: string | null): boolean {
    if (!userId) return false
    const user = rt.store.prepare('SELECT active, locked_out FROM sys_user WHERE sys_id = ?').get(userId) as
        | { active: string | null; locked_out: string | null }
        | undefined
    return !!user && user.active === '1' && user.locked_out !== '1'
}

function requireOAuthActive(rt: Runtime): void {
    if (!property(rt, OAUTH_ACTIVE)) throw new OAuthError(400, 'server_error', 'OAuth is not active on this instance')
}

function issue(rt: Runtime, req: IncomingMessage, params: Map<string, string>): Record<string, unknown> {
    requireOAuthActive(rt)
    const [grantType] = required(params, 'grant_type')
    const client = authenticateClient(rt, req, params)
    const tokens = new IssuedTokens(rt)
    const accessS = lifespan(client.access_token_lifespan, DEFAULT_ACCESS_LIFESPAN_S)
    const refreshS = lifespan(client.refresh_token_lifespan, DEFAULT_REFRESH_LIFESPAN_S)
    const entityId = client.sys_id!
    switch (grantType) {
        case 'password': {
            const [userName, password] = required(params, 'username', 'password')
            const userId = checkPassword(rt, userName, password)
            if (!userId) throw new OAuthError(400, 'invalid_grant', 'The user name or password is wrong, or the user may not log in')
            const t = tokens.grantWithRefresh(userId, entityId, accessS, refreshS)
            return { access_token: t.access_token, refresh_token: t.refresh_token, scope: 'useraccount', token_type: 'Bearer', expires_in: t.expires_in }
        }
        case 'refresh_token': {
            const [value] = required(params, 'refresh_token')
            const found = tokens.find(value, 'refresh_token')
            // RFC 6749 §5.2: unknown, expired, revoked or issued to another client are all invalid_grant.
            if (!found || found.clientId !== entityId) throw new OAuthError(400, 'invalid_grant', 'The refresh token is invalid, expired or revoked')
            if (!userCanLogIn(rt, found.userId)) throw new OAuthError(400, 'invalid_grant', 'The user of the refresh token may not log in')
            const t = tokens.refresh(found, value, accessS)
            return { access_token: t.access_token, refresh_token: t.refresh_token, scope: 'useraccount', token_type: 'Bearer', expires_in: t.expires_in }
        }
        case 'client_credentials': {
            if (!property(rt, CLIENT_CREDENTIALS_ENABLED)) {
                throw new OAuthError(400, 'unsupported_grant_type', `Grant type client_credentials is not enabled (${CLIENT_CREDENTIALS_ENABLED})`)
            }
            if (!userCanLogIn(rt, client.user)) {
                throw new OAuthError(400, 'unauthorized_client', 'The client has no active OAuth Application User for client_credentials')
            }
            const t = tokens.clientCredentials(client.user!, entityId, accessS)
            return { access_token: t.access_token, scope: 'useraccount', token_type: 'Bearer', expires_in: t.expires_in }
        }
        default:
            throw new OAuthError(400, 'unsupported_grant_type', 'The grant type is not supported')
    }
}

/** RFC 7009: the token is gone afterwards whether or not it existed; a refresh token takes its access tokens. */
function revoke(rt: Runtime, req: IncomingMessage, params: Map<string, string>): void {
    requireOAuthActive(rt)
    const client = authenticateClient(rt, req, params)
    const [token] = required(params, 'token')
    // token_type_hint is only an optimisation (RFC 7009 §2.1): the look-up by hash covers both types.
    const row = rt.store
        .prepare(`SELECT peer FROM oauth_credential WHERE token_hash = ? AND type IN ('access_token', 'refresh_token') AND requestor_id IS NULL`)
        .get(hashToken(token)) as { peer: string | null } | undefined
    if (!row) return
    if (row.peer !== client.sys_id) throw new OAuthError(400, 'unauthorized_client', 'The token was not issued to this client')
    new IssuedTokens(rt).revoke(token)
}

function endpoint(path: string, run: (rt: Runtime, req: IncomingMessage, params: Map<string, string>) => Record<string, unknown> | void): Route {
    return {
        method: '*',
        path,
        async handle({ req, res, core }) {
            if (req.method !== 'POST') {
                sendJson(res, 405, { error: 'invalid_request', error_description: `${path} accepts POST only` }, { Allow: 'POST' })
                return
            }
            const rt = (core as unknown as InstanceCore).rt
            try {
                const params = await readForm(req)
                const result = run(rt, req, params)
                sendJson(res, 200, result ?? undefined)
            } catch (e) {
                if (!(e instanceof OAuthError)) throw e
                sendOAuthError(res, e)
            }
        },
    }
}

/** The provider's routes, to add to an instance's route table. */
export function oauthRoutes(): Route[] {
    return [endpoint('/oauth_token.do', issue), endpoint('/oauth_revoke_token.do', revoke)]
}
