import '@servicenow/sdk/global'
import { ChoiceColumn, DocumentIdColumn, ReferenceColumn, StringColumn, Table, TableNameColumn } from '@servicenow/sdk/core'

/**
 * The link between a local record and the partner's copy of it, e.g. this instance's incident and
 * the provider's incident. Messages flow only while the bond is open.
 */
export const x_tether_bond = Table({
    name: 'x_tether_bond',
    label: 'Tether Bond',
    display: 'number',
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'BON', number: 1000, numberOfDigits: 7 },
    schema: {
        number: StringColumn({ label: 'Number', maxLength: 40, readOnly: true }),
        integration: ReferenceColumn({
            label: 'Integration',
            referenceTable: 'x_tether_integration',
            mandatory: true,
        }),
        table: TableNameColumn({ label: 'Table', mandatory: true, hint: 'Table of the local record, e.g. incident.' }),
        document: DocumentIdColumn({ label: 'Document', dependent: 'table', hint: 'The local record.' }),
        internal_reference: StringColumn({
            label: 'Internal reference',
            maxLength: 100,
            hint: "The local record's number, e.g. INC0010001.",
        }),
        external_reference: StringColumn({
            label: 'External reference',
            maxLength: 100,
            hint: "The partner's number for the same record.",
        }),
        state: ChoiceColumn({
            label: 'State',
            mandatory: true,
            default: 'pending',
            dropdown: 'dropdown_without_none',
            hint: 'Pending until the partner confirms; Open lets messages flow; Suspended holds them; Closed ends the bond.',
            choices: {
                pending: { label: 'Pending', sequence: 0 },
                open: { label: 'Open', sequence: 1 },
                suspended: { label: 'Suspended', sequence: 2 },
                closed: { label: 'Closed', sequence: 3 },
            },
        }),
    },
})
