/**
 * 1. Token economy: N outbound messages spread evenly over D simulated days against a ServiceNow
 * provider issuing 1800 s access tokens, sent four ways, each in its own sandbox, one after the
 * other. Every message is the same authenticated
 * call, GET /api/x_tether/v1/ping on the provider with the connection's OAuth profile; what differs
 * is how the token is obtained:
 *
 * - tether: Tether's refresh job, and before each call TetherOAuth.getAccessToken() — the token
 *   steps of Tether's transport (queue.ts post(): getAccessToken, then the profile). The transport's
 *   own cost (transaction, HTTP log) is scenario 3's subject, not this one's;
 * - per-request: a fresh password grant before every message, then RESTMessageV2 with the profile;
 * - on-expiry: RESTMessageV2 with the OAuth profile only — the platform refreshes the stored access
 *   token inside execute() when it has expired (no job);
 * - kb0823628: RESTMessageV2 with the profile, plus the KB0823628-style job of the Unifi guide
 *   (test/e2e/kb0823628-job.js) every 5 minutes.
 *
 * Counted: token requests the provider answered (its transaction log, the first grant included);
 * messages that found the stored access token expired when they were due (checked by the sending
 * script before anything else, through sn_auth's getToken); calls the provider refused with 401
 * invalid_token because the bearer token had expired (its log); messages that did not get a 200.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox } from '../../sandbox'
import { expiredTokenCalls } from '../../test/e2e/setup'
import { addJob } from '../../test/e2e/long-run'
import { benchPair, BenchPair, tokenRequestCount } from '../lib/pairing'
import { progress } from '../lib/progress'
import { summarize, timed, Timing } from '../lib/stats'

export const STRATEGIES = ['tether', 'per-request', 'on-expiry', 'kb0823628'] as const
export type Strategy = (typeof STRATEGIES)[number]

export const STRATEGY_LABELS: Record<Strategy, string> = {
    tether: 'Tether (refresh job + getAccessToken)',
    'per-request': 'a token per request (password grant)',
    'on-expiry': 'platform refresh on expiry (no job)',
    kb0823628: 'KB0823628-style job (5 min) + platform',
}

export interface TokenEconomyOptions {
    messages: number
    days: number
    accessLifespanSeconds: number
    strategies?: readonly Strategy[]
}

export interface StrategyResult {
    strategy: Strategy
    label: string
    messages: number
    delivered: number
    failed: number
    tokenRequests: number
    tokenRequestsPerLifespan: number
    expiredAtSend: number
    providerExpiredRejections: number
    wallSeconds: number
    /** One sample per simulated day. */
    simulatedDaysPerSecond: Timing
}

export interface TokenEconomyResult {
    options: TokenEconomyOptions
    /** One token request per access-token lifespan over the run: the floor any keep-alive strategy pays. */
    floor: number
    results: StrategyResult[]
    /** Wall time of each sandbox start (two instances booted and the app installed), ms. */
    bootMs: number[]
}

const START = '2026-01-05T00:00:00Z'
const START_MS = Date.parse(START)
/** The first message falls due 30 s after the start; then one every days × 86400 s / messages. */
const OFFSET_MS = 30000

/** The authenticated call every strategy makes: the provider's Tether ping with the OAuth profile; leaves `res`. */
function pingScript(p: BenchPair): string {
    return `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${p.provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
        r.setAuthenticationProfile('oauth2', '${p.profileId}'); r.setRequestorProfile('x_tether_connection', '${p.connectionId}');
        var res = r.execute(); status = res.getStatusCode(); if (status != 200) error = error + ' ' + res.getErrorMessage();`
}

function sendScript(strategy: Strategy, p: BenchPair): string {
    switch (strategy) {
        case 'tether':
            return `var t = new x_tether.TetherOAuth().getAccessToken('${p.connectionId}');
                if (!t.ok) error = 'no token: ' + t.code + ' ' + t.message; else { ${pingScript(p)} }`
        case 'per-request':
            // The grant uses the credentials stored on the connection: no secret in the script.
            return `var c = new GlideRecord('x_tether_connection'); c.get('${p.connectionId}');
                var req = new sn_auth.GlideOAuthClientRequest(); req.setGrantType('password');
                req.setUserName(c.getValue('oauth_username')); req.setPassword(c.oauth_password.getDecryptedValue());
                req.setParameter('oauth_requestor_context', 'x_tether_connection'); req.setParameter('oauth_requestor', '${p.connectionId}');
                req.setParameter('oauth_provider_profile', '${p.profileId}');
                var granted = new sn_auth.GlideOAuthClient().requestTokenByRequest(null, req);
                if (granted.getErrorMessage()) error = 'grant: ' + granted.getErrorMessage();
                ${pingScript(p)}`
        case 'on-expiry':
        case 'kb0823628':
            return pingScript(p)
    }
}

/** The once-a-minute job that sends the messages falling due in the minute before it runs (0 or 1). */
function messageJob(strategy: Strategy, p: BenchPair, o: TokenEconomyOptions): string {
    const intervalMs = (o.days * 86400000) / o.messages
    if (intervalMs < 60000) throw new Error('The message job sends at most one message a minute: use fewer messages or more days')
    return `(function () {
        var now = new GlideDateTime().getNumericValue();
        var k = Math.floor((now - ${START_MS + OFFSET_MS}) / ${intervalMs});
        if (k < 0 || k >= ${o.messages} || now - (${START_MS + OFFSET_MS} + k * ${intervalMs}) >= 60000) return;
        var stored = new sn_auth.GlideOAuthClient().getToken('${p.connectionId}', '${p.profileId}');
        var expired = !stored || !stored.getAccessToken() || stored.getExpiresIn() <= 0;
        var status = 0, error = '';
        ${sendScript(strategy, p)}
        gs.info('bench message ' + k + ' status=' + status + ' expired=' + (expired ? 1 : 0) + (error ? ' error=' + error : ''));
    })()`
}

async function runStrategy(strategy: Strategy, o: TokenEconomyOptions, bootMs: number[]): Promise<StrategyResult> {
    const boot = await timed(() => startSandbox({ startTime: START }))
    bootMs.push(boot.ms)
    const sandbox = boot.value
    try {
        const p = await benchPair(sandbox, { tetherJob: strategy === 'tether' })
        await p.provider.runScript(`var e = new GlideRecord('oauth_entity'); e.get('client_id', 'tether-e2e-client'); e.access_token_lifespan = ${o.accessLifespanSeconds}; e.update();`)
        if (strategy === 'kb0823628') {
            await addJob(p.consumer, 'KB0823628: refresh OAuth tokens', 5, readFileSync(join(__dirname, '../../test/e2e/kb0823628-job.js'), 'utf8'), '2026-01-05 00:00:00')
        }
        await addJob(p.consumer, 'Bench: outbound messages', 1, messageJob(strategy, p, o), '2026-01-05 00:00:00')
        // One simulated day at a time: each day's wall time is a sample of the simulation speed.
        const daysPerSecond: number[] = []
        const { ms } = await timed(async () => {
            for (let day = 1; day <= Math.ceil(o.days); day++) {
                const length = Math.min(1, o.days - day + 1)
                const one = await timed(() => sandbox.clock.advance(length * 86400000))
                daysPerSecond.push(length / (one.ms / 1000))
                if (day % 2 === 1 || day === Math.ceil(o.days)) progress(`token economy, ${strategy}: day ${day} of ${o.days}`)
            }
        })
        const lines = (await p.consumer.query('syslog', 'messageSTARTSWITHbench message ')).map((r) => r.message ?? '')
        const sent = new Set<number>()
        let delivered = 0
        let expiredAtSend = 0
        for (const line of lines) {
            const m = /^bench message (\d+) status=(\d+) expired=([01])/.exec(line)
            if (!m) throw new Error(`Unexpected log line: ${line}`)
            sent.add(Number(m[1]))
            if (m[2] === '200') delivered++
            if (m[3] === '1') expiredAtSend++
        }
        if (sent.size !== o.messages || lines.length !== o.messages) {
            throw new Error(`${strategy}: ${lines.length} messages sent (${sent.size} distinct), expected ${o.messages}`)
        }
        const tokenRequests = await tokenRequestCount(p)
        const lifespans = (o.days * 86400) / o.accessLifespanSeconds
        return {
            strategy,
            label: STRATEGY_LABELS[strategy],
            messages: lines.length,
            delivered,
            failed: lines.length - delivered,
            tokenRequests,
            tokenRequestsPerLifespan: tokenRequests / lifespans,
            expiredAtSend,
            providerExpiredRejections: await expiredTokenCalls(p.provider),
            wallSeconds: ms / 1000,
            simulatedDaysPerSecond: summarize(daysPerSecond, 'days/s'),
        }
    } finally {
        await sandbox.stop()
    }
}

/**
 * Runs the strategies one after the other (side by side they only fight for the CPU). Each start of
 * a sandbox is also a sample of scenario 4's boot-and-install time.
 */
export async function tokenEconomy(o: TokenEconomyOptions): Promise<TokenEconomyResult> {
    const results: StrategyResult[] = []
    const bootMs: number[] = []
    for (const strategy of o.strategies ?? STRATEGIES) {
        progress(`token economy, ${strategy}: ${o.messages} messages over ${o.days} simulated days`)
        const r = await runStrategy(strategy, o, bootMs)
        results.push(r)
        progress(`token economy, ${strategy}: ${r.tokenRequests} token requests, ${r.expiredAtSend} sent with an expired token, ${r.failed} failed (${r.wallSeconds.toFixed(1)} s)`)
    }
    return { options: o, floor: (o.days * 86400) / o.accessLifespanSeconds, results, bootMs }
}
