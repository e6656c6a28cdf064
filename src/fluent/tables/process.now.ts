import '@servicenow/sdk/global'
import { BooleanColumn, MultiLineTextColumn, StringColumn, Table, TableNameColumn } from '@servicenow/sdk/core'

/**
 * A business process that integrations exchange, such as Incident. Both instances of a pair hold
 * the same process, matched by its API name.
 */
export const x_tether_process = Table({
    name: 'x_tether_process',
    label: 'Tether Process',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({
            label: 'Name',
            maxLength: 100,
            mandatory: true,
            hint: 'What the partners exchange, as people call it, for example "Incident".',
        }),
        api_name: StringColumn({
            label: 'API name',
            maxLength: 80,
            mandatory: true,
            unique: true,
            hint: "Lower-case key used in Tether's inbound API paths; must be the same on both instances, e.g. incident.",
        }),
        target_table: TableNameColumn({
            label: 'Target table',
            mandatory: true,
            hint: 'The table whose records this process creates and updates, e.g. incident.',
        }),
        description: MultiLineTextColumn({
            label: 'Description',
            maxLength: 4000,
            hint: 'What the process is for and who owns it on each side.',
        }),
        active: BooleanColumn({
            label: 'Active',
            default: true,
            hint: 'Clear to stop every integration of this process from sending or accepting messages.',
        }),
    },
})
