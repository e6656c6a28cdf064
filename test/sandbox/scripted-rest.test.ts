/**
 * Scripted REST APIs served by the sandbox: Tether's own /api/x_tether/v1/ping from the build,
 * answering with the caller's identity and the installed version, refusing unauthenticated callers
 * (401) and callers without x_tether.integration (403, from the resource's ACL and from the
 * handler's own check); and the platform's request/response contract for resource scripts (path and
 * query parameters, bodies, setError, streams, script errors).
 */
import { readDistApp } from '../../sandbox/dist-app'
import { DEFAULT_REST_ACL, scriptedRestRoutes } from '../../sandbox/instance/platform/scripted-rest'
import { distApp } from '../../scripts/lib/sdk'
import { createUser, HttpTestInstance, startHttpInstance, httpCall, Reply } from './helpers'

const ADMIN_PASSWORD = 'admin-pw-for-tests'
const PASSWORD = 'Secret-123'
const PING = '/api/x_tether/v1/ping'

let inst: HttpTestInstance
let integrationUserId: string

function call(
    method: string,
    path: string,
    options: { user?: string | null; password?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
    const user = options.user === undefined ? 'partner.integration' : options.user
    const credentials: [string, string] | undefined = user === null ? undefined : [user, options.password ?? (user === 'admin' ? ADMIN_PASSWORD : PASSWORD)]
    return httpCall(inst.url, method, path, { ...options, credentials })
}

/** Changes fields of Tether's GET /ping resource for one test, then puts them back. */
async function withPingResource(fields: Record<string, string>, fn: () => Promise<void>): Promise<void> {
    const row = inst.core.query('sys_ws_operation', 'http_method=GET^relative_path=/ping')[0]
    const saved = Object.fromEntries(Object.keys(fields).map((k) => [k, row[k]]))
    const set = (values: Record<string, string | null>) =>
        inst.run(`var o = new GlideRecord('sys_ws_operation'); o.get('${row.sys_id}');
            var v = ${JSON.stringify(values)}; for (var k in v) o.setValue(k, v[k]); o.update()`)
    set(fields)
    try {
        await fn()
    } finally {
        set(saved)
    }
}

beforeAll(async () => {
    inst = await startHttpInstance(scriptedRestRoutes())
    integrationUserId = createUser(inst, 'partner.integration', ['x_tether.integration'])
    createUser(inst, 'tether.user', ['x_tether.user'])
    createUser(inst, 'tether.admin', ['x_tether.admin'])
})

afterAll(async () => {
    await inst.closeAsync()
})

describe('GET and POST /api/x_tether/v1/ping from the build', () => {
    test('the build defines the resources this suite calls', () => {
        const ops = inst.core.query('sys_ws_operation', 'relative_path=/ping')
        expect(ops.map((o) => o.http_method).sort()).toEqual(['GET', 'POST'])
        expect(ops.every((o) => o.requires_authentication === '1' && o.requires_acl_authorization === '1')).toBe(true)
    })

    test('GET answers an integration user with its identity and the installed Tether version', async () => {
        const r = await call('GET', PING)
        expect(r.status).toBe(200)
        expect(r.headers.get('content-type')).toMatch(/^application\/json/)
        expect(r.headers.get('cache-control')).toBe('no-store')
        expect(r.json.result).toMatchObject({
            status: 'ok',
            user: 'partner.integration',
            user_sys_id: integrationUserId,
            app: 'x_tether',
            version: readDistApp(distApp).scope.version,
        })
        expect(r.json.result.version).not.toBe('')
        expect(r.json.result.time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    })

    test('POST (the heartbeat) gives the same answer, whatever the body', async () => {
        const r = await call('POST', PING, { body: { heartbeat: true } })
        expect(r.status).toBe(200)
        expect(r.json.result).toMatchObject({ status: 'ok', user: 'partner.integration', app: 'x_tether' })
        const empty = await call('POST', PING)
        expect(empty.status).toBe(200)
    })

    test('an admin passes the ACL (admin override) and the role check', async () => {
        const r = await call('GET', PING, { user: 'admin' })
        expect(r.status).toBe(200)
        expect(r.json.result.user).toBe('admin')
    })

    test('no credentials or bad credentials: 401 with the challenge and the platform body', async () => {
        for (const options of [{ user: null }, { password: 'wrong' }, { user: 'no.such.user' }]) {
            const r = await call('GET', PING, options)
            expect(r.status).toBe(401)
            expect(r.headers.get('www-authenticate')).toBe('Basic realm="Service-now"')
            expect(r.json).toEqual({ error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' })
        }
    })

    test('an unknown bearer token: 401 with a Bearer challenge', async () => {
        const r = await call('GET', PING, { user: null, headers: { Authorization: 'Bearer not-a-token-this-instance-issued' } })
        expect(r.status).toBe(401)
        expect(r.headers.get('www-authenticate')).toMatch(/^Bearer /)
    })

    test('an authenticated user without x_tether.integration: 403 from the resource ACL', async () => {
        for (const user of ['tether.user', 'tether.admin']) {
            for (const method of ['GET', 'POST']) {
                const r = await call(method, PING, { user })
                expect(r.status).toBe(403)
                expect(r.json.status).toBe('failure')
                expect(r.json.error.message).toBe('User Not Authorized')
                expect(r.json.result).toBeUndefined()
            }
        }
    })

    test('with the ACL not enforced, the handler still refuses callers without the role (403)', async () => {
        await withPingResource({ requires_acl_authorization: 'false' }, async () => {
            const r = await call('GET', PING, { user: 'tether.user' })
            expect(r.status).toBe(403)
            // The handler answers through setBody, which the platform wraps in "result".
            expect(r.json.result.error.detail).toContain('x_tether.integration')
            expect(r.text).not.toContain('"user":"tether.user"')
            expect((await call('GET', PING)).status).toBe(200)
        })
    })

    test("an enforce_acl naming an ACL the instance lacks (the platform default) lets any authenticated user past the ACL, not past the handler", async () => {
        await withPingResource({ enforce_acl: DEFAULT_REST_ACL }, async () => {
            const r = await call('GET', PING, { user: 'tether.user' })
            expect(r.status).toBe(403)
            expect(r.json.result.error.detail).toContain('x_tether.integration')
            expect((await call('GET', PING, { user: null })).status).toBe(401)
        })
    })

    test('unknown paths under /api/x_tether/v1 and unknown APIs: 404; a known path with another method: 405', async () => {
        for (const path of ['/api/x_tether/v1/nope', '/api/x_tether/v1/ping/extra', '/api/x_tether/v2/ping', '/api/x_nobody/v1/ping']) {
            const r = await call('GET', path)
            expect(r.status).toBe(404)
            expect(r.json.error.message).toBe('Requested URI does not represent any resource')
        }
        expect((await call('DELETE', PING)).status).toBe(405)
    })
})

describe('resource scripts: the platform request/response contract', () => {
    const base = '/api/x_sandbox_test/v1'

    /** Adds a resource to a test-only scripted REST service. */
    function resource(method: string, path: string, script: string, options: { auth?: boolean } = {}): void {
        inst.run(`
            var d = new GlideRecord('sys_ws_definition');
            if (!d.get('base_uri', '${base}')) { d.initialize(); d.name = 'Sandbox test API'; d.base_uri = '${base}'; d.active = true; d.insert() }
            var o = new GlideRecord('sys_ws_operation'); o.initialize();
            o.name = ${JSON.stringify(`${method} ${path}`)}; o.web_service_definition = d.getUniqueValue(); o.http_method = '${method}';
            o.relative_path = ${JSON.stringify(path)}; o.operation_script = ${JSON.stringify(script)}; o.active = true;
            o.requires_authentication = ${options.auth !== false}; o.requires_acl_authorization = true; o.enforce_acl = '${DEFAULT_REST_ACL}';
            o.insert()`)
    }

    beforeAll(() => {
        resource(
            'GET',
            '/items/{table}/{id}',
            `(function process(request, response) {
                return { path: request.pathParams, query: request.queryParams, queryString: request.queryString, uri: request.uri,
                         url: request.url, custom: request.getHeader('X-Custom'), lower: request.headers['x-custom'], user: gs.getUserName() };
            })(request, response);`,
        )
        resource('GET', '/items/special', `response.setBody({ special: true });`)
        resource(
            'POST',
            '/echo',
            `var data = request.body.data; response.setStatus(201); response.setHeader('X-Echo', 'yes'); response.setBody({ got: data, again: request.body.data.name });`,
        )
        resource('POST', '/string', `({ text: request.body.dataString, data: request.body.data });`)
        resource('GET', '/teapot', `response.setError({ status: 418, message: 'I am a teapot', detail: 'Short and stout' });`)
        resource('GET', '/stream', `response.setContentType('text/plain'); response.setStatus(200); response.getStreamWriter().writeString('raw text, no wrapper');`)
        resource('GET', '/boom', `var secret = 'do-not-leak'; throw new Error('Something broke');`)
        resource('GET', '/public', `({ user: gs.getUserName() });`, { auth: false })
    })

    test('path parameters, query parameters as arrays, headers with lower-case names, uri and url', async () => {
        const r = await call('GET', `${base}/items/incident/abc123?active=true&tag=a&tag=b`, { headers: { 'X-Custom': 'hello' } })
        expect(r.status).toBe(200)
        expect(r.json.result).toEqual({
            path: { table: 'incident', id: 'abc123' },
            query: { active: ['true'], tag: ['a', 'b'] },
            queryString: 'active=true&tag=a&tag=b',
            uri: 'api/x_sandbox_test/v1/items/incident/abc123',
            url: `${inst.url}${base}/items/incident/abc123?active=true&tag=a&tag=b`,
            custom: 'hello',
            lower: 'hello',
            user: 'partner.integration',
        })
    })

    test('a literal path wins over a parameterised one', async () => {
        expect((await call('GET', `${base}/items/special`)).json).toEqual({ result: { special: true } })
    })

    test('body.data parses JSON; setStatus, setHeader and setBody shape the answer', async () => {
        const r = await call('POST', `${base}/echo`, { body: { name: 'widget', n: 2 } })
        expect(r.status).toBe(201)
        expect(r.headers.get('x-echo')).toBe('yes')
        expect(r.json).toEqual({ result: { got: { name: 'widget', n: 2 }, again: 'widget' } })
    })

    test('bad JSON fails only when the script reads body.data: 500 with a clear message', async () => {
        const r = await call('POST', `${base}/echo`, { raw: '{"name": ' })
        expect(r.status).toBe(500)
        expect(r.json.status).toBe('failure')
        expect(r.json.error.message).toMatch(/not valid JSON/)
    })

    test('the body is consumed once: after dataString, data reads as nothing', async () => {
        const r = await call('POST', `${base}/string`, { raw: '{"a":1}' })
        expect(r.json.result).toEqual({ text: '{"a":1}' })
    })

    test('setError answers with the error status and the platform error envelope', async () => {
        const r = await call('GET', `${base}/teapot`)
        expect(r.status).toBe(418)
        expect(r.json).toEqual({ error: { message: 'I am a teapot', detail: 'Short and stout' }, status: 'failure' })
    })

    test('the stream writer sends raw text with the content type the script set', async () => {
        const r = await call('GET', `${base}/stream`)
        expect(r.status).toBe(200)
        expect(r.headers.get('content-type')).toMatch(/^text\/plain/)
        expect(r.text).toBe('raw text, no wrapper')
    })

    test('a script that throws: 500 with its message, no stack trace, and an error in syslog', async () => {
        const r = await call('GET', `${base}/boom`)
        expect(r.status).toBe(500)
        expect(r.json).toEqual({ error: { message: 'Something broke', detail: 'Script Evaluation Exception' }, status: 'failure' })
        expect(r.text).not.toMatch(/\bat\b.*:\d+:\d+/)
        expect(r.text).not.toContain('do-not-leak')
        const logged = inst.core.query('syslog', 'level=2^messageLIKESomething broke')
        expect(logged.length).toBeGreaterThan(0)
        expect(logged[0].source).toBe('sys_ws_operation')
    })

    test('a resource that does not require authentication runs as guest', async () => {
        const r = await call('GET', `${base}/public`, { user: null })
        expect(r.status).toBe(200)
        expect(r.json.result.user).toBe('guest')
        // Credentials sent anyway are still checked, and used when good.
        expect((await call('GET', `${base}/public`, { password: 'wrong' })).status).toBe(401)
        expect((await call('GET', `${base}/public`)).json.result.user).toBe('partner.integration')
    })

    test('an inactive resource is not served', async () => {
        resource('GET', '/retired', `({ ok: true });`)
        expect((await call('GET', `${base}/retired`)).status).toBe(200)
        inst.run(`var o = new GlideRecord('sys_ws_operation'); o.get('relative_path', '/retired'); o.active = false; o.update()`)
        expect((await call('GET', `${base}/retired`)).status).toBe(404)
    })
})
