/**
 * The sandbox as processes: real instance processes under one supervisor, the shared virtual clock
 * and its job ordering, the control API, and the CLI's one-line handshake and clean shutdown.
 */
import { ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { startSandbox, Sandbox } from '../../sandbox'
import { projectRoot } from '../../scripts/lib/sdk'

const START = '2026-01-05T09:00:00.000Z'
const MINUTE = 60_000
const HOUR = 3_600_000

let sandbox: Sandbox

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: START })
}, 60_000)

afterAll(async () => {
    await sandbox?.stop()
})

/** Control API answers, loosely typed: the tests assert on their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

function basic(user: string, password: string): string {
    return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
}

async function control(method: string, path: string, body?: unknown, auth?: string): Promise<{ status: number; json: Json; headers: Headers }> {
    const res = await fetch(sandbox.controlUrl + path, {
        method,
        headers: {
            Authorization: auth ?? basic('admin', sandbox.instances[0].password),
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers }
}

function alive(pid: number): boolean {
    try {
        process.kill(pid, 0)
        return true
    } catch {
        return false
    }
}

/** A glide_date_time value (UTC). */
function gdt(ms: number): string {
    return new Date(ms).toISOString().replace('T', ' ').slice(0, 19)
}

describe('instances as processes', () => {
    test('starts provider and consumer, each in its own process answering /stats.do with its name', async () => {
        expect(sandbox.instances.map((i) => i.name)).toEqual(['provider', 'consumer'])
        const pids = new Set<number>()
        for (const i of sandbox.instances) {
            expect(i.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
            expect(i.running).toBe(true)
            expect(i.pid).toBeGreaterThan(0)
            pids.add(i.pid!)
            const res = await fetch(`${i.url}/stats.do`)
            expect(res.status).toBe(200)
            expect(await res.text()).toContain(`Instance name: ${i.name}`)
        }
        expect(pids.size).toBe(2)
        expect(pids.has(process.pid)).toBe(false)
    })

    test('each instance has an admin user with its own generated password', () => {
        const [provider, consumer] = sandbox.instances
        expect(provider.user).toBe('admin')
        expect(consumer.user).toBe('admin')
        expect(provider.password.length).toBeGreaterThanOrEqual(16)
        expect(provider.password).not.toBe(consumer.password)
        expect(existsSync(provider.dataDir)).toBe(true)
        expect(provider.dataDir).not.toBe(consumer.dataDir)
    })

    test('runScript evaluates server JavaScript in the instance', async () => {
        const run = await sandbox.instance('provider').runScript('1 + 1')
        expect(run.result).toBe(2)
    })

    test('unknown instance names fail clearly', () => {
        expect(() => sandbox.instance('nope')).toThrow(/No sandbox instance named "nope" \(instances: provider, consumer\)/)
    })

    test('SIGKILL then restart keeps the URL, the password and the data', async () => {
        const provider = sandbox.instance('provider')
        const { url, password } = provider
        const inserted = await provider.runScript(
            "var gr = new GlideRecord('incident'); gr.initialize(); gr.short_description = 'survives SIGKILL'; gr.insert()",
        )
        const sysId = String(inserted.result)
        expect(sysId).toMatch(/^[0-9a-f]{32}$/)
        const oldPid = provider.pid!

        await provider.kill()
        expect(provider.running).toBe(false)
        expect(alive(oldPid)).toBe(false)
        await expect(provider.runScript('1')).rejects.toThrow(/Sandbox instance "provider" is not running \(it was killed by SIGKILL\)/)

        await provider.restart()
        expect(provider.running).toBe(true)
        expect(provider.pid).not.toBe(oldPid)
        expect(provider.url).toBe(url)
        expect(provider.password).toBe(password)
        const rows = await provider.query('incident', `sys_id=${sysId}`)
        expect(rows.map((r) => r.short_description)).toEqual(['survives SIGKILL'])
        expect((await fetch(`${url}/stats.do`)).status).toBe(200)
        // The restarted instance is back on the shared clock.
        expect(await provider.now()).toBe(sandbox.clock.now())
    })

    test('a dying instance rejects its pending calls at once, naming the instance', async () => {
        const consumer = sandbox.instance('consumer')
        const pending = consumer.runScript('for (;;) {}')
        await new Promise((r) => setTimeout(r, 300))
        const started = Date.now()
        const [outcome] = await Promise.all([pending.then(() => 'resolved', (e: Error) => e.message), consumer.kill()])
        expect(outcome).toMatch(/Sandbox instance "consumer" was killed by SIGKILL while running runScript/)
        expect(Date.now() - started).toBeLessThan(5000)
        await consumer.restart()
        expect((await consumer.runScript('40 + 2')).result).toBe(42)
    })

    test('an IPC call that takes too long fails with a clear timeout error', async () => {
        const solo = await startSandbox({ names: ['solo'], install: false, callTimeoutMs: 1000 })
        try {
            await expect(solo.instance('solo').runScript('for (;;) {}')).rejects.toThrow(
                /Sandbox instance "solo" did not answer runScript within 1 s/,
            )
            await solo.instance('solo').kill()
        } finally {
            await solo.stop()
        }
        expect(existsSync(solo.dataDir)).toBe(false)
    })
})

describe('the shared virtual clock', () => {
    test('frozen time does not move, and every instance sees the shared time', async () => {
        expect(sandbox.clock.frozen).toBe(true)
        const t0 = sandbox.clock.now()
        expect(t0).toBe(Date.parse(START))
        await new Promise((r) => setTimeout(r, 300))
        expect(sandbox.clock.now()).toBe(t0)
        for (const i of sandbox.instances) expect(await i.now()).toBe(t0)
    })

    test("advance('1h') moves time by exactly one hour, on every instance", async () => {
        const t0 = sandbox.clock.now()
        await sandbox.clock.advance('1h')
        expect(sandbox.clock.now()).toBe(t0 + HOUR)
        for (const i of sandbox.instances) expect(await i.now()).toBe(t0 + HOUR)
    })

    test("skew makes one instance's time differ by the skew", async () => {
        const consumer = sandbox.instance('consumer')
        await consumer.setSkew(5 * MINUTE)
        try {
            const shared = sandbox.clock.now()
            expect(await consumer.now()).toBe(shared + 5 * MINUTE)
            expect(await sandbox.instance('provider').now()).toBe(shared)
        } finally {
            await consumer.setSkew(0)
        }
        expect(await consumer.now()).toBe(sandbox.clock.now())
    })

    test('set() jumps to a time; bad durations and times are refused', async () => {
        const target = Date.parse('2026-01-06T00:00:00.000Z')
        await sandbox.clock.set('2026-01-06T00:00:00.000Z')
        expect(sandbox.clock.now()).toBe(target)
        await expect(sandbox.clock.advance('soon')).rejects.toThrow(/Invalid duration "soon"/)
        await expect(sandbox.clock.set('not a date')).rejects.toThrow(/Invalid time/)
        expect(sandbox.clock.now()).toBe(target)
    })

    test('advance runs due jobs of every instance in time order, skew included, ties in instance order', async () => {
        // Shared t0 = 2026-01-06 00:00. Provider: "a" at +1, +6, +11 min; "b" at +2, +7, +12.
        // Consumer (clock 1 min ahead): "c" starts when its clock reads t0 + 3 min, i.e. shared +2,
        // then +7, +12 — tying with "b" each time.
        const t0 = sandbox.clock.now()
        const provider = sandbox.instance('provider')
        const consumer = sandbox.instance('consumer')
        await consumer.setSkew(MINUTE)
        const job = (name: string, start: number): string => `
            var j = new GlideRecord('sysauto_script'); j.initialize();
            j.name = ${JSON.stringify(name)}; j.active = true; j.run_type = 'periodically';
            j.run_period = '1970-01-01 00:05:00'; j.run_start = ${JSON.stringify(gdt(start))};
            j.script = ${JSON.stringify(`gs.info('${name} ran')`)}; j.insert()`
        try {
            await provider.runScript(job('sbjob a', t0 + MINUTE))
            await provider.runScript(job('sbjob b', t0 + 2 * MINUTE))
            await consumer.runScript(job('sbjob c', t0 + 3 * MINUTE))

            const runs = (await sandbox.clock.advance('15m')).filter((r) => r.job.startsWith('sbjob'))
            const skew: Record<string, number> = { provider: 0, consumer: MINUTE }
            const seen = runs.map((r) => `${(r.at - skew[r.instance] - t0) / MINUTE} ${r.instance} ${r.job}`)
            expect(seen).toEqual([
                '1 provider sbjob a',
                '2 provider sbjob b',
                '2 consumer sbjob c',
                '6 provider sbjob a',
                '7 provider sbjob b',
                '7 consumer sbjob c',
                '11 provider sbjob a',
                '12 provider sbjob b',
                '12 consumer sbjob c',
            ])
            expect(runs.every((r) => r.ok)).toBe(true)
            expect(sandbox.clock.now()).toBe(t0 + 15 * MINUTE)
            const logs = await provider.query('syslog', 'messageSTARTSWITHsbjob')
            expect(logs.filter((l) => l.message === 'sbjob a ran')).toHaveLength(3)
            expect((await consumer.query('syslog', 'messageSTARTSWITHsbjob')).filter((l) => l.message === 'sbjob c ran')).toHaveLength(3)
        } finally {
            await consumer.setSkew(0)
            for (const i of [provider, consumer]) {
                await i.runScript(
                    "var j = new GlideRecord('sysauto_script'); j.addQuery('name', 'STARTSWITH', 'sbjob'); j.query(); while (j.next()) { j.active = false; j.update() }",
                )
            }
        }
    })
})

describe('control API', () => {
    test('refuses missing or wrong credentials with 401 and a Basic challenge', async () => {
        for (const auth of ['', basic('admin', 'wrong'), basic('guest', sandbox.instances[0].password), 'Bearer x']) {
            const res = await control('GET', '/status', undefined, auth)
            expect(res.status).toBe(401)
            expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm=/)
        }
    })

    test('accepts admin with the password of any instance', async () => {
        for (const i of sandbox.instances) {
            const res = await control('GET', '/status', undefined, basic('admin', i.password))
            expect(res.status).toBe(200)
            expect(res.json.instances.map((x: { name: string }) => x.name)).toEqual(['provider', 'consumer'])
            expect(res.json.clock).toEqual({ now: new Date(sandbox.clock.now()).toISOString(), ms: sandbox.clock.now(), frozen: true })
        }
    })

    test('advance and skew round trip', async () => {
        const t0 = sandbox.clock.now()
        const advanced = await control('POST', '/clock/advance', { duration: '6h' })
        expect(advanced.status).toBe(200)
        expect(Array.isArray(advanced.json.runs)).toBe(true)
        expect(advanced.json.clock.ms).toBe(t0 + 6 * HOUR)
        expect(sandbox.clock.now()).toBe(t0 + 6 * HOUR)

        const skewed = await control('POST', '/instances/consumer/skew', { ms: 300000 })
        expect(skewed.status).toBe(200)
        expect(skewed.json.skewMs).toBe(300000)
        expect(await sandbox.instance('consumer').now()).toBe(sandbox.clock.now() + 300000)
        const status = await control('GET', '/status')
        const consumer = status.json.instances.find((x: { name: string }) => x.name === 'consumer')
        expect(Date.parse(consumer.now)).toBe(sandbox.clock.now() + 300000)
        expect((await control('POST', '/instances/consumer/skew', { ms: 0 })).status).toBe(200)
        expect(await sandbox.instance('consumer').now()).toBe(sandbox.clock.now())
    })

    test('set, freeze and flow the clock', async () => {
        const set = await control('POST', '/clock/set', { time: '2026-02-01T00:00:00Z' })
        expect(set.json).toEqual({ now: '2026-02-01T00:00:00.000Z', ms: Date.parse('2026-02-01T00:00:00Z'), frozen: true })
        expect((await control('POST', '/clock/flow')).json.frozen).toBe(false)
        expect(sandbox.clock.frozen).toBe(false)
        const frozen = await control('POST', '/clock/freeze')
        expect(frozen.json.frozen).toBe(true)
        expect(frozen.json.ms).toBeGreaterThanOrEqual(Date.parse('2026-02-01T00:00:00Z'))
        await sandbox.clock.set(Date.parse('2026-02-01T00:00:00Z'))
    })

    test('runs scripts on a named instance', async () => {
        const res = await control('POST', '/instances/provider/script', { script: '6 * 7' })
        expect(res.status).toBe(200)
        expect(res.json.result).toBe(42)
    })

    test('answers bad input with clear 4xx errors', async () => {
        const cases: [string, string, unknown, number, RegExp][] = [
            ['POST', '/clock/advance', { duration: 'later' }, 400, /Invalid duration/],
            ['POST', '/clock/advance', {}, 400, /"duration" is required/],
            ['POST', '/clock/advance', '{not json', 400, /not valid JSON/],
            ['POST', '/clock/set', { time: 'yesterday' }, 400, /Invalid time/],
            ['POST', '/instances/nope/skew', { ms: 1 }, 404, /No sandbox instance named "nope"/],
            ['POST', '/instances/provider/skew', { ms: 'a lot' }, 400, /"ms" is required/],
            ['POST', '/instances/provider/script', {}, 400, /"script" is required/],
            ['GET', '/clock/advance', undefined, 405, /use POST/],
            ['GET', '/nowhere', undefined, 404, /No control endpoint/],
            ['POST', '/instances/provider/faults', { type: 'latency' }, 400, /"kind" is required/],
            ['POST', '/instances/provider/faults', { kind: 'latency' }, 400, /Unknown fault kind "latency"/],
            ['GET', '/instances/provider/faults/abc', undefined, 404, /No control endpoint/],
        ]
        for (const [method, path, body, status, message] of cases) {
            const res = await control(method, path, body)
            expect([method, path, res.status]).toEqual([method, path, status])
            expect(res.json.error).toMatch(message)
        }
    })
})

describe('npm run sandbox (the CLI)', () => {
    let cli: ChildProcess | undefined

    afterAll(() => {
        // Only if an assertion failed half-way: take the whole process group down.
        if (cli?.pid && cli.exitCode === null && cli.signalCode === null) process.kill(-cli.pid, 'SIGKILL')
    })

    test('prints one JSON line, serves the control API, and exits 0 on SIGTERM leaving no process behind', async () => {
        cli = spawn('npx', ['tsx', 'sandbox/cli.ts'], { cwd: projectRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
        let stdout = ''
        let stderr = ''
        cli.stdout!.on('data', (c: Buffer) => (stdout += c.toString()))
        cli.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
        const exited = new Promise<number | null>((resolve) => cli!.on('exit', (code) => resolve(code)))

        const deadline = Date.now() + 45_000
        while (!stdout.includes('\n')) {
            if (Date.now() > deadline || cli.exitCode !== null) throw new Error(`no JSON line from the CLI:\n${stderr}`)
            await new Promise((r) => setTimeout(r, 100))
        }
        const line = JSON.parse(stdout.slice(0, stdout.indexOf('\n')))
        expect(Object.keys(line).sort()).toEqual(['control', 'instances'])
        expect(line.control).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
        expect(line.instances.map((i: { name: string }) => i.name)).toEqual(['provider', 'consumer'])
        for (const i of line.instances) {
            expect(Object.keys(i).sort()).toEqual(['name', 'password', 'url', 'user'])
            expect(i.user).toBe('admin')
            expect((await fetch(`${i.url}/stats.do`)).status).toBe(200)
        }

        const res = await fetch(`${line.control}/status`, { headers: { Authorization: basic('admin', line.instances[1].password) } })
        expect(res.status).toBe(200)
        const status = (await res.json()) as Json
        expect(status.clock.frozen).toBe(false)
        const pids: number[] = [status.pid, ...status.instances.map((i: { pid: number }) => i.pid)]
        expect(pids.every((p) => p > 0 && alive(p))).toBe(true)

        // Signal the CLI's own process: npx runs it through a shell that does not forward SIGTERM.
        process.kill(status.pid, 'SIGTERM')
        expect(await exited).toBe(0)
        expect(stdout.trim().split('\n')).toHaveLength(1)
        expect(stderr).toContain('SIGTERM: stopping the sandbox')
        for (const pid of pids) expect(alive(pid)).toBe(false)
        for (const i of line.instances) await expect(fetch(`${i.url}/stats.do`)).rejects.toThrow()
    }, 60_000)
})
