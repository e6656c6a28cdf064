/**
 * The real `now-sdk install` against a sandbox instance: the CLI logs in through the UI (session
 * cookie + X-UserToken), looks the app up with the Table API, packs dist/app itself, uploads the
 * zip to the App Client upload processor and polls the CI/CD progress API; `--reinstall` deletes the
 * app first through xmlhttp.do. Nothing is copied into the instance behind the SDK's back: the
 * instance starts empty and the app gets there only through those endpoints.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { InstanceHandle, Sandbox, startSandbox } from '../../sandbox'
import { unpackPackage } from '../../sandbox/instance/platform/app-install'
import { projectRoot, targetDir } from '../../scripts/lib/sdk'

const SCOPE = 'x_tether'
const SCOPE_ID = JSON.parse(readFileSync(join(projectRoot, 'now.config.json'), 'utf8')).scopeId as string
const DEV_PASSWORD = 'Dev-Secret-123'

let sandbox: Sandbox
let target: InstanceHandle

beforeAll(async () => {
    sandbox = await startSandbox({ names: ['target'], install: false })
    target = sandbox.instance('target')
    // A developer without admin: may log in, may not deploy.
    await target.runScript(`
        var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = 'dev'; u.setValue('user_password', ${JSON.stringify(DEV_PASSWORD)});
        u.active = true; u.insert()`)
}, 60_000)

afterAll(async () => {
    await sandbox?.stop()
})

interface CliRun {
    code: number | null
    output: string
}

/** Runs the SDK's own CLI in the project root in CI mode, as a pipeline would. */
function nowSdk(args: string[], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<CliRun> {
    const base: NodeJS.ProcessEnv = {}
    for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SN_SDK_')) base[k] = v
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules', '@servicenow', 'sdk', 'bin', 'index.js'), ...args], {
        cwd: projectRoot,
        env: {
            ...base,
            SN_SDK_NODE_ENV: 'SN_SDK_CI_INSTALL',
            SN_SDK_INSTANCE_URL: target.url,
            SN_SDK_AUTH_TYPE: 'basic',
            SN_SDK_USER: 'admin',
            SN_SDK_USER_PWD: target.password,
            // No telemetry (the SDK's client is a no-op under test), no colours in the output.
            NODE_ENV: 'test',
            NO_COLOR: '1',
            FORCE_COLOR: '0',
            ...env,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    return new Promise((resolve) => {
        const timer = setTimeout(() => {
            output += `\n[test] now-sdk ${args.join(' ')} killed after ${timeoutMs} ms`
            child.kill('SIGKILL')
        }, timeoutMs)
        child.on('close', (code) => {
            clearTimeout(timer)
            resolve({ code, output })
        })
    })
}

interface UiLogin {
    cookie: string
    token: string
}

/** Logs in as the CLI does: the login form, then get_user for the session's token. */
async function uiLogin(user: string, password: string): Promise<UiLogin> {
    const res = await fetch(`${target.url}/angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sysparm_type: 'login', 'ni.nolog.user_password': 'true', user_name: user, user_password: password }).toString(),
    })
    expect(await res.json()).toMatchObject({ status: 'success' })
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]
    const who = await fetch(`${target.url}/angular.do?sysparm_type=get_user`, { method: 'POST', headers: { Cookie: cookie } })
    expect(who.status).toBe(401)
    return { cookie, token: who.headers.get('x-usertoken-response') ?? '' }
}

function asSession(login: UiLogin): Record<string, string> {
    return { Cookie: login.cookie, 'X-UserToken': login.token }
}

/** JSON answers, loosely typed: the tests assert on their shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

async function getJson(path: string, headers: Record<string, string>): Promise<{ status: number; json: Json }> {
    const res = await fetch(`${target.url}${path}`, { headers: { Accept: 'application/json', ...headers } })
    const text = await res.text()
    return { status: res.status, json: text === '' ? undefined : JSON.parse(text) }
}

/** Posts a package to the upload processor the way the CLI does (multipart, token in sysparm_ck too). */
async function upload(login: UiLogin, zip: Uint8Array, scopeId = SCOPE_ID, scope = SCOPE, async = false): Promise<Response> {
    const form = new FormData()
    form.append('upload_type', 'file')
    form.append('load_demo', 'true')
    form.append('sysparm_ck', login.token)
    form.append('attachFile', new Blob([zip]))
    const params = new URLSearchParams({
        sysparm_track_fluent_install: 'true',
        sysparm_async_fluent_install: String(async),
        sysparm_fluent_scope_id: scopeId,
        sysparm_fluent_scope_name: scope,
        sysparm_fluent_app_version: '0.1.0',
        sysparm_request_type: 'custom_app',
    })
    return fetch(`${target.url}/sn_appclient_upload_processor.do?${params}`, { method: 'POST', headers: { Cookie: login.cookie }, body: form })
}

async function appTables(): Promise<string[]> {
    return (await target.query('sys_db_object', 'nameSTARTSWITHx_tether_')).map((r) => r.name ?? '').sort()
}

async function history(): Promise<Record<string, string | null>[]> {
    return target.query('sys_upgrade_history', `to_version=${SCOPE}`)
}

/** A zip with stored (uncompressed) entries, names as given: enough to craft hostile packages. */
function storedZip(entries: { name: string; data: string }[]): Buffer {
    const locals: Buffer[] = []
    const centrals: Buffer[] = []
    let offset = 0
    for (const e of entries) {
        const name = Buffer.from(e.name)
        const data = Buffer.from(e.data)
        const crc = crc32(data)
        const local = Buffer.alloc(30)
        local.writeUInt32LE(0x04034b50, 0)
        local.writeUInt16LE(20, 4)
        local.writeUInt16LE(0x800, 6)
        local.writeUInt32LE(crc, 14)
        local.writeUInt32LE(data.length, 18)
        local.writeUInt32LE(data.length, 22)
        local.writeUInt16LE(name.length, 26)
        const central = Buffer.alloc(46)
        central.writeUInt32LE(0x02014b50, 0)
        central.writeUInt16LE(20, 4)
        central.writeUInt16LE(20, 6)
        central.writeUInt16LE(0x800, 8)
        central.writeUInt32LE(crc, 16)
        central.writeUInt32LE(data.length, 20)
        central.writeUInt32LE(data.length, 24)
        central.writeUInt16LE(name.length, 28)
        central.writeUInt32LE(offset, 42)
        locals.push(local, name, data)
        centrals.push(central, name)
        offset += local.length + name.length + data.length
    }
    const directory = Buffer.concat(centrals)
    const end = Buffer.alloc(22)
    end.writeUInt32LE(0x06054b50, 0)
    end.writeUInt16LE(entries.length, 8)
    end.writeUInt16LE(entries.length, 10)
    end.writeUInt32LE(directory.length, 12)
    end.writeUInt32LE(offset, 16)
    return Buffer.concat([...locals, directory, end])
}

test('UI sessions: login, the token from get_user, and the Table API only with cookie and token together', async () => {
    const bad = await fetch(`${target.url}/angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: 'user_name=admin&user_password=wrong',
    })
    expect(bad.status).toBe(200)
    expect(await bad.json()).toEqual({ status: 'error', message: 'User name or password invalid' })
    expect(bad.headers.get('set-cookie')).toBeNull()

    // A trailing slash in the instance URL makes the CLI ask for //angular.do.
    const res = await fetch(`${target.url}//angular.do?sysparm_type=view_form.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ user_name: 'admin', user_password: target.password }).toString(),
    })
    expect(await res.json()).toEqual({ status: 'success', message: '', setup_multifactor_authn: false })
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^JSESSIONID=[0-9A-F]{32}; Path=\/; HttpOnly$/)
    expect(setCookie).not.toMatch(/Secure/i)
    const cookie = setCookie.split(';')[0]

    const noToken = await fetch(`${target.url}/angular.do?sysparm_type=get_user`, { method: 'POST', headers: { Cookie: cookie } })
    expect(noToken.status).toBe(401)
    const token = noToken.headers.get('x-usertoken-response') ?? ''
    expect(token).toMatch(/^[0-9a-f]{64}$/)
    const me = await fetch(`${target.url}/angular.do?sysparm_type=get_user`, { method: 'POST', headers: { Cookie: cookie, 'X-UserToken': token } })
    expect(me.status).toBe(200)
    expect(((await me.json()) as Json).result.user).toMatchObject({ user_name: 'admin', roles: expect.arrayContaining(['admin']) })

    const scopeQuery = `/api/now/table/sys_scope?sysparm_query=scope=${SCOPE}^sys_id=${SCOPE_ID}&sysparm_fields=sys_id,sys_class_name,active&sysparm_limit=2`
    expect((await getJson(scopeQuery, { Cookie: cookie })).status).toBe(401)
    expect((await getJson(scopeQuery, { Cookie: cookie, 'X-UserToken': 'not-the-token' })).status).toBe(401)
    expect(await getJson(scopeQuery, { Cookie: cookie, 'X-UserToken': token })).toEqual({ status: 200, json: { result: [] } })
    const mutex = await getJson('/api/now/table/sys_mutex?sysparm_fields=sys_id&sysparm_query=name=Update-Mutex^acquiredISNOTEMPTY', { Cookie: cookie, 'X-UserToken': token })
    expect(mutex).toEqual({ status: 200, json: { result: [] } })

    expect((await getJson('/api/sn_cicd/progress/0123456789abcdef0123456789abcdef', {})).status).toBe(401)
    expect((await getJson('/api/sn_cicd/progress/0123456789abcdef0123456789abcdef', { Cookie: cookie, 'X-UserToken': token })).status).toBe(404)
})

test('a corrupt package ends its tracker in "3" with the reason, and nothing is installed', async () => {
    const admin = await uiLogin('admin', target.password)
    const res = await upload(admin, Buffer.from('PK\u0003\u0004 this is not a zip file at all'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    const answer = (await res.json()) as Json
    expect(answer).toEqual({ executionTracker: expect.stringMatching(/^[0-9a-f]{32}$/), rollbackContext: expect.stringMatching(/^[0-9a-f]{32}$/) })
    const progress = await getJson(`/api/sn_cicd/progress/${answer.executionTracker}`, asSession(admin))
    expect(progress.status).toBe(200)
    expect(progress.json.result).toMatchObject({ status: '3', status_label: 'Failed', error: expect.stringContaining('Invalid application package') })
    expect(progress.json.result.status_message).toMatch(/^Invalid application package/)

    // Refused callers: a session without its token, and a user without admin.
    const form = new FormData()
    form.append('attachFile', new Blob([Buffer.from('x')]))
    const noToken = await fetch(`${target.url}/sn_appclient_upload_processor.do?sysparm_fluent_scope_id=${SCOPE_ID}`, { method: 'POST', headers: { Cookie: admin.cookie }, body: form })
    expect(noToken.status).toBe(401)
    const dev = await uiLogin('dev', DEV_PASSWORD)
    expect((await upload(dev, Buffer.from('x'))).status).toBe(401)

    expect(await target.query('sys_scope')).toEqual([])
    expect(await target.query('sys_app')).toEqual([])
    expect(await appTables()).toEqual([])
    expect(await history()).toEqual([])
})

test('package entries that would land outside the folder are refused (zip-slip)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tether-zipslip-'))
    try {
        const into = join(dir, 'pkg')
        expect(await unpackPackage(storedZip([{ name: '/update/a.xml', data: '<a/>' }]), into)).toBe(1)
        expect(readFileSync(join(into, 'update', 'a.xml'), 'utf8')).toBe('<a/>')
        for (const name of ['/../evil.txt', '/update/../../evil.txt', '//etc/evil.txt', '/C:/evil.txt', '/update\\..\\..\\evil.txt']) {
            await expect(unpackPackage(storedZip([{ name, data: 'evil' }]), join(dir, 'other'))).rejects.toThrow(/Refused package entry/)
        }
        expect(existsSync(join(dir, 'evil.txt'))).toBe(false)
    } finally {
        rmSync(dir, { recursive: true, force: true })
    }
})

test('now-sdk install: a first install through the upload processor', async () => {
    const run = await nowSdk(['install'])
    expect(run).toMatchObject({ code: 0 })
    expect(run.output).toContain('Installation completed')
    expect(run.output).toContain(`${target.url}/sys_app.do?sys_id=${SCOPE_ID}`)

    expect((await appTables()).length).toBeGreaterThanOrEqual(8)
    expect(await appTables()).toContain('x_tether_connection')
    const oauth = await target.runScript(`var o = new x_tether.TetherOAuth(); typeof o.requestToken`)
    expect(oauth.result).toBe('function')
    expect(await target.query('sys_scope', `sys_id=${SCOPE_ID}`)).toEqual([
        expect.objectContaining({ scope: SCOPE, name: 'Tether', version: '0.1.0', active: '1', sys_class_name: 'sys_app' }),
    ])
    const rows = await history()
    expect(rows).toEqual([expect.objectContaining({ to_version: SCOPE, from_version: null, upgrade_started: expect.any(String), upgrade_finished: expect.any(String) })])

    // The deploy path the CLI took, as the instance's transaction log saw it.
    const log = (await target.query('syslog_transaction')).map((r) => `${r.method} ${r.url} ${r.response_status}`)
    expect(log).toEqual(
        expect.arrayContaining([
            'POST /angular.do 200',
            'POST /angular.do 401',
            'GET /api/now/table/sys_upgrade_history 200',
            'GET /api/now/table/sys_scope 200',
            'POST /sn_appclient_upload_processor.do 200',
        ]),
    )
    expect(log.some((l) => /^GET \/api\/sn_cicd\/progress\/[0-9a-f]{32} 200$/.test(l))).toBe(true)
})

test('a second install is an update: it exits 0 and runtime data in app tables stays (instance URL with a trailing slash)', async () => {
    await target.runScript(`var p = new GlideRecord('x_tether_process'); p.initialize(); p.name = 'runtime data'; p.insert()`)
    const run = await nowSdk(['install'], { SN_SDK_INSTANCE_URL: `${target.url}/` })
    expect(run).toMatchObject({ code: 0 })
    expect(run.output).toContain('Installation completed')
    expect(run.output).not.toContain('Uninstalling')
    const rows = await history()
    expect(rows).toHaveLength(2)
    expect(rows.map((r) => r.from_version)).toEqual(expect.arrayContaining([null, '0.1.0']))
    expect(await target.query('x_tether_process', 'name=runtime data')).toHaveLength(1)
})

/** The package the CLI packed last (target/<name>_<version>.zip). */
function packedZip(): Buffer {
    const zips = readdirSync(targetDir)
        .filter((f) => f.endsWith('.zip'))
        .map((f) => join(targetDir, f))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    return readFileSync(zips[0])
}

test('a package for another application is refused and changes nothing', async () => {
    const admin = await uiLogin('admin', target.password)
    const res = await upload(admin, packedZip(), '0123456789abcdef0123456789abcdef', 'x_other')
    const { executionTracker } = (await res.json()) as Json
    const progress = await getJson(`/api/sn_cicd/progress/${executionTracker}`, asSession(admin))
    expect(progress.json.result).toMatchObject({ status: '3', status_message: expect.stringContaining('not the requested x_other') })
    expect(await history()).toHaveLength(2)
    expect(await target.query('x_tether_process', 'name=runtime data')).toHaveLength(1)
})

test('install --reinstall deletes the app first: runtime data and grants of its roles are gone, the app is back', async () => {
    const granted = await target.runScript(`
        var r = new GlideRecord('sys_user_role'); r.get('name', 'x_tether.admin');
        var u = new GlideRecord('sys_user'); u.get('user_name', 'dev');
        var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = u.getUniqueValue(); h.role = r.getUniqueValue(); h.state = 'active'; h.insert()`)
    expect(granted.result).toMatch(/^[0-9a-f]{32}$/)

    const run = await nowSdk(['install', '--reinstall'])
    expect(run).toMatchObject({ code: 0 })
    expect(run.output).toContain(`Uninstalling application ${SCOPE_ID}`)
    expect(run.output).toContain('Successfully uninstalled application')
    expect(run.output).toContain('Installation completed')

    expect(await target.query('x_tether_process', 'name=runtime data')).toEqual([])
    expect(await target.query('sys_user_has_role', `sys_id=${String(granted.result)}`)).toEqual([])
    expect(await appTables()).toContain('x_tether_connection')
    expect((await target.runScript(`typeof new x_tether.TetherOAuth().requestToken`)).result).toBe('function')
    // The install after the delete is a first install again.
    expect((await history()).map((r) => r.from_version).filter((v) => v === null)).toHaveLength(2)
    const deleteTracker = await target.query('sys_execution_tracker', 'source=AppsAjaxProcessor')
    expect(deleteTracker).toEqual([expect.objectContaining({ state: '2', percent_complete: '100' })])
})

test('a wrong password fails the CLI with the login message', async () => {
    const run = await nowSdk(['install'], { SN_SDK_USER_PWD: 'wrong-password' })
    expect(run.code).toBe(1)
    expect(run.output).toContain('User name or password invalid')
    expect(await history()).toHaveLength(3)
})

test('a user without admin gets "Insufficient permissions"', async () => {
    const run = await nowSdk(['install'], { SN_SDK_USER: 'dev', SN_SDK_USER_PWD: DEV_PASSWORD })
    expect(run.code).toBe(1)
    expect(run.output).toContain('Insufficient permissions to install the app')
    expect(await history()).toHaveLength(3)
})

test('OAuth CI mode: the client-credentials token becomes a UI session, and the install goes through', async () => {
    await target.runScript(`
        gs.setProperty('glide.oauth.inbound.client.credential.grant_type.enabled', 'true');
        var admin = new GlideRecord('sys_user'); admin.get('user_name', 'admin');
        var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = 'CI deploy'; e.type = 'client'; e.client_id = 'ci-deploy';
        e.setValue('client_secret', 'ci-deploy-secret'); e.active = true; e.user = admin.getUniqueValue(); e.insert()`)
    const run = await nowSdk(['install'], { SN_SDK_AUTH_TYPE: 'oauth', SN_SDK_OAUTH_CLIENT_ID: 'ci-deploy', SN_SDK_OAUTH_CLIENT_SECRET: 'ci-deploy-secret' })
    expect(run).toMatchObject({ code: 0 })
    expect(run.output).toContain('Installation completed')
    expect(await history()).toHaveLength(4)
})

test('after a restart sessions are gone (they live in memory) but install progress is still there (a table)', async () => {
    const admin = await uiLogin('admin', target.password)
    const [tracker] = await target.query('sys_execution_tracker', 'source=sn_appclient_upload_processor^state=2', { limit: 1 })
    expect((await getJson(`/api/sn_cicd/progress/${tracker.sys_id}`, asSession(admin))).json.result).toMatchObject({ status: '2', percent_complete: 100 })
    await target.restart()
    expect((await getJson(`/api/sn_cicd/progress/${tracker.sys_id}`, asSession(admin))).status).toBe(401)
    const again = await uiLogin('admin', target.password)
    const progress = await getJson(`/api/sn_cicd/progress/${tracker.sys_id}`, asSession(again))
    expect(progress.json.result).toEqual({
        links: { progress: { id: tracker.sys_id, url: `${target.url}/api/sn_cicd/progress/${tracker.sys_id}` } },
        status: '2',
        status_label: 'Successful',
        status_message: 'Application installed',
        status_detail: '',
        error: '',
        percent_complete: 100,
    })
})

test('an asynchronous upload answers at once; its tracker reaches "2" and the install is recorded', async () => {
    const admin = await uiLogin('admin', target.password)
    const before = (await history()).length
    const res = await upload(admin, packedZip(), SCOPE_ID, SCOPE, true)
    expect(res.status).toBe(200)
    const { executionTracker } = (await res.json()) as Json
    let result: Json
    for (let i = 0; i < 50; i++) {
        result = (await getJson(`/api/sn_cicd/progress/${executionTracker}`, asSession(admin))).json.result
        if (result.status !== '0' && result.status !== '1') break
        await new Promise((r) => setTimeout(r, 100))
    }
    expect(result).toMatchObject({ status: '2', percent_complete: 100 })
    expect(await history()).toHaveLength(before + 1)
})

test('a UI session expires after 30 minutes idle on the instance clock', async () => {
    const admin = await uiLogin('admin', target.password)
    const probe = '/api/now/table/sys_scope?sysparm_fields=sys_id&sysparm_limit=1'
    await sandbox.clock.advance('29m')
    expect((await getJson(probe, asSession(admin))).status).toBe(200)
    await sandbox.clock.advance('29m')
    expect((await getJson(probe, asSession(admin))).status).toBe(200)
    await sandbox.clock.advance('31m')
    expect((await getJson(probe, asSession(admin))).status).toBe(401)
})
