/**
 * Bad-input matrix, connection settings: what an integrator saves on a connection (http:// to
 * another machine, credentials in a URL, a missing, inactive or wrong-type OAuth profile) is refused
 * with a clear message and nothing is saved; what goes bad after the save (registry deactivated,
 * profile deleted, token URL unresolvable or insecure) fails the token request with a clear code,
 * leaves the stored tokens alone, and never leaks a secret. The instance keeps serving throughout.
 */
import { startSandbox, Sandbox } from '../../sandbox'
import { httpCall } from '../sandbox/helpers'
import { CLIENT_SECRET, health, INTEGRATION_PASSWORD, INTEGRATION_USER, pair, Pairing, pingWithTether, run, secretsFoundIn, tokenRequests } from './setup'

jest.setTimeout(120000)

const URL_PASSWORD = 'Url-Embedded-Pw-314'

let sandbox: Sandbox
let p: Pairing
let registries: { client: string; inactive: string; httpToken: string; credToken: string; good: string }

beforeAll(async () => {
    sandbox = await startSandbox({ startTime: '2026-04-06T08:00:00Z' })
    p = await pair(sandbox)
    // Profiles an integrator could pick by mistake, each of a registry that cannot serve Tether.
    registries = await run(
        p.consumer,
        `function profile(name, type, active, tokenUrl) {
             var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = name; e.type = type; e.client_id = 'id-' + name; e.setValue('client_secret', '${CLIENT_SECRET}');
             e.token_url = tokenUrl; e.active = active; var eid = e.insert();
             var pr = new GlideRecord('oauth_entity_profile'); pr.initialize(); pr.name = name + ' default_profile'; pr.oauth_entity = eid; pr['default'] = true; pr.grant_type = 'password';
             return pr.insert();
         }
         var good = new GlideRecord('oauth_entity_profile'); good.get('${p.profileId}');
         ({ client: profile('Inbound clients', 'client', true, ''),
            inactive: profile('Old provider', 'oauth_provider', false, '${p.provider.url}/oauth_token.do'),
            httpToken: profile('Plain provider', 'oauth_provider', true, 'http://partner.example.com/oauth_token.do'),
            credToken: profile('Cred provider', 'oauth_provider', true, 'https://admin:${URL_PASSWORD}@partner.example.com/oauth_token.do'),
            good: good.getUniqueValue() })`,
    )
    const granted = await run<{ ok: boolean }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`)
    expect(granted.ok).toBe(true)
})

afterAll(async () => {
    await sandbox?.stop()
})

async function connections(): Promise<Record<string, string | null>[]> {
    return p.consumer.query('x_tether_connection', 'ORDERBYsys_created_on')
}

/** No secret in the answer, nor anywhere on either instance (every table, HTTP request records and logs included, and the raw store files). */
async function expectNoSecrets(extra: unknown): Promise<void> {
    const answer = JSON.stringify(extra)
    for (const secret of [URL_PASSWORD, CLIENT_SECRET, INTEGRATION_PASSWORD]) expect(answer.includes(secret)).toBe(false)
    expect(secretsFoundIn([p.consumer, p.provider], [CLIENT_SECRET, INTEGRATION_PASSWORD])).toEqual([])
    // The password in a URL is where the cases themselves put it (a registry's token URL, which the
    // platform accepts and Tether refuses to use) and nowhere else: no record or log of Tether's.
    const urlPassword = secretsFoundIn([p.consumer, p.provider], [URL_PASSWORD]).filter((place) => !/^consumer: (table oauth_entity|file instance\.db)/.test(place))
    expect(urlPassword).toEqual([])
}

async function expectServing(): Promise<void> {
    expect(await pingWithTether(p)).toMatchObject({ ok: true, status: 200 })
}

type Fields = Record<string, string | boolean>
const base = (): Fields => ({ name: 'Provider - Dev', environment: 'development', authentication: 'oauth2', grant_type: 'password', active: false, endpoint_url: `${p.provider.url}/api/x_tether/v1` })

interface SaveCase {
    name: string
    fields: () => Fields
    code: string
    message: RegExp
}

const saveCases: SaveCase[] = [
    { name: 'http:// endpoint to another machine', fields: () => ({ endpoint_url: 'http://partner.example.com/api/x_tether/v1' }), code: 'insecure_url', message: /The endpoint URL uses http:\/\/ to partner\.example\.com.*Use https:\/\//s },
    { name: 'credentials in the endpoint URL', fields: () => ({ endpoint_url: `https://admin:${URL_PASSWORD}@partner.example.com/api/x_tether/v1` }), code: 'credentials_in_url', message: /The endpoint URL contains a user name or password/ },
    { name: 'not a URL', fields: () => ({ endpoint_url: 'javascript:gs.log(1)' }), code: 'invalid_url', message: /The endpoint URL is not a URL/ },
    { name: 'active OAuth without a profile', fields: () => ({ active: true, oauth_profile: '' }), code: 'missing_profile', message: /has no OAuth profile/ },
    { name: 'a profile that does not exist', fields: () => ({ active: true, oauth_profile: '0123456789abcdef0123456789abcdef' }), code: 'missing_profile', message: /OAuth profile of the connection no longer exists/ },
    { name: 'a profile of an inbound-client registry', fields: () => ({ active: true, oauth_profile: registries.client }), code: 'wrong_registry_type', message: /"Inbound clients" is not a third-party OAuth provider \(type client\)/ },
    { name: 'a profile of an inactive registry', fields: () => ({ active: true, oauth_profile: registries.inactive }), code: 'inactive_registry', message: /"Old provider" is inactive/ },
    { name: 'a registry whose token URL is http:// to another machine', fields: () => ({ active: true, oauth_profile: registries.httpToken }), code: 'insecure_url', message: /The token URL of the Application Registry "Plain provider" uses http:\/\// },
    { name: 'a registry whose token URL carries credentials', fields: () => ({ active: true, oauth_profile: registries.credToken }), code: 'credentials_in_url', message: /The token URL of the Application Registry "Cred provider" contains a user name or password/ },
]

describe('saving a connection (business rule): refused with a message, nothing saved', () => {
    test.each(saveCases)('insert with $name → $code', async (c) => {
        const before = await connections()
        const fields = { ...base(), integration: p.integrationId, ...c.fields() }
        const out = await p.consumer.runScript(
            `var c = new GlideRecord('x_tether_connection'); c.initialize();
             var f = ${JSON.stringify(fields)}; for (var k in f) c.setValue(k, f[k]);
             c.insert()`,
        )
        expect(out.result).toBeNull()
        const errors = out.messages.filter((m) => m.type === 'error').map((m) => m.text)
        expect(errors).toHaveLength(1)
        expect(errors[0]).toMatch(c.message)
        expect(errors[0]).toMatch(new RegExp(`^Provider - Dev not saved: .*\\(${c.code}\\)$`, 's'))
        expect(await connections()).toEqual(before)
        await expectNoSecrets(out)
        await expectServing()
    })

    test.each(saveCases)('update of the working connection to $name → refused, unchanged, still working', async (c) => {
        const before = await connections()
        const out = await p.consumer.runScript(
            `var c = new GlideRecord('x_tether_connection'); c.get('${p.connectionId}');
             var f = ${JSON.stringify(c.fields())}; for (var k in f) c.setValue(k, f[k]);
             c.update()`,
        )
        expect(out.result).toBeNull()
        expect(out.messages.filter((m) => m.type === 'error').map((m) => m.text)).toEqual([expect.stringMatching(c.message)])
        expect(await connections()).toEqual(before)
        await expectNoSecrets(out)
        await expectServing()
    })

    test('through the Table API the same save is a 403 naming the refusal, and nothing is created', async () => {
        const before = await connections()
        for (const c of saveCases.slice(0, 2)) {
            const r = await httpCall(p.consumer.url, 'POST', '/api/now/table/x_tether_connection', {
                credentials: ['admin', p.consumer.password],
                body: { ...base(), integration: p.integrationId, ...c.fields() },
            })
            expect(r.status).toBe(403)
            expect(r.json.error).toMatchObject({ message: 'Operation Failed', detail: expect.stringMatching(/^Error during insert of x_tether_connection/) })
            expect(r.text).not.toContain(URL_PASSWORD)
        }
        expect(await connections()).toEqual(before)
    })

    test('an inactive draft may wait for its profile; deactivating never trips over older settings', async () => {
        const id = await run<string>(
            p.consumer,
            `var c = new GlideRecord('x_tether_connection'); c.initialize(); var f = ${JSON.stringify({ ...base(), integration: p.integrationId })}; for (var k in f) c.setValue(k, f[k]); c.insert()`,
        )
        expect(id).toMatch(/^[0-9a-f]{32}$/)
        const activated = await p.consumer.runScript(`var c = new GlideRecord('x_tether_connection'); c.get('${id}'); c.active = true; c.update()`)
        expect(activated.result).toBeNull()
        expect(activated.messages[0].text).toMatch(/\(missing_profile\)$/)
        await run(p.consumer, `var c = new GlideRecord('x_tether_connection'); c.get('${id}'); c.deleteRecord()`)
        await expectServing()
    })
})

describe('settings that go bad after the save: the token request fails clearly, tokens kept', () => {
    interface LaterCase {
        name: string
        breakIt: string
        mendIt: string
        code: string
        message: RegExp
    }
    const entity = () => `var e = new GlideRecord('oauth_entity'); var pr = new GlideRecord('oauth_entity_profile'); pr.get('__PROFILE__'); e.get(pr.oauth_entity);`
    const laterCases: LaterCase[] = [
        { name: 'registry deactivated', breakIt: `${entity()} e.active = false; e.update()`, mendIt: `${entity()} e.active = true; e.update()`, code: 'inactive_registry', message: /"Provider instance" is inactive/ },
        {
            name: 'token URL unresolvable',
            breakIt: `${entity()} e.token_url = 'https://tether-no-such-host.invalid/oauth_token.do'; e.update()`,
            mendIt: `${entity()} e.token_url = '__URL__/oauth_token.do'; e.update()`,
            code: 'provider_unreachable',
            message: /ENOTFOUND/,
        },
        {
            name: 'token URL moved to http:// on another machine',
            breakIt: `${entity()} e.token_url = 'http://partner.example.com/oauth_token.do'; e.update()`,
            mendIt: `${entity()} e.token_url = '__URL__/oauth_token.do'; e.update()`,
            code: 'insecure_url',
            message: /uses http:\/\/ to partner\.example\.com/,
        },
        {
            name: 'token URL with credentials',
            breakIt: `${entity()} e.token_url = 'https://admin:${URL_PASSWORD}@partner.example.com/oauth_token.do'; e.update()`,
            mendIt: `${entity()} e.token_url = '__URL__/oauth_token.do'; e.update()`,
            code: 'credentials_in_url',
            message: /contains a user name or password/,
        },
        {
            name: 'profile deleted',
            breakIt: `var pr = new GlideRecord('oauth_entity_profile'); pr.get('__PROFILE__'); gs.setProperty('x_tether.test.saved_profile', JSON.stringify({ n: pr.getValue('name'), e: pr.getValue('oauth_entity') })); pr.deleteRecord()`,
            mendIt: `var s = JSON.parse(gs.getProperty('x_tether.test.saved_profile')); var pr = new GlideRecord('oauth_entity_profile'); pr.initialize(); pr.setNewGuidValue('__PROFILE__'); pr.name = s.n; pr.oauth_entity = s.e; pr['default'] = true; pr.grant_type = 'password'; pr.insert()`,
            code: 'missing_profile',
            message: /OAuth profile of the connection no longer exists/,
        },
    ]

    test.each(laterCases)('$name → $code', async (c) => {
        const stored = () => p.consumer.query('oauth_credential', `requestor_id=${p.connectionId}`)
        const tokensBefore = await stored()
        const requestsBefore = (await tokenRequests(p.provider)).length
        const fill = (code: string) => code.split('__PROFILE__').join(registries.good).split('__URL__').join(p.provider.url)
        const failedWith = async () => (await p.consumer.query('x_tether_token_event', `connection=${p.connectionId}^event=failed^error_code=${c.code}`)).length
        const failedBefore = await failedWith()
        await run(p.consumer, fill(c.breakIt))
        try {
            const result = await run<Record<string, unknown>>(
                p.consumer,
                `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`,
            )
            expect(result).toMatchObject({ ok: false, code: c.code })
            expect(String(result.message)).toMatch(c.message)
            const h = await health(p)
            expect(String(h.lastError)).toMatch(new RegExp(`^${c.code}: `))
            expect(h.state).not.toBe('needs_reauth')
            expect(await failedWith()).toBe(failedBefore + 1)
            // No request reached the provider, and the stored tokens are untouched.
            expect((await tokenRequests(p.provider)).length).toBe(requestsBefore)
            expect(await stored()).toEqual(tokensBefore)
            await expectNoSecrets(result)
        } finally {
            await run(p.consumer, fill(c.mendIt))
        }
        const again = await run<{ ok: boolean }>(
            p.consumer,
            `new x_tether.TetherOAuth().requestToken('${p.connectionId}', { username: '${INTEGRATION_USER}', password: '${INTEGRATION_PASSWORD}' })`,
        )
        expect(again).toMatchObject({ ok: true })
        await expectServing()
    })

    test('an endpoint whose host does not resolve: Test Connection fails at once with a clear message', async () => {
        const id = await run<string>(
            p.consumer,
            `var c = new GlideRecord('x_tether_connection'); c.initialize(); var f = ${JSON.stringify({ ...base(), authentication: 'none', endpoint_url: 'https://tether-no-such-host.invalid/api/x_tether/v1' })};
             for (var k in f) c.setValue(k, f[k]); c.integration = '${p.integrationId}'; c.insert()`,
        )
        const res = await run<{ ok: boolean; status: number; message: string }>(p.consumer, `new x_tether.TetherClient().testConnection('${id}')`)
        expect(res).toMatchObject({ ok: false, status: 0, message: expect.stringMatching(/^Connection test failed: .*ENOTFOUND/) })
        await run(p.consumer, `var c = new GlideRecord('x_tether_connection'); c.get('${id}'); c.deleteRecord()`)
        await expectServing()
    })
})
