/**
 * Helpers for the long scenarios (hundreds of simulated days): an hourly outbound call installed as
 * a scheduled job on the consumer (so whole days run inside the instance), the provider's own
 * refresh job switched off (it has no connections in this direction; running it only doubles the
 * simulated job runs), and counting what happened.
 */
import { InstanceHandle } from '../../sandbox'
import { Pairing, run } from './setup'

export const PING_OK = 'hourly ping ok'
export const PING_FAILED = 'hourly ping failed'

/** The outbound call every hour, through Tether (getAccessToken, then RESTMessageV2 with the profile). */
export function tetherPingScript(p: Pairing): string {
    return `var t = new x_tether.TetherOAuth().getAccessToken('${p.connectionId}');
        if (!t.ok) { gs.error('${PING_FAILED}: ' + t.code + ' ' + t.message); }
        else {
            var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${p.provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
            r.setAuthenticationProfile('oauth2', '${p.profileId}'); r.setRequestorProfile('x_tether_connection', '${p.connectionId}');
            var res = r.execute();
            if (res.getStatusCode() == 200) gs.info('${PING_OK}'); else gs.error('${PING_FAILED}: HTTP ' + res.getStatusCode() + ' ' + res.getErrorMessage());
        }`
}

/** The same call the way a Unifi/KB0823628 setup makes it: RESTMessageV2 with the OAuth profile only. */
export function platformPingScript(p: Pairing): string {
    return `var r = new sn_ws.RESTMessageV2(); r.setEndpoint('${p.provider.url}/api/x_tether/v1/ping'); r.setHttpMethod('get');
        r.setAuthenticationProfile('oauth2', '${p.profileId}'); r.setRequestorProfile('x_tether_connection', '${p.connectionId}');
        var res = r.execute();
        if (res.getStatusCode() == 200) gs.info('${PING_OK}'); else gs.error('${PING_FAILED}: HTTP ' + res.getStatusCode() + ' ' + res.getErrorMessage());`
}

export async function addJob(instance: InstanceHandle, name: string, periodMinutes: number, script: string, start: string): Promise<void> {
    const hours = String(Math.floor(periodMinutes / 60)).padStart(2, '0')
    const minutes = String(periodMinutes % 60).padStart(2, '0')
    await run(
        instance,
        `var j = new GlideRecord('sysauto_script'); j.initialize(); j.name = ${JSON.stringify(name)}; j.run_type = 'periodically';
         j.run_period = '1970-01-01 ${hours}:${minutes}:00'; j.run_start = ${JSON.stringify(start)}; j.active = true;
         j.script = ${JSON.stringify(script)}; j.insert();`,
    )
}

export async function setJobActive(instance: InstanceHandle, name: string, active: boolean): Promise<void> {
    await run(instance, `var j = new GlideRecord('sysauto_script'); j.get('name', ${JSON.stringify(name)}); j.active = ${active}; j.update();`)
}

/** Days (fractional) from the start to a syslog/record timestamp. */
export function dayOf(timestamp: string, startMs: number): number {
    return (Date.parse(timestamp.replace(' ', 'T') + 'Z') - startMs) / 86400000
}

export async function pings(consumer: InstanceHandle): Promise<{ ok: number; failed: Record<string, string | null>[] }> {
    const ok = (await consumer.query('syslog', `message=${PING_OK}`)).length
    const failed = await consumer.query('syslog', `messageSTARTSWITH${PING_FAILED}^ORDERBYsys_created_on`)
    return { ok, failed }
}
