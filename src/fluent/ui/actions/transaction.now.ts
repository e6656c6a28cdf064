import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { tetherManager } from '../../security/roles.now'
import { ignoreAction, processNowAction, replayAction } from '../../../server/ui/queue-actions'

/** Replay: send a failed or ignored outbound message again, as a copy that keeps its place in the queue. */
UiAction({
    $id: Now.ID['action-transaction-replay'],
    table: 'x_tether_transaction',
    name: 'Replay',
    actionName: 'x_tether_replay_transaction',
    hint: 'Send this message again as a new transaction (this one becomes Ignored)',
    condition: "current.direction == 'outbound' && (current.state == 'error' || current.state == 'timed_out' || current.state == 'ignored')",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 100,
    form: { showButton: true, showContextMenu: true, style: 'primary' },
    list: { showContextMenu: true },
    script: replayAction,
})

/** Ignore: do not send this message; the queue holds behind it until Process Now. */
UiAction({
    $id: Now.ID['action-transaction-ignore'],
    table: 'x_tether_transaction',
    name: 'Ignore',
    actionName: 'x_tether_ignore_transaction',
    hint: 'Do not send this message; later messages wait until Process Now',
    condition: "current.direction == 'outbound' && (current.state == 'queued' || current.state == 'error' || current.state == 'timed_out')",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 110,
    form: { showButton: true, showContextMenu: true, style: 'destructive' },
    list: { showContextMenu: true },
    script: ignoreAction,
})

/** Process Now: release the holds in front of this message and send the integration's queue. */
UiAction({
    $id: Now.ID['action-transaction-process-now'],
    table: 'x_tether_transaction',
    name: 'Process Now',
    actionName: 'x_tether_process_now',
    hint: "Release the holds in the integration's queue and send it now",
    condition: "current.direction == 'outbound' && (current.state == 'queued' || current.getValue('holds_queue') == '1')",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 120,
    form: { showButton: true, showContextMenu: true, style: 'unstyled' },
    list: { showContextMenu: true },
    script: processNowAction,
})
