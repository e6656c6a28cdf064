/**
 * The pair every benchmark scenario starts from: the e2e set-up (provider registry and integration
 * user, consumer registry, profile, integration and OAuth connection — test/e2e/setup.ts), the
 * Incident scenario's messages on both sides so that Tether's transport has somewhere to send, and
 * the first token ("Get OAuth Token").
 */
import { Sandbox } from '../../sandbox'
import { configureReceivingSide, pair, Pairing, run, SCENARIO_MODULE } from '../../test/e2e/setup'
import { setJobActive } from '../../test/e2e/long-run'

export const REFRESH_JOB = 'Tether: refresh OAuth tokens'
export const MESSAGES_PATH = '/api/x_tether/v1/messages'

export interface BenchPair extends Pairing {
    /** The message every scenario sends: Heartbeat (acknowledged by the provider, changes nothing). */
    message: 'Heartbeat'
}

export async function benchPair(sandbox: Sandbox, options: { tetherJob: boolean }): Promise<BenchPair> {
    const p = await pair(sandbox, { storeCredentials: true })
    // The provider has no connection in this direction: its refresh job would only add runs.
    await setJobActive(p.provider, REFRESH_JOB, false)
    if (!options.tetherJob) await setJobActive(p.consumer, REFRESH_JOB, false)
    await configureReceivingSide(p.provider)
    await run(p.consumer, `require('${SCENARIO_MODULE}').ensureIncidentScenario('${p.integrationId}')`)
    const granted = await run<{ ok: boolean; message: string }>(p.consumer, `new x_tether.TetherOAuth().requestToken('${p.connectionId}', {})`)
    if (!granted.ok) throw new Error(`The first token request failed: ${granted.message}`)
    return { ...p, message: 'Heartbeat' }
}

/** Script text: a bare RESTMessageV2 POST of a Heartbeat envelope with the connection's OAuth profile; leaves `res`. */
export function bareSendScript(p: Pairing, payloadExpr: string): string {
    return `var env = { message_id: gs.generateGUID(), process: 'incident', message: 'Heartbeat', payload: ${payloadExpr} };
        var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${p.provider.url}${MESSAGES_PATH}'); r.setHttpMethod('post');
        r.setRequestHeader('Content-Type', 'application/json'); r.setRequestHeader('Accept', 'application/json');
        r.setRequestBody(JSON.stringify(env));
        r.setAuthenticationProfile('oauth2', '${p.profileId}'); r.setRequestorProfile('x_tether_connection', '${p.connectionId}');
        var res = r.execute();`
}

/** Script text: the same message through Tether's transport (queue, token from TetherOAuth, HTTP log); leaves `sent`. */
export function tetherSendScript(p: Pairing, payloadExpr: string): string {
    return `var sent = new x_tether.TetherClient().send('${p.integrationId}', 'Heartbeat', ${payloadExpr});`
}

/** Token requests the provider has answered so far (its transaction log). */
export async function tokenRequestCount(p: Pairing): Promise<number> {
    return (await p.provider.query('syslog_transaction', 'url=/oauth_token.do')).length
}
