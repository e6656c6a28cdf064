/**
 * What Tether accepts from a token endpoint once the platform's OAuth client has parsed it (pure, no
 * Glide): RFC 6749 §5.1 says a successful answer carries an access_token, token_type and — from a
 * ServiceNow provider, always — expires_in. The platform's client takes much of what a provider
 * sends at face value (a token_type other than Bearer, an expires_in that is missing, negative, not
 * a number or centuries long); Tether refuses such an answer with a clear message rather than use a
 * token it cannot send as a Bearer token or plan a refresh on a lifetime that makes no sense.
 */

/** The longest access-token lifetime Tether believes: one year. Longer is a broken provider or proxy. */
export const MAX_EXPIRES_IN_SECONDS = 366 * 86400

/** Every message starts like this, so classifyTokenError files it as a transient bad_response. */
export const INVALID_TOKEN_RESPONSE = 'Invalid token response'

export interface TokenResponseFields {
    /** The access token's presence, never its value: this module must not see secrets. */
    hasAccessToken: boolean
    /** As the platform reports the response parameters: strings (or absent). */
    tokenType?: unknown
    expiresIn?: unknown
}

export type TokenResponseCheck = { ok: true; expiresIn: number } | { ok: false; message: string }

/** Describes a parameter value for a message without echoing long or odd text back in full. */
function shown(value: unknown): string {
    const text = String(value)
    return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}

/** Checks a successful-looking token response; the message names the offending parameter. */
export function checkTokenResponse(fields: TokenResponseFields): TokenResponseCheck {
    if (!fields.hasAccessToken) return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: no access_token` }
    const tokenType = fields.tokenType === undefined || fields.tokenType === null ? '' : String(fields.tokenType).trim()
    if (tokenType === '') return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: no token_type (Tether sends tokens as Bearer tokens)` }
    if (tokenType.toLowerCase() !== 'bearer') return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: token_type is ${shown(tokenType)}, not Bearer` }
    const raw = fields.expiresIn === undefined || fields.expiresIn === null ? '' : String(fields.expiresIn).trim()
    if (raw === '') return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: no expires_in (a ServiceNow provider always sends the access token's lifetime)` }
    if (!/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(raw)) return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: expires_in is ${shown(raw)}, not a number of seconds` }
    const expiresIn = Math.floor(Number(raw))
    if (!(expiresIn > 0)) return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: expires_in is ${raw}; it must be a positive number of seconds` }
    if (expiresIn > MAX_EXPIRES_IN_SECONDS) {
        return { ok: false, message: `${INVALID_TOKEN_RESPONSE}: expires_in is ${shown(raw)} seconds, more than a year (at most ${MAX_EXPIRES_IN_SECONDS})` }
    }
    return { ok: true, expiresIn }
}

/**
 * The fields of a token response Tether checks. The platform reports the response's parameters as
 * strings (tokens left out); which ones is not documented. When it reports neither token_type nor
 * expires_in, Tether cannot tell a provider that left them out from a platform that does not pass
 * them on, so it does not refuse the token for that: the lifetime the platform computed stands in
 * for expires_in and token_type goes unchecked. A map with one of them is the provider's answer as
 * sent, and both are checked.
 */
export function responseFields(parameters: Record<string, unknown> | null | undefined, platformExpiresIn: number): TokenResponseFields {
    const params = parameters || {}
    const reported = params['token_type'] !== undefined || params['expires_in'] !== undefined
    return {
        hasAccessToken: true,
        tokenType: reported ? params['token_type'] : 'Bearer',
        expiresIn: reported ? params['expires_in'] : platformExpiresIn,
    }
}
