import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { tetherManager } from '../../security/roles.now'
import { pauseAction, repairAction, resumeAction } from '../../../server/ui/queue-actions'

/** Pause: hold the integration's outbound queue, in order (a partner's maintenance window). */
UiAction({
    $id: Now.ID['action-integration-pause'],
    table: 'x_tether_integration',
    name: 'Pause',
    actionName: 'x_tether_pause_integration',
    hint: 'Hold outbound messages in the queue, in order, until Resume',
    condition: "current.state == 'active'",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 100,
    form: { showButton: true, showContextMenu: true, style: 'unstyled' },
    list: { showContextMenu: true },
    script: pauseAction,
})

/** Resume: send what queued up while paused, in order. */
UiAction({
    $id: Now.ID['action-integration-resume'],
    table: 'x_tether_integration',
    name: 'Resume',
    actionName: 'x_tether_resume_integration',
    hint: 'Send the queued messages, in order',
    condition: "current.state == 'paused'",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 110,
    form: { showButton: true, showContextMenu: true, style: 'primary' },
    list: { showContextMenu: true },
    script: resumeAction,
})

/** Repair: replay every errored or timed-out transaction in its place in the queue. */
UiAction({
    $id: Now.ID['action-integration-repair'],
    table: 'x_tether_integration',
    name: 'Repair',
    actionName: 'x_tether_repair_integration',
    hint: 'Replay every errored or timed-out transaction, in queue order',
    condition: 'new x_tether.TetherClient().hasRepairable(current.getUniqueValue())',
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 120,
    form: { showButton: true, showContextMenu: true, style: 'primary' },
    script: repairAction,
})
