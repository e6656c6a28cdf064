import { GlideRecord, gs } from '@servicenow/glide'
import { RESTMessageV2 } from '@servicenow/glide/sn_ws'
import { forceRefresh, getAccessToken } from '../oauth/lifecycle'
import { nowMs, toDateTimeValue, fromDateTimeValue } from '../oauth/clock'
import { isTransientTokenCode, spread } from '../oauth/policy'
import { REQUESTOR_CONTEXT } from '../oauth/token-client'
import { logHttp } from './http-log'
import { classifyResponse, Envelope, isAbandonedSend, messageUrl, replayNumber, retryDelayMs, sendingStaleAfterMs } from './delivery'
import { isTrue } from '../shared/values'
import { readPolicy } from '../oauth/settings'
import { log } from '../shared/log'

/**
 * Tether's outbound queue (Unifi semantics): a transaction per message, sent in order per
 * integration; retries per the integration's settings for 5xx, 429 and timeouts; on 401 one forced
 * token refresh and one retry; a transaction that errors holds the integration's later ones, in
 * order, until an operator acts (replay, repair, ignore + process now).
 */

const TX = 'x_tether_transaction'
const OPEN_STATES = 'queued,sending,error,timed_out,ignored'

export interface SendOptions {
    /** The sender's record number (e.g. INC0010001): the partner's bond keeps it as external reference. */
    reference?: string
    /** The partner's record number, when known (updates after the create). */
    externalReference?: string
    bond?: string
    /** Send now (default) or leave it to the worker job. */
    immediate?: boolean
}

export interface SendResult {
    ok: boolean
    transaction?: string
    number?: string
    state?: string
    code?: string
    message: string
}

function activeConnection(integrationId: string): GlideRecord | undefined {
    const conn = new GlideRecord('x_tether_connection')
    conn.addQuery('integration', integrationId)
    conn.addQuery('active', true)
    conn.setLimit(1)
    conn.query()
    return conn.next() ? conn : undefined
}

function findIntegration(idOrName: string): GlideRecord | undefined {
    const integration = new GlideRecord('x_tether_integration')
    if (/^[0-9a-f]{32}$/.test(idOrName) && integration.get(idOrName)) return integration
    return integration.get('name', idOrName) ? integration : undefined
}

/** Queues a message for an integration and (by default) tries to send the queue at once. */
export function send(integrationIdOrName: string, messageName: string, payload: Record<string, unknown>, options: SendOptions = {}): SendResult {
    const integration = findIntegration(String(integrationIdOrName))
    if (!integration) return { ok: false, code: 'unknown_integration', message: `No integration "${integrationIdOrName}".` }
    const message = new GlideRecord('x_tether_message')
    message.addQuery('integration', integration.getUniqueValue())
    message.addQuery('name', messageName)
    message.addQuery('active', true)
    message.addQuery('direction', 'IN', 'outbound,bidirectional')
    message.query()
    if (!message.next()) return { ok: false, code: 'unknown_message', message: `Integration "${integration.getValue('name')}" has no active outbound message "${messageName}".` }
    if (!payload || typeof payload !== 'object') return { ok: false, code: 'bad_payload', message: 'The payload must be an object.' }
    const process = new GlideRecord('x_tether_process')
    process.get(String(integration.getValue('process')))
    const messageId = gs.generateGUID()
    const envelope: Envelope = {
        message_id: messageId,
        process: String(process.getValue('api_name') || ''),
        message: messageName,
        sent_at: toDateTimeValue(nowMs()),
        payload,
    }
    if (options.reference) envelope.reference = options.reference
    if (options.externalReference) envelope.external_reference = options.externalReference
    const conn = activeConnection(integration.getUniqueValue())
    const tx = new GlideRecord(TX)
    tx.initialize()
    tx.setValue('integration', integration.getUniqueValue())
    if (conn) tx.setValue('connection', conn.getUniqueValue())
    tx.setValue('message', message.getUniqueValue())
    if (options.bond) tx.setValue('bond', options.bond)
    tx.setValue('direction', 'outbound')
    tx.setValue('state', 'queued')
    tx.setValue('message_id', messageId)
    tx.setValue('payload', JSON.stringify(envelope))
    tx.setValue('queued_at', toDateTimeValue(nowMs()))
    const txId = String(tx.insert() || '')
    if (!txId) return { ok: false, code: 'insert_failed', message: 'The transaction could not be saved.' }
    if (options.immediate !== false) processIntegration(integration.getUniqueValue())
    const after = new GlideRecord(TX)
    after.get(txId)
    return { ok: true, transaction: txId, number: String(after.getValue('number')), state: String(after.getValue('state')), message: `Queued as ${after.getValue('number')}.` }
}

/** The integration's open outbound transactions in queue order. */
function queueOf(integrationId: string): GlideRecord {
    const q = new GlideRecord(TX)
    q.addQuery('integration', integrationId)
    q.addQuery('direction', 'outbound')
    q.addQuery('state', 'IN', OPEN_STATES)
    q.orderBy('queued_at')
    q.orderBy('number')
    q.query()
    return q
}

/**
 * Sends the integration's queue in order until it is empty or held: an errored or timed-out
 * transaction, an ignored one that holds the queue, one waiting for its retry time, or one another
 * worker is sending. A transaction left in `sending` by a node that died mid-send is sent again
 * once it is stale (the partner applies a message id once, so a resend is safe).
 */
export function processIntegration(integrationId: string): number {
    const integration = new GlideRecord('x_tether_integration')
    if (!integration.get(integrationId)) return 0
    if (String(integration.getValue('state')) !== 'active') return 0
    const staleAfter = sendingStaleAfterMs(Number(integration.getValue('sync_timeout_seconds') || 30), readPolicy().leaseSeconds)
    let sent = 0
    // One query per pass: each step re-reads only the transaction at the head, so a long queue
    // costs one scan, not one per message. Messages queued while the pass was sending (a business
    // rule reacting to a receipt, say) are not in it: one more pass picks them up.
    let q = queueOf(integrationId)
    let sentAtQuery = 0
    for (let guard = 0; guard < 100000; guard++) {
        let next: GlideRecord | undefined
        let requery = false
        while (q.next()) {
            const current = new GlideRecord(TX)
            // Re-read: the row may have changed since the query (another worker, a receipt).
            if (!current.get(q.getUniqueValue())) continue
            const state = String(current.getValue('state'))
            if (state === 'complete') continue
            if (state === 'error' || state === 'timed_out') return sent
            if (state === 'ignored') {
                if (isTrue(current.getValue('holds_queue'))) return sent
                // Ignored since the query: a replay took its place, and its copy (inserted at the same
                // place) is not in this query. Read the queue again so the copy goes first.
                if (String(q.getValue('state')) !== 'ignored') {
                    requery = true
                    break
                }
                continue
            }
            if (state === 'sending' && !isAbandonedSend(fromDateTimeValue(current.getValue('sending_since')), nowMs(), staleAfter)) return sent
            next = current
            break
        }
        if (!next) {
            if (sent === sentAtQuery && !requery) return sent
            q = queueOf(integrationId)
            sentAtQuery = sent
            continue
        }
        const due = fromDateTimeValue(next.getValue('next_attempt_at'))
        if (due !== undefined && due > nowMs()) return sent
        // Another caller (the worker job, a user's send, a second node) may have read the same head:
        // only the one whose claim lands sends it; the others stop and leave the queue to it.
        const owner = claimSend(next, staleAfter)
        if (!owner) return sent
        const outcome = deliver(next, integration, owner)
        if (outcome !== 'complete') return sent
        sent++
    }
    return sent
}

/**
 * Takes a transaction for sending with one UPDATE whose WHERE clause carries the state it was seen
 * in (queued, or sending since before the stale limit), so two callers cannot both take it; then
 * re-reads it into `tx`. Returns the owner id, or '' when someone else got it first. (Exported for
 * the sandbox tests, which play two workers in one script.)
 */
export function claimSend(tx: GlideRecord, staleAfterMs: number): string {
    const owner = gs.generateGUID()
    const now = nowMs()
    const claim = new GlideRecord(TX)
    claim.addQuery('sys_id', tx.getUniqueValue())
    if (String(tx.getValue('state')) === 'sending') claim.addEncodedQuery('state=sending^sending_sinceISEMPTY^ORsending_since<=' + toDateTimeValue(now - staleAfterMs))
    else claim.addQuery('state', 'queued')
    claim.setValue('state', 'sending')
    claim.setValue('send_owner', owner)
    claim.setValue('sending_since', toDateTimeValue(now))
    claim.updateMultiple()
    return tx.get(tx.getUniqueValue()) && String(tx.getValue('send_owner')) === owner ? owner : ''
}

/** One delivery attempt (plus the one retry a 401 earns after a token refresh). */
function deliver(tx: GlideRecord, integration: GlideRecord, owner: string): 'complete' | 'waiting' | 'error' {
    const finish = (result: 'complete' | 'waiting' | 'error', state: string, error: string) => finishSend(tx, owner, result, state, error)
    const conn = activeConnection(integration.getUniqueValue())
    if (!conn) return finish('waiting', '', 'No active connection: the message waits until one is activated.')
    tx.setValue('connection', conn.getUniqueValue())
    const message = new GlideRecord('x_tether_message')
    message.get(String(tx.getValue('message')))
    const url = messageUrl(String(conn.getValue('endpoint_url') || ''), String(message.getValue('path') || ''))
    const body = String(tx.getValue('payload') || '{}')
    let attempt = Number(tx.getValue('attempts') || 0) + 1
    let result = post(conn, url, body, integration, tx, attempt)
    if (result.outcome.kind === 'unauthorized' && String(conn.getValue('authentication')) === 'oauth2') {
        const refreshed = forceRefresh(conn.getUniqueValue())
        if (refreshed.ok) {
            attempt++
            result = post(conn, url, body, integration, tx, attempt)
        }
    }
    tx.setValue('attempts', attempt)
    const outcome = result.outcome
    if (outcome.kind === 'complete') {
        applyReceipt(tx, result.body)
        return finish('complete', '', '')
    }
    if (outcome.kind === 'unauthorized') return finish('error', 'error', 'HTTP 401 after a token refresh: check the connection (Get OAuth Token) and repair.')
    if (outcome.kind === 'retry') {
        const limit = Number(integration.getValue('retry_limit') || 0)
        const retriesDone = attempt - 1
        if (retriesDone >= limit) return finish('error', /timed out/i.test(outcome.reason) ? 'timed_out' : 'error', `Retries exhausted (${limit}): ${outcome.reason}`)
        const delay = retryDelayMs(retriesDone + 1, Number(integration.getValue('retry_delay_seconds') || 30), String(integration.getValue('backoff') || 'exponential'), spread(`${tx.getUniqueValue()}:${attempt}`), outcome.retryAfterSeconds)
        tx.setValue('next_attempt_at', toDateTimeValue(nowMs() + delay))
        return finish('waiting', 'queued', `Attempt ${attempt} failed (${outcome.reason}); retrying at ${toDateTimeValue(nowMs() + delay)} UTC.`)
    }
    return finish('error', 'error', outcome.reason)
}

/**
 * Records the outcome of a send and gives the transaction up, but only while `owner` still holds it:
 * a worker that outlived the stale limit (its send was taken over and sent again, which the
 * partner's idempotency makes harmless) must not overwrite the newer owner's outcome; it stops.
 */
export function finishSend(tx: GlideRecord, owner: string, result: 'complete' | 'waiting' | 'error', state: string, error: string): 'complete' | 'waiting' | 'error' {
    const held = new GlideRecord(TX)
    if (!held.get(tx.getUniqueValue()) || String(held.getValue('send_owner')) !== owner) {
        log('warn', `Tether: ${tx.getValue('number')} was taken over by another worker while this one was sending it; its outcome (${result}) is left to that worker.`)
        return 'waiting'
    }
    if (result === 'complete') {
        tx.setValue('state', 'complete')
        tx.setValue('error', '')
        tx.setValue('next_attempt_at', '')
    } else {
        tx.setValue('state', state || 'queued')
        tx.setValue('error', error.slice(0, 1000))
    }
    tx.setValue('send_owner', '')
    tx.setValue('sending_since', '')
    tx.update()
    return result
}

/** POSTs the envelope with the connection's authentication; every attempt goes to the HTTP log. */
function post(conn: GlideRecord, url: string, body: string, integration: GlideRecord, tx: GlideRecord, attempt: number): { outcome: ReturnType<typeof classifyResponse>; body: string } {
    const msg = new RESTMessageV2()
    msg.setEndpoint(url)
    msg.setHttpMethod('post')
    msg.setRequestHeader('Content-Type', 'application/json')
    msg.setRequestHeader('Accept', 'application/json')
    msg.setHttpTimeout(Number(integration.getValue('sync_timeout_seconds') || 30) * 1000)
    msg.setRequestBody(body)
    const auth = String(conn.getValue('authentication'))
    const started = nowMs()
    if (auth === 'oauth2') {
        const token = getAccessToken(conn.getUniqueValue())
        if (!token.ok) {
            const waitable = isTransientTokenCode(token.code)
            const reason = `No access token: ${token.code} (${token.message})`
            logHttp({ direction: 'outbound', method: 'POST', url, connection: conn.getUniqueValue(), transaction: tx.getUniqueValue(), requestBody: body, statusCode: 0, durationMs: 0, attempt, ok: false, error: reason })
            return { outcome: waitable ? { kind: 'retry', reason } : { kind: 'error', reason }, body: '' }
        }
        msg.setAuthenticationProfile('oauth2', String(conn.getValue('oauth_profile')))
        msg.setRequestorProfile(REQUESTOR_CONTEXT, conn.getUniqueValue())
    } else if (auth === 'basic') {
        const secret = (conn as unknown as Record<string, { getDecryptedValue(): string }>).basic_password
        msg.setBasicAuth(String(conn.getValue('basic_user') || ''), secret ? secret.getDecryptedValue() : '')
    }
    const res = msg.execute()
    const status = Number(res.getStatusCode()) || 0
    const responseBody = String(res.getBody() || '')
    const error = status === 0 ? String(res.getErrorMessage() || 'no answer') : ''
    const outcome = classifyResponse(status, error, res.getHeader('Retry-After'))
    logHttp({
        direction: 'outbound',
        method: 'POST',
        url,
        connection: conn.getUniqueValue(),
        transaction: tx.getUniqueValue(),
        requestHeaders: { 'Content-Type': 'application/json', Accept: 'application/json' },
        requestBody: body,
        statusCode: status,
        responseBody,
        durationMs: nowMs() - started,
        attempt,
        ok: outcome.kind === 'complete',
        error,
    })
    return { outcome, body: responseBody }
}

/** The partner's synchronous answer is the receipt: its record number becomes the bond's external reference. */
function applyReceipt(tx: GlideRecord, body: string): void {
    let receipt: Record<string, unknown> = {}
    try {
        const parsed = JSON.parse(body)
        receipt = parsed && parsed.result && typeof parsed.result === 'object' ? parsed.result : parsed || {}
    } catch {
        return
    }
    if (receipt.transaction) tx.setValue('external_message_id', String(receipt.transaction).slice(0, 64))
    const bondId = String(tx.getValue('bond') || '')
    if (!bondId) return
    const bond = new GlideRecord('x_tether_bond')
    if (!bond.get(bondId)) return
    if (receipt.internal_reference) bond.setValue('external_reference', String(receipt.internal_reference))
    if (receipt.bond_state === 'open' || receipt.bond_state === 'closed') bond.setValue('state', String(receipt.bond_state))
    bond.update()
}

/** The worker job: every integration with queued outbound messages (or a send a dead node left behind), each in order. */
export function processQueues(): number {
    // One probe per active integration (they are few) rather than a read of every waiting row: a
    // backlog of thousands of messages after an outage costs no more per run than an empty queue.
    const active = new GlideRecord('x_tether_integration')
    active.addQuery('state', 'active')
    active.query()
    const integrations: string[] = []
    while (active.next()) {
        const q = new GlideRecord(TX)
        q.addQuery('integration', active.getUniqueValue())
        q.addQuery('direction', 'outbound')
        q.addQuery('state', 'IN', 'queued,sending')
        q.setLimit(1)
        q.query()
        if (q.hasNext()) integrations.push(active.getUniqueValue())
    }
    let sent = 0
    for (const id of integrations) {
        try {
            sent += processIntegration(id)
        } catch (e) {
            gs.error('Tether: sending the queue of integration ' + id + ' failed: ' + (e instanceof Object && 'message' in e ? String((e as { message: unknown }).message) : String(e)))
        }
    }
    return sent
}

export function pause(integrationId: string): boolean {
    const integration = new GlideRecord('x_tether_integration')
    if (!integration.get(integrationId) || String(integration.getValue('state')) !== 'active') return false
    integration.setValue('state', 'paused')
    integration.update()
    return true
}

export function resume(integrationId: string): number {
    const integration = new GlideRecord('x_tether_integration')
    if (!integration.get(integrationId) || String(integration.getValue('state')) !== 'paused') return -1
    integration.setValue('state', 'active')
    integration.update()
    return processIntegration(integrationId)
}

/** Replay: the original becomes ignored (without holding the queue); a copy takes its place in the queue. */
export function replay(transactionId: string, options: { process?: boolean } = {}): SendResult {
    const original = new GlideRecord(TX)
    if (!original.get(transactionId)) return { ok: false, code: 'unknown_transaction', message: `No transaction ${transactionId}.` }
    if (String(original.getValue('state')) === 'sending') return { ok: false, code: 'sending', message: 'A transaction being sent cannot be replayed.' }
    const siblings = new GlideRecord(TX)
    siblings.addQuery('number', 'STARTSWITH', String(original.getValue('number')).replace(/\.\d+$/, '') + '.')
    siblings.query()
    const numbers: string[] = []
    while (siblings.next()) numbers.push(String(siblings.getValue('number')))
    const copy = new GlideRecord(TX)
    copy.initialize()
    for (const f of ['integration', 'connection', 'message', 'bond', 'direction', 'payload', 'queued_at']) copy.setValue(f, original.getValue(f))
    copy.setValue('number', replayNumber(String(original.getValue('number')), numbers))
    copy.setValue('state', 'queued')
    copy.setValue('replay_of', original.getUniqueValue())
    // The partner must not take a replay for a duplicate of a message it refused: a new message id.
    const envelope = JSON.parse(String(original.getValue('payload') || '{}'))
    envelope.message_id = gs.generateGUID()
    copy.setValue('message_id', envelope.message_id)
    copy.setValue('payload', JSON.stringify(envelope))
    const copyId = String(copy.insert() || '')
    original.setValue('state', 'ignored')
    original.setValue('holds_queue', false)
    original.update()
    if (options.process !== false) processIntegration(String(original.getValue('integration')))
    const after = new GlideRecord(TX)
    after.get(copyId)
    return { ok: true, transaction: copyId, number: String(after.getValue('number')), state: String(after.getValue('state')), message: `Replayed as ${after.getValue('number')}.` }
}

/** Whether Repair has anything to replay: an errored or timed-out outbound transaction (the Repair action's condition). */
export function hasRepairable(integrationId: string): boolean {
    const q = new GlideRecord(TX)
    q.addQuery('integration', integrationId)
    q.addQuery('direction', 'outbound')
    q.addQuery('state', 'IN', 'error,timed_out')
    q.setLimit(1)
    q.query()
    return q.hasNext()
}

/** Repair: replay every errored or timed-out transaction of the integration, in queue order. */
export function repair(integrationId: string): SendResult[] {
    const q = new GlideRecord(TX)
    q.addQuery('integration', integrationId)
    q.addQuery('direction', 'outbound')
    q.addQuery('state', 'IN', 'error,timed_out')
    q.orderBy('queued_at')
    q.orderBy('number')
    q.query()
    const ids: string[] = []
    while (q.next()) ids.push(q.getUniqueValue())
    const results = ids.map((id) => replay(id, { process: false }))
    processIntegration(integrationId)
    return results
}

/** Ignore: the transaction is not sent; the queue holds until someone uses Process Now. */
export function ignore(transactionId: string): boolean {
    const tx = new GlideRecord(TX)
    if (!tx.get(transactionId)) return false
    const state = String(tx.getValue('state'))
    if (state === 'complete' || state === 'ignored' || state === 'sending') return false
    tx.setValue('state', 'ignored')
    tx.setValue('holds_queue', true)
    tx.update()
    return true
}

/** Process Now: release the holds before this transaction and send the queue. */
export function processNow(transactionId: string): number {
    const tx = new GlideRecord(TX)
    if (!tx.get(transactionId)) return -1
    const holds = new GlideRecord(TX)
    holds.addQuery('integration', String(tx.getValue('integration')))
    holds.addQuery('holds_queue', true)
    holds.query()
    while (holds.next()) {
        holds.setValue('holds_queue', false)
        holds.update()
    }
    if (String(tx.getValue('state')) === 'queued') {
        tx.setValue('next_attempt_at', '')
        tx.update()
    }
    return processIntegration(String(tx.getValue('integration')))
}
