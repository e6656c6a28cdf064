/**
 * Redaction of secrets in anything Tether writes down (last errors, token events, HTTP request
 * logs): Authorization values, cookies, passwords, client secrets, access and refresh tokens — in
 * headers, JSON or form bodies and URLs — and any long opaque token-looking string.
 */

export const REDACTED = '[redacted]'

/** Names whose values are always secret, wherever they appear. */
export const SECRET_NAMES = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'client_secret', 'password', 'access_token', 'refresh_token', 'id_token', 'token', 'user_password', 'basic_password', 'oauth_password']

const NAME_PATTERN = SECRET_NAMES.map((n) => n.replace(/[-_]/g, '[-_]')).join('|')

/** Redacts secret-bearing parts of free text, query strings, form bodies and JSON. */
export function redactSecrets(text: string): string {
    if (!text) return text
    return (
        String(text)
            // JSON members named like a secret: their string value
            .replace(new RegExp(`("(?:${NAME_PATTERN})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`)
            // form or query: access_token=…&
            .replace(new RegExp(`((?:^|[?&\\s;,])(?:${NAME_PATTERN})=)[^&\\s;,]*`, 'gi'), `$1${REDACTED}`)
            // header lines: Authorization: Bearer …
            .replace(new RegExp(`((?:^|\\n)\\s*(?:${NAME_PATTERN})\\s*:\\s*)[^\\r\\n]*`, 'gi'), `$1${REDACTED}`)
            // scheme + credential anywhere
            .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`)
            // long opaque strings (tokens) that slipped through
            .replace(/[A-Za-z0-9_-]{40,}={0,2}/g, REDACTED)
    )
}

/** Redacts a header map: secret header names lose their values entirely. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
    const out: Record<string, string> = {}
    for (const name of Object.keys(headers)) {
        out[name] = SECRET_NAMES.indexOf(name.toLowerCase()) >= 0 ? REDACTED : redactSecrets(String(headers[name]))
    }
    return out
}

/** Redacts credentials in a URL: user:password@ and secret query parameters. */
export function redactUrl(url: string): string {
    return redactSecrets(String(url).replace(/\/\/[^/@\s]*@/, `//${REDACTED}@`))
}
