/**
 * The sandbox's virtual clock. All instances share one timeline; each instance may be skewed from
 * it. Time is either frozen (tests: nothing moves unless advanced) or flowing (interactive use:
 * real seconds pass from a virtual base). The supervisor owns the timeline and sends its state to
 * every instance process, which computes "now" locally from that state.
 */
export interface ClockState {
    /** Virtual epoch ms at the moment `realBase` was taken. */
    virtualBase: number
    /** Real epoch ms (Date.now()) when the state was set; only used while flowing. */
    realBase: number
    frozen: boolean
}

export function clockNow(state: ClockState, realNow: number = Date.now()): number {
    return state.frozen ? state.virtualBase : state.virtualBase + (realNow - state.realBase)
}

/** A state that continues from `at` (virtual ms) in the same mode. */
export function clockAt(state: ClockState, at: number, realNow: number = Date.now()): ClockState {
    return { virtualBase: at, realBase: realNow, frozen: state.frozen }
}

/** Parses durations such as 90, "90s", "5m", "6h", "400d", "1d 2h" into milliseconds. */
export function parseDuration(input: string | number): number {
    if (typeof input === 'number') {
        if (!Number.isFinite(input) || input < 0) throw new Error(`Invalid duration ${input}`)
        return input
    }
    const units: Record<string, number> = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000, w: 604800000 }
    const parts = input.trim().toLowerCase().split(/\s+/)
    let total = 0
    for (const p of parts) {
        const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)?$/.exec(p)
        if (!m) throw new Error(`Invalid duration "${input}": use e.g. 90s, 5m, 6h, 400d`)
        total += Number(m[1]) * units[m[2] ?? 'ms']
    }
    return total
}
