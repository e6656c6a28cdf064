import { GlideRecord } from '@servicenow/glide'
import { GlideOAuthClient, GlideOAuthClientRequest } from '@servicenow/glide/sn_auth'
import { nowMs } from './clock'
import { checkTokenResponse, responseFields } from './token-response'
import { checkPartnerUrl } from '../connection/url-check'

/**
 * The platform's OAuth client for one connection. Tokens are requested with sn_auth and stored by
 * the platform in oauth_credential against the requestor profile (this connection's table and
 * sys_id, the connection's OAuth profile), where RESTMessageV2 finds them for outbound calls.
 */

export const REQUESTOR_CONTEXT = 'x_tether_connection'

export interface TokenResult {
    ok: boolean
    httpStatus: number
    error: string
    durationMs: number
    accessToken?: string
    refreshToken?: string
    expiresIn?: number
    /** True when the platform had stored the access token of a response Tether then refused (and Tether deleted it). */
    discarded?: boolean
}

export interface StoredToken {
    accessToken: string
    refreshToken: string
}

export interface ProfileCheck {
    ok: boolean
    code?: string
    message?: string
    registryName?: string
    refreshLifespanSeconds?: number
}

/** Checks that the connection's OAuth profile exists and belongs to an active third-party provider registry with a safe token URL. */
export function checkProfile(profileId: string): ProfileCheck {
    if (!profileId) return { ok: false, code: 'missing_profile', message: 'The connection has no OAuth profile: choose the "<registry> default_profile" of the provider.' }
    const profile = new GlideRecord('oauth_entity_profile')
    if (!profile.get(profileId)) return { ok: false, code: 'missing_profile', message: 'The OAuth profile of the connection no longer exists.' }
    const entity = new GlideRecord('oauth_entity')
    if (!entity.get(String(profile.getValue('oauth_entity') || ''))) {
        return { ok: false, code: 'missing_registry', message: 'The OAuth profile has no Application Registry record.' }
    }
    if (String(entity.getValue('type')) !== 'oauth_provider') {
        return { ok: false, code: 'wrong_registry_type', message: `The profile's registry "${entity.getValue('name')}" is not a third-party OAuth provider (type ${entity.getValue('type')}).` }
    }
    if (String(entity.getValue('active')) === '0' || String(entity.getValue('active')) === 'false') {
        return { ok: false, code: 'inactive_registry', message: `The Application Registry "${entity.getValue('name')}" is inactive.` }
    }
    const tokenUrl = checkPartnerUrl(String(entity.getValue('token_url') || ''), `The token URL of the Application Registry "${entity.getValue('name')}"`)
    if (tokenUrl) return { ok: false, code: tokenUrl.code, message: tokenUrl.message }
    const lifespan = Number(entity.getValue('refresh_token_lifespan') || 0)
    return { ok: true, registryName: String(entity.getValue('name')), refreshLifespanSeconds: lifespan > 0 ? lifespan : 8640000 }
}

/** One token request through sn_auth, stored by the platform against the connection's requestor profile. */
export function requestGrant(connectionId: string, profileId: string, params: { grant_type: string; username?: string; password?: string; refresh_token?: string }): TokenResult {
    const req = new GlideOAuthClientRequest()
    req.setGrantType(params.grant_type)
    if (params.username !== undefined) req.setUserName(params.username)
    if (params.password !== undefined) req.setPassword(params.password)
    if (params.refresh_token !== undefined) req.setRefreshToken(params.refresh_token)
    req.setParameter('oauth_requestor_context', REQUESTOR_CONTEXT)
    req.setParameter('oauth_requestor', connectionId)
    req.setParameter('oauth_provider_profile', profileId)
    const started = nowMs()
    const res = new GlideOAuthClient().requestTokenByRequest(undefined, req)
    const durationMs = nowMs() - started
    const httpStatus = Number(res.getResponseCode()) || 0
    const error = String(res.getErrorMessage() || '')
    const token = res.getToken()
    if (error || !token || !token.getAccessToken()) {
        return { ok: false, httpStatus, error: error || 'Invalid token response: no access_token', durationMs }
    }
    const check = checkTokenResponse(responseFields(res.getResponseParameters(), Number(token.getExpiresIn())))
    if (!check.ok) {
        // The platform stored what it received before Tether could look at it: take the refused
        // access token back out, so that neither Tether nor RESTMessageV2 ever sends it.
        return { ok: false, httpStatus, error: check.message, durationMs, discarded: discardAccessToken(String(token.getAccessTokenSysID() || '')) }
    }
    const expiresIn = check.expiresIn
    return {
        ok: true,
        httpStatus: httpStatus || 200,
        error: '',
        durationMs,
        accessToken: String(token.getAccessToken()),
        refreshToken: token.getRefreshToken() ? String(token.getRefreshToken()) : undefined,
        expiresIn,
    }
}

/** Deletes one stored access token (oauth_credential); true when there was one. */
function discardAccessToken(credentialId: string): boolean {
    if (!credentialId) return false
    const cred = new GlideRecord('oauth_credential')
    if (!cred.get(credentialId)) return false
    return cred.deleteRecord()
}

/** The tokens the platform holds for the connection (empty strings when there are none). */
export function storedToken(connectionId: string, profileId: string): StoredToken {
    const token = new GlideOAuthClient().getToken(connectionId, profileId)
    return { accessToken: String(token.getAccessToken() || ''), refreshToken: String(token.getRefreshToken() || '') }
}

/** Revokes the connection's tokens at the provider (RFC 7009) and forgets them locally. */
export function revokeStored(connectionId: string, profileId: string, registryName: string): TokenResult {
    const stored = storedToken(connectionId, profileId)
    if (!stored.accessToken && !stored.refreshToken) return { ok: true, httpStatus: 200, error: '', durationMs: 0 }
    const started = nowMs()
    const res = new GlideOAuthClient().revokeToken(registryName, stored.accessToken || undefined, stored.refreshToken || undefined)
    const error = String(res.getErrorMessage() || '')
    return { ok: !error, httpStatus: Number(res.getResponseCode()) || 0, error, durationMs: nowMs() - started }
}
