import '@servicenow/sdk/global'
import {
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
    UrlColumn,
} from '@servicenow/sdk/core'

/**
 * One HTTP call, inbound or outbound, as an operator needs to see it. Authorization headers,
 * cookies, passwords and tokens are redacted before anything is written here.
 */
export const x_tether_http_request = Table({
    name: 'x_tether_http_request',
    label: 'Tether HTTP Request',
    display: 'number',
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'HTTP', number: 1000, numberOfDigits: 7 },
    schema: {
        number: StringColumn({ label: 'Number', maxLength: 40, readOnly: true }),
        transaction: ReferenceColumn({
            label: 'Transaction',
            referenceTable: 'x_tether_transaction',
            hint: 'The transaction this call belongs to (empty for connection tests and token calls).',
        }),
        connection: ReferenceColumn({
            label: 'Connection',
            referenceTable: 'x_tether_connection',
        }),
        direction: ChoiceColumn({
            label: 'Direction',
            mandatory: true,
            default: 'outbound',
            dropdown: 'dropdown_without_none',
            choices: {
                outbound: { label: 'Outbound', sequence: 0 },
                inbound: { label: 'Inbound', sequence: 1 },
            },
        }),
        method: ChoiceColumn({
            label: 'Method',
            default: 'POST',
            dropdown: 'dropdown_without_none',
            choices: {
                GET: { label: 'GET', sequence: 0 },
                POST: { label: 'POST', sequence: 1 },
                PUT: { label: 'PUT', sequence: 2 },
                PATCH: { label: 'PATCH', sequence: 3 },
                DELETE: { label: 'DELETE', sequence: 4 },
                HEAD: { label: 'HEAD', sequence: 5 },
            },
        }),
        url: UrlColumn({ label: 'URL', maxLength: 1024, hint: 'With any credentials or tokens in the query string redacted.' }),
        request_headers: MultiLineTextColumn({ label: 'Request headers', maxLength: 8000 }),
        request_body: MultiLineTextColumn({ label: 'Request body', maxLength: 65000 }),
        status_code: IntegerColumn({ label: 'Status code', hint: '0 when no HTTP answer arrived (refused, timed out).' }),
        response_headers: MultiLineTextColumn({ label: 'Response headers', maxLength: 8000 }),
        response_body: MultiLineTextColumn({ label: 'Response body', maxLength: 65000 }),
        duration_ms: IntegerColumn({ label: 'Duration (ms)' }),
        attempt: IntegerColumn({ label: 'Attempt', default: 1, hint: '1 for the first try, 2 for the first retry, and so on.' }),
        state: ChoiceColumn({
            label: 'Request state',
            mandatory: true,
            default: 'ready',
            dropdown: 'dropdown_without_none',
            hint: 'Pending waits for its retry time; Ready is about to be sent; OK and Error are final.',
            choices: {
                pending: { label: 'Pending', sequence: 0 },
                ready: { label: 'Ready', sequence: 1 },
                ok: { label: 'OK', sequence: 2 },
                error: { label: 'Error', sequence: 3 },
                cancelled: { label: 'Cancelled', sequence: 4 },
            },
        }),
        next_attempt_at: DateTimeColumn({ label: 'Next attempt', hint: 'When a pending retry is due.' }),
        error: StringColumn({ label: 'Error', maxLength: 1000 }),
    },
})
