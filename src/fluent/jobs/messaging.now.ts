import '@servicenow/sdk/global'
import { ScriptInclude } from '@servicenow/sdk/core'

// The once-a-minute worker job ("Tether: send queued messages", processQueuesJob) lands with the rest
// of the messaging issue: two instances' one-minute jobs interleave on the sandbox's virtual clock and
// need a faster scheduler first (see the closing note of this session).

/**
 * x_tether.TetherClient: send messages through an integration's ordered queue, and the operator's
 * tools (pause, resume, repair, replay, ignore, process now, test connection).
 */
ScriptInclude({
    $id: Now.ID['si-tether-client'],
    name: 'TetherClient',
    apiName: 'x_tether.TetherClient',
    accessibleFrom: 'package_private',
    active: true,
    description: 'Tether messaging: send, processQueue, pause, resume, repair, replay, ignore, processNow, testConnection.',
    script: Now.include('../scripts/TetherClient.server.js'),
})
