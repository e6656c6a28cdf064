import { ignore, pause, processIntegration, processNow, processQueues, repair, replay, resume, send } from './queue'
import { testConnection } from './connection-test'

/** Tether's messaging API for other scripts (x_tether.TetherClient), the worker job and UI actions. */
export { ignore, pause, processIntegration, processNow, processQueues, repair, replay, resume, send, testConnection }

/** Scheduled job "Tether: send queued messages". */
export function processQueuesJob(): void {
    processQueues()
}
