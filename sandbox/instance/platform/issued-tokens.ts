/**
 * Tokens this instance issues as an OAuth provider, kept where the platform keeps them:
 * oauth_credential rows of type access_token / refresh_token, with the token encrypted (password2)
 * and a SHA-256 hash for look-ups, the user, the client registry (peer) and the expiry.
 *
 * ServiceNow-as-provider semantics (reference §1.2, KB0791140):
 * - lifespans come from the client's registry record;
 * - a grant while an access token for the same user and client is still valid returns that same
 *   access token, its expiry renewed to a full lifespan;
 * - refresh tokens are not rotated: a refresh_token grant returns the same refresh token with its
 *   original, fixed expiry;
 * - a new password grant while a refresh token is valid returns that refresh token with its expiry
 *   extended to a full lifespan;
 * - client_credentials issues no refresh token;
 * - revoking a refresh token revokes the access tokens issued with it.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Runtime } from '../runtime/runtime'
import { toGlideDateTime, fromGlideDateTime } from '../runtime/time'
import { newSysId } from '../store'

export interface IssuedToken {
    sysId: string
    type: 'access_token' | 'refresh_token'
    userId: string
    clientId: string
    expiresMs: number
    parent: string | null
}

export function hashToken(token: string): string {
    return createHash('sha256').update(token).digest('hex')
}

/** Tokens look like the platform's: long URL-safe random strings. */
function newToken(): string {
    return randomBytes(64).toString('base64url')
}

export class IssuedTokens {
    constructor(private readonly rt: Runtime) {}

    private row(r: Record<string, string | null>): IssuedToken {
        return {
            sysId: r.sys_id!,
            type: r.type as IssuedToken['type'],
            userId: r.user ?? '',
            clientId: r.peer ?? '',
            expiresMs: fromGlideDateTime(r.expires) ?? 0,
            parent: r.parent_token ?? null,
        }
    }

    /** The issued token with this value even when it has expired (revoked tokens are deleted). */
    findIncludingExpired(token: string): IssuedToken | undefined {
        const r = this.rt.store
            .prepare(`SELECT * FROM oauth_credential WHERE token_hash = ? AND type IN ('access_token', 'refresh_token') AND requestor_id IS NULL`)
            .get(hashToken(token)) as Record<string, string | null> | undefined
        return r ? this.row(r) : undefined
    }

    /** The valid (unexpired) issued token with this value, if any. */
    find(token: string, type?: IssuedToken['type']): IssuedToken | undefined {
        const r = this.rt.store
            .prepare(`SELECT * FROM oauth_credential WHERE token_hash = ? AND type IN ('access_token', 'refresh_token') AND requestor_id IS NULL`)
            .get(hashToken(token)) as Record<string, string | null> | undefined
        if (!r) return undefined
        const t = this.row(r)
        if (type && t.type !== type) return undefined
        return t.expiresMs > this.rt.now() ? t : undefined
    }

    private current(type: IssuedToken['type'], userId: string, clientId: string): (IssuedToken & { value: string }) | undefined {
        const rows = this.rt.store
            .prepare(`SELECT * FROM oauth_credential WHERE type = ? AND user = ? AND peer = ? AND requestor_id IS NULL ORDER BY expires DESC`)
            .all(type, userId, clientId) as Record<string, string | null>[]
        for (const r of rows) {
            const t = this.row(r)
            if (t.expiresMs > this.rt.now()) return { ...t, value: this.rt.crypto.decrypt(r.token) }
        }
        return undefined
    }

    private insert(type: IssuedToken['type'], userId: string, clientId: string, lifespanS: number, parent: string | null): { value: string; sysId: string } {
        const value = newToken()
        const now = this.rt.now()
        const sysId = newSysId()
        const stamp = toGlideDateTime(now)
        this.rt.store.insertRow('oauth_credential', {
            sys_id: sysId,
            type,
            name: type === 'access_token' ? 'Access token' : 'Refresh token',
            token: this.rt.crypto.encrypt(value),
            token_hash: hashToken(value),
            expires: toGlideDateTime(now + lifespanS * 1000),
            token_issued: stamp,
            user: userId,
            peer: clientId,
            parent_token: parent,
            scopes: 'useraccount',
            sys_created_on: stamp,
            sys_created_by: 'system',
            sys_updated_on: stamp,
            sys_updated_by: 'system',
            sys_mod_count: '0',
            sys_class_name: 'oauth_credential',
        })
        return { value, sysId }
    }

    private extend(sysId: string, lifespanS: number): void {
        this.rt.store.updateRow('oauth_credential', sysId, { expires: toGlideDateTime(this.rt.now() + lifespanS * 1000), sys_updated_on: toGlideDateTime(this.rt.now()) })
    }

    /** Password (and auth-code) grant: both tokens, reusing and extending what is still valid. */
    grantWithRefresh(userId: string, clientId: string, accessLifespanS: number, refreshLifespanS: number) {
        const refresh = this.current('refresh_token', userId, clientId)
        if (refresh) this.extend(refresh.sysId, refreshLifespanS)
        const refreshToken = refresh ? { value: refresh.value, sysId: refresh.sysId } : this.insert('refresh_token', userId, clientId, refreshLifespanS, null)
        return { ...this.access(userId, clientId, accessLifespanS, refreshToken.sysId), refresh_token: refreshToken.value }
    }

    /** Refresh grant: a (possibly the same) access token; the refresh token is echoed unchanged. */
    refresh(refreshToken: IssuedToken, refreshValue: string, accessLifespanS: number) {
        return { ...this.access(refreshToken.userId, refreshToken.clientId, accessLifespanS, refreshToken.sysId), refresh_token: refreshValue }
    }

    /** Client credentials: an access token only. */
    clientCredentials(userId: string, clientId: string, accessLifespanS: number) {
        return this.access(userId, clientId, accessLifespanS, null)
    }

    private access(userId: string, clientId: string, lifespanS: number, parent: string | null) {
        const existing = this.current('access_token', userId, clientId)
        if (existing) {
            this.extend(existing.sysId, lifespanS)
            return { access_token: existing.value, expires_in: lifespanS }
        }
        const created = this.insert('access_token', userId, clientId, lifespanS, parent)
        return { access_token: created.value, expires_in: lifespanS }
    }

    /** RFC 7009: revoking an unknown token is not an error; a refresh token takes its access tokens with it. */
    revoke(token: string): boolean {
        const r = this.rt.store.prepare(`SELECT * FROM oauth_credential WHERE token_hash = ? AND requestor_id IS NULL`).get(hashToken(token)) as
            | Record<string, string | null>
            | undefined
        if (!r) return false
        this.rt.store.prepare('DELETE FROM oauth_credential WHERE parent_token = ?').run(r.sys_id)
        this.rt.store.deleteRow('oauth_credential', r.sys_id!)
        return true
    }

    /** Fault injection: every token this instance issued stops working at once. */
    revokeAll(): number {
        return this.rt.store.prepare(`DELETE FROM oauth_credential WHERE requestor_id IS NULL AND type IN ('access_token', 'refresh_token')`).run().changes
    }
}
