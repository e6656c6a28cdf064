/**
 * `npm start`: builds and packs the Tether app, then says where the installable package is and what
 * it contains. Exits non-zero, with the SDK's message, when the build or the pack fails.
 */
import { statSync } from 'node:fs'
import { relative } from 'node:path'
import { readDistApp } from '../sandbox/dist-app'
import { build, distApp, pack, projectRoot } from './lib/sdk'
import { formatSummary, summarise } from './lib/summary'

function step(label: string, run: () => boolean): void {
    process.stdout.write(`… ${label}\n`)
    const started = Date.now()
    const ok = run()
    process.stdout.write(`${ok ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`)
    if (!ok) {
        process.stderr.write(`\nnpm start stopped: "${label}" failed (see the messages above).\n`)
        process.exit(1)
    }
}

function main(): void {
    const frozenKeys = process.argv.includes('--frozen-keys')
    let zip = ''
    step(`Build the app with now-sdk${frozenKeys ? ' (--frozenKeys)' : ''}`, () => build({ frozenKeys }).ok)
    step('Pack the installable package', () => {
        const result = pack()
        zip = result.zip ?? ''
        return result.ok && zip !== ''
    })
    const app = readDistApp(distApp)
    const sizeKb = Math.round(statSync(zip).size / 1024)
    process.stdout.write(`\nPackage: ${relative(projectRoot, zip)} (${sizeKb} KB) — install it with "npm run deploy" or "now-sdk install".\n`)
    process.stdout.write(`Build output: ${relative(projectRoot, distApp)}/\n\n`)
    process.stdout.write(formatSummary(summarise(app)) + '\n')
}

main()
