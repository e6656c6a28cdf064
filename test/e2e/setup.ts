/**
 * Scenario set-up for end-to-end tests on the sandbox: the provider's client registry and
 * integration user, and the consumer's provider registry, profile, process, integration and OAuth
 * connection — what an admin would configure by hand (and `npm run pair` automates).
 */
import { InstanceHandle, Sandbox } from '../../sandbox'
import { auditSecrets } from '../../scripts/lib/secret-audit'

export const CLIENT_ID = 'tether-e2e-client'
export const CLIENT_SECRET = 'E2e-Client-Secret-0123456789abcdef'
export const INTEGRATION_USER = 'tether.integration'
export const INTEGRATION_PASSWORD = 'E2e-Integration-Pw-42!'

export async function run<T = unknown>(instance: InstanceHandle, code: string, user?: string): Promise<T> {
    return (await instance.runScript(code, user ? { user } : undefined)).result as T
}

export interface Pairing {
    provider: InstanceHandle
    consumer: InstanceHandle
    connectionId: string
    profileId: string
    integrationId: string
}

export async function configureProvider(provider: InstanceHandle, options: { accessLifespan?: number; refreshLifespan?: number } = {}): Promise<void> {
    await run(
        provider,
        `var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = 'Tether partner'; e.type = 'client'; e.client_id = '${CLIENT_ID}';
         e.setValue('client_secret', '${CLIENT_SECRET}'); e.access_token_lifespan = ${options.accessLifespan ?? 1800};
         e.refresh_token_lifespan = ${options.refreshLifespan ?? 8640000}; e.active = true; e.insert();
         var u = new GlideRecord('sys_user'); u.initialize(); u.user_name = '${INTEGRATION_USER}'; u.setValue('user_password', '${INTEGRATION_PASSWORD}'); u.active = true; var uid = u.insert();
         var r = new GlideRecord('sys_user_role'); r.get('name', 'x_tether.integration');
         var h = new GlideRecord('sys_user_has_role'); h.initialize(); h.user = uid; h.role = r.getUniqueValue(); h.state = 'active'; h.insert();`,
    )
}

export async function configureConsumer(
    consumer: InstanceHandle,
    provider: InstanceHandle,
    options: { grantType?: 'password' | 'client_credentials'; refreshLifespan?: number; storeCredentials?: boolean; heartbeatMinutes?: number } = {},
): Promise<{ connectionId: string; profileId: string; integrationId: string }> {
    return run(
        consumer,
        `var e = new GlideRecord('oauth_entity'); e.initialize(); e.name = 'Provider instance'; e.type = 'oauth_provider'; e.client_id = '${CLIENT_ID}';
         e.setValue('client_secret', '${CLIENT_SECRET}'); e.token_url = '${provider.url}/oauth_token.do'; e.default_grant_type = 'password';
         e.refresh_token_lifespan = ${options.refreshLifespan ?? 8640000}; e.active = true; var eid = e.insert();
         var p = new GlideRecord('oauth_entity_profile'); p.initialize(); p.name = 'Provider instance default_profile'; p.oauth_entity = eid; p['default'] = true; p.grant_type = 'password'; var pid = p.insert();
         var pr = new GlideRecord('x_tether_process'); pr.name = 'Incident'; pr.api_name = 'incident'; pr.target_table = 'incident'; var prid = pr.insert();
         var i = new GlideRecord('x_tether_integration'); i.name = 'Incident with the provider'; i.process = prid; i.heartbeat_minutes = ${options.heartbeatMinutes ?? 0}; var iid = i.insert();
         var c = new GlideRecord('x_tether_connection'); c.name = 'Provider - Test'; c.integration = iid; c.environment = 'test';
         c.endpoint_url = '${provider.url}/api/x_tether/v1'; c.authentication = 'oauth2'; c.oauth_profile = pid; c.grant_type = '${options.grantType ?? 'password'}';
         ${options.storeCredentials ? `c.oauth_username = '${INTEGRATION_USER}'; c.oauth_password.setDisplayValue('${INTEGRATION_PASSWORD}');` : ''}
         c.active = true; var cid = c.insert();
         ({ connectionId: cid, profileId: pid, integrationId: iid })`,
    )
}

/** The usual pair: provider and consumer of a started sandbox, configured, no token yet (heartbeats off unless asked). */
export async function pair(sandbox: Sandbox, options: Parameters<typeof configureConsumer>[2] & { accessLifespan?: number; refreshLifespan?: number } = {}): Promise<Pairing> {
    const provider = sandbox.instance('provider')
    const consumer = sandbox.instance('consumer')
    await configureProvider(provider, options)
    const ids = await configureConsumer(consumer, provider, options)
    return { provider, consumer, ...ids }
}

/** Calls the provider's Tether ping from the consumer the way Tether's transport will: token from TetherOAuth, then RESTMessageV2 with the OAuth profile. */
export function pingWithTether(p: Pairing): Promise<{ ok: boolean; status: number; code?: string; error?: string }> {
    return run(
        p.consumer,
        `var t = new x_tether.TetherOAuth().getAccessToken('${p.connectionId}');
         var out;
         if (!t.ok) { out = { ok: false, status: 0, code: t.code, error: t.message } }
         else {
             var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${p.provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
             r.setAuthenticationProfile('oauth2', '${p.profileId}'); r.setRequestorProfile('x_tether_connection', '${p.connectionId}');
             var res = r.execute(); out = { ok: res.getStatusCode() == 200, status: res.getStatusCode(), error: res.getErrorMessage() };
         }
         out`,
    )
}

export async function health(p: Pairing): Promise<Record<string, unknown>> {
    return run(p.consumer, `new x_tether.TetherOAuth().getHealth('${p.connectionId}')`)
}

/** Token requests the provider answered, from its transaction log. */
export async function tokenRequests(provider: InstanceHandle): Promise<Record<string, string | null>[]> {
    return provider.query('syslog_transaction', 'url=/oauth_token.do')
}

/** Calls the provider rejected because the bearer token had expired. */
export async function expiredTokenCalls(provider: InstanceHandle): Promise<number> {
    return (await provider.query('syslog', 'source=OAuthInbound^messageSTARTSWITHRejected an expired access token')).length
}

export const SCENARIO_MODULE = 'x_tether/tether/0.1.0/src/server/inbound/incident-scenario.ts'

/** The provider's receiving side of the Incident scenario: process, integration, a connection whose inbound user is the integration user, the messages. */
export async function configureReceivingSide(provider: InstanceHandle): Promise<{ integrationId: string; connectionId: string }> {
    return run(
        provider,
        `var u = new GlideRecord('sys_user'); u.get('user_name', '${INTEGRATION_USER}');
         var pr = new GlideRecord('x_tether_process'); if (!pr.get('api_name', 'incident')) { pr.initialize(); pr.name = 'Incident'; pr.api_name = 'incident'; pr.target_table = 'incident'; pr.insert(); }
         var i = new GlideRecord('x_tether_integration'); i.initialize(); i.name = 'Incident from the consumer'; i.process = pr.getUniqueValue(); var iid = i.insert();
         var c = new GlideRecord('x_tether_connection'); c.initialize(); c.name = 'Consumer - Test'; c.integration = iid; c.environment = 'test';
         c.authentication = 'none'; c.inbound_user = u.getUniqueValue(); c.active = true; var cid = c.insert();
         require('${SCENARIO_MODULE}').ensureIncidentScenario(iid);
         ({ integrationId: iid, connectionId: cid })`,
    )
}

/**
 * Where each given secret was found on the instances: every column of every table (HTTP request
 * records, token events, system and transaction logs included) and the raw store files, as it is
 * and base64-encoded (scripts/lib/secret-audit.ts). [] when nowhere.
 */
export function secretsFoundIn(instances: InstanceHandle[], values: string[]): string[] {
    const audit = auditSecrets(
        values.map((value) => ({ kind: 'password' as const, value })),
        { stores: instances.map((i) => ({ name: i.name, dataDir: i.dataDir })) },
    )
    expect(audit.rowsScanned).toBeGreaterThan(0)
    return audit.leaks.map((l) => `${l.place}: ${l.secret}`)
}
