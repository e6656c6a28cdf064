/**
 * `npm run deploy -- --provider URL --consumer URL`: builds Tether, installs it on both instances
 * with the real `now-sdk install`, then pairs them (npm run pair). Credentials as for pair:
 * TETHER_PROVIDER_USER / _PASSWORD and TETHER_CONSUMER_USER / _PASSWORD (users default to admin),
 * or `--provider-auth ALIAS` / `--consumer-auth ALIAS` to use now-sdk auth aliases for the install.
 */
import { parseArgs } from 'node:util'
import { build } from './lib/sdk'
import { checkInstanceUrl, envName, InstanceClient } from './lib/instance-client'
import { sdkInstall } from './lib/deploy'
import { pairInstances } from './lib/pairing'
import { formatReport } from './pair'

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            provider: { type: 'string' },
            consumer: { type: 'string' },
            'provider-auth': { type: 'string' },
            'consumer-auth': { type: 'string' },
            grant: { type: 'string', default: 'password' },
            reinstall: { type: 'boolean', default: false },
            'no-pair': { type: 'boolean', default: false },
            help: { type: 'boolean', default: false },
        },
    })
    if (values.help || !values.provider || !values.consumer) {
        process.stdout.write('npm run deploy -- --provider URL --consumer URL [--provider-auth ALIAS] [--consumer-auth ALIAS] [--grant client_credentials] [--reinstall] [--no-pair]\n')
        process.stdout.write('Credentials: TETHER_PROVIDER_USER/_PASSWORD, TETHER_CONSUMER_USER/_PASSWORD in the environment.\n')
        if (!values.help) process.exit(1)
        return
    }
    const targets = [
        { role: 'provider', url: checkInstanceUrl(values.provider, 'provider'), alias: values['provider-auth'] },
        { role: 'consumer', url: checkInstanceUrl(values.consumer, 'consumer'), alias: values['consumer-auth'] },
    ]
    const creds = (role: string, url: string) => {
        const password = process.env[envName(role, 'PASSWORD')]
        if (!password) throw new Error(`Set ${envName(role, 'PASSWORD')} in the environment`)
        return { url, user: process.env[envName(role, 'USER')] || 'admin', password }
    }
    process.stderr.write('… building\n')
    const built = build({ quiet: true })
    if (!built.ok) throw new Error(`now-sdk build failed:\n${built.output}`)
    process.stderr.write('✓ built\n')
    for (const t of targets) {
        process.stderr.write(`… now-sdk install on the ${t.role} (${t.url})\n`)
        const outcome = await sdkInstall(t.alias ? { alias: t.alias } : creds(t.role, t.url), { reinstall: values.reinstall })
        if (!outcome.ok) throw new Error(`now-sdk install on the ${t.role} failed:\n${outcome.output.trim().split('\n').slice(-8).join('\n')}`)
        process.stderr.write(`✓ installed on the ${t.role} (${(outcome.durationMs / 1000).toFixed(1)} s)\n`)
    }
    if (values['no-pair']) return
    const provider = new InstanceClient('provider', creds('provider', targets[0].url))
    const consumer = new InstanceClient('consumer', creds('consumer', targets[1].url))
    const report = await pairInstances(provider, consumer, { grant: values.grant as 'password' | 'client_credentials', log: (l) => process.stderr.write(l + '\n') })
    process.stdout.write(formatReport(report) + '\n')
}

main().catch((e: unknown) => {
    process.stderr.write(`\n✗ npm run deploy failed: ${(e as Error).message}\n`)
    process.exit(1)
})
