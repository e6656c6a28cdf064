import { gs } from '@servicenow/glide'

/**
 * Tether's system-log lines, filtered by `x_tether.log.level` (debug, info, warn, error; default
 * info): a line is written when its level is at or above the property's. Callers pass no secret.
 */

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'
const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }

export function logThreshold(): LogLevel {
    const level = String(gs.getProperty('x_tether.log.level', 'info')).toLowerCase()
    return level in RANK ? (level as LogLevel) : 'info'
}

export function log(level: LogLevel, message: string): void {
    if (RANK[level] < RANK[logThreshold()]) return
    if (level === 'debug') gs.debug(message)
    else if (level === 'info') gs.info(message)
    else if (level === 'warn') gs.warn(message)
    else gs.error(message)
}
