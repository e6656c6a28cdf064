import '@servicenow/sdk/global'
import { Role } from '@servicenow/sdk/core'

/**
 * Read-only access to Tether's runtime records (transactions, HTTP requests, bonds, token events).
 * Give it to support staff who watch integrations but never change them.
 */
export const tetherUser = Role({
    name: 'x_tether.user',
    description: 'Tether user: reads runtime records (transactions, HTTP requests, bonds, token events).',
})

/**
 * Production operations: everything a user can do plus replay, ignore and repair of runtime
 * records, and read access to the configuration (without its secrets).
 */
export const tetherManager = Role({
    name: 'x_tether.manager',
    description: 'Tether manager: operates runtime records and reads the configuration, without secrets.',
    containsRoles: [tetherUser],
})

/**
 * Configures processes, integrations, connections and messages, and is the only role that can
 * read the secrets stored on connections.
 */
export const tetherAdmin = Role({
    name: 'x_tether.admin',
    description: 'Tether admin: configures processes, integrations, connections and messages; reads secrets.',
    containsRoles: [tetherManager],
})

/**
 * Marks the accounts a partner instance authenticates as. It opens Tether's inbound API and nothing
 * else: no configuration, no secrets, no runtime records.
 */
export const tetherIntegration = Role({
    name: 'x_tether.integration',
    description: "Tether integration: the only role Tether's inbound API accepts; no access to configuration or secrets.",
})
