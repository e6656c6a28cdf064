/**
 * A real headless browser for UI tests: Debian's Chromium (/usr/bin/chromium, installed by
 * `npm run setup:browser`) driven by playwright-core, which ships no browser and never downloads
 * one. Each context gets a fresh profile folder, removed on close.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserContext, chromium } from 'playwright-core'
import { projectRoot } from '../../scripts/lib/sdk'

export const CHROMIUM = '/usr/bin/chromium'

/** Where UI tests leave screenshots (gitignored; CI keeps them as artifacts). */
export const ARTIFACTS = join(projectRoot, 'test-artifacts')

/**
 * Flags for a quiet, offline headless Chromium: without the background-networking ones Chromium's
 * own connections (updates, sync, QUIC probes) get refused on a sandboxed machine and slow it down.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export interface Browser {
    context: BrowserContext
    close(): Promise<void>
}

/** Fails (never skips) when Chromium is missing, saying how to install it. */
export function requireChromium(): void {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`npm run setup:browser\` (installs Debian's chromium package with apt-get), then run the test again.`)
    }
}

export async function openBrowser(options: Parameters<typeof chromium.launchPersistentContext>[1] = {}): Promise<Browser> {
    requireChromium()
    const profile = mkdtempSync(join(tmpdir(), 'tether-chromium-'))
    try {
        const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ...options })
        return {
            context,
            async close() {
                await context.close()
                rmSync(profile, { recursive: true, force: true })
            },
        }
    } catch (e) {
        rmSync(profile, { recursive: true, force: true })
        throw e
    }
}

/** The path of an artifact file, its folder created. */
export function artifactPath(name: string): string {
    mkdirSync(ARTIFACTS, { recursive: true })
    return join(ARTIFACTS, name)
}
