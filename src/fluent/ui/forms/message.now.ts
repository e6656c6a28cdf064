import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

/** The message form: a message type of an integration, its direction and the path it is sent to. */
export const messageForm = Form({
    table: 'x_tether_message',
    view: default_view,
    sections: [
        {
            caption: 'Message',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'name' },
                        { type: 'table_field', field: 'integration' },
                        { type: 'table_field', field: 'type' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'direction' },
                        { type: 'table_field', field: 'path' },
                        { type: 'table_field', field: 'active' },
                    ],
                },
            ],
        },
    ],
})
