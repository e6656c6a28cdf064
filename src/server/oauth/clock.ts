import { GlideDateTime } from '@servicenow/glide'

/** Now, in epoch ms, from the platform clock. */
export function nowMs(): number {
    return new GlideDateTime().getNumericValue()
}

/** A GlideDateTime field value ("YYYY-MM-DD HH:mm:ss" UTC) from epoch ms. */
export function toDateTimeValue(ms: number): string {
    const gdt = new GlideDateTime()
    gdt.setNumericValue(Math.floor(ms / 1000) * 1000)
    return gdt.getValue()
}

/** Epoch ms of a date-time field value; undefined when empty or invalid. */
export function fromDateTimeValue(value: string | null | undefined): number | undefined {
    if (!value) return undefined
    const gdt = new GlideDateTime(String(value))
    return gdt.isValid() ? gdt.getNumericValue() : undefined
}
