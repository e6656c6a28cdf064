/**
 * Runs the ServiceNow SDK's own CLI (`now-sdk build`, `now-sdk pack`) from the project's
 * node_modules, so every script builds exactly the way `npm run build` does.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const projectRoot = join(__dirname, '..', '..')
export const distApp = join(projectRoot, 'dist', 'app')
export const targetDir = join(projectRoot, 'target')

export interface SdkRun {
    ok: boolean
    output: string
}

export function runSdk(args: string[], options: { quiet?: boolean } = {}): SdkRun {
    const bin = join(projectRoot, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js')
    const result = spawnSync(process.execPath, [bin, ...args], {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        maxBuffer: 64 * 1024 * 1024,
    })
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`
    if (!options.quiet && result.status !== 0) process.stderr.write(output)
    return { ok: result.status === 0, output }
}

/** Builds the app into dist/app; with frozenKeys the build fails instead of minting new sys_ids. */
export function build(options: { frozenKeys?: boolean; quiet?: boolean } = {}): SdkRun {
    return runSdk(['build', ...(options.frozenKeys ? ['--frozenKeys'] : [])], options)
}

/** Packs dist/app into the installable zip and returns its path. */
export function pack(options: { quiet?: boolean } = {}): SdkRun & { zip?: string } {
    const run = runSdk(['pack'], options)
    if (!run.ok) return run
    const zips = existsSync(targetDir)
        ? readdirSync(targetDir)
              .filter((f) => f.endsWith('.zip'))
              .map((f) => join(targetDir, f))
              .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
        : []
    return { ...run, zip: zips[0] }
}
