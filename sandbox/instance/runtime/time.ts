/** The platform's internal date-time format, "YYYY-MM-DD HH:mm:ss" in UTC, to and from epoch ms. */
export function toGlideDateTime(ms: number): string {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('T', ' ').slice(0, 19)
}

export function fromGlideDateTime(value: string | null | undefined): number | undefined {
    if (!value) return undefined
    const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/.exec(value.trim())
    if (!m) return undefined
    return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
}

/** A glide_duration value ("1970-01-01 00:05:00" = 5 minutes, "1970-01-03 00:00:00" = 2 days) in ms. */
export function durationMs(value: string | null | undefined): number | undefined {
    const ms = fromGlideDateTime(value)
    return ms === undefined ? undefined : ms
}
