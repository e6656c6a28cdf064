/**
 * `npm run bench`: builds the app, runs the four benchmark scenarios on the sandbox, prints the
 * tables and the sentence on each ratio, and writes bench/results/<time>.json and latest.json (and
 * latest.md). Options: --only 1,3 (scenarios), --quick (small sizes, a smoke run; not for the
 * README), --readme (put the tables into README.md between the bench markers), --no-build.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from '../scripts/lib/sdk'
import { describeMachine } from './lib/machine'
import { elapsedSeconds, progress } from './lib/progress'
import { BenchReport, renderRatios, renderTables } from './lib/report'
import { summarize, Timing } from './lib/stats'
import { runSoak } from '../scripts/lib/soak/run'
import { verdict } from '../scripts/lib/soak/report'
import { tokenEconomy } from './scenarios/token-economy'
import { refreshScale } from './scenarios/refresh-scale'
import { sendPath } from './scenarios/send-path'

const ROOT = join(__dirname, '..')
const RESULTS = join(__dirname, 'results')
const README_START = '<!-- bench:start -->'
const README_END = '<!-- bench:end -->'

const FULL = {
    tokenEconomy: { messages: 10000, days: 7, accessLifespanSeconds: 1800 },
    refreshScale: { sizes: [10, 100, 1000, 10000], repeats: 5, dueShare: 0.01 },
    sendPath: { repeats: 7, batch: 50, warmup: 10 },
    // npm run soak's own plan, scaled: 30,000 messages per 400 days.
    soak: { days: 7, messages: 525 },
}
const QUICK = {
    tokenEconomy: { messages: 1000, days: 1, accessLifespanSeconds: 1800 },
    refreshScale: { sizes: [10, 100], repeats: 3, dueShare: 0.01 },
    sendPath: { repeats: 3, batch: 20, warmup: 5 },
    soak: { days: 4, messages: 100 },
}

/**
 * Scenario 4's soak speed: `npm run soak`'s code for a few days (two instances paired both ways,
 * three integrations, messages at random times, every fault kind), one sample per simulated day.
 */
async function shortSoak(size: { days: number; messages: number }): Promise<{ daysPerSecond: Timing; size: { days: number; messages: number; passed: boolean } }> {
    progress(`soak: ${size.days} days, ${size.messages} messages`)
    // End-of-day reports (no fault running) give the wall time of each simulated day; the first one
    // also holds the set-up (pairing, first tokens), so it starts the clock instead of being a sample.
    const perDay: number[] = []
    let lastDay = 0
    let lastWall: number | undefined
    const result = await runSoak({
        ...size,
        seed: 42,
        progress: (p) => {
            if (p.current !== 'no fault' || p.day <= lastDay) return
            if (lastWall !== undefined) perDay.push((p.day - lastDay) / (p.wallSeconds - lastWall))
            lastDay = p.day
            lastWall = p.wallSeconds
        },
    })
    return { daysPerSecond: summarize(perDay, 'days/s'), size: { ...size, passed: verdict(result).passed } }
}

function updateReadme(markdown: string): void {
    const file = join(ROOT, 'README.md')
    const text = readFileSync(file, 'utf8')
    const start = text.indexOf(README_START)
    const end = text.indexOf(README_END)
    if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block for the tables`)
    writeFileSync(file, `${text.slice(0, start + README_START.length)}\n${markdown}\n${text.slice(end)}`)
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            only: { type: 'string' },
            quick: { type: 'boolean', default: false },
            readme: { type: 'boolean', default: false },
            'no-build': { type: 'boolean', default: false },
        },
    })
    const only = new Set((values.only ?? '1,2,3,4').split(',').map((s) => s.trim()))
    for (const s of only) if (!['1', '2', '3', '4'].includes(s)) throw new Error(`--only takes scenario numbers 1 to 4, not "${s}"`)
    if (values.quick && values.readme) throw new Error('--quick results do not go into the README')
    const sizes = values.quick ? QUICK : FULL
    const report: BenchReport = { startedAt: new Date().toISOString(), totalSeconds: 0, machine: describeMachine() }
    progress(`machine: ${report.machine.cpu}, ${report.machine.cores} cores, load average ${report.machine.loadAverage.join(' / ')}`)

    if (!values['no-build']) {
        progress('building the app (now-sdk build --frozenKeys)')
        const built = build({ frozenKeys: true, quiet: true })
        if (!built.ok) throw new Error(`now-sdk build failed:\n${built.output}`)
    }
    const boots: number[] = []
    if (only.has('1') || only.has('4')) {
        report.tokenEconomy = await tokenEconomy(only.has('1') ? sizes.tokenEconomy : { ...sizes.tokenEconomy, strategies: ['tether'] })
        boots.push(...report.tokenEconomy.bootMs)
    }
    if (only.has('2')) {
        report.refreshScale = await refreshScale(sizes.refreshScale)
        boots.push(report.refreshScale.bootMs)
    }
    if (only.has('3')) {
        report.sendPath = await sendPath(sizes.sendPath)
        boots.push(report.sendPath.bootMs)
    }
    if (only.has('4')) {
        const tether = report.tokenEconomy!.results.find((x) => x.strategy === 'tether')!
        const soak = await shortSoak(sizes.soak)
        report.sandboxSpeed = { bootAndInstall: summarize(boots), soakDaysPerSecond: soak.daysPerSecond, soak: soak.size, tokenEconomyDaysPerSecond: tether.simulatedDaysPerSecond }
    }
    if (!only.has('1')) delete report.tokenEconomy
    report.totalSeconds = elapsedSeconds()

    const tables = renderTables(report)
    const ratios = renderRatios(report)
    const markdown = `${tables}\n\n${ratios.map((l) => `- ${l}`).join('\n')}`
    process.stdout.write(`\n${markdown}\n\n`)

    mkdirSync(RESULTS, { recursive: true })
    const stamp = report.startedAt.replace(/[:.]/g, '-')
    const name = values.quick ? `quick-${stamp}.json` : `${stamp}.json`
    const json = JSON.stringify({ ...report, quick: values.quick, only: [...only], ratios }, null, 2) + '\n'
    writeFileSync(join(RESULTS, name), json)
    if (!values.quick) {
        writeFileSync(join(RESULTS, 'latest.json'), json)
        writeFileSync(join(RESULTS, 'latest.md'), markdown + '\n')
    }
    if (values.readme) updateReadme(markdown)
    progress(`done in ${Math.round(report.totalSeconds)} s; results in bench/results/${name}${values.quick ? '' : ' and latest.json'}${values.readme ? '; README.md updated' : ''}`)
}

main().catch((err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`)
    process.exit(1)
})
