/** True when a boolean field's value says so, in any form the platform hands it out ("1", "true", true). */
export function isTrue(value: unknown): boolean {
    return String(value) === '1' || String(value) === 'true'
}
