/**
 * The sandbox's Table API over HTTP against the installed build, as a partner instance's integration
 * user or an operator's script would see it: Basic auth and the platform's 401, CRUD with the
 * platform's shapes and status codes, queries and paging, display values and reference links,
 * password2 never in clear, the app's ACLs for each Tether role, bad bodies refused with nothing
 * written.
 */
import { tableApiRoutes } from '../../sandbox/instance/platform/table-api'
import { createUser, HttpTestInstance, startHttpInstance, basicAuth, httpCall, Reply } from './helpers'

const ADMIN_PASSWORD = 'admin-pw-for-tests'
const PASSWORD = 'Secret-123'

let inst: HttpTestInstance

function call(
    method: string,
    path: string,
    options: { user?: string | null; password?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
    const user = options.user === undefined ? 'admin' : options.user
    const credentials: [string, string] | undefined = user === null ? undefined : [user, options.password ?? (user === 'admin' ? ADMIN_PASSWORD : PASSWORD)]
    return httpCall(inst.url, method, path, { ...options, credentials })
}

function count(table: string, query = ''): number {
    return inst.core.query(table, query).length
}

/** Every value of a Table API record is a string or a reference object of strings. */
function expectPlatformValues(record: Record<string, unknown>): void {
    for (const [field, value] of Object.entries(record)) {
        if (typeof value === 'string') continue
        expect({ field, value }).toEqual({ field, value: expect.objectContaining({ value: expect.any(String) }) })
    }
}

beforeAll(async () => {
    inst = await startHttpInstance(tableApiRoutes())
    createUser(inst, 'tether.admin', ['x_tether.admin'])
    createUser(inst, 'tether.manager', ['x_tether.manager'])
    createUser(inst, 'tether.user', ['x_tether.user'])
    createUser(inst, 'tether.integration', ['x_tether.integration'])
    createUser(inst, 'nobody', [])
})

afterAll(async () => {
    await inst.closeAsync()
})

describe('authentication', () => {
    const platform401 = { error: { message: 'User Not Authenticated', detail: 'Required to provide Auth information' }, status: 'failure' }

    test('no credentials: 401 with the Basic challenge and the platform body', async () => {
        const r = await call('GET', '/api/now/table/x_tether_process', { user: null })
        expect(r.status).toBe(401)
        expect(r.headers.get('www-authenticate')).toBe('Basic realm="Service-now"')
        expect(r.json).toEqual(platform401)
    })

    test('a wrong password, an unknown user or a malformed header: 401 too, and nothing is created', async () => {
        const before = count('x_tether_process')
        for (const headers of [
            { Authorization: basicAuth('admin', 'wrong') },
            { Authorization: basicAuth('no.such.user', 'whatever') },
            { Authorization: 'Basic not-base64-at-all' },
            { Authorization: 'Digest abc' },
        ]) {
            const r = await call('POST', '/api/now/table/x_tether_process', { user: null, headers, body: { name: 'sneaky' } })
            expect(r.status).toBe(401)
            expect(r.json.error.message).toBe('User Not Authenticated')
        }
        expect(count('x_tether_process')).toBe(before)
    })

    test('a locked-out user cannot authenticate', async () => {
        createUser(inst, 'locked.user', ['x_tether.admin'])
        inst.run(`var u = new GlideRecord('sys_user'); u.get('user_name', 'locked.user'); u.locked_out = true; u.update()`)
        const r = await call('GET', '/api/now/table/x_tether_process', { user: 'locked.user' })
        expect(r.status).toBe(401)
    })
})

describe('CRUD', () => {
    test('create, read, update (PATCH and PUT) and delete a record with the platform shapes', async () => {
        const created = await call('POST', '/api/now/table/x_tether_process', { body: { name: 'Incident exchange', api_name: 'incident_exchange', target_table: 'incident' } })
        expect(created.status).toBe(201)
        expect(created.headers.get('content-type')).toMatch(/^application\/json/)
        const rec = created.json.result
        expect(rec.sys_id).toMatch(/^[0-9a-f]{32}$/)
        expect(created.headers.get('location')).toBe(`${inst.url}/api/now/table/x_tether_process/${rec.sys_id}`)
        expect(rec).toMatchObject({ name: 'Incident exchange', api_name: 'incident_exchange', active: 'true', sys_created_by: 'admin', sys_mod_count: '0', sys_class_name: 'x_tether_process' })
        expect(rec.description).toBe('')
        expectPlatformValues(rec)

        const read = await call('GET', `/api/now/table/x_tether_process/${rec.sys_id}`)
        expect(read.status).toBe(200)
        expect(read.json.result).toEqual(rec)

        const patched = await call('PATCH', `/api/now/table/x_tether_process/${rec.sys_id}`, { body: { description: 'Incidents both ways', active: false } })
        expect(patched.status).toBe(200)
        expect(patched.json.result).toMatchObject({ name: 'Incident exchange', description: 'Incidents both ways', active: 'false', sys_mod_count: '1' })

        // PUT updates the fields it names and leaves the others, as on the platform.
        const put = await call('PUT', `/api/now/table/x_tether_process/${rec.sys_id}`, { body: { active: 'true' } })
        expect(put.status).toBe(200)
        expect(put.json.result).toMatchObject({ description: 'Incidents both ways', active: 'true', sys_mod_count: '2' })
        expect(inst.core.store.getRow('x_tether_process', rec.sys_id)?.active).toBe('1')

        const deleted = await call('DELETE', `/api/now/table/x_tether_process/${rec.sys_id}`)
        expect(deleted.status).toBe(204)
        expect(deleted.text).toBe('')
        expect(inst.core.store.getRow('x_tether_process', rec.sys_id)).toBeUndefined()
        const gone = await call('GET', `/api/now/table/x_tether_process/${rec.sys_id}`)
        expect(gone.status).toBe(404)
    })

    test('the versioned URLs (/api/now/v1/table, /api/now/v2/table) answer the same', async () => {
        const created = await call('POST', '/api/now/v2/table/x_tether_process', { body: { name: 'Versioned' } })
        expect(created.status).toBe(201)
        const id = created.json.result.sys_id
        expect((await call('GET', `/api/now/v1/table/x_tether_process/${id}`)).json.result.name).toBe('Versioned')
        const listed = await call('GET', '/api/now/v2/table/x_tether_process?sysparm_query=name=Versioned')
        expect(listed.json.result.map((r: { sys_id: string }) => r.sys_id)).toEqual([id])
    })

    test('unknown table: 400 "Invalid table"; unknown sys_id: 404 "No Record found"', async () => {
        const table = await call('GET', '/api/now/table/x_tether_nope')
        expect(table.status).toBe(400)
        expect(table.json).toEqual({ error: { message: 'Invalid table x_tether_nope', detail: null }, status: 'failure' })
        for (const method of ['GET', 'PATCH', 'DELETE']) {
            const r = await call(method, '/api/now/table/x_tether_process/0123456789abcdef0123456789abcdef', method === 'PATCH' ? { body: { name: 'x' } } : {})
            expect(r.status).toBe(404)
            expect(r.json).toEqual({ error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" }, status: 'failure' })
        }
    })

    test('unknown and system fields in a body are ignored, not stored and not an error', async () => {
        const r = await call('POST', '/api/now/table/x_tether_process', {
            body: { name: 'Ignores unknowns', no_such_field: 'x', sys_created_by: 'mallory', sys_mod_count: '99' },
        })
        expect(r.status).toBe(201)
        expect(r.json.result.no_such_field).toBeUndefined()
        expect(r.json.result.sys_created_by).toBe('admin')
        expect(r.json.result.sys_mod_count).toBe('0')
    })

    test('bad JSON, an array body or a non-JSON body: 400/415 with a clear message and nothing written', async () => {
        const before = count('x_tether_process')
        const bad = await call('POST', '/api/now/table/x_tether_process', { raw: '{"name": "half' })
        expect(bad.status).toBe(400)
        expect(bad.json.error.message).toBe('Exception while reading request')
        expect(bad.json.error.detail).toMatch(/not valid JSON/)
        const array = await call('POST', '/api/now/table/x_tether_process', { body: [{ name: 'a' }] })
        expect(array.status).toBe(400)
        const xml = await call('POST', '/api/now/table/x_tether_process', { raw: '<name>x</name>', headers: { 'Content-Type': 'application/xml' } })
        expect(xml.status).toBe(415)
        expect(count('x_tether_process')).toBe(before)

        const existing = await call('POST', '/api/now/table/x_tether_process', { body: { name: 'Stays as it was' } })
        const id = existing.json.result.sys_id
        const patch = await call('PATCH', `/api/now/table/x_tether_process/${id}`, { raw: '{name: unquoted}' })
        expect(patch.status).toBe(400)
        expect(inst.core.store.getRow('x_tether_process', id)?.name).toBe('Stays as it was')
    })

    test('methods the Table API does not have: 405', async () => {
        expect((await call('DELETE', '/api/now/table/x_tether_process')).status).toBe(405)
        expect((await call('POST', '/api/now/table/x_tether_process/0123456789abcdef0123456789abcdef', { body: {} })).status).toBe(405)
    })

    test('a platform table without a sys_db_object row is reachable (incident)', async () => {
        const r = await call('POST', '/api/now/table/incident', { body: { short_description: 'Printer on fire', urgency: 1 } })
        expect(r.status).toBe(201)
        expect(r.json.result).toMatchObject({ short_description: 'Printer on fire', urgency: '1', sys_class_name: 'incident' })
        expect(r.json.result.number).toMatch(/^INC\d{7}$/)
    })

    test('a table not allowed for web services (sys_db_object.ws_access false): 403', async () => {
        inst.run(`var t = new GlideRecord('sys_db_object'); t.get('name', 'x_tether_bond'); t.ws_access = false; t.update()`)
        try {
            const r = await call('GET', '/api/now/table/x_tether_bond')
            expect(r.status).toBe(403)
            expect(r.json.error.message).toBe('User Not Authorized')
            expect((await call('POST', '/api/now/table/x_tether_bond', { body: { internal_reference: 'x' } })).status).toBe(403)
        } finally {
            inst.run(`var t = new GlideRecord('sys_db_object'); t.get('name', 'x_tether_bond'); t.ws_access = true; t.update()`)
        }
        expect((await call('GET', '/api/now/table/x_tether_bond')).status).toBe(200)
    })
})

describe('queries', () => {
    const names = ['Query Alpha', 'Query Bravo', 'Query Charlie', 'Query Delta', 'Query Echo']
    let processId: string

    beforeAll(async () => {
        processId = (await call('POST', '/api/now/table/x_tether_process', { body: { name: 'Query process' } })).json.result.sys_id
        for (const [i, name] of names.entries()) {
            const r = await call('POST', '/api/now/table/x_tether_integration', {
                body: { name, process: processId, partner: i % 2 === 0 ? 'acme' : 'globex', retry_limit: i + 1 },
            })
            expect(r.status).toBe(201)
        }
    })

    const namesOf = (r: Reply): string[] => r.json.result.map((x: { name: string }) => x.name)

    test('sysparm_query filters and orders; X-Total-Count counts the matches', async () => {
        const r = await call('GET', `/api/now/table/x_tether_integration?sysparm_query=${encodeURIComponent('nameSTARTSWITHQuery^partner=acme^ORDERBYDESCname')}`)
        expect(r.status).toBe(200)
        expect(namesOf(r)).toEqual(['Query Echo', 'Query Charlie', 'Query Alpha'])
        expect(r.headers.get('x-total-count')).toBe('3')
        const numeric = await call('GET', `/api/now/table/x_tether_integration?sysparm_query=${encodeURIComponent('nameSTARTSWITHQuery^retry_limit>3^ORDERBYname')}`)
        expect(namesOf(numeric)).toEqual(['Query Delta', 'Query Echo'])
    })

    test('name=value pairs filter too', async () => {
        const r = await call('GET', '/api/now/table/x_tether_integration?partner=globex&sysparm_query=ORDERBYname')
        expect(namesOf(r)).toEqual(['Query Bravo', 'Query Delta'])
    })

    test('sysparm_fields returns only the named fields; unknown names are ignored', async () => {
        const r = await call('GET', `/api/now/table/x_tether_integration?sysparm_query=name=Query%20Alpha&sysparm_fields=name,partner,no_such_field`)
        expect(r.json.result).toEqual([{ name: 'Query Alpha', partner: 'acme' }])
    })

    test('sysparm_limit and sysparm_offset page through the matches, with Link headers', async () => {
        const q = `sysparm_query=${encodeURIComponent('nameSTARTSWITHQuery^ORDERBYname')}&sysparm_fields=name`
        const first = await call('GET', `/api/now/table/x_tether_integration?${q}&sysparm_limit=2`)
        expect(namesOf(first)).toEqual(['Query Alpha', 'Query Bravo'])
        expect(first.headers.get('x-total-count')).toBe('5')
        expect(first.headers.get('link')).toContain('rel="next"')
        const second = await call('GET', `/api/now/table/x_tether_integration?${q}&sysparm_limit=2&sysparm_offset=2`)
        expect(namesOf(second)).toEqual(['Query Charlie', 'Query Delta'])
        const last = await call('GET', `/api/now/table/x_tether_integration?${q}&sysparm_limit=2&sysparm_offset=4`)
        expect(namesOf(last)).toEqual(['Query Echo'])
        expect(last.headers.get('link')).not.toContain('rel="next"')
        expect(last.headers.get('link')).toContain('rel="prev"')
    })

    test('a query with no match is 200 with an empty result', async () => {
        const r = await call('GET', '/api/now/table/x_tether_integration?sysparm_query=name=Nothing%20like%20this')
        expect(r.status).toBe(200)
        expect(r.json).toEqual({ result: [] })
        expect(r.headers.get('x-total-count')).toBe('0')
    })

    test('a query on an unknown field is a 400, not every row', async () => {
        const r = await call('GET', '/api/now/table/x_tether_integration?sysparm_query=no_such_field=1')
        expect(r.status).toBe(400)
        expect(r.json.error.message).toBe('Invalid query')
        expect(r.json.error.detail).toContain('no_such_field')
    })
})

describe('display values and references', () => {
    let integrationId: string
    let connectionId: string

    beforeAll(async () => {
        const p = await call('POST', '/api/now/table/x_tether_process', { body: { name: 'Display process' } })
        const i = await call('POST', '/api/now/table/x_tether_integration', { body: { name: 'Display integration', process: p.json.result.sys_id, partner: 'acme' } })
        integrationId = i.json.result.sys_id
        const c = await call('POST', '/api/now/table/x_tether_connection', {
            body: { name: 'Display connection', integration: integrationId, environment: 'pre_production', authentication: 'basic', endpoint_url: 'https://partner.example.com' },
        })
        expect(c.status).toBe(201)
        connectionId = c.json.result.sys_id
    })

    test('by default: stored values, references as {link, value}, empty references as ""', async () => {
        const r = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}`)).json.result
        expect(r.integration).toEqual({ link: `${inst.url}/api/now/table/x_tether_integration/${integrationId}`, value: integrationId })
        expect(r.environment).toBe('pre_production')
        expect(r.active).toBe('false')
        expect(r.inbound_user).toBe('')
        expectPlatformValues(r)
        // The link leads to the referenced record through the same API.
        const linked = await fetch(r.integration.link, { headers: { Authorization: basicAuth('admin', ADMIN_PASSWORD) } })
        expect(((await linked.json()) as { result: { name: string } }).result.name).toBe('Display integration')
    })

    test('sysparm_exclude_reference_link=true: references are plain sys_ids', async () => {
        const r = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}?sysparm_exclude_reference_link=true`)).json.result
        expect(r.integration).toBe(integrationId)
    })

    test('sysparm_display_value=true: choice labels, reference display values', async () => {
        const r = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}?sysparm_display_value=true`)).json.result
        expect(r.environment).toBe('Pre-Production')
        expect(r.authentication).toBe('Basic')
        expect(r.active).toBe('false')
        expect(r.integration).toEqual({ display_value: 'Display integration', link: `${inst.url}/api/now/table/x_tether_integration/${integrationId}` })
        const plain = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}?sysparm_display_value=true&sysparm_exclude_reference_link=true`)).json.result
        expect(plain.integration).toBe('Display integration')
    })

    test('sysparm_display_value=all: both, for every field', async () => {
        const r = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}?sysparm_display_value=all&sysparm_fields=environment,integration,name`)).json.result
        expect(r).toEqual({
            environment: { display_value: 'Pre-Production', value: 'pre_production' },
            integration: { display_value: 'Display integration', link: `${inst.url}/api/now/table/x_tether_integration/${integrationId}`, value: integrationId },
            name: { display_value: 'Display connection', value: 'Display connection' },
        })
    })

    test('dot-walked fields in sysparm_fields', async () => {
        const r = (await call('GET', `/api/now/table/x_tether_connection/${connectionId}?sysparm_fields=name,integration.partner,integration.process.name,inbound_user.name`)).json.result
        expect(r).toEqual({ name: 'Display connection', 'integration.partner': 'acme', 'integration.process.name': 'Display process', 'inbound_user.name': '' })
    })

    test('a reference set through the API may be given as {"value": sys_id}, as GET returns it', async () => {
        const r = await call('POST', '/api/now/table/x_tether_connection', { body: { name: 'Value-object connection', integration: { value: integrationId, link: 'ignored' } } })
        expect(r.status).toBe(201)
        expect(r.json.result.integration.value).toBe(integrationId)
    })
})

describe('password2 fields', () => {
    const secret = 'Pa55-word-never-shown'
    let id: string

    beforeAll(async () => {
        const p = await call('POST', '/api/now/table/x_tether_process', { body: { name: 'Password process' } })
        const i = await call('POST', '/api/now/table/x_tether_integration', { body: { name: 'Password integration', process: p.json.result.sys_id } })
        const c = await call('POST', '/api/now/table/x_tether_connection', {
            body: { name: 'Password connection', integration: i.json.result.sys_id, authentication: 'basic', basic_user: 'partner', basic_password: secret },
        })
        expect(c.status).toBe(201)
        expect(c.text).not.toContain(secret)
        id = c.json.result.sys_id
    })

    test('are stored encrypted and readable in clear only through getDecryptedValue()', () => {
        const stored = inst.core.store.getRow('x_tether_connection', id)?.basic_password
        expect(stored).toBeTruthy()
        expect(stored).not.toContain(secret)
        expect(inst.core.rt.crypto.isEncrypted(stored!)).toBe(true)
        expect(inst.run(`var c = new GlideRecord('x_tether_connection'); c.get('${id}'); c.basic_password.getDecryptedValue()`)).toBe(secret)
    })

    test('are never returned in clear, in any display mode: masked when set, "" when empty', async () => {
        for (const mode of ['false', 'true', 'all']) {
            const r = await call('GET', `/api/now/table/x_tether_connection/${id}?sysparm_display_value=${mode}`)
            expect(r.text).not.toContain(secret)
            expect(r.text).not.toContain(inst.core.store.getRow('x_tether_connection', id)!.basic_password!)
            const value = r.json.result.basic_password
            expect(mode === 'all' ? value : { display_value: value, value }).toEqual({ display_value: '********', value: '********' })
            expect(mode === 'all' ? r.json.result.oauth_password.value : r.json.result.oauth_password).toBe('')
        }
        const listed = await call('GET', '/api/now/table/x_tether_connection?sysparm_query=name=Password%20connection')
        expect(listed.text).not.toContain(secret)
        expect(listed.json.result[0].basic_password).toBe('********')
    })

    test('an update through the API re-encrypts the new value', async () => {
        const r = await call('PATCH', `/api/now/table/x_tether_connection/${id}`, { body: { basic_password: 'Another-secret-9' } })
        expect(r.status).toBe(200)
        expect(r.text).not.toContain('Another-secret-9')
        expect(inst.run(`var c = new GlideRecord('x_tether_connection'); c.get('${id}'); c.basic_password.getDecryptedValue()`)).toBe('Another-secret-9')
    })
})

describe('ACLs per Tether role', () => {
    let processId: string
    let integrationId: string
    let connectionId: string
    let transactionId: string

    beforeAll(async () => {
        // The admin role of the app creates configuration; admins run Tether.
        const p = await call('POST', '/api/now/table/x_tether_process', { user: 'tether.admin', body: { name: 'ACL process' } })
        expect(p.status).toBe(201)
        processId = p.json.result.sys_id
        const i = await call('POST', '/api/now/table/x_tether_integration', { user: 'tether.admin', body: { name: 'ACL integration', process: processId } })
        expect(i.status).toBe(201)
        integrationId = i.json.result.sys_id
        const c = await call('POST', '/api/now/table/x_tether_connection', {
            user: 'tether.admin',
            body: { name: 'ACL connection', integration: integrationId, authentication: 'basic', basic_user: 'partner', basic_password: 'acl-secret-value' },
        })
        expect(c.status).toBe(201)
        connectionId = c.json.result.sys_id
        const t = await call('POST', '/api/now/table/x_tether_transaction', { user: 'tether.admin', body: { integration: integrationId, connection: connectionId, message_id: 'acl-msg-1' } })
        expect(t.status).toBe(201)
        transactionId = t.json.result.sys_id
    })

    const insertDenied = { error: { message: 'Operation Failed', detail: 'ACL Exception Insert Failed due to security constraints' }, status: 'failure' }
    const updateDenied = { error: { message: 'Operation Failed', detail: 'ACL Exception Update Failed due to security constraints' }, status: 'failure' }
    const deleteDenied = { error: { message: 'Operation Failed', detail: 'ACL Exception Delete Failed due to security constraints' }, status: 'failure' }
    const hidden = { error: { message: 'No Record found', detail: "Record doesn't exist or ACL restricts the record retrieval" }, status: 'failure' }

    test('x_tether.user: reads runtime tables, sees no configuration, creates nothing', async () => {
        const txns = await call('GET', `/api/now/table/x_tether_transaction?sysparm_query=message_id=acl-msg-1`, { user: 'tether.user' })
        expect(txns.status).toBe(200)
        expect(txns.json.result.map((r: { sys_id: string }) => r.sys_id)).toEqual([transactionId])

        const list = await call('GET', '/api/now/table/x_tether_integration', { user: 'tether.user' })
        expect(list.status).toBe(200)
        expect(list.json).toEqual({ result: [] })
        expect(list.headers.get('x-total-count')).toBe('0')
        const one = await call('GET', `/api/now/table/x_tether_integration/${integrationId}`, { user: 'tether.user' })
        expect(one.status).toBe(404)
        expect(one.json).toEqual(hidden)

        const before = count('x_tether_integration')
        const create = await call('POST', '/api/now/table/x_tether_integration', { user: 'tether.user', body: { name: 'User-made', process: processId } })
        expect(create.status).toBe(403)
        expect(create.json).toEqual(insertDenied)
        expect(count('x_tether_integration')).toBe(before)

        // Runtime records are read-only for users too.
        const write = await call('PATCH', `/api/now/table/x_tether_transaction/${transactionId}`, { user: 'tether.user', body: { state: 'ignored' } })
        expect(write.status).toBe(403)
        expect(write.json).toEqual(updateDenied)
        expect(inst.core.store.getRow('x_tether_transaction', transactionId)?.state).toBe('queued')
    })

    test('x_tether.manager: reads configuration but may not change it; password fields read as empty', async () => {
        const list = await call('GET', `/api/now/table/x_tether_integration?sysparm_query=sys_id=${integrationId}`, { user: 'tether.manager' })
        expect(list.json.result.map((r: { name: string }) => r.name)).toEqual(['ACL integration'])

        const patch = await call('PATCH', `/api/now/table/x_tether_integration/${integrationId}`, { user: 'tether.manager', body: { name: 'Renamed by manager' } })
        expect(patch.status).toBe(403)
        expect(patch.json).toEqual(updateDenied)
        expect(inst.core.store.getRow('x_tether_integration', integrationId)?.name).toBe('ACL integration')

        const del = await call('DELETE', `/api/now/table/x_tether_integration/${integrationId}`, { user: 'tether.manager' })
        expect(del.status).toBe(403)
        expect(del.json).toEqual(deleteDenied)
        expect(inst.core.store.getRow('x_tether_integration', integrationId)).toBeDefined()

        const create = await call('POST', '/api/now/table/x_tether_process', { user: 'tether.manager', body: { name: 'Manager-made' } })
        expect(create.status).toBe(403)
        expect(create.json).toEqual(insertDenied)
        expect(count('x_tether_process', 'name=Manager-made')).toBe(0)

        // basic_password has its own admin-only read ACL: a manager sees the connection but not that field.
        const conn = await call('GET', `/api/now/table/x_tether_connection/${connectionId}`, { user: 'tether.manager' })
        expect(conn.status).toBe(200)
        expect(conn.json.result.name).toBe('ACL connection')
        expect(conn.json.result.basic_password).toBe('')
        const asAdmin = await call('GET', `/api/now/table/x_tether_connection/${connectionId}`, { user: 'tether.admin' })
        expect(asAdmin.json.result.basic_password).toBe('********')
    })

    test('x_tether.integration: no table access at all through the Table API', async () => {
        for (const table of ['x_tether_process', 'x_tether_integration', 'x_tether_connection', 'x_tether_transaction']) {
            const r = await call('GET', `/api/now/table/${table}`, { user: 'tether.integration' })
            expect(r.status).toBe(200)
            expect(r.json).toEqual({ result: [] })
        }
        expect((await call('GET', `/api/now/table/x_tether_transaction/${transactionId}`, { user: 'tether.integration' })).status).toBe(404)
        const before = count('x_tether_transaction')
        const create = await call('POST', '/api/now/table/x_tether_transaction', { user: 'tether.integration', body: { integration: integrationId } })
        expect(create.status).toBe(403)
        expect(count('x_tether_transaction')).toBe(before)
        const del = await call('DELETE', `/api/now/table/x_tether_connection/${connectionId}`, { user: 'tether.integration' })
        expect(del.status).toBe(404)
        expect(inst.core.store.getRow('x_tether_connection', connectionId)).toBeDefined()
    })

    test('a user without roles is an authenticated user with no access', async () => {
        const r = await call('GET', '/api/now/table/x_tether_transaction', { user: 'nobody' })
        expect(r.status).toBe(200)
        expect(r.json.result).toEqual([])
    })

    test('x_tether.admin changes and deletes configuration; the record says who did it', async () => {
        const patch = await call('PATCH', `/api/now/table/x_tether_process/${processId}`, { user: 'tether.admin', body: { description: 'Edited by the app admin' } })
        expect(patch.status).toBe(200)
        expect(patch.json.result.sys_updated_by).toBe('tether.admin')
        expect(patch.json.result.sys_created_by).toBe('tether.admin')
        const extra = await call('POST', '/api/now/table/x_tether_process', { user: 'tether.admin', body: { name: 'Short-lived' } })
        expect((await call('DELETE', `/api/now/table/x_tether_process/${extra.json.result.sys_id}`, { user: 'tether.admin' })).status).toBe(204)
    })
})
