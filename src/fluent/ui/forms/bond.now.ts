import '@servicenow/sdk/global'
import { Form, default_view } from '@servicenow/sdk/core'

/** The bond form: the local record, the partner's record and the state of the link between them. */
export const bondForm = Form({
    table: 'x_tether_bond',
    view: default_view,
    sections: [
        {
            caption: 'Bond',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'number' },
                        { type: 'table_field', field: 'integration' },
                        { type: 'table_field', field: 'state' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'table' },
                        { type: 'table_field', field: 'document' },
                        { type: 'table_field', field: 'internal_reference' },
                        { type: 'table_field', field: 'external_reference' },
                    ],
                },
            ],
        },
    ],
})
