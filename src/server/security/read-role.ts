import { gs } from '@servicenow/glide'

/** Name of the property that names the role allowed to read Tether's runtime records. */
export const READ_ROLE_PROPERTY = 'x_tether.read_role'

/**
 * ACL script: true when the session user holds the role named by x_tether.read_role.
 * An empty property grants nothing, so clearing it closes this door instead of opening it.
 */
export function readRoleGrantsAccess(): boolean {
    const role = String(gs.getProperty(READ_ROLE_PROPERTY, '') || '').trim()
    return role !== '' && gs.hasRole(role)
}
