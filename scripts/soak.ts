/**
 * `npm run soak [-- --days 400 --messages 30000 --seed 42 --out soak-results]`
 *
 * Two sandbox instances paired both ways, three integrations, messages at random times for
 * hundreds of simulated days under a schedule of faults; then the report (Markdown and JSON) and
 * the verdict against the bar. Exits non-zero when the bar is not met.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build } from './lib/sdk'
import { runSoak, Progress } from './lib/soak/run'
import { summaryLines, toJson, toMarkdown, verdict } from './lib/soak/report'

const HELP = `Soak Tether on two sandbox instances.

  npm run soak                                  400 days, 30,000 messages, seed 42
  npm run soak -- --days 30 --messages 600      a shorter one

Options:
  --days N          simulated days (default 400; at least 4)
  --messages N      messages at random times over the run, both directions (default 30000)
  --window N        extra messages from each instance in each fault window (default 4)
  --seed N          the seed of the message plan and the fault schedule (default 42)
  --out DIR         where latest.md and latest.json go (default soak-results)
  --quiet           no progress line
  --keep            keep the instances' data folder (its path is printed) to look into afterwards
  --no-build        use the current dist/app instead of building first (now-sdk build --frozenKeys)
`

function positive(name: string, value: string | undefined, fallback: number): number {
    if (value === undefined) return fallback
    const v = Number(value)
    if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a whole number, not "${value}"`)
    return v
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            days: { type: 'string' },
            messages: { type: 'string' },
            window: { type: 'string' },
            seed: { type: 'string' },
            out: { type: 'string', default: 'soak-results' },
            quiet: { type: 'boolean', default: false },
            keep: { type: 'boolean', default: false },
            help: { type: 'boolean', default: false },
            'no-build': { type: 'boolean', default: false },
        },
    })
    if (values.help) {
        process.stdout.write(HELP)
        return
    }
    const days = positive('days', values.days, 400)
    if (days < 4) throw new Error('--days must be at least 4')
    const options = { days, messages: positive('messages', values.messages, 30000), windowMessages: positive('window', values.window, 4), seed: positive('seed', values.seed, 42), keepData: values.keep }
    const tty = process.stderr.isTTY
    let lastLine = 0
    const progress = (p: Progress) => {
        if (values.quiet) return
        const line = `day ${String(p.day).padStart(String(p.days).length)}/${p.days} · ${p.sent.toLocaleString('en-US')} sent · ${p.delivered.toLocaleString('en-US')} delivered · faults ${p.faultsDone}/${p.faults}${p.current !== 'no fault' ? ` · now: ${p.current}` : ''} · ${Math.round(p.wallSeconds)} s`
        if (tty) process.stderr.write(`\r\x1b[K${line}`)
        else if (p.day === p.days || p.wallSeconds - lastLine >= 10 || p.current !== 'no fault') {
            lastLine = p.wallSeconds
            process.stderr.write(line + '\n')
        }
    }
    if (!values['no-build']) {
        process.stderr.write('Soak: building the app (now-sdk build --frozenKeys)…\n')
        const built = build({ frozenKeys: true, quiet: true })
        if (!built.ok) throw new Error(`now-sdk build failed:\n${built.output}`)
    }
    process.stderr.write(`Soak: ${options.days} days, ${options.messages.toLocaleString('en-US')} messages, seed ${options.seed}: starting two sandbox instances and pairing them both ways…\n`)
    const result = await runSoak({ ...options, progress, log: values.quiet ? undefined : (line) => process.stderr.write(`  ${line}\n`) })
    if (tty && !values.quiet) process.stderr.write('\n')
    const out = resolve(values.out!)
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'latest.md'), toMarkdown(result))
    writeFileSync(join(out, 'latest.json'), toJson(result) + '\n')
    process.stdout.write(summaryLines(result).join('\n') + '\n')
    process.stdout.write(`Report: ${relative(process.cwd(), join(out, 'latest.md'))} and latest.json\n`)
    if (!verdict(result).passed) process.exitCode = 1
}

main().catch((e: unknown) => {
    process.stderr.write(`\n✗ npm run soak failed: ${(e as Error).stack ?? (e as Error).message}\n`)
    process.exit(1)
})
