/**
 * `npm run pair -- --provider URL --consumer URL [--grant client_credentials] [--both-ways]
 *  [--rotate-secret] [--environment production] [--no-store-password]`
 *
 * Admin credentials come from the environment (TETHER_PROVIDER_USER / TETHER_PROVIDER_PASSWORD,
 * TETHER_CONSUMER_USER / TETHER_CONSUMER_PASSWORD; users default to "admin") or a prompt — never
 * from arguments, which land in shell history. No secret is printed.
 */
import { parseArgs } from 'node:util'
import { createInterface } from 'node:readline/promises'
import { checkInstanceUrl, Credentials, envName, InstanceClient } from './lib/instance-client'
import { pairInstances, PairOptions, PairReport } from './lib/pairing'

const HELP = `Pair two ServiceNow instances running Tether over OAuth 2.0.

  npm run pair -- --provider https://partner.service-now.com --consumer https://us.service-now.com

Options:
  --provider URL        the instance that issues tokens (and receives Tether's calls)
  --consumer URL        the instance that obtains tokens and calls the provider
  --grant TYPE          password (default, as in the Unifi guide) or client_credentials
  --environment NAME    production (default), pre_production, test, development, sandbox
  --both-ways           also pair the reverse direction (provider → consumer)
  --rotate-secret       replace the client secret on both sides, without downtime
  --no-store-password   do not store the integration user's password on the consumer
                        (the connection then needs a person every ~100 days)
  --demo                also set up the Incident scenario (messages on both sides, the
                        provider's receiving integration)

Credentials (environment or prompt; never arguments):
  TETHER_PROVIDER_USER, TETHER_PROVIDER_PASSWORD, TETHER_CONSUMER_USER, TETHER_CONSUMER_PASSWORD
`

async function credentials(role: string, url: string): Promise<Credentials> {
    const user = process.env[envName(role, 'USER')] || 'admin'
    let password = process.env[envName(role, 'PASSWORD')]
    if (!password) {
        if (!process.stdin.isTTY) throw new Error(`Set ${envName(role, 'PASSWORD')} (the ${role}'s admin password) in the environment`)
        const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true })
        const write = (rl as unknown as { _writeToOutput?: (s: string) => void })
        const original = write._writeToOutput
        write._writeToOutput = (s: string) => (s.includes('password') ? process.stderr.write(s) : undefined)
        password = await rl.question(`${role} admin password for ${user}@${url}: `)
        write._writeToOutput = original
        rl.close()
        process.stderr.write('\n')
    }
    return { url, user, password }
}

export function formatReport(report: PairReport): string {
    const h = report.health as Record<string, string | number | null>
    const lines = [
        report.changed ? `Paired: ${report.consumer} → ${report.provider}` : `Already paired: ${report.consumer} → ${report.provider} (nothing changed)`,
        ...report.created.map((c) => `  created  ${c}`),
        ...report.updated.map((u) => `  updated  ${u}`),
        `  connection test: ${report.test.message}`,
        ...report.demo.map((d) => `  demo     ${d}`),
        `  token health: ${h.state}; access token expires ${h.accessExpires} UTC; next refresh ${h.nextRefresh} UTC`,
        `  refresh token expires ${h.refreshExpires || '(none: client credentials)'} UTC${h.canRegrant ? ' — Tether re-grants before then, unattended' : ' — Tether warns 14 days ahead; a person must get a new token'}`,
    ]
    return lines.join('\n')
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            provider: { type: 'string' },
            consumer: { type: 'string' },
            grant: { type: 'string', default: 'password' },
            environment: { type: 'string', default: 'production' },
            'both-ways': { type: 'boolean', default: false },
            'rotate-secret': { type: 'boolean', default: false },
            'no-store-password': { type: 'boolean', default: false },
            demo: { type: 'boolean', default: false },
            help: { type: 'boolean', default: false },
        },
    })
    if (values.help) {
        process.stdout.write(HELP)
        return
    }
    if (!values.provider || !values.consumer) throw new Error('--provider and --consumer are required (see --help)')
    if (values.grant !== 'password' && values.grant !== 'client_credentials') throw new Error(`--grant must be password or client_credentials, not "${values.grant}"`)
    const providerUrl = checkInstanceUrl(values.provider, 'provider')
    const consumerUrl = checkInstanceUrl(values.consumer, 'consumer')
    if (providerUrl === consumerUrl) throw new Error('The provider and the consumer must be two different instances')
    const provider = new InstanceClient('provider', await credentials('provider', providerUrl))
    const consumer = new InstanceClient('consumer', await credentials('consumer', consumerUrl))
    const options: PairOptions = {
        grant: values.grant as PairOptions['grant'],
        environment: values.environment,
        rotateSecret: values['rotate-secret'],
        storePassword: !values['no-store-password'],
        demo: values.demo,
        log: (line) => process.stderr.write(line + '\n'),
    }
    const reports = [await pairInstances(provider, consumer, options)]
    if (values['both-ways']) {
        const reverseProvider = new InstanceClient('provider', await credentials('consumer', consumerUrl))
        const reverseConsumer = new InstanceClient('consumer', await credentials('provider', providerUrl))
        process.stderr.write('\nReverse direction:\n')
        reports.push(await pairInstances(reverseProvider, reverseConsumer, options))
    }
    process.stdout.write(reports.map(formatReport).join('\n\n') + '\n')
}

if (require.main === module) {
    main().catch((e: unknown) => {
        process.stderr.write(`\n✗ npm run pair failed: ${(e as Error).message}\n`)
        process.exit(1)
    })
}
