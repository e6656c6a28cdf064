/**
 * The benchmark's printed tables (Markdown, so the README can show them as they are) and the
 * sentences on each ratio, computed from the same run's numbers.
 */
import type { TokenEconomyResult } from '../scenarios/token-economy'
import type { ScaleResult } from '../scenarios/refresh-scale'
import type { SendPathResult } from '../scenarios/send-path'
import type { Machine } from './machine'
import { formatRatio, formatTiming, round, Timing } from './stats'

export interface SandboxSpeed {
    /** Two instances booted and the app installed, ms: every sandbox start of this run. */
    bootAndInstall: Timing
    /** Simulated days per second of a short `npm run soak` (both directions, three integrations each, faults), one sample per simulated day after the first (which holds the set-up). */
    soakDaysPerSecond: Timing
    /** The short soak's size and whether it met the soak's bar. */
    soak: { days: number; messages: number; passed: boolean }
    /** Simulated days per second, one sample per simulated day of Tether's token-economy run (refresh job + a call a minute). */
    tokenEconomyDaysPerSecond?: Timing
}

export interface BenchReport {
    startedAt: string
    totalSeconds: number
    machine: Machine
    tokenEconomy?: TokenEconomyResult
    refreshScale?: ScaleResult
    sendPath?: SendPathResult
    sandboxSpeed?: SandboxSpeed
}

const n = (v: number) => v.toLocaleString('en-US')

function table(headers: string[], rows: string[][]): string {
    return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n')
}

function machineLine(m: Machine): string {
    return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, commit ${m.commit.slice(0, 10)}${m.dirty ? ' (uncommitted changes)' : ''}, load average ${m.loadAverage.join(' / ')} at the start`
}

export function renderTables(r: BenchReport): string {
    const out: string[] = [`Run of ${r.startedAt} (${Math.round(r.totalSeconds)} s) on ${machineLine(r.machine)}.`]
    const te = r.tokenEconomy
    if (te) {
        const tether = te.results.find((x) => x.strategy === 'tether')
        out.push(
            `\n**1. Token economy** — ${n(te.options.messages)} messages over ${te.options.days} simulated days, ${te.options.accessLifespanSeconds} s access tokens; floor ≈ ${n(Math.round(te.floor))} token requests (one per access-token lifespan)\n`,
            table(
                ['strategy', 'token requests', '÷ floor', '÷ Tether', 'messages that found the token expired', 'provider 401 invalid_token', 'failed messages'],
                te.results.map((x) => [
                    x.label,
                    n(x.tokenRequests),
                    formatRatio(x.tokenRequests / te.floor),
                    tether ? formatRatio(x.tokenRequests / tether.tokenRequests) : 'n/a',
                    n(x.expiredAtSend),
                    n(x.providerExpiredRejections),
                    n(x.failed),
                ]),
            ),
        )
    }
    const rs = r.refreshScale
    if (rs) {
        out.push(
            `\n**2. Refresh-job scale** — one job run with ${round(rs.options.dueShare * 100)} % of the connections due (at least one); median (min–max, n) per run\n`,
            table(
                ['connections', 'due', "Tether's job: wall", 'records read', 'token requests', 'KB0823628-style job: wall', 'records read', 'token requests', 'KB ÷ Tether: wall', 'records read'],
                rs.results.map((x) => [
                    n(x.connections),
                    n(x.due),
                    formatTiming(x.tether.wall),
                    n(x.tether.recordsRead.median),
                    n(x.tether.tokenRequests.median),
                    formatTiming(x.kb0823628.wall),
                    n(x.kb0823628.recordsRead.median),
                    n(x.kb0823628.tokenRequests.median),
                    formatRatio(x.ratio.wall),
                    formatRatio(x.ratio.recordsRead),
                ]),
            ),
        )
    }
    const sp = r.sendPath
    if (sp) {
        out.push(
            `\n**3. Send-path overhead** — time per message, batches of ${sp.options.batch}, median (min–max, n batches)\n`,
            table(
                ['path', 'per message', 'ratio'],
                [
                    ["Tether's transport (TetherClient.send)", formatTiming(sp.tether), `${formatRatio(sp.ratio)} (+${round(sp.overheadMs)} ms)`],
                    ['bare RESTMessageV2, same OAuth profile', formatTiming(sp.bare), '1×'],
                ],
            ),
        )
    }
    const ss = r.sandboxSpeed
    if (ss) {
        out.push(
            `\n**4. Sandbox speed** — median (min–max, n)\n`,
            table(
                ['measure', 'value'],
                [
                    ['boot + install of two instances', formatTiming(ss.bootAndInstall)],
                    [
                        `soak (\`npm run soak\`'s code, ${ss.soak.days} days, ${n(ss.soak.messages)} messages both ways, every fault kind${ss.soak.passed ? ', bar met' : ', BAR NOT MET'}): simulated days per second, one sample per day after the first`,
                        formatTiming(ss.soakDaysPerSecond),
                    ],
                    ...(ss.tokenEconomyDaysPerSecond ? [["Tether's 7-day token-economy run (refresh job + a call a minute): simulated days per second, one sample per day", formatTiming(ss.tokenEconomyDaysPerSecond)]] : []),
                ],
            ),
        )
    }
    return out.join('\n')
}

/** One sentence per ratio, from this run's numbers. */
export function renderRatios(r: BenchReport): string[] {
    const lines: string[] = []
    const te = r.tokenEconomy
    const tether = te?.results.find((x) => x.strategy === 'tether')
    if (te && tether) {
        const by = (s: string) => te.results.find((x) => x.strategy === s)
        lines.push(
            `Token economy: Tether made ${n(tether.tokenRequests)} token requests, ${formatRatio(tether.tokenRequests / te.floor)} the floor of one per access-token lifespan (it refreshes once 20 % of the lifespan or less is left — checked every 5 minutes, with jitter — so somewhat more than one per lifespan), and ${tether.expiredAtSend} of its messages found an expired token (${tether.providerExpiredRejections} provider 401s).`,
        )
        const perRequest = by('per-request')
        if (perRequest) lines.push(`A token per request cost ${n(perRequest.tokenRequests)} requests, ${formatRatio(perRequest.tokenRequests / tether.tokenRequests)} Tether's: one per message instead of one per lifespan.`)
        const onExpiry = by('on-expiry')
        if (onExpiry) {
            lines.push(
                `The platform's refresh on expiry made ${n(onExpiry.tokenRequests)} requests (${formatRatio(onExpiry.tokenRequests / tether.tokenRequests)} Tether's, ${formatRatio(onExpiry.tokenRequests / te.floor)} the floor), but ${n(onExpiry.expiredAtSend)} messages found the token expired and waited for a refresh inside the call — each one would fail if the token endpoint were down or slow at that moment.`,
            )
        }
        const kb = by('kb0823628')
        if (kb) lines.push(`The KB0823628-style job made ${n(kb.tokenRequests)} requests (${formatRatio(kb.tokenRequests / tether.tokenRequests)} Tether's) with ${n(kb.expiredAtSend)} expired-token messages over ${te.options.days} days; its flaw is the refresh token's real expiry (it dies at day 100, test/e2e/oauth-baseline.test.ts), not the access token.`)
    }
    const rs = r.refreshScale
    if (rs && rs.results.length > 0) {
        const first = rs.results[0]
        const last = rs.results[rs.results.length - 1]
        lines.push(
            `Refresh-job scale: from ${n(first.connections)} to ${n(last.connections)} connections Tether's job read ${n(first.tether.recordsRead.median)} → ${n(last.tether.recordsRead.median)} records (${round(first.tetherRecordsPerDue)} → ${round(last.tetherRecordsPerDue)} per due connection: it follows the due connections), the KB0823628-style job ${n(first.kb0823628.recordsRead.median)} → ${n(last.kb0823628.recordsRead.median)} (one per connection: it follows the total); the KB ÷ Tether ratio of records read goes ${rs.results.map((x) => formatRatio(x.ratio.recordsRead)).join(' → ')} and of wall time ${rs.results.map((x) => formatRatio(x.ratio.wall)).join(' → ')}, while both made the same token requests (the due ones).`,
        )
    }
    const sp = r.sendPath
    if (sp) {
        lines.push(
            `Send path: a message through Tether's transport took ${formatRatio(sp.ratio)} the time of a bare RESTMessageV2 call (+${round(sp.overheadMs)} ms per message in the sandbox) — the price of a queued transaction, the token check and the HTTP request record.`,
        )
    }
    const ss = r.sandboxSpeed
    if (ss) {
        const te = ss.tokenEconomyDaysPerSecond ? `, a single connection with a call a minute ${round(ss.tokenEconomyDaysPerSecond.median)}` : ''
        lines.push(`Sandbox: two instances boot and install the app in ${round(ss.bootAndInstall.median / 1000)} s (median); a soak simulates ${round(ss.soakDaysPerSecond.median)} days per second (median) over its first week${te}. A full 400-day \`npm run soak\` goes slower than that rate suggests: it keeps every log for its secret audit, so its tables grow (its wall time is in soak-results/latest.md).`)
    }
    return lines
}
