/**
 * The data model and security matrix Tether promises (architecture page), written out independently
 * of the Fluent code so that the build-output tests compare the build against the design.
 */
type Col = { type: string; reference?: string; choices?: string[]; mandatory?: boolean; default?: string }

const dt = { type: 'glide_date_time' }
const int = { type: 'integer' }
const str = { type: 'string' }
const text = { type: 'multi_two_lines' }

export const expectedTables: Record<string, { display: string; columns: Record<string, Col>; autoNumber?: string }> = {
    x_tether_process: {
        display: 'name',
        columns: {
            name: { type: 'string', mandatory: true },
            api_name: { type: 'string', mandatory: true },
            target_table: { type: 'table_name', mandatory: true },
            description: text,
            active: { type: 'boolean', default: 'true' },
        },
    },
    x_tether_integration: {
        display: 'name',
        columns: {
            name: { type: 'string', mandatory: true },
            process: { type: 'reference', reference: 'x_tether_process', mandatory: true },
            partner: str,
            state: { type: 'choice', choices: ['active', 'off', 'paused'], default: 'off' },
            status: { type: 'choice', choices: ['up', 'down', 'awaiting'], default: 'awaiting' },
            active: { type: 'boolean', default: 'false' },
            retry_limit: { type: 'integer', default: '5' },
            retry_delay_seconds: { type: 'integer', default: '30' },
            backoff: { type: 'choice', choices: ['exponential', 'fixed'], default: 'exponential' },
            sync_timeout_seconds: { type: 'integer', default: '30' },
            heartbeat_minutes: { type: 'integer', default: '15' },
            last_heartbeat_at: dt,
            description: text,
        },
    },
    x_tether_connection: {
        display: 'name',
        columns: {
            name: { type: 'string', mandatory: true },
            integration: { type: 'reference', reference: 'x_tether_integration', mandatory: true },
            environment: {
                type: 'choice',
                choices: ['production', 'pre_production', 'test', 'development', 'sandbox'],
                mandatory: true,
            },
            active: { type: 'boolean', default: 'false' },
            endpoint_url: { type: 'url' },
            authentication: { type: 'choice', choices: ['none', 'basic', 'oauth2'], default: 'oauth2' },
            basic_user: str,
            basic_password: { type: 'password2' },
            oauth_profile: { type: 'reference', reference: 'oauth_entity_profile' },
            grant_type: { type: 'choice', choices: ['password', 'client_credentials'] },
            oauth_username: str,
            oauth_password: { type: 'password2' },
            inbound_user: { type: 'reference', reference: 'sys_user' },
            token_state: {
                type: 'choice',
                choices: ['none', 'valid', 'refreshing', 'degraded', 'needs_reauth', 'error', 'revoked'],
                default: 'none',
            },
            access_expires: dt,
            refresh_expires: dt,
            refresh_issued: dt,
            next_refresh_at: dt,
            last_refresh_at: dt,
            consecutive_failures: { type: 'integer', default: '0' },
            access_issued: dt,
            access_fingerprint: str,
            refresh_fingerprint: str,
            expiry_warned: { type: 'boolean', default: 'false' },
            lease_owner: str,
            lease_until: dt,
            last_error: str,
        },
    },
    x_tether_message: {
        display: 'name',
        columns: {
            integration: { type: 'reference', reference: 'x_tether_integration', mandatory: true },
            name: { type: 'string', mandatory: true },
            type: { type: 'choice', choices: ['create', 'update', 'resolve', 'heartbeat', 'response', 'receipt'] },
            direction: { type: 'choice', choices: ['inbound', 'outbound', 'bidirectional'] },
            path: str,
            active: { type: 'boolean', default: 'true' },
        },
    },
    x_tether_transaction: {
        display: 'number',
        autoNumber: 'TXN',
        columns: {
            number: str,
            integration: { type: 'reference', reference: 'x_tether_integration', mandatory: true },
            connection: { type: 'reference', reference: 'x_tether_connection' },
            message: { type: 'reference', reference: 'x_tether_message' },
            bond: { type: 'reference', reference: 'x_tether_bond' },
            direction: { type: 'choice', choices: ['inbound', 'outbound'] },
            state: {
                type: 'choice',
                choices: ['queued', 'sending', 'awaiting_receipt', 'complete', 'error', 'timed_out', 'ignored'],
                default: 'queued',
            },
            message_id: str,
            external_message_id: str,
            attempts: { type: 'integer', default: '0' },
            error: str,
            payload: text,
            next_attempt_at: dt,
            queued_at: dt,
            holds_queue: { type: 'boolean', default: 'false' },
            send_owner: str,
            sending_since: dt,
            replay_of: { type: 'reference', reference: 'x_tether_transaction' },
        },
    },
    x_tether_http_request: {
        display: 'number',
        autoNumber: 'HTTP',
        columns: {
            number: str,
            transaction: { type: 'reference', reference: 'x_tether_transaction' },
            connection: { type: 'reference', reference: 'x_tether_connection' },
            direction: { type: 'choice', choices: ['inbound', 'outbound'] },
            method: { type: 'choice', choices: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'] },
            url: { type: 'url' },
            request_headers: text,
            request_body: text,
            status_code: int,
            response_headers: text,
            response_body: text,
            duration_ms: int,
            attempt: { type: 'integer', default: '1' },
            state: { type: 'choice', choices: ['pending', 'ready', 'ok', 'error', 'cancelled'] },
            next_attempt_at: dt,
            error: str,
        },
    },
    x_tether_bond: {
        display: 'number',
        autoNumber: 'BON',
        columns: {
            number: str,
            integration: { type: 'reference', reference: 'x_tether_integration', mandatory: true },
            table: { type: 'table_name', mandatory: true },
            document: { type: 'document_id' },
            internal_reference: str,
            external_reference: str,
            state: { type: 'choice', choices: ['pending', 'open', 'suspended', 'closed'], default: 'pending' },
        },
    },
    x_tether_token_event: {
        display: 'event',
        columns: {
            connection: { type: 'reference', reference: 'x_tether_connection', mandatory: true },
            event: {
                type: 'choice',
                choices: ['granted', 'refreshed', 'regranted', 'revoked', 'failed', 'expiry_warning', 'reauth_required'],
                mandatory: true,
            },
            grant_type: { type: 'choice', choices: ['password', 'client_credentials', 'refresh_token'] },
            http_status: int,
            error_code: str,
            detail: str,
            duration_ms: int,
            access_expires: dt,
            refresh_expires: dt,
            fingerprint: str,
        },
    },
}

export const configTables = ['x_tether_process', 'x_tether_integration', 'x_tether_connection', 'x_tether_message']
export const runtimeTables = ['x_tether_transaction', 'x_tether_http_request', 'x_tether_bond']
export const auditTables = ['x_tether_token_event']

export type Operation = 'create' | 'read' | 'write' | 'delete'
export const operations: Operation[] = ['create', 'read', 'write', 'delete']

/** The lowest Tether role that each operation needs; role containment gives it to the roles above. */
export function intendedRole(table: string, op: Operation): string {
    if (configTables.includes(table)) return op === 'read' ? 'x_tether.manager' : 'x_tether.admin'
    if (runtimeTables.includes(table)) {
        return { read: 'x_tether.user', write: 'x_tether.manager', create: 'x_tether.admin', delete: 'x_tether.admin' }[op]
    }
    return op === 'read' ? 'x_tether.user' : 'x_tether.admin'
}

/** Roles each Tether role has, itself included, through sys_user_role_contains. */
export const effectiveRoles: Record<string, string[]> = {
    'x_tether.admin': ['x_tether.admin', 'x_tether.manager', 'x_tether.user'],
    'x_tether.manager': ['x_tether.manager', 'x_tether.user'],
    'x_tether.user': ['x_tether.user'],
    'x_tether.integration': ['x_tether.integration'],
}

/**
 * The ACL audit (test/e2e/acl-audit.test.ts): each kind of user the design names, by the roles it
 * holds. "read role" is a user holding only the role named by x_tether.read_role (default itil).
 */
export const auditRoles: Record<string, string[]> = {
    admin: ['x_tether.admin'],
    manager: ['x_tether.manager'],
    user: ['x_tether.user'],
    integration: ['x_tether.integration'],
    none: [],
    'read role (itil)': ['itil'],
}

/** password2 fields: read and write for admins only (creating or deleting a field is not a thing). */
export const secretFields = ['x_tether_connection.basic_password', 'x_tether_connection.oauth_password']
export const secretOperations: Operation[] = ['read', 'write']

/** The intended matrix, from intendedRole and role containment: may this kind of user do op on table? */
export function intendedAllowed(auditRole: string, table: string, op: Operation): boolean {
    const held = auditRoles[auditRole].flatMap((r) => effectiveRoles[r] ?? [r])
    if (held.includes(intendedRole(table, op))) return true
    // The read-role ACLs: runtime records and token events are readable by the role in x_tether.read_role.
    return op === 'read' && [...runtimeTables, ...auditTables].includes(table) && held.includes('itil')
}

export function intendedSecretAllowed(auditRole: string, op: Operation): boolean {
    return secretOperations.includes(op) && auditRoles[auditRole].flatMap((r) => effectiveRoles[r] ?? [r]).includes('x_tether.admin')
}

const letter: Record<Operation, string> = { create: 'C', read: 'R', write: 'W', delete: 'D' }

/** The intended matrix as the README shows it: one row per table or secret field, one column per kind of user. */
export function aclAuditTable(): string {
    const roles = Object.keys(auditRoles)
    const cell = (allowed: (op: Operation) => boolean) => operations.filter(allowed).map((op) => letter[op]).join('') || '—'
    const lines = [`| table / field | ${roles.join(' | ')} |`, `|---|${roles.map(() => '---').join('|')}|`]
    for (const table of Object.keys(expectedTables)) lines.push(`| \`${table}\` | ${roles.map((r) => cell((op) => intendedAllowed(r, table, op))).join(' | ')} |`)
    for (const field of secretFields) lines.push(`| \`${field}\` | ${roles.map((r) => cell((op) => intendedSecretAllowed(r, op))).join(' | ')} |`)
    return lines.join('\n')
}
