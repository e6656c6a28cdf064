/**
 * Pure rules of Tether's inbound message API: the envelope a partner POSTs to /messages, what makes
 * it valid, and which payload fields may reach the target record. No Glide here, so every rule is
 * unit-tested in Node and the handler (messages.ts) only does the platform work.
 *
 *   {"message_id": "m-1", "process": "incident", "message": "CreateIncident",
 *    "sent_at": "2026-03-02 09:00:00", "reference": "INC0010001", "external_reference": "INC0020002",
 *    "payload": {"short_description": "Printer on fire"}}
 */

/** A scalar a payload field may carry; objects and arrays have no column to go to. */
export type PayloadValue = string | number | boolean | null

export interface Envelope {
    messageId: string
    process: string
    message: string
    sentAt?: string
    /** The sender's record number (INC0010001 on the partner). */
    reference?: string
    /** Our record number, when the sender knows it (updates, resolves). */
    externalReference?: string
    payload: Record<string, PayloadValue>
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false; problems: string[] }

/** Message ids are opaque to us but end up in queries and logs: a safe, bounded alphabet. */
export const MESSAGE_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/

/** The platform's date-time value format, UTC. */
export const SENT_AT_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/

/** The fields the envelope knows; anything else at the top level is ignored (newer senders). */
export const ENVELOPE_FIELDS = ['message_id', 'process', 'message', 'sent_at', 'reference', 'external_reference', 'payload']

/**
 * Column types a partner may never write, whatever the payload says: secrets, and code or
 * conditions the instance would later run or evaluate. Values are data, never instructions.
 */
export const BLOCKED_TYPES = ['password', 'password2', 'script', 'script_plain', 'script_server', 'conditions', 'condition_string', 'user_roles']

/** Columns that belong to the receiving instance: identity, numbering, class, domain. */
export const PROTECTED_FIELDS = ['number', 'sys_id', 'sys_class_name', 'sys_domain', 'sys_domain_path']

/** Plain column names only: no dot-walking, no encoded-query syntax smuggled in as a name. */
export const FIELD_NAME_PATTERN = /^[a-z][a-z0-9_]{0,79}$/

/** What a resolve message sets when the payload does not say otherwise (incident: 6 Resolved). */
export const RESOLVED_STATE: Record<string, string> = { incident: '6' }

/** Message types that change a record, and the ones that only get an answer. */
export const RECORD_TYPES = ['create', 'update', 'resolve']
export const ANSWER_ONLY_TYPES = ['heartbeat', 'response', 'receipt']

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A name or reference: trimmed, bounded, no control characters, no encoded-query separator, no javascript: value. */
function textProblem(field: string, value: unknown, max: number, required: boolean): string | undefined {
    if (value === undefined || value === null || value === '') return required ? `${field} is required` : undefined
    if (typeof value !== 'string') return `${field} must be a string`
    if (value.trim() !== value || value.length > max) return `${field} must be 1-${max} characters without leading or trailing spaces`
    if (/[\u0000-\u001f\u007f^]/.test(value)) return `${field} must not contain control characters or "^"`
    // These values end up in queries, where the platform evaluates a javascript: value as a script.
    if (/^javascript:/i.test(value)) return `${field} must not start with "javascript:"`
    return undefined
}

/** True for a real calendar date-time in the platform format. */
export function isDateTimeValue(value: string): boolean {
    const m = SENT_AT_PATTERN.exec(value)
    if (!m) return false
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number)
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60
}

/** Checks a parsed body against the envelope, naming every problem rather than the first one. */
export function validateEnvelope(body: unknown): EnvelopeResult {
    if (!isObject(body)) return { ok: false, problems: ['the body must be a JSON object (the message envelope)'] }
    const problems: string[] = []
    const id = body.message_id
    if (id === undefined || id === null || id === '') problems.push('message_id is required')
    else if (typeof id !== 'string' || !MESSAGE_ID_PATTERN.test(id)) problems.push('message_id must be 1-64 characters of A-Z a-z 0-9 . _ : -')
    for (const [field, max, required] of [
        ['process', 80, true],
        ['message', 80, true],
        ['reference', 100, false],
        ['external_reference', 100, false],
    ] as [string, number, boolean][]) {
        const problem = textProblem(field, body[field], max, required)
        if (problem) problems.push(problem)
    }
    const sentAt = body.sent_at
    if (sentAt !== undefined && sentAt !== null && sentAt !== '' && (typeof sentAt !== 'string' || !isDateTimeValue(sentAt))) {
        problems.push('sent_at must be a date-time "YYYY-MM-DD HH:mm:ss" (UTC)')
    }
    const payload = body.payload === undefined || body.payload === null ? {} : body.payload
    if (!isObject(payload)) problems.push('payload must be a JSON object of field names and values')
    else {
        for (const name of Object.keys(payload)) {
            const value = payload[name]
            if (value !== null && ['string', 'number', 'boolean'].indexOf(typeof value) < 0) {
                problems.push(`payload.${name} must be a string, number, boolean or null`)
            } else if (typeof value === 'number' && !isFinite(value)) {
                problems.push(`payload.${name} must be a finite number`)
            }
        }
    }
    if (problems.length > 0) return { ok: false, problems }
    const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)
    return {
        ok: true,
        envelope: {
            messageId: String(id),
            process: String(body.process),
            message: String(body.message),
            sentAt: text(sentAt),
            reference: text(body.reference),
            externalReference: text(body.external_reference),
            payload: payload as Record<string, PayloadValue>,
        },
    }
}

/** What a message of this type needs besides the envelope: the references that find or make a bond. */
export function referenceProblems(type: string, envelope: Envelope): string[] {
    if (type === 'create' && !envelope.reference) return ['reference (the sender\'s record number) is required for a create message']
    if ((type === 'update' || type === 'resolve') && !envelope.reference && !envelope.externalReference) {
        return [`reference or external_reference is required for a ${type} message`]
    }
    return []
}

/** Parses the body text; the error says what is wrong in the caller's terms. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
    if (text.trim() === '') return { ok: false, error: 'Body is not valid JSON: the body is empty' }
    try {
        return { ok: true, value: JSON.parse(text) }
    } catch (e) {
        return { ok: false, error: `Body is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
    }
}

/** UTF-8 byte length without Node's Buffer or the browser's TextEncoder (neither runs on the instance). */
export function utf8Length(text: string): number {
    let bytes = 0
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c < 0x80) bytes += 1
        else if (c < 0x800) bytes += 2
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            const next = text.charCodeAt(i + 1)
            if (next >= 0xdc00 && next <= 0xdfff) {
                bytes += 4
                i++
            } else bytes += 3
        } else bytes += 3
    }
    return bytes
}

/** The value setValue() gets: text, exactly as sent (null clears the field). */
export function fieldValue(value: PayloadValue): string {
    if (value === null) return ''
    if (typeof value === 'boolean') return value ? 'true' : 'false'
    return String(value)
}

export interface FieldSelection {
    /** Field name to the literal value to set. */
    fields: Record<string, string>
    /** Payload fields left out, with why, so the sender can see a typo or a refused field. */
    ignored: { name: string; reason: string }[]
}

/**
 * Which payload fields reach the target record: real columns (`columnType` answers the column's
 * internal type, or undefined when the table has no such column), not system or protected fields,
 * not secret or script columns.
 */
export function selectFields(payload: Record<string, PayloadValue>, columnType: (name: string) => string | undefined): FieldSelection {
    const out: FieldSelection = { fields: {}, ignored: [] }
    for (const name of Object.keys(payload)) {
        let reason: string | undefined
        if (!FIELD_NAME_PATTERN.test(name)) reason = 'not a column name'
        else if (name.indexOf('sys_') === 0 || PROTECTED_FIELDS.indexOf(name) >= 0) reason = 'system field'
        else {
            const type = columnType(name)
            if (type === undefined) reason = 'no such column'
            else if (BLOCKED_TYPES.indexOf(type) >= 0) reason = `column type ${type} is not writable by partners`
        }
        if (reason) out.ignored.push({ name, reason })
        else out.fields[name] = fieldValue(payload[name])
    }
    return out
}
