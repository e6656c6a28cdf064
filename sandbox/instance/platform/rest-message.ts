/**
 * `sn_ws.RESTMessageV2` and `RESTResponseV2` for scoped scripts: a synchronous `execute()` over real
 * HTTP, `executeAsync()` + `waitForResponse()`, headers, query parameters, Basic auth, timeouts and
 * the OAuth 2.0 profile: `setAuthenticationProfile('oauth2', profileId)` with
 * `setRequestorProfile(context, id)` attaches the stored access token of that requestor, refreshing
 * it first when it has expired and a refresh token is stored, as the platform does (KB1437067). It
 * does not refresh before expiry — keeping tokens fresh is the caller's job (Tether's).
 *
 * Simplifications: no named REST messages (sys_rest_message), no MID server, no mutual auth; the
 * response body is text (UTF-8).
 */
import type { Runtime } from '../runtime/runtime'
import { SandboxUnsupportedError, installLoudStubs, glideMethodNames } from '../runtime/unsupported'
import { SyncHttpClient, SyncHttpResponse } from './sync-http'
import type { ReceivedTokens, ReceivedTokenStore } from './oauth-client'

/** The platform's default socket timeout for outbound REST is long; the sandbox uses 60 s. */
const DEFAULT_TIMEOUT_MS = 60000

export function createRestMessageClasses(
    rt: Runtime,
    http: SyncHttpClient,
    oauth: { tokens: ReceivedTokenStore; refreshWithStoredToken: (rp: string, profileId: string) => ReceivedTokens },
) {
    class RESTResponseV2 {
        constructor(private readonly res: SyncHttpResponse) {}
        getStatusCode(): number {
            return this.res.status
        }
        getBody(): string {
            return this.res.body
        }
        getHeader(name: string): string | null {
            return this.res.headers[String(name).toLowerCase()] ?? null
        }
        getHeaders(): Record<string, string> {
            return { ...this.res.headers }
        }
        getAllHeaders(): { name: string; value: string }[] {
            return Object.entries(this.res.headers).map(([name, value]) => ({ name, value }))
        }
        haveError(): boolean {
            return Boolean(this.res.error) || this.res.status >= 400 || this.res.status === 0
        }
        getErrorCode(): number {
            if (this.res.error) return /timed out/i.test(this.res.error) ? 1 : -1
            return this.res.status >= 400 ? this.res.status : 0
        }
        getErrorMessage(): string | null {
            if (this.res.error) return this.res.error
            return this.res.status >= 400 ? `Method failed: (${this.res.status}) with code: ${this.res.status}` : null
        }
        /** The request already completed in executeAsync(); waiting is a no-op. */
        waitForResponse(_seconds?: number): void {}
        getQueryString(): string {
            return ''
        }
        /** Duration of the call in ms (the sandbox's addition for logging; not a platform method). */
        _durationMs(): number {
            return this.res.durationMs
        }
    }

    class RESTMessageV2 {
        private endpoint = ''
        private method = 'get'
        private headers: Record<string, string> = {}
        private query: [string, string][] = []
        private body: string | undefined
        private timeoutMs = DEFAULT_TIMEOUT_MS
        private basic: [string, string] | undefined
        private authType: string | undefined
        private authProfile: string | undefined
        private requestor: [string, string] | undefined
        private stringParams: Record<string, string> = {}

        constructor(name?: unknown, methodName?: unknown) {
            if (name !== undefined || methodName !== undefined) {
                throw new SandboxUnsupportedError('RESTMessageV2', 'constructor', { detail: 'named REST messages (sys_rest_message) are not simulated; use new RESTMessageV2() and setters' })
            }
        }
        setEndpoint(url: string): void {
            this.endpoint = String(url)
        }
        getEndpoint(): string {
            return this.substitute(this.endpoint)
        }
        setHttpMethod(method: string): void {
            this.method = String(method).toLowerCase()
        }
        setRequestHeader(name: string, value: string): void {
            this.headers[String(name)] = String(value)
        }
        getRequestHeader(name: string): string | null {
            const key = Object.keys(this.headers).find((k) => k.toLowerCase() === String(name).toLowerCase())
            return key ? this.headers[key] : null
        }
        getRequestHeaders(): Record<string, string> {
            return { ...this.headers }
        }
        setQueryParameter(name: string, value: string): void {
            this.query.push([String(name), String(value)])
        }
        setRequestBody(body: string): void {
            this.body = String(body)
        }
        getRequestBody(): string {
            return this.substitute(this.body ?? '')
        }
        setStringParameter(name: string, value: string): void {
            this.stringParams[String(name)] = encodeURIComponent(String(value))
        }
        setStringParameterNoEscape(name: string, value: string): void {
            this.stringParams[String(name)] = String(value)
        }
        setHttpTimeout(ms: number): void {
            this.timeoutMs = Math.max(1, Number(ms) || DEFAULT_TIMEOUT_MS)
        }
        setBasicAuth(user: string, password: string): void {
            this.basic = [String(user), String(password)]
        }
        setAuthenticationProfile(type: string, profileId: string): void {
            const t = String(type).toLowerCase()
            if (t !== 'oauth2' && t !== 'basic') throw new SandboxUnsupportedError('RESTMessageV2', 'setAuthenticationProfile', { detail: `type "${type}"` })
            if (t === 'basic') throw new SandboxUnsupportedError('RESTMessageV2', 'setAuthenticationProfile', { detail: 'basic auth profiles (sys_auth_profile_basic); use setBasicAuth' })
            this.authType = t
            this.authProfile = String(profileId)
        }
        setRequestorProfile(requestorContext: string, requestorId: string): void {
            this.requestor = [String(requestorContext), String(requestorId)]
        }
        setLogLevel(_level: string): void {}
        setEccParameter(): void {
            throw new SandboxUnsupportedError('RESTMessageV2', 'setEccParameter')
        }

        private substitute(text: string): string {
            return text.replace(/\$\{([^}]+)\}/g, (m, k: string) => this.stringParams[k] ?? m)
        }

        /** The stored access token for the OAuth profile and requestor; refreshed first if it has expired. */
        private bearer(): { token?: string; error?: string } {
            const profileId = this.authProfile!
            if (!rt.store.getRow('oauth_entity_profile', profileId)) return { error: `OAuth profile ${profileId} not found` }
            const rp = this.requestor
                ? oauth.tokens.findRequestorProfile(profileId, this.requestor[1], this.requestor[0])
                : oauth.tokens.findRequestorProfile(profileId, null)
            if (!rp) return { error: 'OAuth access token is not present or has expired' }
            let stored = oauth.tokens.read(rp)
            const expired = !stored.accessToken || (stored.accessExpiresMs !== null && stored.accessExpiresMs <= rt.now())
            if (expired) stored = oauth.refreshWithStoredToken(rp, profileId)
            if (!stored.accessToken || (stored.accessExpiresMs !== null && stored.accessExpiresMs <= rt.now())) {
                return { error: 'OAuth access token is not present or has expired' }
            }
            return { token: stored.accessToken }
        }

        execute(): RESTResponseV2 {
            let url = this.getEndpoint()
            if (this.query.length > 0) {
                const u = new URL(url)
                for (const [k, v] of this.query) u.searchParams.append(k, v)
                url = u.toString()
            }
            const headers: Record<string, string> = { 'User-Agent': 'ServiceNow/1.0', ...this.headers }
            if (this.basic) headers.Authorization = 'Basic ' + Buffer.from(`${this.basic[0]}:${this.basic[1]}`).toString('base64')
            if (this.authType === 'oauth2') {
                const auth = this.bearer()
                if (auth.error) return new RESTResponseV2({ status: 0, headers: {}, body: '', error: auth.error, durationMs: 0 })
                headers.Authorization = `Bearer ${auth.token}`
            }
            const body = this.body === undefined ? undefined : this.getRequestBody()
            return new RESTResponseV2(http.request({ method: this.method.toUpperCase(), url, headers, body, timeoutMs: this.timeoutMs }))
        }

        executeAsync(): RESTResponseV2 {
            return this.execute()
        }
    }

    installLoudStubs(RESTMessageV2.prototype, 'RESTMessageV2', glideMethodNames('RESTMessageV2', 'sn_ws'))
    installLoudStubs(RESTResponseV2.prototype, 'RESTResponseV2', glideMethodNames('RESTResponseV2', 'sn_ws'))
    return { RESTMessageV2, RESTResponseV2 }
}
