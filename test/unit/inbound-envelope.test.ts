/**
 * The inbound message envelope (src/server/inbound/envelope.ts): what a partner must send, every
 * problem named at once, which payload fields may reach a record, and that values which look like
 * queries or code stay plain text.
 */
import {
    fieldValue,
    isDateTimeValue,
    parseJson,
    referenceProblems,
    selectFields,
    utf8Length,
    validateEnvelope,
    type Envelope,
} from '../../src/server/inbound/envelope'

const valid = {
    message_id: 'a1b2c3.d4:e5_f6-7',
    process: 'incident',
    message: 'CreateIncident',
    sent_at: '2026-03-02 09:00:00',
    reference: 'INC0010001',
    payload: { short_description: 'Printer on fire', urgency: 2, active: true, close_notes: null },
}

/** The incident columns the sandbox knows, with a few hostile types added. */
const incidentColumns: Record<string, string> = {
    number: 'string',
    short_description: 'string',
    description: 'string',
    state: 'integer',
    urgency: 'integer',
    active: 'boolean',
    close_notes: 'string',
    caller_id: 'reference',
    work_notes: 'journal_input',
    sys_id: 'GUID',
    sys_created_by: 'string',
    u_secret: 'password2',
    u_script: 'script_plain',
    u_filter: 'conditions',
}
const columnType = (name: string): string | undefined => incidentColumns[name]

describe('validateEnvelope', () => {
    test('a complete envelope becomes a typed envelope; unknown top-level fields are ignored', () => {
        const r = validateEnvelope({ ...valid, external_reference: 'INC0020002', future_field: { x: 1 } })
        expect(r).toEqual({
            ok: true,
            envelope: {
                messageId: 'a1b2c3.d4:e5_f6-7',
                process: 'incident',
                message: 'CreateIncident',
                sentAt: '2026-03-02 09:00:00',
                reference: 'INC0010001',
                externalReference: 'INC0020002',
                payload: valid.payload,
            },
        })
    })

    test('only message_id, process and message are required; a missing payload is empty', () => {
        const r = validateEnvelope({ message_id: 'm1', process: 'incident', message: 'Heartbeat' })
        expect(r).toMatchObject({ ok: true, envelope: { payload: {}, reference: undefined, sentAt: undefined } })
    })

    test('an empty object names every missing field', () => {
        const r = validateEnvelope({})
        expect(r.ok).toBe(false)
        if (r.ok) return
        expect(r.problems).toEqual(['message_id is required', 'process is required', 'message is required'])
    })

    test.each([
        [null, 'the body must be a JSON object'],
        [[valid], 'the body must be a JSON object'],
        ['CreateIncident', 'the body must be a JSON object'],
        [42, 'the body must be a JSON object'],
    ])('a body that is not an object (%p) is refused', (body, problem) => {
        const r = validateEnvelope(body)
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.problems[0]).toContain(problem)
    })

    test.each([
        ['message_id', 'has space', 'message_id must be 1-64 characters'],
        ['message_id', 'x'.repeat(65), 'message_id must be 1-64 characters'],
        ['message_id', 12345, 'message_id must be 1-64 characters'],
        ['message_id', "m1' OR '1'='1", 'message_id must be 1-64 characters'],
        ['process', 7, 'process must be a string'],
        ['process', 'p'.repeat(81), 'process must be 1-80 characters'],
        ['message', ' CreateIncident', 'message must be 1-80 characters without leading or trailing spaces'],
        ['message', 'Create^ORactive=true', 'message must not contain control characters or "^"'],
        ['reference', 'INC1\nINC2', 'reference must not contain control characters'],
        ['reference', 'r'.repeat(101), 'reference must be 1-100 characters'],
        ['reference', 'javascript:gs.log(1)', 'reference must not start with "javascript:"'],
        ['external_reference', 'JavaScript:new GlideRecord("sys_user").deleteMultiple()', 'external_reference must not start with "javascript:"'],
        ['process', 'javascript:gs.getProperty("x")', 'process must not start with "javascript:"'],
        ['external_reference', ['INC1'], 'external_reference must be a string'],
        ['sent_at', '2026-03-02T09:00:00Z', 'sent_at must be a date-time "YYYY-MM-DD HH:mm:ss" (UTC)'],
        ['sent_at', '2026-02-30 09:00:00', 'sent_at must be a date-time'],
        ['payload', 'short_description=x', 'payload must be a JSON object'],
        ['payload', [{ short_description: 'x' }], 'payload must be a JSON object'],
    ])('%s = %p is refused: %s', (field, value, problem) => {
        const r = validateEnvelope({ ...valid, [field]: value })
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.problems).toEqual([expect.stringContaining(problem)])
    })

    test('payload values must be scalars; each bad field is named', () => {
        const r = validateEnvelope({ ...valid, payload: { short_description: 'ok', caller: { sys_id: 'x' }, tags: ['a'] } })
        expect(r.ok).toBe(false)
        if (!r.ok) {
            expect(r.problems).toEqual(['payload.caller must be a string, number, boolean or null', 'payload.tags must be a string, number, boolean or null'])
        }
    })

    test('several problems at once are all reported', () => {
        const r = validateEnvelope({ message_id: 'bad id', message: 'CreateIncident', sent_at: 'yesterday', payload: 3 })
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.problems).toHaveLength(4)
    })
})

describe('references by message type', () => {
    const base: Envelope = { messageId: 'm', process: 'incident', message: 'x', payload: {} }
    test('create needs the sender\'s reference', () => {
        expect(referenceProblems('create', base)).toEqual([expect.stringContaining('reference (the sender\'s record number) is required')])
        expect(referenceProblems('create', { ...base, reference: 'INC1' })).toEqual([])
    })
    test('update and resolve need either reference', () => {
        for (const type of ['update', 'resolve']) {
            expect(referenceProblems(type, base)).toEqual([`reference or external_reference is required for a ${type} message`])
            expect(referenceProblems(type, { ...base, reference: 'INC1' })).toEqual([])
            expect(referenceProblems(type, { ...base, externalReference: 'INC2' })).toEqual([])
        }
    })
    test('heartbeat, response and receipt need none', () => {
        for (const type of ['heartbeat', 'response', 'receipt']) expect(referenceProblems(type, base)).toEqual([])
    })
})

describe('parseJson and sizes', () => {
    test('valid JSON parses; invalid JSON says so and why', () => {
        expect(parseJson('{"a":1}')).toEqual({ ok: true, value: { a: 1 } })
        const bad = parseJson('{"message_id": ')
        expect(bad.ok).toBe(false)
        if (!bad.ok) expect(bad.error).toMatch(/^Body is not valid JSON: .+/)
        expect(parseJson('  ')).toEqual({ ok: false, error: 'Body is not valid JSON: the body is empty' })
    })

    test('utf8Length counts bytes as the wire carries them', () => {
        for (const s of ['', 'abc', 'é', '€', '😀', 'a€😀é', '\ud800x']) expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'))
    })

    test('isDateTimeValue accepts real platform date-times only', () => {
        expect(isDateTimeValue('2028-02-29 23:59:59')).toBe(true)
        expect(isDateTimeValue('2027-02-29 00:00:00')).toBe(false)
        expect(isDateTimeValue('2026-03-02 24:00:00')).toBe(false)
        expect(isDateTimeValue('2026-3-2 09:00:00')).toBe(false)
    })
})

describe('selectFields', () => {
    test('real, writable, non-system columns pass with their values as text; the rest are named with a reason', () => {
        const r = selectFields(
            {
                short_description: 'Printer on fire',
                urgency: 2,
                active: false,
                close_notes: null,
                work_notes: 'from the partner',
                number: 'INC9999999',
                sys_id: '0123456789abcdef0123456789abcdef',
                sys_created_by: 'mallory',
                u_secret: 'hunter2',
                u_script: 'gs.setProperty("x", "y")',
                u_filter: 'active=true',
                no_such_field: 'x',
                'caller_id.name': 'dot-walk',
                'short_description^ORactive': 'x',
                Short_Description: 'case',
            },
            columnType,
        )
        expect(r.fields).toEqual({ short_description: 'Printer on fire', urgency: '2', active: 'false', close_notes: '', work_notes: 'from the partner' })
        expect(r.ignored).toEqual([
            { name: 'number', reason: 'system field' },
            { name: 'sys_id', reason: 'system field' },
            { name: 'sys_created_by', reason: 'system field' },
            { name: 'u_secret', reason: 'column type password2 is not writable by partners' },
            { name: 'u_script', reason: 'column type script_plain is not writable by partners' },
            { name: 'u_filter', reason: 'column type conditions is not writable by partners' },
            { name: 'no_such_field', reason: 'no such column' },
            { name: 'caller_id.name', reason: 'not a column name' },
            { name: 'short_description^ORactive', reason: 'not a column name' },
            { name: 'Short_Description', reason: 'not a column name' },
        ])
    })

    test('values that look like encoded queries or scripts are kept exactly as sent', () => {
        const hostile = [
            'active=true^ORsys_id!=x',
            "gs.setProperty('x','y')",
            'javascript:gs.setProperty("x","y")',
            '${gs.getUserName()}',
            '<script>alert(1)</script>',
            "'; DROP TABLE incident; --",
            'NQactive=true^EQ',
        ]
        for (const value of hostile) {
            expect(selectFields({ short_description: value, description: value }, columnType).fields).toEqual({ short_description: value, description: value })
        }
    })

    test('fieldValue: text as sent, numbers and booleans as their text, null clears', () => {
        expect([fieldValue('x'), fieldValue(0), fieldValue(1.5), fieldValue(true), fieldValue(false), fieldValue(null)]).toEqual(['x', '0', '1.5', 'true', 'false', ''])
    })
})
