import '@servicenow/sdk/global'
import {
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
    Password2Column,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
} from '@servicenow/sdk/core'

/**
 * How to reach the partner of an integration in one environment, and the health of its OAuth
 * tokens. Only one connection per integration is active; activating one deactivates the others.
 */
export const x_tether_connection = Table({
    name: 'x_tether_connection',
    label: 'Tether Connection',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    // The refresh job reads only due connections: next_refresh_at <= now.
    index: [{ name: 'x_tether_connection_next_refresh', unique: false, element: 'next_refresh_at' }],
    schema: {
        name: StringColumn({
            label: 'Name',
            maxLength: 100,
            mandatory: true,
            hint: 'Integration and environment, e.g. "Incident with ACME - Pre-Production".',
        }),
        integration: ReferenceColumn({
            label: 'Integration',
            referenceTable: 'x_tether_integration',
            mandatory: true,
            cascadeRule: 'restrict',
            hint: 'The integration this connection serves.',
        }),
        environment: ChoiceColumn({
            label: 'Environment',
            mandatory: true,
            default: 'development',
            dropdown: 'dropdown_without_none',
            hint: 'Which of the partner\'s environments this connection reaches. Keep one connection per environment.',
            choices: {
                production: { label: 'Production', sequence: 0 },
                pre_production: { label: 'Pre-Production', sequence: 1 },
                test: { label: 'Test', sequence: 2 },
                development: { label: 'Development', sequence: 3 },
                sandbox: { label: 'Sandbox', sequence: 4 },
            },
        }),
        active: BooleanColumn({
            label: 'Active',
            default: false,
            hint: 'Only one connection per integration can be active: activating this one deactivates the others and revokes their tokens.',
        }),
        endpoint_url: UrlColumn({
            label: 'Endpoint URL',
            maxLength: 1024,
            hint: "The partner's Tether inbound URL, https://<partner>.service-now.com/api/x_tether/v1. Copy it from the partner's Tether properties page.",
        }),
        authentication: ChoiceColumn({
            label: 'Authentication',
            mandatory: true,
            default: 'oauth2',
            dropdown: 'dropdown_without_none',
            hint: 'OAuth 2.0 for a partner that issues tokens (recommended); Basic for a user name and password; None only for tests.',
            choices: {
                oauth2: { label: 'OAuth 2.0', sequence: 0 },
                basic: { label: 'Basic', sequence: 1 },
                none: { label: 'None', sequence: 2 },
            },
        }),
        basic_user: StringColumn({
            label: 'Basic auth user',
            maxLength: 100,
            hint: 'The partner\'s inbound integration user (Basic authentication only).',
        }),
        basic_password: Password2Column({
            label: 'Basic auth password',
            maxLength: 255,
            hint: "That user's password. Stored encrypted; only Tether admins can read it.",
        }),
        oauth_profile: ReferenceColumn({
            label: 'OAuth profile',
            referenceTable: 'oauth_entity_profile',
            hint: 'The "<registry name> default_profile" of the Application Registry entry that points at the partner\'s /oauth_token.do.',
        }),
        grant_type: ChoiceColumn({
            label: 'Grant type',
            default: 'password',
            dropdown: 'dropdown_without_none',
            hint: 'Client credentials is preferred where the partner allows it; Password uses the partner\'s integration user (as in the Unifi guide).',
            choices: {
                password: { label: 'Resource owner password', sequence: 0 },
                client_credentials: { label: 'Client credentials', sequence: 1 },
            },
        }),
        oauth_username: StringColumn({
            label: 'OAuth user name',
            maxLength: 100,
            hint: "The partner's integration user for the password grant. Only needed here for unattended re-grants.",
        }),
        oauth_password: Password2Column({
            label: 'OAuth password',
            maxLength: 255,
            hint: 'Optional. Store it only to let Tether re-grant before the refresh token expires; otherwise Tether warns and asks a person.',
        }),
        inbound_user: ReferenceColumn({
            label: 'Inbound user',
            referenceTable: 'sys_user',
            hint: 'The local user the partner authenticates as when it calls this instance. Needs the x_tether.integration role and nothing broader.',
        }),
        token_state: ChoiceColumn({
            label: 'Token state',
            default: 'none',
            readOnly: true,
            dropdown: 'dropdown_without_none',
            hint: 'Set by Tether. Valid and Refreshing are healthy; Degraded is retrying; Needs re-authorisation and Error need a person.',
            choices: {
                none: { label: 'No token', sequence: 0 },
                valid: { label: 'Valid', sequence: 1 },
                refreshing: { label: 'Refreshing', sequence: 2 },
                degraded: { label: 'Degraded (retrying)', sequence: 3 },
                needs_reauth: { label: 'Needs re-authorisation', sequence: 4 },
                error: { label: 'Error', sequence: 5 },
                revoked: { label: 'Revoked', sequence: 6 },
            },
        }),
        access_expires: DateTimeColumn({
            label: 'Access token expires',
            readOnly: true,
            hint: 'When the current access token stops working (UTC, from the provider\'s expires_in).',
        }),
        refresh_expires: DateTimeColumn({
            label: 'Refresh token expires',
            readOnly: true,
            hint: 'The real expiry of the refresh token, counted from its first issue; an echoed refresh token never moves it.',
        }),
        refresh_issued: DateTimeColumn({
            label: 'Refresh token issued',
            readOnly: true,
            hint: 'When the provider first issued the current refresh token.',
        }),
        next_refresh_at: DateTimeColumn({
            label: 'Next refresh',
            readOnly: true,
            hint: 'When the refresh job will next look at this connection.',
        }),
        last_refresh_at: DateTimeColumn({
            label: 'Last refresh',
            readOnly: true,
            hint: 'When a token was last obtained for this connection.',
        }),
        consecutive_failures: IntegerColumn({
            label: 'Consecutive failures',
            default: 0,
            readOnly: true,
            hint: 'Token requests that failed in a row; reset by the next success.',
        }),
        access_issued: DateTimeColumn({
            label: 'Access token issued',
            readOnly: true,
            hint: 'When the current access token was obtained.',
        }),
        access_fingerprint: StringColumn({
            label: 'Access token fingerprint',
            maxLength: 16,
            readOnly: true,
            hint: 'First characters of a SHA-256 of the access token, to tell tokens apart without revealing them.',
        }),
        refresh_fingerprint: StringColumn({
            label: 'Refresh token fingerprint',
            maxLength: 16,
            readOnly: true,
            hint: 'Tells a new refresh token from one the provider echoed back, whose expiry must not move.',
        }),
        expiry_warned: BooleanColumn({
            label: 'Expiry warning raised',
            default: false,
            readOnly: true,
            hint: 'Set when Tether has warned that the refresh token expires and cannot be renewed unattended.',
        }),
        lease_owner: StringColumn({
            label: 'Refresh lease owner',
            maxLength: 40,
            readOnly: true,
            hint: 'Who is refreshing the token right now; others wait for the result instead of asking again.',
        }),
        lease_until: DateTimeColumn({
            label: 'Refresh lease until',
            readOnly: true,
            hint: 'When the refresh lease lapses; a lease past this time is stale and can be taken over.',
        }),
        last_error: StringColumn({
            label: 'Last error',
            maxLength: 1000,
            readOnly: true,
            hint: 'The last token error with its code (never a token or a secret).',
        }),
    },
})
