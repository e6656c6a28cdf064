/**
 * Which partner URLs Tether will send credentials to (pure, no Glide): https, or http to this
 * machine only (a loopback address, for local sandboxes); never a URL with a user name or password
 * in it. Messages never repeat the URL, which may carry exactly the secret being refused.
 */

export type UrlProblemCode = 'invalid_url' | 'insecure_url' | 'credentials_in_url'

export interface UrlProblem {
    code: UrlProblemCode
    message: string
}

const URL_PATTERN = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([/?#].*)?$/i

/** True for localhost, 127.0.0.0/8 and ::1: addresses that never leave the machine. */
export function isLoopbackHost(host: string): boolean {
    const h = host.toLowerCase()
    return h === 'localhost' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)
}

/** The host of a URL's authority (no user info, no port), or '' when there is none. */
function hostOf(authority: string): string {
    const afterUser = authority.slice(authority.lastIndexOf('@') + 1)
    if (afterUser.startsWith('[')) {
        const end = afterUser.indexOf(']')
        return end < 0 ? '' : afterUser.slice(0, end + 1)
    }
    return afterUser.split(':')[0]
}

/** The first problem with a URL Tether would call with credentials, or undefined when it is fine. */
export function checkPartnerUrl(value: string, label: string): UrlProblem | undefined {
    const url = String(value || '').trim()
    const m = URL_PATTERN.exec(url)
    if (!m || /\s/.test(url)) return { code: 'invalid_url', message: `${label} is not a URL: use https://<instance>.service-now.com/…` }
    const scheme = m[1].toLowerCase()
    const authority = m[2]
    if (authority.includes('@')) {
        return { code: 'credentials_in_url', message: `${label} contains a user name or password (user:password@host): remove them from the URL; credentials belong in the connection's authentication fields or the OAuth registry.` }
    }
    const host = hostOf(authority)
    if (!host || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)$/i.test(host)) return { code: 'invalid_url', message: `${label} has no valid host name.` }
    if (scheme === 'https') return undefined
    if (scheme === 'http') {
        if (isLoopbackHost(host)) return undefined
        return { code: 'insecure_url', message: `${label} uses http:// to ${host}: tokens and passwords would cross the network in clear text. Use https:// (http:// is allowed for loopback addresses only).` }
    }
    return { code: 'invalid_url', message: `${label} must start with https:// (not ${scheme}://).` }
}
