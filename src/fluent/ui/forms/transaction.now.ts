import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

/**
 * The transaction form: one message exchange, its place in the queue and what went wrong, with the
 * envelope that was (or will be) sent. Its HTTP requests are the related list below.
 */
export const transactionForm = Form({
    table: 'x_tether_transaction',
    view: default_view,
    sections: [
        {
            caption: 'Transaction',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'number' },
                        { type: 'table_field', field: 'integration' },
                        { type: 'table_field', field: 'connection' },
                        { type: 'table_field', field: 'message' },
                        { type: 'table_field', field: 'bond' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'direction' },
                        { type: 'table_field', field: 'state' },
                        { type: 'table_field', field: 'attempts' },
                        { type: 'table_field', field: 'holds_queue' },
                        { type: 'table_field', field: 'replay_of' },
                    ],
                },
                { layout: 'one-column', elements: [{ type: 'table_field', field: 'error' }] },
            ],
        },
        {
            caption: 'Queue',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'queued_at' },
                        { type: 'table_field', field: 'next_attempt_at' },
                        { type: 'table_field', field: 'sending_since' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'message_id' },
                        { type: 'table_field', field: 'external_message_id' },
                        { type: 'table_field', field: 'send_owner' },
                    ],
                },
            ],
        },
        {
            caption: 'Payload',
            content: [{ layout: 'one-column', elements: [{ type: 'table_field', field: 'payload' }] }],
        },
    ],
})
