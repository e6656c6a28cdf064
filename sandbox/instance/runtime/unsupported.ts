/**
 * Makes unsupported Glide calls fail loudly. A script that calls a platform method the sandbox does
 * not simulate must not get `undefined` back (or a vague "is not a function"): it gets a
 * SandboxUnsupportedError naming the class and member, so a gap in the simulator is never mistaken
 * for a bug in the app, and never silently passes a test.
 */
import { GlideAPIs } from '@servicenow/glide/util'

/**
 * Thrown when a script uses a Glide method or property the sandbox does not simulate. Two forms:
 * `new SandboxUnsupportedError('GlideRecord.foo()')` with free text naming what is missing, or
 * `new SandboxUnsupportedError('GlideDateTime', 'setTZ')` with class and member (message
 * "Sandbox: GlideDateTime.setTZ() is not supported by the Tether sandbox").
 */
export class SandboxUnsupportedError extends Error {
    /** What is unsupported, as it appears in the message (e.g. "GlideDateTime.setTZ()"). */
    readonly what: string
    /** The class or namespace, when known (given, or read off a leading "Class.member"). */
    readonly className?: string
    /** The method or property, when known. */
    readonly member?: string

    /**
     * @param classOrWhat Glide class or namespace ('GlideDateTime', 'gs'), or, alone, free text.
     * @param member Method or property name.
     * @param options property: the member was read as a property (no "()" in the message);
     *   detail: why, appended in parentheses (e.g. which overload or pattern letter).
     */
    constructor(classOrWhat: string, member?: string, options: { property?: boolean; detail?: string } = {}) {
        const what = member === undefined ? classOrWhat : options.property ? `${classOrWhat}.${member}` : `${classOrWhat}.${member}()`
        const detail = options.detail ? ` (${options.detail})` : ''
        super(`Sandbox: ${what} is not supported by the Tether sandbox${detail}`)
        this.name = 'SandboxUnsupportedError'
        this.what = what
        if (member !== undefined) {
            this.className = classOrWhat
            this.member = member
        } else {
            const m = /^([\w$]+)\.([\w$]+)/.exec(classOrWhat)
            if (m) {
                this.className = m[1]
                this.member = m[2]
            }
        }
    }
}

type ApiMap = Record<string, Record<string, string[] | undefined> | undefined>

/**
 * The method names the SDK's type package lists for a Glide class, deduplicated (overloads appear
 * once per signature there). Returns [] for a class the list does not know (GlideRecord, for one, is
 * not in it), so callers pass an explicit list for those.
 */
export function glideMethodNames(className: string, namespace = 'defaults'): string[] {
    const names = (GlideAPIs as unknown as ApiMap)[namespace]?.[className]
    return names ? [...new Set(names)] : []
}

/** Marks the functions installLoudStubs creates, so a subclass can re-stub them under its own name. */
const LOUD_STUB = Symbol('sandbox.loudStub')

/** Whether a value is a stub made by installLoudStubs (i.e. the member is not really implemented). */
export function isLoudStub(value: unknown): boolean {
    return typeof value === 'function' && (value as unknown as Record<symbol, unknown>)[LOUD_STUB] === true
}

/** Looks a property up the prototype chain without invoking getters. */
function findProperty(obj: object, name: string): PropertyDescriptor | undefined {
    for (let o: object | null = obj; o; o = Object.getPrototypeOf(o) as object | null) {
        const d = Object.getOwnPropertyDescriptor(o, name)
        if (d) return d
    }
    return undefined
}

/**
 * Defines, on `proto`, a throwing method for every listed name that is not already implemented on
 * its prototype chain. A name that is only implemented by an inherited stub is re-stubbed here, so
 * the error names this class rather than the base class. Stubs are non-enumerable like class methods.
 * Works on constructors too, for static methods.
 */
export function installLoudStubs(proto: object, className: string, methodNames: string[]): void {
    for (const name of new Set(methodNames)) {
        const existing = findProperty(proto, name)
        if (existing && !('value' in existing && isLoudStub(existing.value))) continue
        const stub = function (): never {
            throw new SandboxUnsupportedError(className, name)
        }
        Object.defineProperty(stub, 'name', { value: name })
        Object.defineProperty(stub, LOUD_STUB, { value: true })
        Object.defineProperty(proto, name, { value: stub, writable: true, configurable: true, enumerable: false })
    }
}

/**
 * Property names a loud proxy lets through as `undefined` when absent: the ones `await`, JSON,
 * console.log/util.inspect and jest's matchers and pretty-printer probe on any object. Without them
 * merely logging, awaiting or asserting on a namespace would throw.
 */
const PASSTHROUGH = new Set<string>([
    'then',
    'toJSON',
    'constructor',
    'inspect',
    // jest: asymmetric matchers, pretty-format plugins (React, DOM, Immutable), mock detection
    'asymmetricMatch',
    '$$typeof',
    'nodeType',
    '_isMockFunction',
])

/**
 * Wraps a namespace object (gs, sn_ws, …) so that reading a property it does not have throws a
 * SandboxUnsupportedError instead of yielding `undefined`. Symbols (util.inspect.custom, iterators,
 * toStringTag) and the probes listed above pass through, so tooling does not trip.
 */
export function loudProxy<T extends object>(target: T, className: string): T {
    return new Proxy(target, {
        get(obj, prop, receiver) {
            if (typeof prop === 'symbol' || prop in obj) return Reflect.get(obj, prop, receiver) as unknown
            if (PASSTHROUGH.has(prop) || prop.startsWith('@@__IMMUTABLE_')) return undefined
            throw new SandboxUnsupportedError(className, prop, { property: true })
        },
    })
}

/** The message of an error thrown in any realm (errors from the vm context are not `instanceof Error` here). */
export function errorMessage(e: unknown): string {
    if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message
    return String(e)
}
