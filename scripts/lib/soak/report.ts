/**
 * The soak's verdict against its bar, and its report as Markdown (for people and the README) and
 * JSON (for tools). Neither carries a secret: only counts, keys like SOAK-A-000123, connection ids.
 */
import { REFRESH_JOB_INTERVAL_S, SEND_JOB_INTERVAL_S } from './measure'
import type { SoakResult } from './run'

export interface BarCheck {
    name: string
    ok: boolean
    value: string
}

/** The bar: 0 lost, 0 applied twice, 0 expired-token calls, recovery within one refresh-job interval, every fault exercised, no secret found. */
export function verdict(r: SoakResult): { passed: boolean; checks: BarCheck[] } {
    const t = r.measured.totals
    const slow = r.measured.recoveries.filter((x) => x.recoveryS !== null && x.recoveryS > REFRESH_JOB_INTERVAL_S)
    const checks: BarCheck[] = [
        { name: 'messages lost', ok: t.lost === 0, value: String(t.lost) },
        { name: 'messages applied twice', ok: t.appliedTwice === 0, value: String(t.appliedTwice) },
        { name: 'calls with an expired token', ok: t.expiredTokenCalls === 0, value: String(t.expiredTokenCalls) },
        { name: `recovery within one refresh-job interval (${REFRESH_JOB_INTERVAL_S} s) after each fault`, ok: slow.length === 0, value: `worst ${fmtSeconds(t.maxRecoveryS)}${slow.length ? `; over: ${slow.map((s) => s.label).join(', ')}` : ''}` },
        { name: 'every fault happened', ok: r.faults.every((f) => f.triggered), value: `${r.faults.filter((f) => f.triggered).length}/${r.faults.length}` },
        { name: 'every planned message was queued', ok: t.neverQueued === 0, value: `${t.planned - t.neverQueued}/${t.planned}` },
        { name: 'secrets found by the audit', ok: r.audit.leaks.length === 0, value: `${r.audit.leaks.length} (of ${r.audit.secretsChecked} secrets)` },
    ]
    return { passed: checks.every((c) => c.ok), checks }
}

export function fmtSeconds(s: number | null): string {
    if (s === null) return '—'
    if (!Number.isFinite(s)) return 'never'
    if (s < 120) return `${Math.round(s)} s`
    if (s < 7200) return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`
    return `${(s / 3600).toFixed(1)} h`
}

const n = (v: number) => v.toLocaleString('en-US')

/** The lines `npm run soak` prints at the end and the closing note quotes. */
export function summaryLines(r: SoakResult): string[] {
    const t = r.measured.totals
    const v = verdict(r)
    return [
        `Soak ${v.passed ? 'PASSED' : 'FAILED'}: ${r.options.days} simulated days, seed ${r.options.seed}, ${fmtSeconds(r.wallSeconds)} wall time`,
        `  messages: ${n(t.sent)} sent, ${n(t.delivered)} delivered, ${n(t.lost)} lost, ${n(t.appliedTwice)} applied twice (${n(t.planned)} planned)`,
        `  tokens: ${n(t.tokenRequests)} token requests (${n(t.tokenRequestsFailed)} refused or failed), ${n(t.refreshes)} refreshes, ${n(t.regrants)} re-grants, ${n(t.needsReauthEpisodes)} needs_reauth episodes`,
        `  calls with an expired token: ${n(t.expiredTokenCalls)}; calls refused for a revoked token: ${n(t.invalidTokenCalls)}`,
        `  longest queue wait: ${fmtSeconds(t.longestQueueWaitS)} (${t.longestQueueWaitKey || '—'}); worst recovery after a fault: ${fmtSeconds(t.maxRecoveryS)} (bar ${REFRESH_JOB_INTERVAL_S} s)`,
        `  faults: ${r.faults.length} (${r.faults.filter((f) => f.triggered).length} happened), restarts after SIGKILL: ${r.restarts.length}`,
        `  secret audit: ${r.audit.leaks.length} found — ${r.audit.secretsChecked} secrets issued during the run, ${n(r.audit.rowsScanned)} rows in ${r.audit.tablesScanned} tables, ${r.audit.filesScanned} files (${n(r.outputLines)} lines of sandbox output among them), the pairing output`,
        ...v.checks.filter((c) => !c.ok).map((c) => `  ✗ ${c.name}: ${c.value}`),
    ]
}

export function toJson(r: SoakResult): string {
    const v = verdict(r)
    return JSON.stringify(
        {
            passed: v.passed,
            bar: v.checks,
            options: r.options,
            wallSeconds: Math.round(r.wallSeconds),
            totals: r.measured.totals,
            directions: r.measured.directions.map((d) => ({ ...d, lost: d.lost.slice(0, 50), neverQueued: d.neverQueued.slice(0, 50), appliedTwice: d.appliedTwice.slice(0, 50) })),
            faults: r.faults.map((f) => ({ kind: f.kind, target: f.target, label: f.label, started: f.started, cleared: f.cleared, triggered: f.triggered, evidence: f.evidence, ...recoveryOf(r, f.label, f.cleared) })),
            restarts: r.restarts,
            secretAudit: { ...r.audit, leaks: r.audit.leaks },
        },
        null,
        2,
    )
}

function recoveryOf(r: SoakResult, label: string, cleared: string) {
    const rec = r.measured.recoveries.find((x) => x.label === label && x.cleared === cleared)
    return rec ? { recoveryS: rec.recoveryS, waited: rec.waited, troubledConnections: rec.troubled, detail: rec.detail } : {}
}

export function toMarkdown(r: SoakResult): string {
    const t = r.measured.totals
    const v = verdict(r)
    const lines = [
        `# Soak report`,
        '',
        `**${v.passed ? 'Passed' : 'Failed'}** — ${r.options.days} simulated days from ${r.options.startTime}, seed ${r.options.seed}, ${n(r.options.messages)} messages at random times plus ${r.options.windowMessages} from each instance in each fault window; ${fmtSeconds(r.wallSeconds)} wall time.`,
        '',
        'Two sandbox instances, alpha and beta, paired both ways with `npm run pair`’s code (`--both-ways --demo`), three integrations each way (processes incident, major_incident, security_incident on the incident table), every message a CreateIncident sent through `x_tether.TetherClient.send` by a scheduled job at its planned second.',
        '',
        '## Bar',
        '',
        '| check | result | |',
        '|---|---|---|',
        ...v.checks.map((c) => `| ${c.name} | ${c.value} | ${c.ok ? '✓' : '✗'} |`),
        '',
        '## Figures',
        '',
        '| | ' + r.measured.directions.map((d) => `${d.from} → ${d.to}`).join(' | ') + ' | total |',
        '|---|' + r.measured.directions.map(() => '---:|').join('') + '---:|',
        ...(
            [
                ['messages planned', (d) => d.planned, t.planned],
                ['messages sent (queued)', (d) => d.sent, t.sent],
                ['delivered (applied by the receiver)', (d) => d.delivered, t.delivered],
                ['lost', (d) => d.lost.length, t.lost],
                ['applied twice', (d) => d.appliedTwice.length + d.duplicateIncidents.length, t.appliedTwice],
                ['send attempts (HTTP requests)', (d) => d.attempts, r.measured.directions.reduce((a, d) => a + d.attempts, 0)],
                ['resends answered "already processed"', (d) => d.alreadyProcessed, r.measured.directions.reduce((a, d) => a + d.alreadyProcessed, 0)],
                ['calls with an expired token', (d) => d.expiredTokenCalls, t.expiredTokenCalls],
                ['calls refused for a revoked token (401)', (d) => d.invalidTokenCalls, t.invalidTokenCalls],
                ['token requests', (d) => d.tokenRequests, t.tokenRequests],
                ['token requests refused or failed', (d) => d.tokenRequestsFailed, t.tokenRequestsFailed],
                ['refreshes', (d) => d.tokenEvents.refreshed ?? 0, t.refreshes],
                ['re-grants', (d) => d.tokenEvents.regranted ?? 0, t.regrants],
                ['needs_reauth episodes', (d) => d.needsReauthEpisodes, t.needsReauthEpisodes],
                ['longest queue wait', (d) => fmtSeconds(d.longestQueueWaitS), fmtSeconds(t.longestQueueWaitS)],
            ] as [string, (d: SoakResult['measured']['directions'][number]) => number | string, number | string][]
        ).map(([label, f, total]) => `| ${label} | ${r.measured.directions.map((d) => (typeof f(d) === 'number' ? n(f(d) as number) : f(d))).join(' | ')} | ${typeof total === 'number' ? n(total) : total} |`),
        '',
        '## Faults and recovery',
        '',
        `Recovery: from the moment a fault cleared (a killed instance: its restart) until every message that was waiting then was delivered, the first message sent after it too, and every connection that had token trouble then had a token again. The bar is one interval of the refresh job (${REFRESH_JOB_INTERVAL_S} s): after a failed token request Tether backs off at most that long (backoff_max_seconds), and the send job (every ${SEND_JOB_INTERVAL_S} s) retries a waiting message within a minute of the token being back (the soak's integrations retry every 60 s, fixed, up to 1000 times).`,
        '',
        'A fault counts as happened only with evidence: the crash line and the restart of the instance killed, failed or late answers in the logs of the instances, a new client secret, the skewed clock read on the instance.',
        '',
        '| # | fault | started | cleared | happened (evidence) | waiting | recovery |',
        '|---:|---|---|---|---|---:|---:|',
        ...r.faults.map((f, i) => {
            const rec = r.measured.recoveries.find((x) => x.label === f.label && x.cleared === f.cleared)
            return `| ${i + 1} | ${f.label} | ${f.started.slice(0, 16).replace('T', ' ')} | ${f.cleared.slice(0, 16).replace('T', ' ')} | ${f.triggered ? `✓ ${f.evidence}` : '✗ no evidence'} | ${rec ? rec.waited : ''} | ${rec ? fmtSeconds(rec.recoveryS) : ''} |`
        }),
        '',
        '## Secret audit',
        '',
        `${r.audit.secretsChecked} secret values issued during the run (every access and refresh token either instance issued, collected before each revocation and at the end; every client secret and integration password, before and after each rotation; the sandbox admin passwords) looked for in ${n(r.audit.rowsScanned)} rows of ${r.audit.tablesScanned} tables (every column, logs, events and HTTP request records included), ${r.audit.filesScanned} files (the raw SQLite files, dist/app, and everything the sandbox printed: ${n(r.outputLines)} lines) and the pairing's output — each value as it is and in base64 at every alignment (inside a Basic authorization header, say): **${r.audit.leaks.length} found**.`,
        ...r.audit.leaks.map((l) => `- ${l.place}: ${l.secret}`),
        '',
    ]
    return lines.join('\n')
}
