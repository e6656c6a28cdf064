/**
 * Runs the app's server code as built: sys_module records (ESM from the SDK, transpiled to CommonJS
 * with esbuild and evaluated in this instance's vm context; imports resolve by module path and
 * `@servicenow/glide` resolves to this instance's runtime), script includes (`Class.create`,
 * reachable as `<scope>.Name` and, inside the scope, as `Name`), and the small scripts records carry
 * (business-rule glue, ACL scripts, conditions, job bodies, UI action scripts).
 *
 * Simplification: one vm context per instance, rebuilt when code records change; no scope
 * isolation between apps (only Tether is installed); no Rhino-specific behaviour.
 */
import vm from 'node:vm'
import { transformSync } from 'esbuild'
import { posix } from 'node:path'
import type { Runtime } from './runtime'
import { createGlideRecordClasses, GlideRecordClasses } from './glide-record'
import { createGlideSystem } from './gs'
import { createDateTimeApi } from './date-time'
import { glideMethodNames, installLoudStubs, loudProxy, SandboxUnsupportedError } from './unsupported'
import { createHash } from 'node:crypto'
import { newSysId } from '../store'

/** GlideDigest: message digests, as the platform's scoped API offers them. */
function createGlideDigest(): new () => object {
    const hex = (algo: string) => (s: unknown) => createHash(algo).update(String(s), 'utf8').digest('hex')
    const b64 = (algo: string) => (s: unknown) => createHash(algo).update(String(s), 'utf8').digest('base64')
    class GlideDigest {
        getSHA256Hex = hex('sha256')
        getSHA256Base64 = b64('sha256')
        getSHA1Hex = hex('sha1')
        getSHA1Base64 = b64('sha1')
        getMD5Hex = hex('md5')
        getMD5Base64 = b64('md5')
    }
    installLoudStubs(GlideDigest.prototype, 'GlideDigest', glideMethodNames('GlideDigest'))
    return GlideDigest
}

interface LoadedModule {
    exports: Record<string, unknown>
}

/** Wraps a module namespace object so unknown imports fail loudly but interop probes pass. */
function namespace(name: string, members: Record<string, unknown>): Record<string, unknown> {
    return new Proxy(members, {
        get(target, prop) {
            if (typeof prop === 'symbol' || prop in target) return target[prop as string]
            if (prop === '__esModule') return true
            if (prop === 'default' || prop === 'then' || prop === 'toJSON') return undefined
            throw new SandboxUnsupportedError(`${name}.${prop}`)
        },
    })
}

export class ScriptHost {
    private context: vm.Context | null = null
    private generation = -1
    private modules = new Map<string, LoadedModule>()
    private includes = new Map<string, unknown>()
    private compiled = new Map<string, vm.Script>()
    private extraNamespaces = new Map<string, Record<string, unknown>>()
    glide!: GlideRecordClasses
    private depth = 0

    constructor(private readonly rt: Runtime) {}

    newGuid(): string {
        return newSysId()
    }

    /** Adds a platform namespace such as sn_ws or sn_auth (sandbox part 2). */
    registerNamespace(name: string, members: Record<string, unknown>): void {
        this.extraNamespaces.set(name, members)
        this.generation = -1
    }

    private ensureContext(): vm.Context {
        if (this.context && this.generation === this.rt.codeGeneration) return this.context
        this.generation = this.rt.codeGeneration
        this.modules.clear()
        this.includes.clear()
        this.compiled.clear()
        this.glide = createGlideRecordClasses(this.rt)
        const time = createDateTimeApi({ now: () => this.rt.now() })
        const gs = createGlideSystem(this.rt)
        const Class = {
            create(): unknown {
                return function (this: { initialize?: (...a: unknown[]) => void }, ...args: unknown[]) {
                    if (typeof this.initialize === 'function') this.initialize(...args)
                }
            },
        }
        const glideExports: Record<string, unknown> = {
            GlideDigest: createGlideDigest(),
            gs,
            GlideRecord: this.glide.GlideRecord,
            GlideRecordSecure: this.glide.GlideRecordSecure,
            GlideElement: this.glide.GlideElement,
            GlideDateTime: time.GlideDateTime,
            GlideDuration: time.GlideDuration,
            GlideTime: time.GlideTime,
        }
        const sandbox: Record<string, unknown> = {
            ...glideExports,
            Class,
            require: (spec: string) => this.require(spec, ''),
        }
        for (const [name, members] of this.extraNamespaces) sandbox[name] = loudProxy(members, name)
        for (const ns of ['sn_ws', 'sn_auth']) if (!(ns in sandbox)) sandbox[ns] = loudProxy({}, ns)
        this.context = vm.createContext(sandbox, { name: `instance:${this.rt.name}` })
        this.defineScriptIncludes(this.context)
        return this.context
    }

    /** Every active script include becomes a lazy getter: `x_tether.Name`, `global.Name`, and `Name`. */
    private defineScriptIncludes(context: vm.Context): void {
        const rows = this.rt.store
            .prepare(`SELECT sys_id, name, api_name FROM sys_script_include WHERE active = '1' OR active IS NULL`)
            .all() as { sys_id: string; name: string; api_name: string | null }[]
        const scopes = new Map<string, Record<string, unknown>>()
        scopes.set('global', {})
        for (const row of rows) {
            const apiName = row.api_name || `global.${row.name}`
            const [scope, name] = apiName.includes('.') ? [apiName.split('.')[0], apiName.split('.').slice(1).join('.')] : ['global', apiName]
            const holder = scopes.get(scope) ?? {}
            scopes.set(scope, holder)
            const load = () => this.loadScriptInclude(row.sys_id, name)
            Object.defineProperty(holder, name, { get: load, enumerable: true, configurable: true })
            if (!(name in context)) Object.defineProperty(context, name, { get: load, enumerable: false, configurable: true })
        }
        for (const [scope, holder] of scopes) context[scope] = loudProxy(holder, scope)
    }

    private loadScriptInclude(sysId: string, name: string): unknown {
        if (this.includes.has(sysId)) return this.includes.get(sysId)
        const row = this.rt.store.getRow('sys_script_include', sysId)
        if (!row) throw new Error(`Script include ${name} disappeared`)
        const code = `${row.script ?? ''}\n;(typeof ${name} !== 'undefined' ? ${name} : undefined)`
        const value = this.evaluate(code, {}, `sys_script_include:${name}`)
        if (value === undefined) throw new Error(`Script include ${name} does not define "${name}"`)
        this.includes.set(sysId, value)
        return value
    }

    /** Resolves a module specifier from a module path (or '' for glue code) and returns its exports. */
    require(spec: string, from: string): unknown {
        this.ensureContext()
        if (spec === '@servicenow/glide') {
            const c = this.context as Record<string, unknown>
            return namespace(spec, {
                gs: c.gs,
                GlideRecord: c.GlideRecord,
                GlideRecordSecure: c.GlideRecordSecure,
                GlideElement: c.GlideElement,
                GlideDateTime: c.GlideDateTime,
                GlideDuration: c.GlideDuration,
                GlideTime: c.GlideTime,
                GlideDigest: c.GlideDigest,
            })
        }
        const sub = /^@servicenow\/glide\/(\w+)$/.exec(spec)
        if (sub) {
            const members = this.extraNamespaces.get(sub[1])
            if (!members) throw new SandboxUnsupportedError(`module ${spec}`)
            return namespace(spec, members)
        }
        const path = spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)) : spec
        const known = this.modules.get(path)
        if (known) return known.exports
        const row = this.findModule(path)
        if (!row) throw new Error(`Cannot find module "${spec}"${from ? ` from ${from}` : ''} on instance ${this.rt.name}`)
        const cached = this.modules.get(row.path)
        if (cached) {
            this.modules.set(path, cached)
            return cached.exports
        }
        const module: LoadedModule = { exports: {} }
        this.modules.set(row.path, module)
        this.modules.set(path, module)
        const code = transformSync(row.content ?? '', { format: 'cjs', loader: 'ts', target: 'es2021', sourcefile: row.path }).code
        const wrapper = new vm.Script(`(function (exports, require, module) {${code}\n})`, { filename: row.path })
        const fn = wrapper.runInContext(this.context!) as (e: unknown, r: unknown, m: unknown) => void
        try {
            fn(module.exports, (s: string) => this.require(s, row.path), module)
        } catch (e) {
            this.modules.delete(row.path)
            this.modules.delete(path)
            throw e
        }
        return module.exports
    }

    private findModule(path: string): { path: string; content: string | null } | undefined {
        const candidates = [path, `${path}.ts`, `${path}.js`, `${path}/index.ts`, `${path}/index.js`]
        const stmt = this.rt.store.prepare('SELECT path, content FROM sys_module WHERE path = ?')
        for (const c of candidates) {
            const row = stmt.get(c) as { path: string; content: string | null } | undefined
            if (row) return row
        }
        return undefined
    }

    private script(code: string, names: string[], filename: string): vm.Script {
        const key = `${names.join(',')}\u0000${code}`
        let s = this.compiled.get(key)
        if (!s) {
            // Direct eval inside a function: each run gets its own scope (glue code declares consts),
            // the completion value comes back, and `answer = …` assigns the parameter.
            s = new vm.Script(`(function (${names.join(', ')}) { return eval(__code) })`, { filename })
            this.compiled.set(key, s)
        }
        return s
    }

    /** Evaluates a script with named variables in scope and returns its completion value. */
    evaluate(code: string, vars: Record<string, unknown>, filename: string): unknown {
        const context = this.ensureContext()
        const names = ['__code', ...Object.keys(vars)]
        const fn = this.script(code, names, filename).runInContext(context) as (...a: unknown[]) => unknown
        if (++this.depth > 64) {
            this.depth = 0
            throw new Error(`Script recursion deeper than 64 levels (${filename}): a business rule probably updates its own record in a loop`)
        }
        try {
            return fn(code, ...Object.values(vars))
        } finally {
            this.depth--
        }
    }

    /** Evaluates an ACL-style script that sets `answer`; a script that returns a value also counts. */
    evaluateAnswer(code: string, vars: Record<string, unknown>, filename: string): unknown {
        const wrapped = `var __r = (function () {${code}\n})(); (typeof __r !== 'undefined') ? __r : answer`
        return this.evaluate(wrapped, { ...vars, answer: undefined }, filename)
    }
}
