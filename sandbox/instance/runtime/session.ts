/**
 * Who a script runs as. The platform runs every script in a session: business rules and UI actions
 * as the interactive user, REST calls as the authenticated caller, scheduled jobs as their run-as
 * user (or system). Roles decide ACLs and gs.hasRole.
 */
export interface Session {
    userId: string
    userName: string
    /** Interactive sessions (UI actions) collect the messages scripts add for the user. */
    interactive: boolean
    messages: { type: 'info' | 'error'; text: string }[]
    /** Where the user is sent next (gs.setRedirect, action.setRedirectURL), when a script chose. */
    redirect?: string
}

export function systemSession(adminId: string): Session {
    return { userId: adminId, userName: 'system', interactive: false, messages: [] }
}
