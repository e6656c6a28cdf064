import '@servicenow/sdk/global'
import { ChoiceColumn, DateTimeColumn, IntegerColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * Audit trail of every token operation on a connection: what happened, how long it took and the
 * resulting expiries. It holds a short fingerprint of a token, never the token itself.
 */
export const x_tether_token_event = Table({
    name: 'x_tether_token_event',
    label: 'Tether Token Event',
    display: 'event',
    allowWebServiceAccess: true,
    schema: {
        connection: ReferenceColumn({
            label: 'Connection',
            referenceTable: 'x_tether_connection',
            mandatory: true,
        }),
        event: ChoiceColumn({
            label: 'Event',
            mandatory: true,
            dropdown: 'dropdown_without_none',
            choices: {
                granted: { label: 'Granted', sequence: 0 },
                refreshed: { label: 'Refreshed', sequence: 1 },
                regranted: { label: 'Re-granted', sequence: 2 },
                revoked: { label: 'Revoked', sequence: 3 },
                failed: { label: 'Failed', sequence: 4 },
                expiry_warning: { label: 'Expiry warning', sequence: 5 },
                reauth_required: { label: 'Re-authorisation required', sequence: 6 },
            },
        }),
        grant_type: ChoiceColumn({
            label: 'Grant type',
            dropdown: 'dropdown_with_none',
            choices: {
                password: { label: 'Resource owner password', sequence: 0 },
                client_credentials: { label: 'Client credentials', sequence: 1 },
                refresh_token: { label: 'Refresh token', sequence: 2 },
            },
        }),
        http_status: IntegerColumn({ label: 'HTTP status', hint: '0 when the provider could not be reached.' }),
        error_code: StringColumn({
            label: 'Error code',
            maxLength: 100,
            hint: 'OAuth error (invalid_grant, invalid_client) or Tether code (provider_unreachable, needs_reauth).',
        }),
        detail: StringColumn({ label: 'Detail', maxLength: 1000, hint: 'What happened, in words; never a token or a secret.' }),
        duration_ms: IntegerColumn({ label: 'Duration (ms)' }),
        access_expires: DateTimeColumn({ label: 'Access token expires' }),
        refresh_expires: DateTimeColumn({ label: 'Refresh token expires' }),
        fingerprint: StringColumn({
            label: 'Token fingerprint',
            maxLength: 16,
            hint: 'First characters of a SHA-256 of the access token, to tell tokens apart without revealing them.',
        }),
    },
})
