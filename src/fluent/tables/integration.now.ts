import '@servicenow/sdk/global'
import {
    BooleanColumn,
    ChoiceColumn,
    DateTimeColumn,
    IntegerColumn,
    MultiLineTextColumn,
    ReferenceColumn,
    StringColumn,
    Table,
} from '@servicenow/sdk/core'

/**
 * One partner system for a process. Holds the queueing and retry settings; its connections say
 * how to reach the partner in each environment.
 */
export const x_tether_integration = Table({
    name: 'x_tether_integration',
    label: 'Tether Integration',
    display: 'name',
    audit: true,
    allowWebServiceAccess: true,
    schema: {
        name: StringColumn({
            label: 'Name',
            maxLength: 100,
            mandatory: true,
            hint: 'Process and partner, for example "Incident with ACME ServiceNow".',
        }),
        process: ReferenceColumn({
            label: 'Process',
            referenceTable: 'x_tether_process',
            mandatory: true,
            cascadeRule: 'restrict',
            hint: 'The business process this integration carries.',
        }),
        partner: StringColumn({
            label: 'Partner',
            maxLength: 100,
            hint: 'Who runs the other instance (company or team name).',
        }),
        state: ChoiceColumn({
            label: 'State',
            mandatory: true,
            default: 'off',
            dropdown: 'dropdown_without_none',
            hint: 'Active sends and accepts messages; Paused queues outbound messages in order; Off has no active connection.',
            choices: {
                active: { label: 'Active', sequence: 0 },
                paused: { label: 'Paused', sequence: 1 },
                off: { label: 'Off', sequence: 2 },
            },
        }),
        status: ChoiceColumn({
            label: 'Status',
            mandatory: true,
            default: 'awaiting',
            dropdown: 'dropdown_without_none',
            hint: 'Partner reachability from the last heartbeat or message: Up, Down or Awaiting the first answer.',
            choices: {
                up: { label: 'Up', sequence: 0 },
                down: { label: 'Down', sequence: 1 },
                awaiting: { label: 'Awaiting', sequence: 2 },
            },
        }),
        active: BooleanColumn({
            label: 'Active',
            default: false,
            readOnly: true,
            hint: 'Set by Tether: true exactly when one of the connections is active. Activate a connection to change it.',
        }),
        retry_limit: IntegerColumn({
            label: 'Retry limit',
            default: 5,
            mandatory: true,
            hint: 'How many times a failed request (5xx, 429, timeout) is retried before the transaction errors and the queue holds.',
        }),
        retry_delay_seconds: IntegerColumn({
            label: 'Retry delay (seconds)',
            default: 30,
            mandatory: true,
            hint: 'Wait before the first retry; with exponential backoff each later retry waits twice as long.',
        }),
        backoff: ChoiceColumn({
            label: 'Backoff',
            mandatory: true,
            default: 'exponential',
            dropdown: 'dropdown_without_none',
            hint: 'Exponential doubles the delay on each retry (with jitter); Fixed always waits the retry delay.',
            choices: {
                exponential: { label: 'Exponential with jitter', sequence: 0 },
                fixed: { label: 'Fixed', sequence: 1 },
            },
        }),
        sync_timeout_seconds: IntegerColumn({
            label: 'Sync timeout (seconds)',
            default: 30,
            mandatory: true,
            hint: 'How long to wait for the partner to accept a request before it counts as timed out.',
        }),
        heartbeat_minutes: IntegerColumn({
            label: 'Heartbeat interval (minutes)',
            default: 15,
            hint: 'How often a heartbeat checks that the partner answers; 0 turns heartbeats off.',
        }),
        last_heartbeat_at: DateTimeColumn({
            label: 'Last heartbeat',
            readOnly: true,
            hint: 'When the heartbeat last checked that the partner answers.',
        }),
        description: MultiLineTextColumn({
            label: 'Description',
            maxLength: 4000,
            hint: 'Notes for operators: contacts on the partner side, maintenance windows.',
        }),
    },
})
