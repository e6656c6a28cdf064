import '@servicenow/sdk/global'
import { BooleanColumn, ChoiceColumn, DateTimeColumn, IntegerColumn, MultiLineTextColumn, ReferenceColumn, StringColumn, Table } from '@servicenow/sdk/core'

/**
 * One message exchange with the partner. Transactions of an integration are sent in order; an
 * errored one holds the ones behind it until an operator acts.
 */
export const x_tether_transaction = Table({
    name: 'x_tether_transaction',
    label: 'Tether Transaction',
    display: 'number',
    allowWebServiceAccess: true,
    autoNumber: { prefix: 'TXN', number: 1000, numberOfDigits: 7 },
    // The worker takes each integration's queue in order: outbound, not finished, oldest first.
    index: [{ name: 'x_tether_transaction_queue', unique: false, element: ['integration', 'direction', 'state'] }],
    schema: {
        number: StringColumn({ label: 'Number', maxLength: 40, readOnly: true }),
        integration: ReferenceColumn({
            label: 'Integration',
            referenceTable: 'x_tether_integration',
            mandatory: true,
            hint: 'The integration whose queue this transaction is in.',
        }),
        connection: ReferenceColumn({
            label: 'Connection',
            referenceTable: 'x_tether_connection',
            hint: 'The connection used to send or receive it.',
        }),
        message: ReferenceColumn({
            label: 'Message',
            referenceTable: 'x_tether_message',
            hint: 'The message type carried.',
        }),
        bond: ReferenceColumn({
            label: 'Bond',
            referenceTable: 'x_tether_bond',
            hint: 'The bonded record pair this message is about.',
        }),
        direction: ChoiceColumn({
            label: 'Direction',
            mandatory: true,
            default: 'outbound',
            dropdown: 'dropdown_without_none',
            choices: {
                outbound: { label: 'Outbound', sequence: 0 },
                inbound: { label: 'Inbound', sequence: 1 },
            },
        }),
        state: ChoiceColumn({
            label: 'State',
            mandatory: true,
            default: 'queued',
            dropdown: 'dropdown_without_none',
            hint: 'Queued waits its turn; Error and Timed out hold the queue until Replay, Repair or Ignore.',
            choices: {
                queued: { label: 'Queued', sequence: 0 },
                sending: { label: 'Sending', sequence: 1 },
                awaiting_receipt: { label: 'Awaiting receipt', sequence: 2 },
                complete: { label: 'Complete', sequence: 3 },
                error: { label: 'Error', sequence: 4 },
                timed_out: { label: 'Timed out', sequence: 5 },
                ignored: { label: 'Ignored', sequence: 6 },
            },
        }),
        message_id: StringColumn({
            label: 'Message ID',
            maxLength: 64,
            unique: true,
            hint: 'Unique id of this message; the partner uses it to recognise duplicates.',
        }),
        external_message_id: StringColumn({
            label: 'External message ID',
            maxLength: 64,
            hint: 'The id the partner gave the same exchange.',
        }),
        attempts: IntegerColumn({
            label: 'Attempts',
            default: 0,
            hint: 'HTTP attempts made so far.',
        }),
        error: StringColumn({
            label: 'Error',
            maxLength: 1000,
            hint: 'Why the transaction failed, with the HTTP status or error code.',
        }),
        payload: MultiLineTextColumn({
            label: 'Payload',
            maxLength: 65000,
            hint: 'The message body (JSON) as sent or received; secrets are never part of a payload.',
        }),
        next_attempt_at: DateTimeColumn({
            label: 'Next attempt',
            hint: 'When a queued transaction waiting for a retry is sent again.',
        }),
        queued_at: DateTimeColumn({
            label: 'Queued at',
            hint: "The transaction's place in its integration's queue; a replay keeps the place of the transaction it replays.",
        }),
        holds_queue: BooleanColumn({
            label: 'Holds the queue',
            default: false,
            hint: 'Set when an operator ignores a transaction: later ones wait until someone uses Process Now.',
        }),
        send_owner: StringColumn({
            label: 'Send owner',
            maxLength: 40,
            readOnly: true,
            hint: 'Which worker is sending it right now; only that worker may record the outcome.',
        }),
        sending_since: DateTimeColumn({
            label: 'Sending since',
            readOnly: true,
            hint: 'When the current send began; a send much older than the sync timeout was abandoned by a node that died and is taken over.',
        }),
        replay_of: ReferenceColumn({
            label: 'Replay of',
            referenceTable: 'x_tether_transaction',
            hint: 'The transaction this one replays (its number gets a suffix: TXN0001000.1).',
        }),
    },
})
