/**
 * Counting a soak from the two instances' stores (read-only SQLite, as any reporting tool could):
 * what each instance sent, what the other applied and how often, what the providers saw (token
 * requests, calls with an expired or an unknown token), the token events, queue waits, and how long
 * each fault took to recover from.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { InstanceName, PlannedMessage } from './plan'
import type { FaultOutcome } from './run'

export type Directions = { from: InstanceName; to: InstanceName }[]

/** The refresh job's interval: the bar for recovery (see README, Reliability). */
export const REFRESH_JOB_INTERVAL_S = 300
export const SEND_JOB_INTERVAL_S = 60

interface Store {
    name: InstanceName
    url: string
    db: Database.Database
}

export interface Stores {
    of(name: InstanceName): Store
    progress(): { sent: number; delivered: number }
    close(): void
}

export function openStores(list: { name: InstanceName; dataDir: string; url: string }[]): Stores {
    const open = list.map((s) => ({ name: s.name, url: s.url, db: new Database(join(s.dataDir, 'instance.db'), { readonly: true, fileMustExist: true }) }))
    return {
        of: (name) => open.find((s) => s.name === name)!,
        progress: () => {
            let sent = 0
            let delivered = 0
            for (const s of open) {
                sent += (s.db.prepare(`SELECT count(*) AS n FROM x_tether_transaction WHERE direction = 'outbound'`).get() as { n: number }).n
                delivered += (s.db.prepare(`SELECT count(*) AS n FROM x_tether_transaction WHERE direction = 'outbound' AND state = 'complete'`).get() as { n: number }).n
            }
            return { sent, delivered }
        },
        close: () => open.forEach((s) => s.db.close()),
    }
}

/** Epoch ms of a stored date-time ("YYYY-MM-DD HH:mm:ss", UTC). */
export function epoch(value: string | null | undefined): number | undefined {
    if (!value) return undefined
    const ms = Date.parse(value.replace(' ', 'T') + 'Z')
    return Number.isFinite(ms) ? ms : undefined
}

function glide(ms: number): string {
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
}

/** What waited in each direction when a fault cleared. */
export interface Snapshot {
    at: number
    directions: { from: InstanceName; to: InstanceName; waiting: string[]; troubledConnections: string[] }[]
}

interface ConnectionRow {
    sys_id: string
    token_state: string | null
    consecutive_failures: string | number | null
    lease_owner: string | null
    next_refresh_at: string | null
}

function connectionsTo(from: Store, to: Store): ConnectionRow[] {
    return from.db.prepare(`SELECT sys_id, token_state, consecutive_failures, lease_owner, next_refresh_at FROM x_tether_connection WHERE active = '1' AND endpoint_url = ?`).all(`${to.url}/api/x_tether/v1`) as ConnectionRow[]
}

/**
 * A connection with token trouble when a fault clears: not valid, failures counted, a refresh
 * lease still held (a node killed mid-refresh leaves one behind), or a refresh already due.
 */
function troubled(c: ConnectionRow, at: number): boolean {
    const due = epoch(c.next_refresh_at)
    return c.token_state !== 'valid' || Number(c.consecutive_failures || 0) > 0 || Boolean(c.lease_owner) || (due !== undefined && due <= at)
}

export function pendingAt(stores: Stores, directions: Directions, at: number): Snapshot {
    return {
        at,
        directions: directions.map(({ from, to }) => {
            const s = stores.of(from)
            const waiting = (s.db.prepare(`SELECT message_id FROM x_tether_transaction WHERE direction = 'outbound' AND state IN ('queued', 'sending')`).all() as { message_id: string }[]).map((r) => r.message_id)
            const troubledConnections = connectionsTo(s, stores.of(to))
                .filter((c) => troubled(c, at))
                .map((c) => c.sys_id)
            return { from, to, waiting, troubledConnections }
        }),
    }
}

/**
 * Evidence, from the stores, that a fault of the network kind actually met traffic: the partner's
 * calls to a downed instance failing without an answer, the faulty instance answering 5xx or late
 * (its transaction log), calls refused after a revocation. '' when there is none.
 */
export function storeEvidence(stores: Stores, fault: { kind: string; target: InstanceName; started: string; cleared: string; value?: number }, until: number): string {
    const target = stores.of(fault.target)
    const partner = stores.of(fault.target === 'alpha' ? 'beta' : 'alpha')
    const from = glide(Date.parse(fault.started))
    const to = glide(fault.kind === 'revoke' ? until : Date.parse(fault.cleared))
    const count = (db: Database.Database, sql: string, ...args: unknown[]) => (db.prepare(sql).get(from, to, ...args) as { n: number }).n
    switch (fault.kind) {
        case 'down': {
            const calls = count(partner.db, `SELECT count(*) AS n FROM x_tether_http_request WHERE direction = 'outbound' AND sys_created_on BETWEEN ? AND ? AND url LIKE ? AND (status_code IS NULL OR CAST(status_code AS INTEGER) = 0)`, `${target.url}%`)
            const tokens = count(partner.db, `SELECT count(*) AS n FROM x_tether_token_event WHERE event = 'failed' AND sys_created_on BETWEEN ? AND ? AND (http_status IS NULL OR CAST(http_status AS INTEGER) = 0)`)
            return calls + tokens > 0 ? `${partner.name}: ${calls} calls to ${target.name} and ${tokens} token requests got no answer` : ''
        }
        case '5xx': {
            const n = count(target.db, `SELECT count(*) AS n FROM syslog_transaction WHERE sys_created_on BETWEEN ? AND ? AND response_status = ?`, String(fault.value))
            return n > 0 ? `${target.name} answered ${fault.value} ${n} times` : ''
        }
        case 'slow': {
            const n = count(target.db, `SELECT count(*) AS n FROM syslog_transaction WHERE sys_created_on BETWEEN ? AND ? AND CAST(response_time AS INTEGER) >= ?`, fault.value ?? 0)
            return n > 0 ? `${target.name} answered ${n} requests ${fault.value} ms or more late` : ''
        }
        case 'revoke': {
            const refused = count(target.db, `SELECT count(*) AS n FROM syslog_transaction WHERE sys_created_on BETWEEN ? AND ? AND response_status = '401'`)
            const grants = count(partner.db, `SELECT count(*) AS n FROM x_tether_token_event WHERE event = 'failed' AND sys_created_on BETWEEN ? AND ? AND error_code = 'invalid_grant'`)
            return refused + grants > 0 ? `${target.name} refused ${refused} calls with a revoked token; ${partner.name} had ${grants} refresh(es) refused with invalid_grant` : ''
        }
        default:
            return ''
    }
}

export interface DirectionFigures {
    from: InstanceName
    to: InstanceName
    planned: number
    /** Planned messages the sender never queued (its send job was refused, or did not run). */
    neverQueued: string[]
    sent: number
    delivered: number
    lost: string[]
    appliedTwice: string[]
    duplicateIncidents: string[]
    /** Sender attempts (HTTP requests to /messages), and how many the receiver answered "already processed". */
    attempts: number
    alreadyProcessed: number
    /** At the receiver, as provider of the sender's tokens. */
    expiredTokenCalls: number
    invalidTokenCalls: number
    tokenRequests: number
    tokenRequestsFailed: number
    /** Token events of the sender's connections to the receiver. */
    tokenEvents: Record<string, number>
    needsReauthEpisodes: number
    longestQueueWaitS: number
    longestQueueWaitKey: string
}

export interface FaultRecovery {
    label: string
    kind: string
    cleared: string
    /** Seconds from the fault clearing until everything that waited then was delivered and every troubled connection had a token again; null when nothing waited. */
    recoveryS: number | null
    waited: number
    troubled: number
    detail: string
}

export interface Measured {
    directions: DirectionFigures[]
    totals: {
        planned: number
        neverQueued: number
        sent: number
        delivered: number
        lost: number
        appliedTwice: number
        expiredTokenCalls: number
        invalidTokenCalls: number
        tokenRequests: number
        tokenRequestsFailed: number
        refreshes: number
        grants: number
        regrants: number
        needsReauthEpisodes: number
        longestQueueWaitS: number
        longestQueueWaitKey: string
        maxRecoveryS: number
    }
    recoveries: FaultRecovery[]
}

interface TxRow {
    message_id: string
    payload: string | null
    state: string
    queued_at: string | null
    sys_updated_on: string | null
}

function keyOf(payload: string | null): string {
    try {
        const envelope = JSON.parse(payload ?? '{}') as { reference?: string; payload?: { short_description?: string } }
        return envelope.reference ?? envelope.payload?.short_description ?? ''
    } catch {
        return ''
    }
}

function direction(stores: Stores, from: InstanceName, to: InstanceName, planned: PlannedMessage[]): DirectionFigures {
    const s = stores.of(from)
    const r = stores.of(to)
    const sent = s.db.prepare(`SELECT message_id, payload, state, queued_at, sys_updated_on FROM x_tether_transaction WHERE direction = 'outbound'`).all() as TxRow[]
    const keys = new Set(sent.map((t) => keyOf(t.payload)))
    const mine = planned.filter((m) => m.from === from)
    const neverQueued = mine.filter((m) => !keys.has(m.key)).map((m) => m.key)
    // Applied at the receiver: its inbound transactions that completed, by the sender's message id.
    const applied = new Set(
        (r.db.prepare(`SELECT external_message_id FROM x_tether_transaction WHERE direction = 'inbound' AND state = 'complete'`).all() as { external_message_id: string }[]).map((t) => t.external_message_id),
    )
    const delivered = sent.filter((t) => applied.has(t.message_id)).length
    const lost = sent.filter((t) => !applied.has(t.message_id)).map((t) => `${keyOf(t.payload)} (${t.state})`)
    // How often the receiver applied each message: its answers "ok" (applied) versus "already processed".
    const answers = new Map<string, number>()
    let alreadyProcessed = 0
    const inbound = r.db.prepare(`SELECT request_body, response_body FROM x_tether_http_request WHERE direction = 'inbound'`).all() as { request_body: string | null; response_body: string | null }[]
    for (const h of inbound) {
        let id = ''
        let status = ''
        try {
            id = String((JSON.parse(h.request_body ?? '{}') as { message_id?: string }).message_id ?? '')
            status = String((JSON.parse(h.response_body ?? '{}') as { status?: string }).status ?? '')
        } catch {
            continue
        }
        if (status === 'ok') answers.set(id, (answers.get(id) ?? 0) + 1)
        if (status === 'already processed') alreadyProcessed++
    }
    const appliedTwice = [...answers.entries()].filter(([, n]) => n > 1).map(([id]) => id)
    const duplicateIncidents = (
        r.db.prepare(`SELECT short_description AS key, count(*) AS n FROM incident WHERE short_description LIKE ? GROUP BY short_description HAVING count(*) > 1`).all(`SOAK-${from === 'alpha' ? 'A' : 'B'}-%`) as { key: string }[]
    ).map((d) => d.key)
    const attempts = (s.db.prepare(`SELECT count(*) AS n FROM x_tether_http_request WHERE direction = 'outbound' AND url LIKE '%/messages'`).get() as { n: number }).n
    const expiredTokenCalls = (r.db.prepare(`SELECT count(*) AS n FROM syslog WHERE source = 'OAuthInbound' AND message LIKE 'Rejected an expired access token%'`).get() as { n: number }).n
    const invalidTokenCalls = (r.db.prepare(`SELECT count(*) AS n FROM syslog_transaction WHERE url LIKE '/api/x_tether/%' AND response_status = '401'`).get() as { n: number }).n
    const tokenRequests = (r.db.prepare(`SELECT count(*) AS n FROM syslog_transaction WHERE url = '/oauth_token.do'`).get() as { n: number }).n
    const tokenRequestsFailed = (r.db.prepare(`SELECT count(*) AS n FROM syslog_transaction WHERE url = '/oauth_token.do' AND response_status != '200'`).get() as { n: number }).n
    const connections = connectionsTo(s, r).map((c) => c.sys_id)
    const tokenEvents: Record<string, number> = {}
    for (const e of s.db.prepare(`SELECT event, count(*) AS n FROM x_tether_token_event WHERE connection IN (${connections.map(() => '?').join(',') || "''"}) GROUP BY event`).all(...connections) as { event: string; n: number }[]) {
        tokenEvents[e.event] = e.n
    }
    let longestQueueWaitS = 0
    let longestQueueWaitKey = ''
    for (const t of sent) {
        if (t.state !== 'complete') continue
        const wait = ((epoch(t.sys_updated_on) ?? 0) - (epoch(t.queued_at) ?? 0)) / 1000
        if (wait > longestQueueWaitS) {
            longestQueueWaitS = wait
            longestQueueWaitKey = keyOf(t.payload)
        }
    }
    return {
        from,
        to,
        planned: mine.length,
        neverQueued,
        sent: sent.length,
        delivered,
        lost,
        appliedTwice,
        duplicateIncidents,
        attempts,
        alreadyProcessed,
        expiredTokenCalls,
        invalidTokenCalls,
        tokenRequests,
        tokenRequestsFailed,
        tokenEvents,
        needsReauthEpisodes: tokenEvents.reauth_required ?? 0,
        longestQueueWaitS,
        longestQueueWaitKey,
    }
}

/**
 * Recovery after a fault: from the moment it cleared until every message that waited then was
 * delivered, the first message sent afterwards too (a revocation or a rotated secret shows only on
 * the next call), and every connection that had token trouble then had a token again.
 */
function recovery(stores: Stores, outcome: FaultOutcome, nextFaultAt: number): FaultRecovery {
    const snapshot = outcome.snapshot!
    const c = snapshot.at
    // The first message after the fault counts when it was sent within the hour and before the next fault.
    const firstBy = Math.min(c + 3600000, nextFaultAt)
    let worst: number | null = null
    let waited = 0
    let troubled = 0
    const details: string[] = []
    for (const d of snapshot.directions) {
        const s = stores.of(d.from)
        const done = (id: string) => s.db.prepare(`SELECT state, queued_at, sys_updated_on FROM x_tether_transaction WHERE message_id = ?`).get(id) as TxRow | undefined
        const times: number[] = []
        for (const id of d.waiting) {
            waited++
            const t = done(id)
            if (!t || t.state !== 'complete') {
                details.push(`${d.from}→${d.to}: ${id} never delivered`)
                times.push(Number.POSITIVE_INFINITY)
                continue
            }
            times.push(Math.max(0, (epoch(t.sys_updated_on) ?? c) - c))
        }
        const next = s.db
            .prepare(`SELECT message_id, state, queued_at, sys_updated_on FROM x_tether_transaction WHERE direction = 'outbound' AND queued_at >= ? AND queued_at < ? ORDER BY queued_at LIMIT 1`)
            .get(glide(c), glide(firstBy)) as TxRow | undefined
        if (next) times.push(next.state === 'complete' ? Math.max(0, (epoch(next.sys_updated_on) ?? 0) - (epoch(next.queued_at) ?? 0)) : Number.POSITIVE_INFINITY)
        for (const conn of d.troubledConnections) {
            troubled++
            const ok = s.db
                .prepare(`SELECT sys_created_on FROM x_tether_token_event WHERE connection = ? AND event IN ('granted', 'refreshed', 'regranted') AND sys_created_on >= ? ORDER BY sys_created_on LIMIT 1`)
                .get(conn, glide(c)) as { sys_created_on: string } | undefined
            times.push(ok ? Math.max(0, (epoch(ok.sys_created_on) ?? c) - c) : Number.POSITIVE_INFINITY)
            if (!ok) details.push(`${d.from}→${d.to}: connection ${conn} never got a token again`)
        }
        if (times.length > 0) {
            const w = Math.max(...times) / 1000
            details.push(`${d.from}→${d.to}: ${d.waiting.length} waiting, ${d.troubledConnections.length} connection(s) without a valid token, ${Number.isFinite(w) ? `${Math.round(w)} s` : 'not recovered'}`)
            worst = Math.max(worst ?? 0, w)
        }
    }
    return { label: outcome.label, kind: outcome.kind, cleared: outcome.cleared, recoveryS: worst, waited, troubled, detail: details.join('; ') }
}

export function measure(stores: Stores, directions: Directions, planned: PlannedMessage[], outcomes: FaultOutcome[]): Measured {
    const figures = directions.map((d) => direction(stores, d.from, d.to, planned))
    const sum = (f: (d: DirectionFigures) => number) => figures.reduce((n, d) => n + f(d), 0)
    const longest = figures.reduce((a, b) => (b.longestQueueWaitS > a.longestQueueWaitS ? b : a))
    const recoveries = outcomes.map((o, i) => recovery(stores, o, i + 1 < outcomes.length ? Date.parse(outcomes[i + 1].started) : Number.POSITIVE_INFINITY))
    return {
        directions: figures,
        totals: {
            planned: planned.length,
            neverQueued: sum((d) => d.neverQueued.length),
            sent: sum((d) => d.sent),
            delivered: sum((d) => d.delivered),
            lost: sum((d) => d.lost.length),
            appliedTwice: sum((d) => d.appliedTwice.length + d.duplicateIncidents.length),
            expiredTokenCalls: sum((d) => d.expiredTokenCalls),
            invalidTokenCalls: sum((d) => d.invalidTokenCalls),
            tokenRequests: sum((d) => d.tokenRequests),
            tokenRequestsFailed: sum((d) => d.tokenRequestsFailed),
            refreshes: sum((d) => d.tokenEvents.refreshed ?? 0),
            grants: sum((d) => d.tokenEvents.granted ?? 0),
            regrants: sum((d) => d.tokenEvents.regranted ?? 0),
            needsReauthEpisodes: sum((d) => d.needsReauthEpisodes),
            longestQueueWaitS: longest.longestQueueWaitS,
            longestQueueWaitKey: longest.longestQueueWaitKey,
            maxRecoveryS: Math.max(0, ...recoveries.map((r) => r.recoveryS ?? 0)),
        },
        recoveries,
    }
}
