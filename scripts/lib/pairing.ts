/**
 * Pairing: what the Unifi OAuth guide has an admin click through on two instances, done over their
 * REST APIs. On the provider: OAuth active, the shipped client registry activated with a strong
 * generated secret, an integration user holding x_tether.integration and nothing broader. On the
 * consumer: the provider registry (token URL, client id and secret) and its default profile, the
 * process, integration and OAuth connection; then the first token through x_tether.TetherOAuth and
 * the connection test. Idempotent; a failure part-way undoes what this run created.
 */
import { randomBytes } from 'node:crypto'
import { InstanceClient, InstanceError, Row } from './instance-client'

export const PROVIDER_REGISTRY = 'Tether partner instances'
export const INTEGRATION_USER = 'tether.integration'
const OAUTH_ACTIVE = 'com.snc.platform.security.oauth.is.active'
const CLIENT_CREDENTIALS_ENABLED = 'glide.oauth.inbound.client.credential.grant_type.enabled'

export interface PairOptions {
    grant?: 'password' | 'client_credentials'
    environment?: string
    rotateSecret?: boolean
    /** Store the generated integration password on the consumer for unattended re-grants (default true). */
    storePassword?: boolean
    /** Also set up the Incident scenario: messages on the consumer, the receiving side on the provider. */
    demo?: boolean
    log?: (line: string) => void
}

export interface PairReport {
    provider: string
    consumer: string
    changed: boolean
    created: string[]
    updated: string[]
    connectionId: string
    profileId: string
    integrationId: string
    health: Record<string, unknown>
    test: { ok: boolean; status: number; message: string; partner?: { user?: string; version?: string } }
    /** What --demo set up (empty without it). */
    demo: string[]
}

/** A strong secret: 48 random bytes, URL-safe. Printed nowhere; sent only to the two instances. */
function generateSecret(): string {
    return randomBytes(48).toString('base64url')
}

function isTrue(v: string | undefined): boolean {
    return v === 'true' || v === '1'
}

interface Undo {
    what: string
    run: () => Promise<void>
}

export async function pairInstances(provider: InstanceClient, consumer: InstanceClient, options: PairOptions = {}): Promise<PairReport> {
    const log = options.log ?? (() => undefined)
    const grant = options.grant ?? 'password'
    const environment = options.environment ?? 'production'
    const storePassword = options.storePassword ?? true
    const created: string[] = []
    const updated: string[] = []
    const undo: Undo[] = []
    const remember = (instance: InstanceClient, table: string, row: Row, label: string) => {
        created.push(`${instance.role}: ${label}`)
        undo.push({ what: `${instance.role} ${table} ${row.sys_id}`, run: () => instance.remove(table, row.sys_id) })
    }
    const patch = async (instance: InstanceClient, table: string, row: Row, values: Record<string, string>, label: string): Promise<Row> => {
        const changed = Object.entries(values).filter(([k, v]) => k.endsWith('password') || k === 'client_secret' || String(row[k] ?? '') !== v)
        if (changed.length === 0) return row
        const previous = Object.fromEntries(changed.filter(([k]) => !k.endsWith('password') && k !== 'client_secret').map(([k]) => [k, String(row[k] ?? '')]))
        const after = await instance.update(table, row.sys_id, Object.fromEntries(changed))
        updated.push(`${instance.role}: ${label} (${changed.map(([k]) => k).join(', ')})`)
        if (Object.keys(previous).length > 0) undo.push({ what: `${instance.role} ${table} ${row.sys_id}`, run: async () => void (await instance.update(table, row.sys_id, previous)) })
        return after
    }

    try {
        // 1. Both instances answer, with these credentials, and run Tether.
        for (const instance of [provider, consumer]) {
            const app = await instance.one('sys_scope', 'scope=x_tether')
            if (!app) throw new InstanceError(`Tether is not installed on the ${instance.role} (${instance.url}): run npm run deploy first`)
            log(`✓ ${instance.role} ${instance.host}: Tether ${app.version ?? ''} installed`)
        }
        // 2. The provider issues tokens only with OAuth active.
        const active = await provider.one('sys_properties', `name=${OAUTH_ACTIVE}`)
        if (!active || !isTrue(active.value)) {
            throw new InstanceError(`OAuth is not active on the provider (${provider.host}): set the system property ${OAUTH_ACTIVE} to true (System OAuth > Application Registry needs it)`)
        }
        log(`✓ provider: OAuth is active`)

        // 3. Is this pair already in place and healthy? Then change nothing.
        const tokenUrl = `${provider.url}/oauth_token.do`
        let registry = await consumer.one('oauth_entity', `type=oauth_provider^token_url=${tokenUrl}`)
        let connection = registry ? await findConnection(consumer, provider) : undefined
        let client = await provider.one('oauth_entity', `type=client^name=${PROVIDER_REGISTRY}`)
        if (registry && connection && client && isTrue(client.active) && !options.rotateSecret && client.client_id === registry.client_id) {
            const test = await testConnection(consumer, connection.sys_id)
            if (test.ok) {
                const health = await connectionHealth(consumer, connection.sys_id)
                log(`✓ already paired: ${consumer.host} → ${provider.host} works; nothing changed`)
                const demo = options.demo ? await setUpIncidentDemo(provider, consumer, String(connection.integration), log) : []
                return { provider: provider.url, consumer: consumer.url, changed: false, created, updated, connectionId: connection.sys_id, profileId: String(connection.oauth_profile), integrationId: String(connection.integration), health, test, demo }
            }
            log(`… existing pairing does not work (${test.message}): renewing it`)
        }

        // 4. Provider: the client registry, active, with a new strong secret.
        const secret = generateSecret()
        if (!client) {
            client = await provider.create('oauth_entity', { name: PROVIDER_REGISTRY, type: 'client', client_id: randomBytes(16).toString('hex'), access_token_lifespan: '1800', refresh_token_lifespan: '8640000', active: 'true', comments: 'Created by npm run pair' })
            remember(provider, 'oauth_entity', client, `client registry "${PROVIDER_REGISTRY}"`)
        }
        const clientId = client.client_id || randomBytes(16).toString('hex')
        // While the secret changes on both sides, hold the consumer's refresh lease so that no
        // refresh runs with the old secret against the new one (rotation without downtime).
        const lease = connection ? await holdRefreshLease(consumer, connection.sys_id) : undefined
        try {
            client = await patch(provider, 'oauth_entity', client, { active: 'true', client_id: clientId, client_secret: secret }, `client registry "${PROVIDER_REGISTRY}" activated, new client secret`)
            if (registry) registry = await patch(consumer, 'oauth_entity', registry, { client_id: clientId, client_secret: secret }, 'provider registry (new client secret)')
        } finally {
            if (lease) await lease.release()
        }
        log(`✓ provider: client registry "${PROVIDER_REGISTRY}" active (client id ${clientId})`)
        {

            // 5. Provider: the integration user, x_tether.integration and nothing broader.
            const userPassword = generateSecret()
            let user = await provider.one('sys_user', `user_name=${INTEGRATION_USER}`)
            if (!user) {
                user = await provider.create('sys_user', { user_name: INTEGRATION_USER, first_name: 'Tether', last_name: 'Integration', active: 'true', web_service_access_only: 'true', user_password: userPassword })
                remember(provider, 'sys_user', user, `integration user ${INTEGRATION_USER}`)
            } else if (grant === 'password') {
                user = await patch(provider, 'sys_user', user, { active: 'true', locked_out: 'false', user_password: userPassword }, `integration user ${INTEGRATION_USER} (new password)`)
            }
            const role = await provider.one('sys_user_role', 'name=x_tether.integration')
            if (!role) throw new InstanceError('The provider has no x_tether.integration role: is Tether installed completely?')
            if (!(await provider.one('sys_user_has_role', `user=${user.sys_id}^role=${role.sys_id}`))) {
                remember(provider, 'sys_user_has_role', await provider.create('sys_user_has_role', { user: user.sys_id, role: role.sys_id }), `role x_tether.integration for ${INTEGRATION_USER}`)
            }
            const broader = (await provider.list('sys_user_has_role', `user=${user.sys_id}^role!=${role.sys_id}`)).length
            if (broader > 0) log(`! provider: ${INTEGRATION_USER} holds ${broader} other role(s); Tether needs only x_tether.integration`)
            log(`✓ provider: integration user ${INTEGRATION_USER} with x_tether.integration`)
            if (grant === 'client_credentials') {
                const prop = await provider.one('sys_properties', `name=${CLIENT_CREDENTIALS_ENABLED}`)
                if (!prop) remember(provider, 'sys_properties', await provider.create('sys_properties', { name: CLIENT_CREDENTIALS_ENABLED, value: 'true', type: 'boolean' }), `property ${CLIENT_CREDENTIALS_ENABLED}`)
                else await patch(provider, 'sys_properties', prop, { value: 'true' }, `property ${CLIENT_CREDENTIALS_ENABLED}`)
                client = await patch(provider, 'oauth_entity', client, { user: user.sys_id }, `client registry OAuth application user`)
                log(`✓ provider: client credentials enabled, acting as ${INTEGRATION_USER}`)
            }

            // 6. Consumer: the provider registry and its default profile.
            const registryName = `Tether: ${provider.host}`
            const registryValues: Record<string, string> = {
                name: registryName,
                type: 'oauth_provider',
                client_id: clientId,
                token_url: tokenUrl,
                revoke_token_url: `${provider.url}/oauth_revoke_token.do`,
                default_grant_type: grant,
                refresh_token_lifespan: String(client.refresh_token_lifespan || '8640000'),
                access_token_lifespan: String(client.access_token_lifespan || '1800'),
                active: 'true',
            }
            if (!registry) {
                registry = await consumer.create('oauth_entity', { ...registryValues, client_secret: secret })
                remember(consumer, 'oauth_entity', registry, `provider registry "${registryName}"`)
            } else {
                registry = await patch(consumer, 'oauth_entity', registry, registryValues, `provider registry "${registryName}"`)
            }
            let profile = await consumer.one('oauth_entity_profile', `oauth_entity=${registry.sys_id}^default=true`)
            if (!profile) {
                profile = await consumer.create('oauth_entity_profile', { name: `${registryName} default_profile`, oauth_entity: registry.sys_id, default: 'true', grant_type: grant })
                remember(consumer, 'oauth_entity_profile', profile, `profile "${registryName} default_profile"`)
            } else {
                profile = await patch(consumer, 'oauth_entity_profile', profile, { grant_type: grant }, 'default profile')
            }
            log(`✓ consumer: provider registry "${registryName}" and its default profile`)

            // 7. Consumer: process, integration, connection.
            let process = await consumer.one('x_tether_process', 'api_name=incident')
            if (!process) {
                process = await consumer.create('x_tether_process', { name: 'Incident', api_name: 'incident', target_table: 'incident', description: 'Incidents exchanged with partner instances (created by npm run pair)' })
                remember(consumer, 'x_tether_process', process, 'process Incident')
            }
            let integration = await consumer.one('x_tether_integration', `process=${process.sys_id}^partner=${provider.host}`)
            if (!integration) {
                integration = await consumer.create('x_tether_integration', { name: `Incident with ${provider.host}`, process: process.sys_id, partner: provider.host })
                remember(consumer, 'x_tether_integration', integration, `integration "Incident with ${provider.host}"`)
            }
            const connectionValues = {
                name: `${provider.host} - ${environment}`,
                integration: integration.sys_id,
                environment,
                endpoint_url: `${provider.url}/api/x_tether/v1`,
                authentication: 'oauth2',
                oauth_profile: profile.sys_id,
                grant_type: grant,
                active: 'true',
            }
            // Paired the other way with --demo first, the integration already has the connection
            // that receives the partner's messages: one connection carries both directions (Unifi),
            // so it gets the endpoint and the OAuth settings instead of a second connection that
            // would deactivate it.
            const receiving = connection ? undefined : await consumer.one('x_tether_connection', `integration=${integration.sys_id}^active=true^inbound_userISNOTEMPTY^endpoint_urlISEMPTY`)
            if (receiving) {
                connection = await patch(consumer, 'x_tether_connection', receiving, { ...connectionValues, name: String(receiving.name || connectionValues.name) }, `connection "${receiving.name}" (now also sends)`)
            } else if (!connection) {
                connection = await consumer.create('x_tether_connection', connectionValues)
                remember(consumer, 'x_tether_connection', connection, `connection "${connectionValues.name}"`)
            } else {
                connection = await patch(consumer, 'x_tether_connection', connection, connectionValues, `connection "${connectionValues.name}"`)
            }
            log(`✓ consumer: connection "${connectionValues.name}" → ${connectionValues.endpoint_url}`)

            // 8. The first token, through x_tether.TetherOAuth on the consumer.
            const body = grant === 'password' ? { username: INTEGRATION_USER, password: userPassword, store: storePassword } : {}
            const token = await consumer.tether<{ ok: boolean; code?: string; message: string }>('POST', `/connections/${connection.sys_id}/token`, body)
            if (!token.body.ok) throw new InstanceError(`The consumer could not get a token from the provider: ${token.body.code}: ${token.body.message}`)
            log(`✓ consumer: first token obtained (${grant}${grant === 'password' ? (storePassword ? ', password stored encrypted for unattended re-grants' : ', password not stored') : ''})`)
            if (grant === 'password' && storePassword) {
                // Other connections of this consumer (other processes' integrations) that re-grant
                // unattended as the same integration user must learn its new password too, or
                // their next re-grant fails and they need a person.
                const others = await consumer.list('x_tether_connection', `oauth_profile=${profile.sys_id}^oauth_username=${INTEGRATION_USER}^sys_id!=${connection.sys_id}`)
                for (const other of others) await patch(consumer, 'x_tether_connection', other, { oauth_password: userPassword }, `connection "${other.name}" (stored integration password)`)
                if (others.length > 0) log(`✓ consumer: ${others.length} other connection(s) to this provider store the new integration password`)
            }
        }

        // 9. The connection test.
        const test = await testConnection(consumer, connection.sys_id)
        if (!test.ok) throw new InstanceError(`The connection test failed: ${test.message}`)
        log(`✓ connection test: ${test.message}${test.partner?.user ? ` The provider sees us as ${test.partner.user}.` : ''}`)
        const health = await connectionHealth(consumer, connection.sys_id)
        const demo = options.demo ? await setUpIncidentDemo(provider, consumer, String(connection.integration), log) : []
        return { provider: provider.url, consumer: consumer.url, changed: true, created, updated, connectionId: connection.sys_id, profileId: String(connection.oauth_profile), integrationId: String(connection.integration), health, test, demo }
    } catch (e) {
        const failures: string[] = []
        for (const step of undo.reverse()) {
            try {
                await step.run()
            } catch (u) {
                failures.push(`${step.what}: ${(u as Error).message}`)
            }
        }
        const message = (e as Error).message
        const rolledBack = undo.length === 0 ? (updated.length === 0 ? 'Nothing had been changed.' : 'Nothing had been created.') : failures.length === 0 ? `Everything this run created or changed was undone (${undo.length} step(s)).` : `Undoing failed for: ${failures.join('; ')} — remove those by hand.`
        const secretsNote = updated.some((u) => u.includes('secret') || u.includes('password')) ? ' The client secret or the integration password had already been replaced: run npm run pair again to set matching values on both sides.' : ''
        throw new InstanceError(`${message}\n${rolledBack}${secretsNote}`, (e as InstanceError).status ?? 0)
    }
}

async function findConnection(consumer: InstanceClient, provider: InstanceClient): Promise<Row | undefined> {
    return consumer.one('x_tether_connection', `endpoint_url=${provider.url}/api/x_tether/v1^authentication=oauth2`)
}

async function testConnection(consumer: InstanceClient, connectionId: string): Promise<PairReport['test']> {
    const res = await consumer.tether<PairReport['test']>('POST', `/connections/${connectionId}/test`)
    return res.body
}

async function connectionHealth(consumer: InstanceClient, connectionId: string): Promise<Record<string, unknown>> {
    return (await consumer.tether<Record<string, unknown>>('GET', `/connections/${connectionId}/health`)).body
}

/** Takes the consumer connection's refresh lease (the same one Tether's single flight uses) for a minute. */
async function holdRefreshLease(consumer: InstanceClient, connectionId: string): Promise<{ release(): Promise<void> }> {
    // The lease is measured on the instance's clock, which the update stamps into sys_updated_on.
    const stamped = await consumer.update('x_tether_connection', connectionId, { lease_owner: 'npm run pair' })
    const instanceNow = Date.parse(String(stamped.sys_updated_on).replace(' ', 'T') + 'Z')
    const until = new Date(instanceNow + 60000).toISOString().replace('T', ' ').slice(0, 19)
    await consumer.update('x_tether_connection', connectionId, { lease_until: until })
    return {
        release: async () => void (await consumer.update('x_tether_connection', connectionId, { lease_owner: '', lease_until: '' })),
    }
}

/**
 * --demo: the Incident scenario of the Unifi guides on this pair. The consumer's integration gets the
 * messages; the provider gets its receiving side (process, integration, a connection whose inbound
 * user is the integration user) with the same messages. Idempotent.
 */
async function setUpIncidentDemo(provider: InstanceClient, consumer: InstanceClient, consumerIntegration: string, log: (line: string) => void): Promise<string[]> {
    const done: string[] = []
    const scenario = async (instance: InstanceClient, integrationId: string) => {
        const res = await instance.tether<{ ok: boolean; message: string; created: string[] }>('POST', `/integrations/${integrationId}/incident-scenario`)
        if (!res.body.ok) throw new InstanceError(`Setting up the Incident scenario on the ${instance.role} failed: ${res.body.message}`)
        if (res.body.created.length > 0) done.push(`${instance.role}: messages ${res.body.created.join(', ')}`)
    }
    await scenario(consumer, consumerIntegration)
    const user = await provider.one('sys_user', `user_name=${INTEGRATION_USER}`)
    if (!user) throw new InstanceError(`The provider has no ${INTEGRATION_USER} user`)
    let process = await provider.one('x_tether_process', 'api_name=incident')
    if (!process) {
        process = await provider.create('x_tether_process', { name: 'Incident', api_name: 'incident', target_table: 'incident', description: 'Incidents exchanged with partner instances (npm run pair --demo)' })
        done.push('provider: process Incident')
    }
    let integration = await provider.one('x_tether_integration', `process=${process.sys_id}^partner=${consumer.host}`)
    if (!integration) {
        integration = await provider.create('x_tether_integration', { name: `Incident from ${consumer.host}`, process: process.sys_id, partner: consumer.host, heartbeat_minutes: '0' })
        done.push(`provider: integration "Incident from ${consumer.host}"`)
    }
    const inbound = await provider.one('x_tether_connection', `integration=${integration.sys_id}^inbound_user=${user.sys_id}`)
    // Paired both ways, the integration already has an active connection (the one sending to the
    // consumer): it accepts the consumer's messages too — a second active connection would
    // deactivate it.
    const sending = inbound ? undefined : await provider.one('x_tether_connection', `integration=${integration.sys_id}^active=true`)
    if (sending) {
        await provider.update('x_tether_connection', sending.sys_id, { inbound_user: user.sys_id })
        done.push(`provider: connection "${sending.name}" also accepts messages from ${INTEGRATION_USER}`)
    } else if (!inbound) {
        await provider.create('x_tether_connection', { name: `${consumer.host} - inbound`, integration: integration.sys_id, environment: 'production', authentication: 'none', inbound_user: user.sys_id, active: 'true' })
        done.push(`provider: connection accepting messages from ${INTEGRATION_USER}`)
    }
    await scenario(provider, integration.sys_id)
    log(`✓ Incident scenario: ${done.length > 0 ? done.join('; ') : 'already set up'}`)
    return done
}
