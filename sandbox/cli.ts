/**
 * `npm run sandbox`: starts the simulated instances with flowing time and prints ONE JSON line on
 * stdout — `{"control": URL, "instances": [{"name","url","user","password"}]}` — so a test harness in
 * any language can read it and drive the scenario through the control API. Everything else goes to
 * stderr. Runs until SIGTERM or SIGINT, then stops the instances and exits 0.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { build, distApp } from '../scripts/lib/sdk'
import { startSandbox } from './supervisor'

const USAGE = `Usage: npm run sandbox -- [options]

  --instances a,b      instance names (default provider,consumer)
  --data-dir DIR       keep the instances' data (and passwords) in DIR across runs
                       (default: a temp folder removed on exit)
  --build              rebuild the app first (default: only when dist/app is missing)
  --no-install         do not install the app on the instances
  --frozen             freeze time (default: time flows; advance it through the control API)
  --start-time ISO     virtual start time (default: now)
  -h, --help           this text
`

function log(line: string): void {
    process.stderr.write(`${line}\n`)
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            instances: { type: 'string' },
            'data-dir': { type: 'string' },
            build: { type: 'boolean' },
            'no-install': { type: 'boolean' },
            frozen: { type: 'boolean' },
            'start-time': { type: 'string' },
            help: { type: 'boolean', short: 'h' },
        },
        strict: true,
    })
    if (values.help) {
        process.stderr.write(USAGE)
        return
    }
    const install = !values['no-install']
    if (install && (values.build || !existsSync(join(distApp, 'scope')))) {
        log('building the app (now-sdk build)…')
        const result = build({ quiet: true })
        if (!result.ok) throw new Error(`now-sdk build failed:\n${result.output}`)
    }
    const names = values.instances
        ?.split(',')
        .map((n) => n.trim())
        .filter((n) => n !== '')
    const sandbox = await startSandbox({
        names,
        dataDir: values['data-dir'],
        install,
        frozen: values.frozen ?? false,
        startTime: values['start-time'],
        log,
    })

    let stopping = false
    const stop = (signal: string): void => {
        if (stopping) {
            log(`${signal} again: exiting without waiting for the instances`)
            process.exit(1)
        }
        stopping = true
        log(`${signal}: stopping the sandbox…`)
        sandbox.stop().then(
            () => process.exit(0),
            (err: unknown) => {
                log(`stopping failed: ${(err as Error).stack}`)
                process.exit(1)
            },
        )
    }
    process.on('SIGTERM', () => stop('SIGTERM'))
    process.on('SIGINT', () => stop('SIGINT'))

    const line = {
        control: sandbox.controlUrl,
        instances: sandbox.instances.map((i) => ({ name: i.name, url: i.url, user: i.user, password: i.password })),
    }
    process.stdout.write(JSON.stringify(line) + '\n')
    log(`sandbox up: control API ${sandbox.controlUrl} (Basic admin:<any instance password>); data in ${sandbox.dataDir}`)
    for (const i of sandbox.instances) log(`  ${i.name}: ${i.url}`)
}

main().catch((err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err))
    process.exit(1)
})
