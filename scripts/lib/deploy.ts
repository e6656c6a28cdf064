/**
 * Installs the built app on an instance with the real `now-sdk install` (the SDK's CI mode:
 * credentials in environment variables, never on the command line), so a deploy to the sandbox
 * goes down exactly the path a deploy to a real instance does.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { Credentials } from './instance-client'
import { projectRoot } from './sdk'

export interface InstallOutcome {
    ok: boolean
    output: string
    durationMs: number
}

export function sdkInstall(target: Credentials | { alias: string }, options: { reinstall?: boolean; demoData?: boolean } = {}): Promise<InstallOutcome> {
    const bin = join(projectRoot, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js')
    const args = [bin, 'install']
    if (options.reinstall) args.push('--reinstall')
    if (options.demoData === false) args.push('--demoData=false')
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }
    if ('alias' in target) args.push('--auth', target.alias)
    else {
        Object.assign(env, {
            SN_SDK_NODE_ENV: 'SN_SDK_CI_INSTALL',
            SN_SDK_INSTANCE_URL: target.url,
            SN_SDK_AUTH_TYPE: 'basic',
            SN_SDK_USER: target.user,
            SN_SDK_USER_PWD: target.password,
        })
    }
    // The SDK's usage telemetry goes to the internet; on loopback instances there is none to reach.
    if (!('alias' in target) && /^http:\/\/(127\.0\.0\.1|localhost)/.test(target.url)) env.NODE_ENV = 'test'
    const started = Date.now()
    return new Promise((resolve) => {
        const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        child.stdout.on('data', (d: Buffer) => (output += d.toString()))
        child.stderr.on('data', (d: Buffer) => (output += d.toString()))
        const timer = setTimeout(() => child.kill('SIGKILL'), 300000)
        child.on('close', (code) => {
            clearTimeout(timer)
            resolve({ ok: code === 0 && /Installation completed/.test(output), output, durationMs: Date.now() - started })
        })
    })
}
