import { GlideRecord, gs } from '@servicenow/glide'
import { nowMs } from '../oauth/clock'
import { logHttp } from '../transport/http-log'
import { REDACTED, SECRET_NAMES } from '../shared/redact'
import { requireIntegrationRole } from './ping'
import { Envelope, RESOLVED_STATE, parseJson, referenceProblems, selectFields, utf8Length, validateEnvelope } from './envelope'

/**
 * POST /api/x_tether/v1/messages: a partner's message (CreateIncident, UpdateIncident, …) applied to
 * this instance synchronously. The answer is the receipt: our transaction number, our record number
 * (the partner stores it as its bond's external reference) and the bond state. Idempotent by
 * message_id, so a sender may retry after a timeout without creating a second record.
 */

export const MAX_BODY_PROPERTY = 'x_tether.inbound.max_body_bytes'
export const DEFAULT_MAX_BODY_BYTES = 1048576

const TX = 'x_tether_transaction'
const BOND = 'x_tether_bond'

interface RestRequest {
    url?: string
    headers?: Record<string, unknown>
    getHeader?(name: string): unknown
    body?: { dataString?: unknown }
}

interface RestResponse {
    setStatus(status: number): void
    setBody(body: unknown): void
    setHeader(name: string, value: string): void
}

interface Answer {
    status: number
    body: unknown
}

/** What the handler learnt on the way, for the HTTP log and the transaction, whatever the outcome. */
interface Seen {
    body?: string
    connection?: string
    transaction?: string
}

/** A business refusal: the answer, and the reason the transaction records. */
interface Applied {
    answer: Answer
    bond?: string
    error?: string
}

function failure(status: number, message: string, detail: string): Answer {
    return { status, body: { error: { message, detail }, status: 'failure' } }
}

function receipt(status: 'ok' | 'already processed', transaction: string, bond: GlideRecord | undefined, extra?: Record<string, unknown>): Answer {
    const body: Record<string, unknown> = {
        status,
        transaction,
        internal_reference: bond ? String(bond.getValue('internal_reference') || '') : '',
        bond_state: bond ? String(bond.getValue('state') || '') : '',
    }
    if (extra) for (const k of Object.keys(extra)) body[k] = extra[k]
    return { status: 200, body }
}

function errorText(e: unknown): string {
    if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message)
    return String(e)
}

function maxBodyBytes(): number {
    const value = Number(gs.getProperty(MAX_BODY_PROPERTY, String(DEFAULT_MAX_BODY_BYTES)))
    return isFinite(value) && value > 0 ? value : DEFAULT_MAX_BODY_BYTES
}

function headerOf(request: RestRequest, name: string): string {
    try {
        const value = request.getHeader ? request.getHeader(name) : request.headers ? request.headers[name] : undefined
        return value === undefined || value === null ? '' : String(value)
    } catch {
        return ''
    }
}

function headersOf(request: RestRequest): Record<string, string> {
    const out: Record<string, string> = {}
    const headers = request.headers || {}
    for (const name of Object.keys(headers)) out[name] = String(headers[name])
    return out
}

/** The body as text. The platform lets a script read it once, as data or as dataString: text it is. */
function bodyText(request: RestRequest): string {
    try {
        const text = request.body ? request.body.dataString : undefined
        return text === undefined || text === null ? '' : String(text)
    } catch {
        // The platform throws on a request without a body; for us that is an empty body.
        return ''
    }
}

function tooLarge(size: number, max: number): Answer {
    return failure(413, 'Request body too large', `The body is ${size} bytes; this instance accepts at most ${max} (property ${MAX_BODY_PROPERTY}).`)
}

/** The role check of ping.ts, answered into a value instead of the live response. */
function roleRefusal(): Answer | undefined {
    const seen: Answer = { status: 0, body: undefined }
    const recorder: RestResponse = {
        setStatus: (s) => (seen.status = s),
        setBody: (b) => (seen.body = b),
        setHeader: () => undefined,
    }
    return requireIntegrationRole(recorder) ? undefined : seen
}

interface Receiver {
    integration: GlideRecord
    connection: string
}

/**
 * The integration that receives from the caller: Unifi identifies the partner by the connection's
 * inbound user, so the caller must be the inbound user of an active connection of the process.
 */
function receiverFor(processId: string, apiName: string): Receiver | Answer {
    const conn = new GlideRecord('x_tether_connection')
    conn.addQuery('active', true)
    conn.addQuery('inbound_user', gs.getUserID())
    conn.query()
    const found: Receiver[] = []
    while (conn.next()) {
        const integration = new GlideRecord('x_tether_integration')
        if (integration.get(String(conn.getValue('integration'))) && String(integration.getValue('process')) === processId) {
            found.push({ integration, connection: conn.getUniqueValue() })
        }
    }
    if (found.length === 1) return found[0]
    if (found.length === 0) {
        return failure(
            404,
            `No integration of process ${apiName} accepts messages from ${gs.getUserName()}: set the Inbound user of its connection`,
            `The caller must be the Inbound user of the active connection of an integration of process ${apiName} on this instance.`,
        )
    }
    const names = found.map((f) => String(f.integration.getValue('name'))).join(', ')
    return failure(409, `More than one integration of process ${apiName} accepts messages from ${gs.getUserName()}`, `Integrations ${names} share this inbound user; give each its own.`)
}

function findMessage(integrationId: string, name: string): GlideRecord | undefined {
    const message = new GlideRecord('x_tether_message')
    message.addQuery('integration', integrationId)
    message.addQuery('name', name)
    message.addQuery('active', true)
    message.addQuery('direction', 'IN', 'inbound,bidirectional')
    message.setLimit(1)
    message.query()
    return message.next() ? message : undefined
}

/** The bond a message is about: by the sender's number, else by ours; an unclosed one first. */
function findBond(integrationId: string, envelope: Envelope, onlyUnclosed = false): GlideRecord | undefined {
    const keys: [string, string | undefined][] = [
        ['external_reference', envelope.reference],
        ['internal_reference', envelope.externalReference],
    ]
    for (const unclosed of onlyUnclosed ? [true] : [true, false]) {
        for (const [field, value] of keys) {
            if (!value) continue
            const bond = new GlideRecord(BOND)
            bond.addQuery('integration', integrationId)
            bond.addQuery(field, value)
            if (unclosed) bond.addQuery('state', '!=', 'closed')
            bond.orderByDesc('sys_created_on')
            bond.setLimit(1)
            bond.query()
            if (bond.next()) return bond
        }
    }
    return undefined
}

function bondById(id: string): GlideRecord | undefined {
    if (!id) return undefined
    const bond = new GlideRecord(BOND)
    return bond.get(id) ? bond : undefined
}

/** An earlier inbound transaction of this integration for the same partner message. */
function earlier(integrationId: string, messageId: string): GlideRecord | undefined {
    const tx = new GlideRecord(TX)
    tx.addQuery('integration', integrationId)
    tx.addQuery('direction', 'inbound')
    tx.addQuery('external_message_id', messageId)
    tx.orderByDesc('sys_created_on')
    tx.setLimit(1)
    tx.query()
    return tx.next() ? tx : undefined
}

/** A finished earlier transaction answers for itself; one still running refuses; a failed one is retried. */
function answerForEarlier(tx: GlideRecord, messageId: string): Answer | undefined {
    const state = String(tx.getValue('state'))
    if (state === 'complete' || state === 'ignored') {
        return receipt('already processed', String(tx.getValue('number')), bondById(String(tx.getValue('bond') || '')))
    }
    if (state === 'queued' || state === 'sending') {
        return failure(409, 'Message is being processed', `Message ${messageId} arrived again while the first copy is still being processed; try again later.`)
    }
    return undefined
}

/** The payload as the transaction keeps it: as received, except fields named like a secret. */
function storedPayload(envelope: Envelope): string {
    const copy: Record<string, unknown> = {}
    for (const name of Object.keys(envelope.payload)) copy[name] = SECRET_NAMES.indexOf(name.toLowerCase()) >= 0 ? REDACTED : envelope.payload[name]
    return JSON.stringify(copy).slice(0, 65000)
}

/**
 * Claims the message for this request before anything changes: the transaction's unique message_id
 * makes a concurrent duplicate fail its insert instead of creating a second record. A message id
 * that another transaction here already uses (one of ours, or another partner's) gets a fresh id;
 * external_message_id always keeps the partner's.
 */
function claim(receiver: Receiver, message: GlideRecord, envelope: Envelope): { id: string } | Answer {
    const integrationId = receiver.integration.getUniqueValue()
    const payload = storedPayload(envelope)
    const before = earlier(integrationId, envelope.messageId)
    if (before) {
        const answer = answerForEarlier(before, envelope.messageId)
        if (answer) return answer
        // Errored before (an update ahead of its create, a crash): process it again on the same record.
        before.setValue('state', 'queued')
        before.setValue('error', '')
        before.setValue('connection', receiver.connection)
        before.setValue('attempts', Number(before.getValue('attempts') || 0) + 1)
        if (before.isValidField('payload')) before.setValue('payload', payload)
        before.update()
        return { id: before.getUniqueValue() }
    }
    const taken = new GlideRecord(TX)
    const idTaken = taken.get('message_id', envelope.messageId)
    const tx = new GlideRecord(TX)
    tx.initialize()
    tx.setValue('integration', integrationId)
    tx.setValue('connection', receiver.connection)
    tx.setValue('message', message.getUniqueValue())
    tx.setValue('direction', 'inbound')
    tx.setValue('state', 'queued')
    tx.setValue('message_id', idTaken ? gs.generateGUID() : envelope.messageId)
    tx.setValue('external_message_id', envelope.messageId)
    tx.setValue('attempts', 1)
    // payload is a newer column: write it where the installed build has it.
    if (tx.isValidField('payload')) tx.setValue('payload', payload)
    const id = tx.insert()
    if (id) return { id: String(id) }
    const raced = earlier(integrationId, envelope.messageId)
    const answer = raced ? answerForEarlier(raced, envelope.messageId) : undefined
    if (answer) return answer
    throw new Error(`The inbound transaction for message ${envelope.messageId} could not be saved: ${tx.getLastErrorMessage()}`)
}

function finish(transactionId: string, state: 'complete' | 'error', error: string, bond?: string): string {
    const tx = new GlideRecord(TX)
    if (!tx.get(transactionId)) return ''
    tx.setValue('state', state)
    tx.setValue('error', error.slice(0, 1000))
    if (bond) tx.setValue('bond', bond)
    tx.update()
    return String(tx.getValue('number'))
}

function columnType(record: GlideRecord, name: string): string | undefined {
    if (!record.isValidField(name)) return undefined
    const element = record.getElement(name)
    return element ? String(element.getED().getInternalType()) : undefined
}

/** Sets the payload's allowed fields through setValue: values are stored as sent, never evaluated. */
function applyPayload(record: GlideRecord, envelope: Envelope): { set: string[]; ignored: string[] } {
    const selection = selectFields(envelope.payload, (name) => columnType(record, name))
    const names = Object.keys(selection.fields)
    for (const name of names) record.setValue(name, selection.fields[name])
    return { set: names, ignored: selection.ignored.map((i) => `${i.name} (${i.reason})`) }
}

function extras(ignored: string[]): Record<string, unknown> | undefined {
    return ignored.length > 0 ? { ignored_fields: ignored } : undefined
}

function recordNumber(record: GlideRecord): string {
    return String((record.isValidField('number') && record.getValue('number')) || record.getUniqueValue())
}

function notValidForBond(bond: GlideRecord, messageName: string): Applied {
    const state = String(bond.getValue('state'))
    return {
        answer: failure(409, 'Message is not valid for this bond', `Bond ${bond.getValue('number')} (${bond.getValue('internal_reference')}) is ${state}; ${messageName} needs an open bond.`),
        bond: bond.getUniqueValue(),
        error: `Message is not valid for this bond: bond ${bond.getValue('number')} is ${state}`,
    }
}

function create(receiver: Receiver, process: GlideRecord, envelope: Envelope, transactionId: string): Applied {
    const integrationId = receiver.integration.getUniqueValue()
    const existing = findBond(integrationId, { ...envelope, externalReference: undefined }, true)
    if (existing) {
        return {
            answer: failure(409, 'Message is not valid for this bond', `Bond ${existing.getValue('number')} already links ${envelope.reference} to ${existing.getValue('internal_reference')}; send an update instead.`),
            bond: existing.getUniqueValue(),
            error: `Message is not valid for this bond: ${envelope.reference} is already bonded (${existing.getValue('number')})`,
        }
    }
    const table = String(process.getValue('target_table') || '')
    const record = new GlideRecord(table)
    if (!table || !record.isValid()) throw new Error(`The target table "${table}" of process ${process.getValue('api_name')} does not exist`)
    record.initialize()
    const applied = applyPayload(record, envelope)
    const documentId = record.insert()
    if (!documentId) throw new Error(`The ${table} record could not be created: ${record.getLastErrorMessage()}`)
    const bond = new GlideRecord(BOND)
    bond.initialize()
    bond.setValue('integration', integrationId)
    bond.setValue('table', table)
    bond.setValue('document', String(documentId))
    bond.setValue('internal_reference', recordNumber(record))
    bond.setValue('external_reference', String(envelope.reference))
    bond.setValue('state', 'open')
    const bondId = bond.insert()
    if (!bondId) throw new Error(`The bond for ${table} ${recordNumber(record)} could not be created: ${bond.getLastErrorMessage()}`)
    const number = finish(transactionId, 'complete', '', String(bondId))
    return { answer: receipt('ok', number, bond, extras(applied.ignored)), bond: String(bondId) }
}

function updateOrResolve(receiver: Receiver, message: GlideRecord, type: string, envelope: Envelope, transactionId: string): Applied {
    const name = String(message.getValue('name'))
    const bond = findBond(receiver.integration.getUniqueValue(), envelope)
    if (!bond) {
        const which = [envelope.reference ? `reference ${envelope.reference}` : '', envelope.externalReference ? `external_reference ${envelope.externalReference}` : ''].filter(Boolean).join(' or ')
        return {
            answer: failure(404, 'Unknown bond', `No bond of integration ${receiver.integration.getValue('name')} matches ${which}.`),
            error: `Unknown bond: ${which}`,
        }
    }
    if (String(bond.getValue('state')) !== 'open') return notValidForBond(bond, name)
    const table = String(bond.getValue('table'))
    const record = new GlideRecord(table)
    if (!record.isValid() || !record.get(String(bond.getValue('document')))) {
        return {
            answer: failure(404, 'Bonded record not found', `The ${table} record of bond ${bond.getValue('number')} no longer exists.`),
            bond: bond.getUniqueValue(),
            error: `The bonded ${table} record no longer exists`,
        }
    }
    const applied = applyPayload(record, envelope)
    if (type === 'resolve' && applied.set.indexOf('state') < 0 && RESOLVED_STATE[table] && record.isValidField('state')) {
        record.setValue('state', RESOLVED_STATE[table])
    }
    if (!record.update()) throw new Error(`The ${table} record ${bond.getValue('internal_reference')} could not be updated: ${record.getLastErrorMessage()}`)
    if (type === 'resolve') bond.setValue('state', 'closed')
    // A bond found by our number learns the partner's number the first time it is sent.
    if (!bond.getValue('external_reference') && envelope.reference) bond.setValue('external_reference', envelope.reference)
    bond.update()
    const number = finish(transactionId, 'complete', '', bond.getUniqueValue())
    return { answer: receipt('ok', number, bond, extras(applied.ignored)), bond: bond.getUniqueValue() }
}

/** Applies the message by its type; refusals come back as answers, platform failures as exceptions. */
function apply(receiver: Receiver, process: GlideRecord, message: GlideRecord, envelope: Envelope, transactionId: string): Applied {
    const type = String(message.getValue('type'))
    if (type === 'create') return create(receiver, process, envelope, transactionId)
    if (type === 'update' || type === 'resolve') return updateOrResolve(receiver, message, type, envelope, transactionId)
    // heartbeat, response, receipt: acknowledged, nothing changes.
    const bond = findBond(receiver.integration.getUniqueValue(), envelope)
    const number = finish(transactionId, 'complete', '', bond ? bond.getUniqueValue() : undefined)
    return { answer: receipt('ok', number, bond), bond: bond ? bond.getUniqueValue() : undefined }
}

function handle(request: RestRequest, seen: Seen): Answer {
    const refused = roleRefusal()
    if (refused) return refused
    const max = maxBodyBytes()
    // Refuse on the declared length before reading a huge body, then on what actually arrived.
    const declared = Number(headerOf(request, 'content-length'))
    if (isFinite(declared) && declared > max) return tooLarge(declared, max)
    const text = bodyText(request)
    seen.body = text
    const size = utf8Length(text)
    if (size > max) return tooLarge(size, max)

    const parsed = parseJson(text)
    if (!parsed.ok) return failure(400, parsed.error, 'Send the message envelope as JSON: {"message_id", "process", "message", "reference", "payload"}.')
    const checked = validateEnvelope(parsed.value)
    if (!checked.ok) return failure(400, 'Invalid message envelope', checked.problems.join('; '))
    const envelope = checked.envelope

    const process = new GlideRecord('x_tether_process')
    if (!process.get('api_name', envelope.process)) return failure(404, `Unknown process '${envelope.process}'`, 'No process with this API name exists on this instance.')
    const active = String(process.getValue('active'))
    if (active === '0' || active === 'false') {
        return failure(404, `Unknown process '${envelope.process}'`, 'The process is not active on this instance.')
    }
    const receiver = receiverFor(process.getUniqueValue(), envelope.process)
    if (!('integration' in receiver)) return receiver
    seen.connection = receiver.connection
    const message = findMessage(receiver.integration.getUniqueValue(), envelope.message)
    if (!message) {
        return failure(404, `Unknown message '${envelope.message}'`, `Integration ${receiver.integration.getValue('name')} has no active inbound message with this name.`)
    }
    // Checked before the claim, so that every 400 leaves nothing behind.
    const problems = referenceProblems(String(message.getValue('type')), envelope)
    if (problems.length > 0) return failure(400, 'Invalid message envelope', problems.join('; '))

    const claimed = claim(receiver, message, envelope)
    if (!('id' in claimed)) return claimed
    seen.transaction = claimed.id
    const applied = apply(receiver, process, message, envelope, claimed.id)
    if (applied.error !== undefined) finish(claimed.id, 'error', applied.error, applied.bond)
    return applied.answer
}

/** Writes the call to the HTTP request log; a logging failure never changes the answer. */
function logCall(request: RestRequest, seen: Seen, answer: Answer, started: number): void {
    try {
        const failed = answer.status >= 400
        const body = answer.body as { error?: { message?: string; detail?: string } } | undefined
        logHttp({
            direction: 'inbound',
            method: 'POST',
            url: String(request.url || '/api/x_tether/v1/messages'),
            connection: seen.connection,
            transaction: seen.transaction,
            requestHeaders: headersOf(request),
            requestBody: seen.body,
            statusCode: answer.status,
            responseBody: JSON.stringify(answer.body),
            durationMs: nowMs() - started,
            ok: !failed,
            error: failed && body && body.error ? `HTTP ${answer.status}: ${body.error.message}${body.error.detail ? ` (${body.error.detail})` : ''}` : undefined,
        })
    } catch (e) {
        gs.error('Tether inbound: could not log POST /messages: ' + errorText(e))
    }
}

/**
 * The route script. Every outcome is answered with the platform's error envelope or the receipt and
 * then logged (redacted); an unexpected failure is a generic 500, its cause only in the system log.
 */
export function postMessage(request: RestRequest, response: RestResponse): void {
    const started = nowMs()
    const seen: Seen = {}
    let answer: Answer
    try {
        answer = handle(request, seen)
    } catch (e) {
        const reason = errorText(e)
        gs.error('Tether inbound: POST /messages failed: ' + reason + (e && typeof e === 'object' && 'stack' in e ? '\n' + String((e as { stack: unknown }).stack) : ''))
        if (seen.transaction) {
            try {
                finish(seen.transaction, 'error', 'Unexpected error: ' + reason)
            } catch (inner) {
                gs.error('Tether inbound: could not mark the transaction as errored: ' + errorText(inner))
            }
        }
        answer = failure(500, 'Internal error', 'The message could not be processed; the receiving instance logged the cause. Try again later.')
    }
    response.setStatus(answer.status)
    response.setHeader('Cache-Control', 'no-store')
    response.setBody(answer.body)
    logCall(request, seen, answer, started)
}
