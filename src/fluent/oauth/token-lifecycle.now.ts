import '@servicenow/sdk/global'
import { BusinessRule, Record, ScheduledScript, ScriptInclude } from '@servicenow/sdk/core'
import { refreshDueJob, revokeOnDeactivate, revokeOnDelete } from '../../server/oauth/api'

/**
 * x_tether.TetherOAuth: the token exchange ("Get OAuth Token"), a valid access token on demand,
 * the refresh job's body, revocation and health, for other scripts and the UI.
 */
ScriptInclude({
    $id: Now.ID['si-tether-oauth'],
    name: 'TetherOAuth',
    apiName: 'x_tether.TetherOAuth',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Tether OAuth token lifecycle: requestToken, getAccessToken, refreshDue, revoke, getHealth.',
    script: Now.include('../scripts/TetherOAuth.server.js'),
})

/**
 * Keeps every active OAuth connection's tokens alive: refreshes access tokens before they expire,
 * re-grants before the refresh token's real expiry, and warns when a person must act. It reads only
 * the connections that are due. Runs as system: it must be able to read oauth_credential.
 */
ScheduledScript({
    $id: Now.ID['job-refresh-tokens'],
    name: 'Tether: refresh OAuth tokens',
    active: true,
    frequency: 'periodically',
    executionInterval: { minutes: 5 },
    executionStart: '2025-01-01 00:00:00',
    timeZone: 'UTC',
    conditional: true,
    condition: Now.include('../scripts/has-oauth-connections.condition.js'),
    script: refreshDueJob,
})

/** Deactivating a connection, or moving it off OAuth 2.0, revokes its tokens at the provider. */
BusinessRule({
    $id: Now.ID['br-connection-revoke-on-deactivate'],
    name: 'Tether: revoke tokens when a connection is deactivated',
    table: 'x_tether_connection',
    when: 'after',
    action: ['update'],
    order: 200,
    condition: 'current.active.changes() || current.authentication.changes()',
    script: revokeOnDeactivate,
    description: 'A connection that is no longer active (or no longer OAuth 2.0) keeps no live tokens.',
})

/** Deleting a connection revokes its tokens at the provider and deletes the local copies. */
BusinessRule({
    $id: Now.ID['br-connection-revoke-on-delete'],
    name: 'Tether: revoke tokens when a connection is deleted',
    table: 'x_tether_connection',
    when: 'after',
    action: ['delete'],
    order: 200,
    script: revokeOnDelete,
    description: 'A deleted connection leaves no live tokens behind.',
})

/** Raised ahead of a refresh token's expiry when Tether cannot re-grant by itself. */
Record({
    $id: Now.ID['event-token-expiring'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_tether.token.expiring',
        table: 'x_tether_connection',
        description: 'A Tether connection\'s refresh token expires soon and cannot be renewed unattended. parm1: expiry (UTC); parm2: connection name.',
        fired_by: 'Tether: refresh OAuth tokens',
    },
})

/** Raised when a connection needs a person to get a new token (expired refresh token, invalid grant or client). */
Record({
    $id: Now.ID['event-token-reauth'],
    table: 'sysevent_register',
    data: {
        event_name: 'x_tether.token.reauth_required',
        table: 'x_tether_connection',
        description: 'A Tether connection needs re-authorisation. parm1: error code; parm2: message.',
        fired_by: 'Tether: refresh OAuth tokens',
    },
})
