/**
 * GlideSystem (`gs`) for scoped scripts: properties, logging into syslog, the session user and roles,
 * events into sysevent, messages for the user, GUIDs. Anything else fails loudly with its name.
 */
import type { Runtime } from './runtime'
import { loudProxy } from './unsupported'
import { toGlideDateTime } from './time'

const LEVELS = { debug: -1, info: 0, warn: 1, error: 2 } as const

/** gs.info('a {0} b', x): the platform's positional message parameters. */
function format(message: unknown, args: unknown[]): string {
    const text = String(message)
    return args.length === 0 ? text : text.replace(/\{(\d+)\}/g, (m, i) => (Number(i) < args.length ? String(args[Number(i)]) : m))
}

export function createGlideSystem(rt: Runtime): Record<string, unknown> {
    const scope = () => (rt.store.getMeta('app:x_tether:version') !== undefined ? 'x_tether' : 'global')

    function getProperty(name: string, fallback?: unknown): unknown {
        const row = rt.store.prepare('SELECT value FROM sys_properties WHERE name = ?').get(String(name)) as { value: string | null } | undefined
        if (!row) return fallback === undefined ? undefined : fallback
        return row.value === null ? (fallback === undefined ? '' : fallback) : row.value
    }

    function log(level: keyof typeof LEVELS, message: unknown, args: unknown[]): void {
        if (level === 'debug' && String(getProperty(`${scope()}.logging.verbosity`, '')) !== 'debug') return
        rt.log(LEVELS[level], format(message, args), scope())
    }

    const gs: Record<string, unknown> = {
        getProperty,
        setProperty(name: string, value: unknown, description?: string): void {
            const GR = rt.scripts.glide.GlideRecord
            const gr = new GR('sys_properties')
            if (gr.get('name', name)) {
                gr.setValue('value', value)
                gr.update()
            } else {
                gr.initialize()
                gr.setValue('name', name)
                gr.setValue('value', value)
                gr.setValue('type', 'string')
                if (description) gr.setValue('description', description)
                gr.insert()
            }
        },
        info: (m: unknown, ...a: unknown[]) => log('info', m, a),
        warn: (m: unknown, ...a: unknown[]) => log('warn', m, a),
        error: (m: unknown, ...a: unknown[]) => log('error', m, a),
        debug: (m: unknown, ...a: unknown[]) => log('debug', m, a),
        getUserID: () => rt.session.userId,
        getUserName: () => rt.session.userName,
        getUserDisplayName: () => rt.session.userName,
        getUser: () =>
            loudProxy(
                {
                    getID: () => rt.session.userId,
                    getName: () => rt.session.userName,
                    getUserName: () => rt.session.userName,
                    getDisplayName: () => rt.session.userName,
                    hasRole: (role: string) => rt.security.hasRole(rt.session.userId, role),
                },
                'GlideUser',
            ),
        hasRole: (role: string) => rt.security.hasRole(rt.session.userId, String(role)),
        hasRoleExactly: (role: string) => rt.security.rolesOf(rt.session.userId).has(String(role)),
        isInteractive: () => rt.session.interactive,
        isLoggedIn: () => rt.session.userId !== '',
        getCurrentScopeName: () => scope(),
        eventQueue(name: string, record?: { getUniqueValue(): string; getTableName(): string } | null, parm1?: unknown, parm2?: unknown, queue?: string): void {
            const now = rt.nowString()
            rt.store.insertRow('sysevent', {
                sys_id: rt.scripts.newGuid(),
                name: String(name),
                instance: record ? record.getUniqueValue() : null,
                table: record ? record.getTableName() : null,
                parm1: parm1 === undefined || parm1 === null ? null : String(parm1),
                parm2: parm2 === undefined || parm2 === null ? null : String(parm2),
                queue: queue ?? null,
                state: 'ready',
                process_on: now,
                user_id: rt.session.userId,
                user_name: rt.session.userName,
                sys_created_on: now,
                sys_created_by: rt.session.userName,
                sys_updated_on: now,
                sys_updated_by: rt.session.userName,
                sys_mod_count: '0',
                sys_class_name: 'sysevent',
            })
        },
        addInfoMessage: (m: unknown) => rt.session.messages.push({ type: 'info', text: String(m) }),
        addErrorMessage: (m: unknown) => rt.session.messages.push({ type: 'error', text: String(m) }),
        setRedirect: (o: unknown) => {
            rt.session.redirect = redirectTarget(o)
        },
        getMessage: (m: unknown, args?: unknown) => format(m, Array.isArray(args) ? args : args === undefined ? [] : [args]),
        generateGUID: () => rt.scripts.newGuid(),
        nil: (v: unknown) =>
            v === null ||
            v === undefined ||
            v === '' ||
            (typeof v === 'object' && typeof (v as { nil?: unknown }).nil === 'function' && (v as { nil(): boolean }).nil()),
        now: () => toGlideDateTime(rt.now()).slice(0, 10),
        nowDateTime: () => toGlideDateTime(rt.now()),
        nowNoTZ: () => toGlideDateTime(rt.now()),
        tableExists: (name: string) => rt.store.table(String(name)) !== undefined,
        base64Encode: (s: string) => Buffer.from(String(s), 'utf8').toString('base64'),
        base64Decode: (s: string) => Buffer.from(String(s), 'base64').toString('utf8'),
    }
    return loudProxy(gs, 'gs')
}

/** A redirect target as the platform takes it: a URL string, or a GlideRecord (its form). */
export function redirectTarget(o: unknown): string {
    const record = o as { getTableName?: () => string; getUniqueValue?: () => string } | null
    if (record && typeof record.getTableName === 'function' && typeof record.getUniqueValue === 'function') {
        return `${record.getTableName()}.do?sys_id=${record.getUniqueValue()}`
    }
    return String(o)
}
