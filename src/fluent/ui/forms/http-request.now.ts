import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

/** The HTTP request form: one call in or out, its outcome, then the (redacted) headers and bodies. */
export const httpRequestForm = Form({
    table: 'x_tether_http_request',
    view: default_view,
    sections: [
        {
            caption: 'Request',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'number' },
                        { type: 'table_field', field: 'transaction' },
                        { type: 'table_field', field: 'connection' },
                        { type: 'table_field', field: 'direction' },
                        { type: 'table_field', field: 'method' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'state' },
                        { type: 'table_field', field: 'status_code' },
                        { type: 'table_field', field: 'duration_ms' },
                        { type: 'table_field', field: 'attempt' },
                        { type: 'table_field', field: 'next_attempt_at' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        { type: 'table_field', field: 'url' },
                        { type: 'table_field', field: 'error' },
                    ],
                },
            ],
        },
        {
            caption: 'Headers and bodies (secrets redacted)',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        { type: 'table_field', field: 'request_headers' },
                        { type: 'table_field', field: 'request_body' },
                        { type: 'table_field', field: 'response_headers' },
                        { type: 'table_field', field: 'response_body' },
                    ],
                },
            ],
        },
    ],
})
