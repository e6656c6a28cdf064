import '@servicenow/sdk/global'
import { UiPolicy } from '@servicenow/sdk/core'

/**
 * OAuth 2.0 fields only when the connection uses OAuth 2.0: the profile and grant type (mandatory
 * then), and the token health section's fields. Hidden again for Basic or None.
 */
UiPolicy({
    $id: Now.ID['policy-connection-oauth-fields'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: OAuth fields only for OAuth 2.0',
    description: 'Shows the OAuth profile, grant type and token health only when Authentication is OAuth 2.0.',
    conditions: 'authentication=oauth2',
    onLoad: true,
    reverseIfFalse: true,
    global: true,
    order: 100,
    actions: [
        { field: 'oauth_profile', visible: true, mandatory: true },
        { field: 'grant_type', visible: true, mandatory: true },
        { field: 'token_state', visible: true },
        { field: 'access_expires', visible: true },
        { field: 'refresh_issued', visible: true },
        { field: 'refresh_expires', visible: true },
        { field: 'next_refresh_at', visible: true },
        { field: 'last_refresh_at', visible: true },
        { field: 'consecutive_failures', visible: true },
        { field: 'last_error', visible: true },
    ],
})

/** The provider user's name and password only for the password grant (client credentials need none). */
UiPolicy({
    $id: Now.ID['policy-connection-password-grant-fields'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: OAuth user fields only for the password grant',
    description: 'Shows the stored OAuth user name and password only for OAuth 2.0 with the password grant.',
    conditions: 'authentication=oauth2^grant_type=password',
    onLoad: true,
    reverseIfFalse: true,
    global: true,
    order: 110,
    actions: [
        { field: 'oauth_username', visible: true },
        { field: 'oauth_password', visible: true },
    ],
})

/** Basic fields only when the connection uses Basic authentication, and then the user is required. */
UiPolicy({
    $id: Now.ID['policy-connection-basic-fields'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: Basic fields only for Basic authentication',
    description: 'Shows the Basic user (mandatory) and password only when Authentication is Basic.',
    conditions: 'authentication=basic',
    onLoad: true,
    reverseIfFalse: true,
    global: true,
    order: 120,
    actions: [
        { field: 'basic_user', visible: true, mandatory: true },
        { field: 'basic_password', visible: true },
    ],
})

/** Token health is Tether's to maintain: read-only on the form, always. */
UiPolicy({
    $id: Now.ID['policy-connection-health-read-only'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: token health is read-only',
    description: 'The token health fields are set by Tether (refresh job, Get OAuth Token); nobody edits them on the form.',
    onLoad: true,
    reverseIfFalse: false,
    global: true,
    order: 130,
    actions: [
        { field: 'token_state', readOnly: true },
        { field: 'access_expires', readOnly: true },
        { field: 'refresh_issued', readOnly: true },
        { field: 'refresh_expires', readOnly: true },
        { field: 'next_refresh_at', readOnly: true },
        { field: 'last_refresh_at', readOnly: true },
        { field: 'consecutive_failures', readOnly: true },
        { field: 'last_error', readOnly: true },
    ],
})

/**
 * Secrets are write-only: the form never shows a stored password (password2 shows a mask and its
 * read ACL is admin-only); the field message says how to replace one.
 */
UiPolicy({
    $id: Now.ID['policy-connection-secrets-write-only'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: secrets are write-only',
    description: 'Explains on the form that stored passwords are encrypted and never shown: type a new value to replace one.',
    onLoad: true,
    reverseIfFalse: false,
    global: true,
    order: 140,
    actions: [
        { field: 'basic_password', readOnly: false, fieldMessage: 'Write-only: stored encrypted and never shown. Type a new password to replace it.', fieldMessageType: 'info' },
        { field: 'oauth_password', readOnly: false, fieldMessage: 'Write-only and optional: stored encrypted for unattended re-grants only. Type a new password to replace it; Get OAuth Token can store it too.', fieldMessageType: 'info' },
    ],
})

/** An active connection needs somewhere to send to. */
UiPolicy({
    $id: Now.ID['policy-connection-active-needs-endpoint'],
    table: 'x_tether_connection',
    shortDescription: 'Tether: an active connection needs an endpoint URL',
    description: 'Makes the endpoint URL mandatory while the connection is active.',
    conditions: 'active=true',
    onLoad: true,
    reverseIfFalse: true,
    global: true,
    order: 150,
    actions: [{ field: 'endpoint_url', mandatory: true }],
})
