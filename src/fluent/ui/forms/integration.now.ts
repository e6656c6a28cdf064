import '@servicenow/sdk/global'
import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

/**
 * The integration form: which partner and process, the queue's state and the partner's status,
 * then the delivery settings (retries, timeout, heartbeats) an integrator tunes.
 */
export const integrationForm = Form({
    table: 'x_tether_integration',
    view: default_view,
    sections: [
        {
            caption: 'Integration',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'name' },
                        { type: 'table_field', field: 'process' },
                        { type: 'table_field', field: 'partner' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'state' },
                        { type: 'table_field', field: 'status' },
                        { type: 'table_field', field: 'active' },
                        { type: 'table_field', field: 'last_heartbeat_at' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-integration-note-state'],
                            text: 'Active follows the connections: the integration is active while one of its connections is. Pause holds the outbound queue in order; Resume sends it; Repair replays every errored or timed-out transaction in its place in the queue.',
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { type: 'table_field', field: 'description' },
                    ],
                },
            ],
        },
        {
            caption: 'Delivery',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'retry_limit' },
                        { type: 'table_field', field: 'retry_delay_seconds' },
                        { type: 'table_field', field: 'backoff' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'sync_timeout_seconds' },
                        { type: 'table_field', field: 'heartbeat_minutes' },
                    ],
                },
            ],
        },
    ],
})
