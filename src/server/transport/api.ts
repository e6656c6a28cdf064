import { ignore, pause, processIntegration, processNow, processQueues, repair, hasRepairable, replay, resume, send } from './queue'
import { testConnection } from './connection-test'
import { onBondedRecordChange, share } from './bonding'

/** Tether's messaging API for other scripts (x_tether.TetherClient), the worker job and UI actions. */
export { ignore, onBondedRecordChange, pause, processIntegration, processNow, processQueues, repair, hasRepairable, replay, resume, send, share, testConnection }

/** Scheduled job "Tether: send queued messages". */
export function processQueuesJob(): void {
    processQueues()
}
