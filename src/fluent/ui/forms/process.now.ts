import '@servicenow/sdk/global'
import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

/** The process form: what is exchanged (e.g. Incident) and the local table it lives in. */
export const processForm = Form({
    table: 'x_tether_process',
    view: default_view,
    sections: [
        {
            caption: 'Process',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'name' },
                        { type: 'table_field', field: 'api_name' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'target_table' },
                        { type: 'table_field', field: 'active' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-process-note-api-name'],
                            text: 'The API name is what the partner sends in the "process" field of each message; both instances must use the same one (incident for the Incident scenario).',
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { type: 'table_field', field: 'description' },
                    ],
                },
            ],
        },
    ],
})
