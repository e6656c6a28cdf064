/**
 * `npm start`: the whole of Tether on this machine, as a user would see it on two real instances.
 * Builds and packs the app, starts two simulated instances (provider and consumer), deploys to both
 * with the real `now-sdk install`, pairs them, sends a test call over the OAuth connection, then
 * moves the virtual clock past an access-token expiry and past a re-grant, and reports each step.
 *
 *   npm start                 the demo; exits 0 when every step passed, leaving nothing running
 *   npm start -- --keep       leaves the sandbox up and prints its URLs and credentials
 *   npm start -- --package    only build and pack, and summarise the package (no sandbox)
 */
import { statSync } from 'node:fs'
import { relative } from 'node:path'
import { parseArgs } from 'node:util'
import { readDistApp } from '../sandbox/dist-app'
import { startSandbox, Sandbox, InstanceHandle } from '../sandbox'
import { build, distApp, pack, projectRoot } from './lib/sdk'
import { formatSummary, oneLineSummary, summarise } from './lib/summary'
import { sdkInstall } from './lib/deploy'
import { InstanceClient } from './lib/instance-client'
import { pairInstances, PairReport } from './lib/pairing'

const START_TIME = '2026-01-05T08:00:00Z'
const out = (line = '') => process.stdout.write(line + '\n')

class StepFailed extends Error {}

const results: { step: string; ok: boolean; seconds: number; detail: string }[] = []

async function step<T>(label: string, run: () => Promise<T> | T, describe: (value: T) => string = () => ''): Promise<T> {
    out(`… ${label}`)
    const started = Date.now()
    try {
        const value = await run()
        const seconds = (Date.now() - started) / 1000
        const detail = describe(value)
        results.push({ step: label, ok: true, seconds, detail })
        out(`✓ ${label} (${seconds.toFixed(1)} s)${detail ? `\n    ${detail.split('\n').join('\n    ')}` : ''}`)
        return value
    } catch (e) {
        const seconds = (Date.now() - started) / 1000
        results.push({ step: label, ok: false, seconds, detail: (e as Error).message })
        out(`✗ ${label} (${seconds.toFixed(1)} s)\n    ${(e as Error).message.split('\n').join('\n    ')}`)
        throw new StepFailed(label)
    }
}

interface Health {
    state: string
    accessExpires: string
    refreshExpires: string
    refreshIssued: string
    nextRefresh: string
    canRegrant: boolean
}

async function health(consumer: InstanceClient, connectionId: string): Promise<Health> {
    return (await consumer.tether<Health>('GET', `/connections/${connectionId}/health`)).body
}

function describeHealth(h: Health): string {
    return `token ${h.state}; access token expires ${h.accessExpires}; next refresh ${h.nextRefresh}; refresh token issued ${h.refreshIssued}, expires ${h.refreshExpires} (UTC, virtual clock)`
}

async function testCall(consumer: InstanceClient, connectionId: string): Promise<string> {
    const res = await consumer.tether<{ ok: boolean; status: number; message: string; partner?: { user?: string; version?: string } }>('POST', `/connections/${connectionId}/test`)
    if (!res.body.ok) throw new Error(`The call failed: ${res.body.message}`)
    return `GET /api/x_tether/v1/ping → HTTP ${res.body.status}; the provider answered as Tether ${res.body.partner?.version ?? '?'} and saw the caller as ${res.body.partner?.user ?? '?'}`
}

async function tokenEvents(consumer: InstanceHandle, connectionId: string, since: string): Promise<string> {
    const events = await consumer.query('x_tether_token_event', `connection=${connectionId}^sys_created_on>${since}^ORDERBYsys_created_on`)
    const counts = new Map<string, number>()
    for (const e of events) counts.set(e.event ?? '?', (counts.get(e.event ?? '?') ?? 0) + 1)
    return [...counts.entries()].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            keep: { type: 'boolean', default: false },
            package: { type: 'boolean', default: false },
            // Reuse dist/app as it is (the test suite builds once and must not rebuild under other tests).
            'skip-build': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false },
        },
    })
    if (values.help) {
        out('npm start [-- --keep | --package]   (see the README)')
        return
    }
    const began = Date.now()
    let zip = ''
    await step(values['skip-build'] ? 'Use the existing build (--skip-build)' : 'Build the app with now-sdk', () => {
        if (values['skip-build']) {
            readDistApp(distApp)
            return
        }
        const result = build({ quiet: true })
        if (!result.ok) throw new Error(result.output.trim().split('\n').slice(-12).join('\n'))
    })
    await step('Pack the installable package', () => {
        const result = pack({ quiet: true })
        if (!result.ok || !result.zip) throw new Error(result.output)
        zip = result.zip
    }, () => `${relative(projectRoot, zip)} (${Math.round(statSync(zip).size / 1024)} KB): ${oneLineSummary(summarise(readDistApp(distApp)))}\n(npm start -- --package lists everything)`)
    if (values.package) {
        out('\n' + formatSummary(summarise(readDistApp(distApp))))
        return
    }

    let sandbox: Sandbox | undefined
    try {
        sandbox = await step('Start two simulated instances (provider, consumer)', () => startSandbox({ install: false, startTime: START_TIME }), (s) =>
            s.instances.map((i) => `${i.name}: ${i.url}`).join('\n'),
        )
        const sb = sandbox
        const [providerHandle, consumerHandle] = [sb.instance('provider'), sb.instance('consumer')]
        await step('Deploy to both with now-sdk install', async () => {
            const outcomes = await Promise.all([providerHandle, consumerHandle].map((i) => sdkInstall({ url: i.url, user: i.user, password: i.password })))
            outcomes.forEach((o, n) => {
                if (!o.ok) throw new Error(`${n === 0 ? 'provider' : 'consumer'}: ${o.output.trim().split('\n').slice(-6).join('\n')}`)
            })
            return outcomes
        }, (o) => `provider ${(o[0].durationMs / 1000).toFixed(1)} s, consumer ${(o[1].durationMs / 1000).toFixed(1)} s: "Installation completed"`)

        const provider = new InstanceClient('provider', { url: providerHandle.url, user: providerHandle.user, password: providerHandle.password })
        const consumer = new InstanceClient('consumer', { url: consumerHandle.url, user: consumerHandle.user, password: consumerHandle.password })
        const report: PairReport = await step('Pair them (npm run pair -- --demo)', () => pairInstances(provider, consumer, { demo: true }), (r) =>
            [...r.created.map((c) => `created ${c}`), ...r.updated.map((u) => `updated ${u}`), ...r.demo.map((d) => `demo ${d}`), describeHealth(r.health as unknown as Health)].join('\n'),
        )
        await step('Send a test call over the OAuth connection', () => testCall(consumer, report.connectionId), (d) => d)
        await step('Share an incident with the provider (CreateIncident, then UpdateIncident)', async () => {
            const shared = (await consumerHandle.runScript(
                `var i = new GlideRecord('incident'); i.short_description = 'Email is down for the Paris office (npm start)'; i.priority = 2; var id = i.insert();
                 var sent = new x_tether.TetherClient().share('${report.integrationId}', 'incident', id);
                 i.get(id); i.description = 'Exchange node 2 refuses connections'; i.update();
                 var b = new GlideRecord('x_tether_bond'); b.addQuery('document', id); b.query(); b.next();
                 ({ sent: sent, local: i.getValue('number'), remote: b.getValue('external_reference'), bond: b.getValue('state') })`,
            )).result as { sent: { ok: boolean; number: string; message: string }; local: string; remote: string; bond: string }
            if (!shared.sent.ok) throw new Error(shared.sent.message)
            const remote = await providerHandle.query('incident', `number=${shared.remote}`)
            if (remote.length !== 1 || remote[0].description !== 'Exchange node 2 refuses connections') throw new Error(`The provider's incident ${shared.remote} did not get the update`)
            return shared
        }, (r) => `consumer ${r.local} → provider ${r.remote} (bond ${r.bond}); transaction ${r.sent.number} complete; the update followed`)

        const t0 = new Date(await consumerHandle.now()).toISOString().replace('T', ' ').slice(0, 19)
        await step('Advance the clock 45 minutes: past an access-token expiry', async () => {
            const before = await health(consumer, report.connectionId)
            await sb.clock.advance('45m')
            const after = await health(consumer, report.connectionId)
            if (after.state !== 'valid') throw new Error(`Token state is ${after.state}`)
            if (after.accessExpires <= before.accessExpires) throw new Error('The access token was not renewed')
            if (after.refreshExpires !== before.refreshExpires) throw new Error('The refresh token expiry moved on a refresh (the echo problem)')
            return { after, events: await tokenEvents(consumerHandle, report.connectionId, t0), call: await testCall(consumer, report.connectionId) }
        }, (r) => `token events: ${r.events}; refresh-token expiry unchanged (${r.after.refreshExpires})\n${describeHealth(r.after)}\n${r.call}`)

        const t1 = new Date(await consumerHandle.now()).toISOString().replace('T', ' ').slice(0, 19)
        await step('Advance the clock 87 days: past the unattended re-grant (14 days before the refresh token expires)', async () => {
            const before = await health(consumer, report.connectionId)
            await sb.clock.advance('87d')
            const after = await health(consumer, report.connectionId)
            if (after.state !== 'valid') throw new Error(`Token state is ${after.state}`)
            if (after.refreshExpires <= before.refreshExpires) throw new Error('No re-grant: the refresh token would expire')
            return { before, after, events: await tokenEvents(consumerHandle, report.connectionId, t1), call: await testCall(consumer, report.connectionId) }
        }, (r) => `token events: ${r.events}\nrefresh token expiry moved from ${r.before.refreshExpires} to ${r.after.refreshExpires}\n${describeHealth(r.after)}\n${r.call}`)

        out('')
        out(`All ${results.length} steps passed in ${((Date.now() - began) / 1000).toFixed(0)} s.`)
        out('Where to look next:')
        out('  npm start -- --keep      keep the two instances up and explore them (Table API, Tether APIs)')
        out('  npm run sandbox          start the sandbox alone; sandbox/README.md documents its control API')
        out('  npm run pair / deploy    the same pairing and deployment against real instances (README)')
        out('  On an instance: Tether > Connections (token health), Token Events, HTTP Requests')
        if (values.keep) {
            out('')
            out(JSON.stringify({ control: sb.controlUrl, instances: sb.instances.map((i) => ({ name: i.name, url: i.url, user: i.user, password: i.password })) }))
            out('The sandbox stays up (virtual clock frozen; advance it through the control API). Ctrl-C stops it.')
            await new Promise<void>((resolve) => {
                process.once('SIGINT', resolve)
                process.once('SIGTERM', resolve)
            })
        }
    } finally {
        await sandbox?.stop()
    }
}

main().catch((e: unknown) => {
    if (!(e instanceof StepFailed)) out(`✗ ${(e as Error).stack ?? String(e)}`)
    out(`\nnpm start failed at: ${e instanceof StepFailed ? e.message : 'an unexpected error'}`)
    process.exit(1)
})
