import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

/** The token event form: one token operation, its outcome and the expiries it set (fingerprints, never tokens). */
export const tokenEventForm = Form({
    table: 'x_tether_token_event',
    view: default_view,
    sections: [
        {
            caption: 'Token event',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'connection' },
                        { type: 'table_field', field: 'event' },
                        { type: 'table_field', field: 'grant_type' },
                        { type: 'table_field', field: 'fingerprint' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'http_status' },
                        { type: 'table_field', field: 'error_code' },
                        { type: 'table_field', field: 'duration_ms' },
                        { type: 'table_field', field: 'access_expires' },
                        { type: 'table_field', field: 'refresh_expires' },
                    ],
                },
                { layout: 'one-column', elements: [{ type: 'table_field', field: 'detail' }] },
            ],
        },
    ],
})
