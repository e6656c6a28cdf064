/**
 * 3. Send-path overhead: the same message (a Heartbeat envelope POSTed to the provider's
 * /api/x_tether/v1/messages with the connection's OAuth profile) sent through Tether's transport —
 * x_tether.TetherClient.send(): a queued transaction, the token from TetherOAuth.getAccessToken(),
 * RESTMessageV2, the redacted HTTP request record, the receipt — and as a bare RESTMessageV2 call.
 * Both run in the consumer instance of one sandbox, with a valid token (no refresh on the way).
 *
 * One sample is one script sending a batch of messages in a loop, so the bench's IPC round trip is
 * spread over the batch; the time per message is the batch time divided by its size. The two paths
 * alternate (and swap which goes first) so that other load on the machine falls on both alike.
 */
import { startSandbox } from '../../sandbox'
import { bareSendScript, benchPair, BenchPair, tetherSendScript } from '../lib/pairing'
import { progress } from '../lib/progress'
import { summarize, timed, Timing } from '../lib/stats'

export interface SendPathOptions {
    repeats: number
    batch: number
    warmup: number
}

export interface SendPathResult {
    options: SendPathOptions
    /** ms per message */
    tether: Timing
    bare: Timing
    /** Tether ÷ bare, medians. */
    ratio: number
    /** Tether − bare, medians, ms per message. */
    overheadMs: number
    /** Messages the provider received and completed (both paths, warm-up included). */
    providerReceived: number
    bootMs: number
}

type Path = 'tether' | 'bare'

function batchScript(path: Path, p: BenchPair, count: number): string {
    const one =
        path === 'tether'
            ? `${tetherSendScript(p, '{ n: i }')} if (!sent.ok || sent.state != 'complete') throw new Error('Tether send failed: ' + JSON.stringify(sent));`
            : `${bareSendScript(p, '{ n: i }')} if (res.getStatusCode() != 200) throw new Error('bare send failed: HTTP ' + res.getStatusCode() + ' ' + res.getBody());`
    return `for (var i = 0; i < ${count}; i++) { ${one} }`
}

export async function sendPath(o: SendPathOptions): Promise<SendPathResult> {
    const boot = await timed(() => startSandbox({ startTime: '2026-01-05T09:00:00Z' }))
    const sandbox = boot.value
    try {
        const p = await benchPair(sandbox, { tetherJob: false })
        for (const path of ['tether', 'bare'] as Path[]) await p.consumer.runScript(batchScript(path, p, o.warmup))
        const samples: Record<Path, number[]> = { tether: [], bare: [] }
        for (let r = 0; r < o.repeats; r++) {
            const order: Path[] = r % 2 === 0 ? ['tether', 'bare'] : ['bare', 'tether']
            for (const path of order) {
                const { ms } = await timed(() => p.consumer.runScript(batchScript(path, p, o.batch)))
                samples[path].push(ms / o.batch)
            }
        }
        const tether = summarize(samples.tether)
        const bare = summarize(samples.bare)
        const providerReceived = (await p.provider.query('x_tether_transaction', 'direction=inbound^state=complete')).length
        const expected = 2 * (o.warmup + o.repeats * o.batch)
        if (providerReceived !== expected) throw new Error(`The provider completed ${providerReceived} inbound messages, expected ${expected}`)
        progress(`send path: Tether ${tether.median.toFixed(2)} ms per message, bare RESTMessageV2 ${bare.median.toFixed(2)} ms (${o.repeats} batches of ${o.batch} each)`)
        return { options: o, tether, bare, ratio: tether.median / bare.median, overheadMs: tether.median - bare.median, providerReceived, bootMs: boot.ms }
    } finally {
        await sandbox.stop()
    }
}
