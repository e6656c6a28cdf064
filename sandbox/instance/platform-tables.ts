/**
 * The platform tables a fresh simulated instance has before any app is installed, with the columns
 * the ServiceNow documentation lists for them (those Tether and the sandbox touch). Records of other
 * platform tables in a build (sys_documentation, sys_app_module, …) get a generic table whose columns
 * come from the records themselves.
 *
 * Column spec: "name:type" or "name:reference>table"; type defaults to string.
 */
import { ColumnSchema, TableSchema } from './schema'

const spec: Record<string, { label: string; display?: string; number?: string; columns: string[]; indexes?: string[][] }> = {
    sys_user: {
        label: 'User',
        display: 'name',
        indexes: [['user_name']],
        columns: [
            'user_name', 'first_name', 'last_name', 'name', 'email', 'active:boolean', 'locked_out:boolean',
            'user_password:password', 'password_needs_reset:boolean', 'web_service_access_only:boolean',
            'internal_integration_user:boolean', 'identity_type', 'failed_attempts:integer', 'last_login_time:glide_date_time',
            'time_zone', 'title',
        ],
    },
    sys_user_role: {
        label: 'Role',
        display: 'name',
        columns: ['name', 'description', 'suffix', 'elevated_privilege:boolean', 'assignable_by', 'can_delegate:boolean', 'grantable:boolean', 'scoped_admin:boolean'],
    },
    sys_user_has_role: {
        label: 'User Role',
        columns: ['user:reference>sys_user', 'role:reference>sys_user_role', 'inherited:boolean', 'granted_by:reference>sys_user_role', 'state'],
    },
    sys_user_role_contains: { label: 'Contained Role', columns: ['role:reference>sys_user_role', 'contains:reference>sys_user_role'] },
    sys_properties: {
        label: 'System Property',
        display: 'name',
        indexes: [['name']],
        columns: ['name', 'value', 'type', 'description', 'choices', 'read_roles', 'write_roles', 'is_private:boolean', 'ignore_cache:boolean', 'suffix'],
    },
    sys_security_acl: {
        label: 'Access Control',
        display: 'name',
        columns: [
            'name', 'operation', 'type', 'active:boolean', 'admin_overrides:boolean', 'advanced:boolean', 'condition',
            'script:script', 'decision_type', 'description', 'local_or_existing', 'applies_to', 'security_attribute',
        ],
    },
    sys_security_acl_role: { label: 'Access Role', columns: ['sys_security_acl:reference>sys_security_acl', 'sys_user_role:reference>sys_user_role'] },
    sys_script: {
        label: 'Business Rule',
        display: 'name',
        indexes: [['collection']],
        columns: [
            'name', 'collection', 'when', 'order:integer', 'priority:integer', 'active:boolean', 'action_insert:boolean',
            'action_update:boolean', 'action_delete:boolean', 'action_query:boolean', 'condition', 'filter_condition',
            'script:script', 'abort_action:boolean', 'advanced:boolean', 'description', 'access', 'add_message:boolean', 'message',
        ],
    },
    sys_script_include: {
        label: 'Script Include',
        display: 'name',
        columns: ['name', 'api_name', 'script:script', 'active:boolean', 'access', 'client_callable:boolean', 'caller_access', 'description', 'sandbox_callable:boolean'],
    },
    sysauto_script: {
        label: 'Scheduled Script Execution',
        display: 'name',
        columns: [
            'name', 'script:script', 'active:boolean', 'run_type', 'run_period:glide_duration', 'run_time:glide_date_time',
            'run_start:glide_date_time', 'run_dayofweek', 'run_dayofmonth', 'run_as:reference>sys_user', 'conditional:boolean',
            'condition:script', 'time_zone', 'max_drift:glide_duration', 'upgrade_safe:boolean',
        ],
    },
    sys_ui_action: {
        label: 'UI Action',
        display: 'name',
        columns: [
            'name', 'table', 'action_name', 'script:script', 'condition', 'active:boolean', 'order:integer', 'form_button:boolean',
            'form_link:boolean', 'form_context_menu:boolean', 'list_button:boolean', 'list_link:boolean', 'client:boolean',
            'onclick', 'show_insert:boolean', 'show_update:boolean', 'show_query:boolean', 'show_multiple_update:boolean',
            'roles', 'hint', 'comments', 'form_style',
        ],
    },
    // Basic Auth configurations (ATF's Send REST Request - Inbound uses one to call as a given user).
    sys_auth_profile_basic: { label: 'Basic Auth Configuration', display: 'name', columns: ['name', 'username', 'password:password2'] },
    // UI pages (served by platform/ui-pages.ts at their endpoint to a logged-in session).
    sys_ui_page: {
        label: 'UI Page',
        display: 'name',
        columns: ['name', 'endpoint', 'html:script', 'client_script:script', 'processing_script:script', 'category', 'direct:boolean', 'description'],
    },
    sys_ws_definition: {
        label: 'Scripted REST Service',
        display: 'name',
        columns: [
            'name', 'service_id', 'base_uri', 'namespace', 'active:boolean', 'consumes', 'produces', 'doc_link', 'short_description',
            'enforce_acl', 'is_versioned:boolean', 'default_version',
        ],
    },
    sys_ws_operation: {
        label: 'Scripted REST Resource',
        display: 'name',
        columns: [
            'name', 'web_service_definition:reference>sys_ws_definition', 'web_service_version', 'http_method', 'operation_uri',
            'relative_path', 'operation_script:script', 'active:boolean', 'requires_authentication:boolean',
            'requires_acl_authorization:boolean', 'requires_snc_internal_role:boolean', 'produces', 'consumes', 'enforce_acl',
            'short_description',
        ],
    },
    sys_module: { label: 'Module', display: 'path', indexes: [['path']], columns: ['path', 'sys_name', 'content:script', 'external_source:boolean', 'name'] },
    oauth_entity: {
        label: 'Application Registry',
        display: 'name',
        columns: [
            'name', 'type', 'client_id', 'client_secret:password2', 'active:boolean', 'access', 'comments', 'public_client:boolean',
            'client_type', 'access_token_lifespan:integer', 'refresh_token_lifespan:integer', 'auth_code_lifespan:integer',
            'id_token_lifespan:integer', 'extend_refresh_token_expiry:boolean', 'auth_url', 'token_url', 'refresh_token_url',
            'revoke_token_url', 'redirect_url', 'default_grant_type', 'send_client_credentials_as', 'user:reference>sys_user',
            'logo_url', 'oauth_api_script', 'scope_restriction_status', 'use_mutual_auth:boolean',
        ],
    },
    oauth_entity_profile: {
        label: 'OAuth Entity Profile',
        display: 'name',
        columns: ['name', 'oauth_entity:reference>oauth_entity', 'default:boolean', 'grant_type'],
    },
    oauth_credential: {
        label: 'Manage Tokens',
        indexes: [['token_hash'], ['requestor_id'], ['type', 'user', 'peer']],
        columns: [
            'type', 'name', 'token:password2', 'token_received:password2', 'token_hash', 'expires:glide_date_time',
            'token_issued:glide_date_time', 'last_access:glide_date_time', 'peer:reference>oauth_entity',
            'oauth_requestor_profile:reference>oauth_requestor_profile', 'requestor_id', 'user:reference>sys_user',
            'session_user', 'scopes', 'login_method', 'revoked:boolean', 'parent_token:reference>oauth_credential',
        ],
    },
    oauth_requestor_profile: {
        label: 'OAuth Requestor Profile',
        indexes: [['requestor_id']],
        columns: ['oauth_entity_profile:reference>oauth_entity_profile', 'requestor_context', 'requestor_id', 'personal:boolean'],
    },
    sysevent: {
        label: 'Event',
        display: 'name',
        columns: [
            'name', 'instance', 'table', 'parm1', 'parm2', 'queue', 'state', 'process_on:glide_date_time',
            'processed:glide_date_time', 'claimed_by', 'uri', 'user_id', 'user_name',
        ],
    },
    syslog: { label: 'System Log', columns: ['level:integer', 'message', 'source', 'sys_class_name'] },
    syslog_transaction: {
        label: 'Transaction Log Entry',
        columns: ['url', 'type', 'method', 'response_status:integer', 'response_time:integer', 'user_name', 'remote_ip'],
    },
    sys_choice: {
        label: 'Choice',
        indexes: [['name', 'element']],
        columns: ['name', 'element', 'value', 'label', 'sequence:integer', 'inactive:boolean', 'language', 'dependent_value', 'hint'],
    },
    sys_number: { label: 'Number', columns: ['category', 'prefix', 'number:integer', 'maximum_digits:integer'] },
    sys_db_object: { label: 'Table', display: 'name', columns: ['name', 'label', 'super_class', 'access', 'ws_access:boolean', 'is_extendable:boolean'] },
    sys_app: { label: 'Application', display: 'name', columns: ['name', 'scope', 'version', 'active:boolean', 'short_description', 'package_json'] },
    // sys_app extends sys_scope on the platform; here the installer writes both rows (same sys_id,
    // sys_class_name sys_app), because `now-sdk install` looks the app up in sys_scope.
    sys_scope: {
        label: 'Application',
        display: 'name',
        indexes: [['scope']],
        columns: ['scope', 'name', 'version', 'active:boolean', 'short_description', 'source', 'vendor', 'vendor_prefix', 'private:boolean', 'licensable:boolean'],
    },
    // One row per application install; `now-sdk install` queries `to_version=<scope>` (the fluent
    // install writes the scope name there) and reads upgrade_finished.
    sys_upgrade_history: {
        label: 'Upgrade History',
        indexes: [['to_version']],
        columns: ['from_version', 'to_version', 'upgrade_started:glide_date_time', 'upgrade_finished:glide_date_time'],
    },
    // Progress of long-running platform work (app install/uninstall), read through /api/sn_cicd/progress.
    // state: 0 pending, 1 running, 2 successful, 3 failed, 4 cancelled.
    sys_execution_tracker: {
        label: 'Execution Tracker',
        display: 'name',
        columns: [
            'name', 'state:integer', 'percent_complete:integer', 'message', 'detail_message', 'result', 'source', 'source_table',
            'start_time:glide_date_time', 'completion_time:glide_date_time',
        ],
    },
    // Cluster-wide locks; `now-sdk install --reinstall` waits until no Update-Mutex is acquired.
    sys_mutex: { label: 'Mutex', display: 'name', columns: ['name', 'system_id', 'acquired:glide_date_time', 'acquired_by'] },
    incident: {
        label: 'Incident',
        display: 'number',
        number: 'INC',
        columns: [
            'number', 'short_description', 'description', 'state:integer', 'priority:integer', 'impact:integer',
            'urgency:integer', 'caller_id:reference>sys_user', 'assigned_to:reference>sys_user', 'active:boolean',
            'close_code', 'close_notes', 'resolved_at:glide_date_time', 'opened_at:glide_date_time',
            'correlation_id', 'correlation_display', 'work_notes:journal_input', 'comments:journal_input', 'category',
        ],
    },
}

function column(def: string): ColumnSchema {
    const [name, typeDef = 'string'] = def.split(':')
    const [type, reference] = typeDef.split('>')
    return { name, type, ...(reference ? { reference } : {}) }
}

export function platformTables(): TableSchema[] {
    return Object.entries(spec).map(([name, t]) => ({
        name,
        label: t.label,
        display: t.display,
        columns: new Map(t.columns.map((c) => [column(c).name, column(c)])),
        autoNumber: t.number ? { prefix: t.number, digits: 7 } : undefined,
        indexes: (t.indexes ?? []).map((columns) => ({ name: columns.join('_'), unique: false, columns })),
        origin: 'platform' as const,
    }))
}

/** Defaults the platform applies to its own tables on insert (the rest come from the dictionary). */
export const PLATFORM_DEFAULTS: Record<string, Record<string, string>> = {
    sys_user: { active: '1', locked_out: '0', web_service_access_only: '0' },
    sys_security_acl: { active: '1', admin_overrides: '1', decision_type: 'allow' },
    sys_script: { active: '1', order: '100', when: 'before' },
    sys_script_include: { active: '1' },
    sysauto_script: { active: '1' },
    sys_ui_action: { active: '1' },
    oauth_entity: { active: '1', access_token_lifespan: '1800', refresh_token_lifespan: '8640000' },
    incident: { state: '1', active: '1', priority: '4', impact: '3', urgency: '3' },
    sysevent: { state: 'ready', queue: '' },
}
