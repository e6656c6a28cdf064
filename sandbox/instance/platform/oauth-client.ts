/**
 * The platform's OAuth client (`sn_auth`): GlideOAuthClient, GlideOAuthClientRequest,
 * GlideOAuthClientResponse and GlideOAuthToken, doing real HTTP to the registry's token_url and
 * storing what it receives in oauth_credential against an oauth_requestor_profile, as the platform
 * does (reference §1.1, §1.3, §1.4, §1.7).
 *
 * What the platform records when a refresh token arrives — and what this reproduces: the stored
 * refresh token is overwritten with the one received and its expiry recomputed as now + the
 * consumer registry's refresh_token_lifespan. A ServiceNow provider echoes the same refresh token
 * (no rotation, fixed expiry), so the consumer's stored expiry drifts later than the real one — the
 * "dies silently after ~100 days" problem (KB2132135). With oauth_entity.extend_refresh_token_expiry
 * = false (Yokohama+), an echoed (unchanged) refresh token keeps its stored expiry.
 *
 * Simplifications: no authorization-code, JWT or SAML flows; no MID server; the token response
 * must be JSON; `scope` is passed through as sent.
 */
import type { Runtime } from '../runtime/runtime'
import { toGlideDateTime, fromGlideDateTime } from '../runtime/time'
import { newSysId } from '../store'
import { installLoudStubs, glideMethodNames } from '../runtime/unsupported'
import { SyncHttpClient, SyncHttpResponse } from './sync-http'

const DEFAULT_THIRD_PARTY_REFRESH_LIFESPAN_S = 8640000

type Row = Record<string, string | null>

export interface ReceivedTokens {
    accessToken: string | null
    accessExpiresMs: number | null
    accessSysId: string | null
    refreshToken: string | null
    refreshExpiresMs: number | null
    refreshSysId: string | null
    scope: string | null
}

/** The consumer-side token store: tokens received from providers, per requestor profile. */
export class ReceivedTokenStore {
    constructor(private readonly rt: Runtime) {}

    /** Finds or creates the requestor profile (profile, context, requestor id). */
    requestorProfile(profileId: string, context: string | null, requestorId: string | null): string {
        const db = this.rt.store
        const existing = (
            requestorId
                ? db
                      .prepare('SELECT sys_id FROM oauth_requestor_profile WHERE requestor_id = ? AND oauth_entity_profile = ? AND IFNULL(requestor_context, \'\') = ?')
                      .get(requestorId, profileId, context ?? '')
                : db
                      .prepare('SELECT sys_id FROM oauth_requestor_profile WHERE oauth_entity_profile = ? AND IFNULL(requestor_context, \'\') = ? AND IFNULL(requestor_id, \'\') = \'\'')
                      .get(profileId, context ?? '')
        ) as { sys_id: string } | undefined
        if (existing) return existing.sys_id
        const sysId = newSysId()
        const now = this.rt.nowString()
        this.rt.store.insertRow('oauth_requestor_profile', {
            sys_id: sysId,
            oauth_entity_profile: profileId,
            requestor_context: context,
            requestor_id: requestorId,
            personal: '0',
            sys_created_on: now,
            sys_created_by: this.rt.session.userName,
            sys_updated_on: now,
            sys_updated_by: this.rt.session.userName,
            sys_mod_count: '0',
            sys_class_name: 'oauth_requestor_profile',
        })
        return sysId
    }

    findRequestorProfile(profileId: string, requestorId: string | null, context?: string | null): string | undefined {
        const db = this.rt.store
        // By requestor_id when there is one, so that the lookup uses its index (platform-tables.ts):
        // a scan per call made a job over thousands of connections quadratic.
        const rows = (
            requestorId
                ? db.prepare('SELECT sys_id, requestor_context FROM oauth_requestor_profile WHERE requestor_id = ? AND oauth_entity_profile = ?').all(requestorId, profileId)
                : db.prepare('SELECT sys_id, requestor_context FROM oauth_requestor_profile WHERE oauth_entity_profile = ? AND IFNULL(requestor_id, \'\') = \'\'').all(profileId)
        ) as { sys_id: string; requestor_context: string | null }[]
        const match = context === undefined ? rows[0] : rows.find((r) => (r.requestor_context ?? '') === (context ?? ''))
        return match?.sys_id
    }

    read(requestorProfileId: string | undefined): ReceivedTokens {
        const empty: ReceivedTokens = { accessToken: null, accessExpiresMs: null, accessSysId: null, refreshToken: null, refreshExpiresMs: null, refreshSysId: null, scope: null }
        if (!requestorProfileId) return empty
        const rows = this.rt.store
            .prepare(`SELECT * FROM oauth_credential WHERE oauth_requestor_profile = ? ORDER BY sys_created_on DESC`)
            .all(requestorProfileId) as Row[]
        const access = rows.find((r) => r.type === 'access_token')
        const refresh = rows.find((r) => r.type === 'refresh_token')
        return {
            accessToken: access ? this.rt.crypto.decrypt(access.token_received) : null,
            accessExpiresMs: access ? (fromGlideDateTime(access.expires) ?? null) : null,
            accessSysId: access?.sys_id ?? null,
            refreshToken: refresh ? this.rt.crypto.decrypt(refresh.token_received) : null,
            refreshExpiresMs: refresh ? (fromGlideDateTime(refresh.expires) ?? null) : null,
            refreshSysId: refresh?.sys_id ?? null,
            scope: access?.scopes ?? null,
        }
    }

    /** Stores a token response against a requestor profile, the way the platform records it. */
    store(requestorProfileId: string, entity: Row, params: Record<string, unknown>): ReceivedTokens {
        const now = this.rt.now()
        const db = this.rt.store
        const previous = this.read(requestorProfileId)
        const accessToken = String(params.access_token)
        const expiresIn = Number(params.expires_in)
        const requestor = db.prepare('SELECT requestor_id FROM oauth_requestor_profile WHERE sys_id = ?').get(requestorProfileId) as { requestor_id: string | null } | undefined
        const base = {
            oauth_requestor_profile: requestorProfileId,
            requestor_id: requestor?.requestor_id ?? null,
            peer: entity.sys_id,
            user: this.rt.session.userId === 'system' ? null : this.rt.session.userId,
            scopes: params.scope === undefined ? null : String(params.scope),
            token_issued: toGlideDateTime(now),
            sys_updated_on: toGlideDateTime(now),
            sys_updated_by: this.rt.session.userName,
        }
        db.prepare(`DELETE FROM oauth_credential WHERE oauth_requestor_profile = ? AND type = 'access_token'`).run(requestorProfileId)
        this.insert({
            ...base,
            type: 'access_token',
            name: `${entity.name ?? ''} access token`,
            token_received: this.rt.crypto.encrypt(accessToken),
            // Third-party access tokens without expires_in default to 30 days on the platform.
            expires: toGlideDateTime(now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 30 * 86400) * 1000),
        })
        if (params.refresh_token !== undefined && params.refresh_token !== null && params.refresh_token !== '') {
            const refreshToken = String(params.refresh_token)
            const lifespan = Number(entity.refresh_token_lifespan) > 0 ? Number(entity.refresh_token_lifespan) : DEFAULT_THIRD_PARTY_REFRESH_LIFESPAN_S
            const echoed = previous.refreshToken === refreshToken
            const keepExpiry = echoed && entity.extend_refresh_token_expiry === '0' && previous.refreshExpiresMs !== null
            const expires = keepExpiry ? previous.refreshExpiresMs! : now + lifespan * 1000
            db.prepare(`DELETE FROM oauth_credential WHERE oauth_requestor_profile = ? AND type = 'refresh_token'`).run(requestorProfileId)
            this.insert({ ...base, type: 'refresh_token', name: `${entity.name ?? ''} refresh token`, token_received: this.rt.crypto.encrypt(refreshToken), expires: toGlideDateTime(expires) })
        }
        return this.read(requestorProfileId)
    }

    private insert(row: Row): void {
        const now = this.rt.nowString()
        this.rt.store.insertRow('oauth_credential', {
            sys_id: newSysId(),
            sys_created_on: now,
            sys_created_by: this.rt.session.userName,
            sys_mod_count: '0',
            sys_class_name: 'oauth_credential',
            ...row,
        })
    }

    /** Removes stored tokens with these values (after a revocation). */
    forget(values: string[]): void {
        const rows = this.rt.store.prepare(`SELECT sys_id, token_received FROM oauth_credential WHERE requestor_id IS NOT NULL OR oauth_requestor_profile IS NOT NULL`).all() as Row[]
        for (const r of rows) if (values.includes(this.rt.crypto.decrypt(r.token_received))) this.rt.store.deleteRow('oauth_credential', r.sys_id!)
    }
}

/** Parses a token endpoint answer: JSON parameters, or an error message that says what went wrong. */
export function parseTokenResponse(res: SyncHttpResponse): { params: Record<string, unknown>; error: string } {
    if (res.error) return { params: {}, error: res.error }
    let params: Record<string, unknown> = {}
    try {
        const parsed = JSON.parse(res.body)
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) params = parsed as Record<string, unknown>
        else return { params: {}, error: `Invalid token response (HTTP ${res.status}): not a JSON object` }
    } catch {
        return { params: {}, error: `Invalid token response (HTTP ${res.status}): not JSON (${(res.headers['content-type'] ?? 'no content type').split(';')[0]})` }
    }
    if (typeof params.error === 'string') {
        const description = params.error_description ? `, ${String(params.error_description)}` : ''
        return { params, error: `${params.error}${description}` }
    }
    if (params.error !== undefined && (res.status < 200 || res.status >= 300)) {
        // Not an RFC 6749 error but the platform's REST error envelope ({error: {message, detail}}),
        // as a node or a proxy in front of it answers a 5xx: the status and its message.
        const e = params.error as { message?: unknown; detail?: unknown }
        const text = e && typeof e === 'object' ? [e.message, e.detail].filter((x) => x !== undefined && x !== '').map(String).join(': ') : JSON.stringify(params.error)
        return { params, error: `HTTP ${res.status} from the token endpoint${text ? `: ${text}` : ''}` }
    }
    if (res.status < 200 || res.status >= 300) return { params, error: `HTTP ${res.status} from the token endpoint` }
    if (typeof params.access_token !== 'string' || params.access_token === '') return { params, error: 'Invalid token response: no access_token' }
    return { params, error: '' }
}

export interface OAuthClasses {
    GlideOAuthClient: new () => object
    GlideOAuthClientRequest: new () => object
    GlideOAuthClientResponse: new () => object
    GlideOAuthToken: new () => object
}

export function createOAuthClasses(rt: Runtime, http: SyncHttpClient): OAuthClasses & { tokens: ReceivedTokenStore; refreshWithStoredToken: (rp: string, profileId: string) => ReceivedTokens } {
    const tokens = new ReceivedTokenStore(rt)

    class GlideOAuthToken {
        constructor(
            private readonly data: ReceivedTokens = { accessToken: null, accessExpiresMs: null, accessSysId: null, refreshToken: null, refreshExpiresMs: null, refreshSysId: null, scope: null },
            private readonly expiresInOverride?: number,
        ) {}
        getAccessToken(): string | null {
            return this.data.accessToken
        }
        getRefreshToken(): string | null {
            return this.data.refreshToken
        }
        getScope(): string | null {
            return this.data.scope
        }
        /** Seconds until the access token expires (from the response, or the stored expiry). */
        getExpiresIn(): number {
            if (this.expiresInOverride !== undefined) return this.expiresInOverride
            return this.data.accessExpiresMs === null ? 0 : Math.max(0, Math.floor((this.data.accessExpiresMs - rt.now()) / 1000))
        }
        /** Seconds until the stored refresh-token expiry — as the consumer recorded it (see the echo note above). */
        getRefreshTokenExpiresIn(): number {
            return this.data.refreshExpiresMs === null ? 0 : Math.max(0, Math.floor((this.data.refreshExpiresMs - rt.now()) / 1000))
        }
        getAccessTokenSysID(): string | null {
            return this.data.accessSysId
        }
        getRefreshTokenSysID(): string | null {
            return this.data.refreshSysId
        }
    }

    class GlideOAuthClientRequest {
        private params: Record<string, string> = {}
        private headers: Record<string, string> = {}
        setGrantType(v: string): void {
            this.params.grant_type = String(v)
        }
        getGrantType(): string | null {
            return this.params.grant_type ?? null
        }
        setUserName(v: string): void {
            this.params.username = String(v)
        }
        getUserName(): string | null {
            return this.params.username ?? null
        }
        setPassword(v: string): void {
            this.params.password = String(v)
        }
        getPassword(): string | null {
            return this.params.password ?? null
        }
        setRefreshToken(v: string): void {
            this.params.refresh_token = String(v)
        }
        getRefreshToken(): string | null {
            return this.params.refresh_token ?? null
        }
        setScope(v: string): void {
            this.params.scope = String(v)
        }
        getScope(): string | null {
            return this.params.scope ?? null
        }
        setParameter(name: string, v: string): void {
            this.params[String(name)] = String(v)
        }
        getParameter(name: string): string | null {
            return this.params[String(name)] ?? null
        }
        setHeader(name: string, v: string): void {
            this.headers[String(name)] = String(v)
        }
        setHead(name: string, v: string): void {
            this.setHeader(name, v)
        }
        getHeader(name: string): string | null {
            return this.headers[String(name)] ?? null
        }
        getHeaders(): Record<string, string> {
            return { ...this.headers }
        }
        _params(): Record<string, string> {
            return { ...this.params }
        }
    }

    class GlideOAuthClientResponse {
        constructor(
            private readonly res: SyncHttpResponse = { status: 0, headers: {}, body: '', durationMs: 0 },
            private readonly params: Record<string, unknown> = {},
            private readonly error = '',
            private readonly token: GlideOAuthToken | null = null,
        ) {}
        getToken(): GlideOAuthToken | null {
            return this.token
        }
        getErrorMessage(): string | null {
            return this.error === '' ? null : this.error
        }
        getResponseCode(): string {
            return String(this.res.status)
        }
        getResponseParameters(): Record<string, string> {
            const out: Record<string, string> = {}
            for (const [k, v] of Object.entries(this.params)) if (k !== 'access_token' && k !== 'refresh_token') out[k] = String(v)
            return out
        }
        getContentType(): string {
            return this.res.headers['content-type'] ?? ''
        }
        getBody(): string {
            return this.res.body
        }
    }

    function entityByName(name: string): Row {
        const row = rt.store.prepare(`SELECT * FROM oauth_entity WHERE name = ?`).get(name) as Row | undefined
        if (!row) throw new Error(`OAuth provider "${name}" not found in the Application Registry`)
        return row
    }

    function entityOfProfile(profileId: string): Row {
        const profile = rt.store.getRow('oauth_entity_profile', profileId)
        if (!profile) throw new Error(`OAuth entity profile ${profileId} not found`)
        const entity = profile.oauth_entity ? rt.store.getRow('oauth_entity', profile.oauth_entity) : undefined
        if (!entity) throw new Error(`OAuth entity profile ${profileId} has no Application Registry record`)
        return entity as Row
    }

    /** POSTs a token request to the registry's token_url, form-encoded, with the client's credentials. */
    function post(entity: Row, params: Record<string, string>, headers: Record<string, string>): SyncHttpResponse {
        if (entity.type !== 'oauth_provider') {
            return { status: 0, headers: {}, body: '', error: `Application Registry "${entity.name}" is of type "${entity.type}", not a third-party OAuth provider`, durationMs: 0 }
        }
        if (entity.active === '0') return { status: 0, headers: {}, body: '', error: `Application Registry "${entity.name}" is inactive`, durationMs: 0 }
        const url = entity.token_url ?? ''
        const body = new URLSearchParams(params)
        const h: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', 'User-Agent': 'ServiceNow/1.0', ...headers }
        const secret = rt.crypto.decrypt(entity.client_secret)
        if (entity.send_client_credentials_as === 'basic_auth_header') {
            h.Authorization = 'Basic ' + Buffer.from(`${entity.client_id ?? ''}:${secret}`).toString('base64')
        } else {
            body.set('client_id', entity.client_id ?? '')
            body.set('client_secret', secret)
        }
        return http.request({ method: 'POST', url, headers: h, body: body.toString(), timeoutMs: 60000 })
    }

    function exchange(entity: Row, params: Record<string, string>, headers: Record<string, string>, requestorProfile: string | null): GlideOAuthClientResponse {
        const res = post(entity, params, headers)
        const parsed = parseTokenResponse(res)
        if (parsed.error) return new GlideOAuthClientResponse(res, parsed.params, parsed.error, null)
        const stored = requestorProfile ? tokens.store(requestorProfile, entity, parsed.params) : null
        const data: ReceivedTokens = stored ?? {
            accessToken: String(parsed.params.access_token),
            accessExpiresMs: null,
            accessSysId: null,
            refreshToken: parsed.params.refresh_token ? String(parsed.params.refresh_token) : null,
            refreshExpiresMs: null,
            refreshSysId: null,
            scope: parsed.params.scope ? String(parsed.params.scope) : null,
        }
        const expiresIn = Number(parsed.params.expires_in)
        return new GlideOAuthClientResponse(res, parsed.params, '', new GlideOAuthToken(data, Number.isFinite(expiresIn) ? expiresIn : undefined))
    }

    class GlideOAuthClient {
        /** Reads the stored token of a requestor for an OAuth profile (null values when there is none). */
        getToken(requestorId: string, oauthProfileId: string): GlideOAuthToken {
            return new GlideOAuthToken(tokens.read(tokens.findRequestorProfile(String(oauthProfileId), String(requestorId))))
        }

        /** requestToken(registryName, '{"grant_type":"password","username":…}'): stored against the registry's default profile. */
        requestToken(clientName: string, json: string): GlideOAuthClientResponse {
            const entity = entityByName(String(clientName))
            let params: Record<string, string>
            try {
                params = JSON.parse(String(json))
            } catch {
                throw new Error('GlideOAuthClient.requestToken: the second argument must be a JSON string')
            }
            const profile = rt.store.prepare(`SELECT sys_id FROM oauth_entity_profile WHERE oauth_entity = ? AND "default" = '1'`).get(entity.sys_id) as { sys_id: string } | undefined
            const rp = profile ? tokens.requestorProfile(profile.sys_id, null, null) : null
            return exchange(entity, params, {}, rp)
        }

        /**
         * requestTokenByRequest(registryName | null, request). With the parameters
         * oauth_requestor_context, oauth_requestor and oauth_provider_profile (the KB0823628
         * pattern) the tokens are stored against that requestor profile, where RESTMessageV2 and
         * getToken() find them; those parameters are not sent to the provider.
         */
        requestTokenByRequest(clientName: string | null, request: GlideOAuthClientRequest): GlideOAuthClientResponse {
            const params = request._params()
            const context = params.oauth_requestor_context ?? null
            const requestor = params.oauth_requestor ?? null
            const profileId = params.oauth_provider_profile ?? null
            delete params.oauth_requestor_context
            delete params.oauth_requestor
            delete params.oauth_provider_profile
            const entity = profileId ? entityOfProfile(profileId) : clientName ? entityByName(String(clientName)) : null
            if (!entity) throw new Error('GlideOAuthClient.requestTokenByRequest needs a registry name or an oauth_provider_profile parameter')
            const rp = profileId ? tokens.requestorProfile(profileId, context, requestor) : null
            return exchange(entity, params, request.getHeaders(), rp)
        }

        /** RFC 7009 revocation at the provider, then the local copies are forgotten. */
        revokeToken(clientName: string, accessToken: string | null, refreshToken: string | null, request?: GlideOAuthClientRequest | null): GlideOAuthClientResponse {
            const entity = entityByName(String(clientName))
            const revokeUrl = entity.revoke_token_url || String(entity.token_url ?? '').replace(/oauth_token\.do$/, 'oauth_revoke_token.do')
            let last: SyncHttpResponse = { status: 200, headers: {}, body: '', durationMs: 0 }
            for (const token of [refreshToken, accessToken].filter((t): t is string => Boolean(t))) {
                const body = new URLSearchParams({ token, client_id: entity.client_id ?? '', client_secret: rt.crypto.decrypt(entity.client_secret) })
                last = http.request({
                    method: 'POST',
                    url: revokeUrl,
                    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...(request?.getHeaders() ?? {}) },
                    body: body.toString(),
                    timeoutMs: 60000,
                })
                if (last.error || last.status >= 400) break
            }
            const ok = !last.error && last.status < 400
            if (ok) tokens.forget([accessToken, refreshToken].filter((t): t is string => Boolean(t)))
            return new GlideOAuthClientResponse(last, {}, ok ? '' : last.error ?? `HTTP ${last.status} from the revocation endpoint`, null)
        }
    }

    for (const [cls, name] of [
        [GlideOAuthClient, 'GlideOAuthClient'],
        [GlideOAuthClientRequest, 'GlideOAuthClientRequest'],
        [GlideOAuthClientResponse, 'GlideOAuthClientResponse'],
        [GlideOAuthToken, 'GlideOAuthToken'],
    ] as const) {
        installLoudStubs(cls.prototype, name, glideMethodNames(name, 'sn_auth'))
    }

    /** The platform's implicit refresh (RESTMessageV2 with an expired access token and a refresh token). */
    function refreshWithStoredToken(requestorProfileId: string, profileId: string): ReceivedTokens {
        const stored = tokens.read(requestorProfileId)
        if (!stored.refreshToken || (stored.refreshExpiresMs !== null && stored.refreshExpiresMs <= rt.now())) return stored
        const entity = entityOfProfile(profileId)
        const res = post(entity, { grant_type: 'refresh_token', refresh_token: stored.refreshToken }, {})
        const parsed = parseTokenResponse(res)
        if (parsed.error) {
            rt.log(1, `OAuth: could not refresh the access token for requestor profile ${requestorProfileId}: ${parsed.error}`, 'OAuth')
            return stored
        }
        return tokens.store(requestorProfileId, entity, parsed.params)
    }

    return { GlideOAuthClient, GlideOAuthClientRequest, GlideOAuthClientResponse, GlideOAuthToken, tokens, refreshWithStoredToken }
}
