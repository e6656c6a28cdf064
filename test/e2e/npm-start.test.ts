/**
 * `npm start` as a user runs it: every step passes, the report has each step, exit 0, no secret in
 * what it prints, and nothing left running. (--skip-build reuses the suite's build: rebuilding
 * dist/app would pull it from under the tests running beside this one.)
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { projectRoot } from '../../scripts/lib/sdk'

jest.setTimeout(300000)

test('npm start: build, two instances, deploy with now-sdk install, pair, call, refresh, re-grant — exit 0', async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/start.ts', '--skip-build'], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        child.stdout.on('data', (d: Buffer) => (output += d.toString()))
        child.stderr.on('data', (d: Buffer) => (output += d.toString()))
        child.on('close', (c) => resolve({ code: c, output }))
    })
    expect(output).not.toMatch(/✗/)
    expect(code).toBe(0)
    for (const step of [
        '✓ Use the existing build',
        '✓ Pack the installable package',
        '✓ Start two simulated instances (provider, consumer)',
        '✓ Deploy to both with now-sdk install',
        '✓ Pair them (npm run pair -- --demo)',
        '✓ Send a test call over the OAuth connection',
        '✓ Share an incident with the provider',
        '✓ Advance the clock 45 minutes: past an access-token expiry',
        '✓ Advance the clock 87 days: past the unattended re-grant',
    ]) {
        expect(output).toContain(step)
    }
    expect(output).toMatch(/All 9 steps passed/)
    expect(output).toMatch(/consumer INC\d{7} → provider INC\d{7} \(bond open\)/)
    expect(output).toMatch(/token events: 1 refreshed; refresh-token expiry unchanged/)
    expect(output).toMatch(/token events: \d+ refreshed, 1 regranted/)
    expect(output).toMatch(/saw the caller as tether\.integration/)
    // No token, secret or password: nothing long and opaque, no encrypted value, no credentials line.
    expect(output).not.toMatch(/[A-Za-z0-9_-]{40,}/)
    expect(output).not.toMatch(/enc1:|"password"/)
    // Nothing left running: the instances it printed no longer answer.
    const urls = [...output.matchAll(/(provider|consumer): (http:\/\/127\.0\.0\.1:\d+)/g)].map((m) => m[2])
    expect(urls).toHaveLength(2)
    for (const url of urls) await expect(fetch(`${url}/stats.do`)).rejects.toThrow()
})
