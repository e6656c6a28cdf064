import { GlideRecord, gs } from '@servicenow/glide'
import { redactHeaders, redactSecrets, redactUrl } from '../shared/redact'

/**
 * The HTTP request log (x_tether_http_request): every call Tether makes or answers, with secrets
 * redacted and bodies cut to the x_tether.log.body_limit property.
 */
export interface HttpLogEntry {
    direction: 'outbound' | 'inbound'
    method: string
    url: string
    connection?: string
    transaction?: string
    requestHeaders?: Record<string, string>
    requestBody?: string
    statusCode: number
    responseHeaders?: Record<string, string>
    responseBody?: string
    durationMs: number
    attempt?: number
    ok: boolean
    error?: string
}

function bodyLimit(): number {
    const limit = Number(gs.getProperty('x_tether.log.body_limit', '4000'))
    return isFinite(limit) && limit >= 0 ? limit : 4000
}

function cut(text: string | undefined, limit: number): string {
    if (!text) return ''
    const redacted = redactSecrets(text)
    return redacted.length > limit ? redacted.slice(0, limit) + `… [${redacted.length - limit} more characters]` : redacted
}

function headerText(headers: Record<string, string> | undefined): string {
    if (!headers) return ''
    const safe = redactHeaders(headers)
    return Object.keys(safe)
        .map((name) => `${name}: ${safe[name]}`)
        .join('\n')
}

export function logHttp(entry: HttpLogEntry): string {
    const limit = bodyLimit()
    const gr = new GlideRecord('x_tether_http_request')
    gr.initialize()
    gr.setValue('direction', entry.direction)
    gr.setValue('method', entry.method.toUpperCase())
    gr.setValue('url', redactUrl(entry.url).slice(0, 1024))
    if (entry.connection) gr.setValue('connection', entry.connection)
    if (entry.transaction) gr.setValue('transaction', entry.transaction)
    gr.setValue('request_headers', headerText(entry.requestHeaders))
    gr.setValue('request_body', cut(entry.requestBody, limit))
    gr.setValue('status_code', entry.statusCode)
    gr.setValue('response_headers', headerText(entry.responseHeaders))
    gr.setValue('response_body', cut(entry.responseBody, limit))
    gr.setValue('duration_ms', Math.round(entry.durationMs))
    gr.setValue('attempt', entry.attempt ?? 1)
    gr.setValue('state', entry.ok ? 'ok' : 'error')
    if (entry.error) gr.setValue('error', redactSecrets(entry.error).slice(0, 1000))
    return String(gr.insert() || '')
}
