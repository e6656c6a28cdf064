/**
 * In-process instances for runtime tests: one InstanceCore on a temp data folder with the current
 * build installed, on a frozen virtual clock the test controls.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ClockState } from '../../sandbox/clock'
import { createInstanceCore, InstanceCore } from '../../sandbox/instance/core'
import { distApp } from '../../scripts/lib/sdk'

export const START = Date.UTC(2026, 0, 5, 9, 0, 0)

export interface TestInstance {
    core: InstanceCore
    dir: string
    clock: ClockState
    /** Moves the frozen clock to an absolute virtual time. */
    setTime(ms: number): void
    /** Runs a server script as admin (or a user) and returns its completion value. */
    run<T = unknown>(code: string, user?: string): T
    close(): void
}

export function startInstance(options: { install?: boolean; name?: string; dir?: string } = {}): TestInstance {
    const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tether-rt-'))
    const clock: ClockState = { virtualBase: START, realBase: Date.now(), frozen: true }
    const core = createInstanceCore({ name: options.name ?? 'test', dataDir: dir, adminPassword: 'admin-pw-for-tests', clock })
    if (options.install !== false) core.install(distApp)
    const instance: TestInstance = {
        core,
        dir,
        clock,
        setTime(ms: number) {
            instance.clock = { virtualBase: ms, realBase: Date.now(), frozen: true }
            core.setClock(instance.clock)
        },
        run<T>(code: string, user?: string): T {
            return core.runScript(code, { user }).result as T
        },
        close() {
            core.close()
            if (!options.dir) rmSync(dir, { recursive: true, force: true })
        },
    }
    return instance
}

/** Creates a user with the given roles and returns its sys_id. */
export function createUser(instance: TestInstance, userName: string, roles: string[], password = 'Secret-123'): string {
    return instance.run<string>(`
        var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = ${JSON.stringify(userName)};
        u.setValue('user_password', ${JSON.stringify(password)}); u.active = true; var id = u.insert();
        ${JSON.stringify(roles)}.forEach(function (name) {
            var r = new GlideRecord('sys_user_role'); if (!r.get('name', name)) { r.initialize(); r.name = name; r.insert() }
            var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = id; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();
        });
        id`)
}
