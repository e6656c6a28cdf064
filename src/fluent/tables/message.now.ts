import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * A message type of an integration, such as CreateIncident. Its path is appended to the
 * connection's endpoint URL when it is sent.
 */
export const x_tether_message = Table({
    name: 'x_tether_message',
    label: 'Tether Message',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    index: [{ name: 'x_tether_message_integration_name', unique: true, element: ['integration', 'name'] }],
    schema: {
        integration: ReferenceColumn({
            label: 'Integration',
            referenceTable: 'x_tether_integration',
            mandatory: true,
            cascadeRule: 'restrict',
            hint: 'The integration this message belongs to.',
        }),
        name: StringColumn({
            label: 'Message name',
            maxLength: 80,
            mandatory: true,
            hint: 'Unique within the integration and identical on both instances, e.g. CreateIncident.',
        }),
        type: ChoiceColumn({
            label: 'Type',
            mandatory: true,
            default: 'update',
            dropdown: 'dropdown_without_none',
            hint: 'What the message does to the bond: Create opens one, Update changes it, Resolve closes it.',
            choices: {
                create: { label: 'Create', sequence: 0 },
                update: { label: 'Update', sequence: 1 },
                resolve: { label: 'Resolve', sequence: 2 },
                heartbeat: { label: 'Heartbeat', sequence: 3 },
                response: { label: 'Response', sequence: 4 },
                receipt: { label: 'Receipt', sequence: 5 },
            },
        }),
        direction: ChoiceColumn({
            label: 'Direction',
            mandatory: true,
            default: 'bidirectional',
            dropdown: 'dropdown_without_none',
            hint: 'Outbound messages are sent by this instance, inbound ones accepted from the partner.',
            choices: {
                outbound: { label: 'Outbound', sequence: 0 },
                inbound: { label: 'Inbound', sequence: 1 },
                bidirectional: { label: 'Bidirectional', sequence: 2 },
            },
        }),
        path: StringColumn({
            label: 'Path',
            maxLength: 255,
            hint: 'Appended to the connection endpoint URL, e.g. /incident/message. Leave empty to post to the endpoint itself.',
        }),
        active: BooleanColumn({
            label: 'Active',
            default: true,
            hint: 'Inactive messages are neither sent nor accepted.',
        }),
    },
})
