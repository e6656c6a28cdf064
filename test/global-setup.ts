/**
 * Builds the app once per test run with --frozenKeys (as CI does), then builds it a second time to
 * check that the sys_ids are stable. Both builds' sys_ids are written to a JSON file the build tests
 * read, so dist/app is never rebuilt while test files are reading it.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { readDistApp } from '../sandbox/dist-app'
import { build, distApp, projectRoot } from '../scripts/lib/sdk'

export const buildIdsFile = join(projectRoot, '.jest_cache', 'build-ids.json')

function idsOf(): Record<string, string> {
    const app = readDistApp(distApp)
    const ids: Record<string, string> = {}
    for (const r of app.records) ids[r.file] = r.sysId
    return ids
}

export default async function globalSetup(): Promise<void> {
    mkdirSync(join(projectRoot, '.jest_cache'), { recursive: true })
    if (process.env.TETHER_SKIP_BUILD === '1' && existsSync(buildIdsFile) && existsSync(distApp)) return
    const first = build({ frozenKeys: true, quiet: true })
    if (!first.ok) throw new Error(`now-sdk build --frozenKeys failed:\n${first.output}`)
    const firstIds = idsOf()
    const second = build({ frozenKeys: true, quiet: true })
    if (!second.ok) throw new Error(`second now-sdk build --frozenKeys failed:\n${second.output}`)
    writeFileSync(buildIdsFile, JSON.stringify({ first: firstIds, second: idsOf() }))
}
