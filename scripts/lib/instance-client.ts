/**
 * A ServiceNow instance as `npm run pair` and `npm run deploy` see it: the REST Table API and
 * Tether's own APIs, with Basic auth, and errors that say what to do.
 */

export interface Credentials {
    url: string
    user: string
    password: string
}

export class InstanceError extends Error {
    constructor(
        message: string,
        readonly status = 0,
    ) {
        super(message)
    }
}

export type Row = Record<string, string>

/** https only, except on this machine (loopback), where the sandbox serves plain http. */
export function checkInstanceUrl(raw: string, role: string): string {
    let url: URL
    try {
        url = new URL(raw)
    } catch {
        throw new InstanceError(`The ${role} URL "${raw}" is not a URL: use https://<instance>.service-now.com`)
    }
    if (url.username || url.password) throw new InstanceError(`The ${role} URL must not carry credentials: pass them in the environment (see --help)`)
    const loopback = ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(url.hostname)
    if (url.protocol === 'http:' && !loopback) {
        throw new InstanceError(`Refusing http:// for the ${role} (${url.host}): tokens and secrets must travel over https. Only loopback addresses may use http.`)
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new InstanceError(`The ${role} URL must be https://… (got ${url.protocol})`)
    return url.origin
}

export class InstanceClient {
    readonly url: string

    constructor(
        readonly role: string,
        private readonly creds: Credentials,
    ) {
        this.url = checkInstanceUrl(creds.url, role)
    }

    get host(): string {
        return new URL(this.url).host
    }

    async request<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
        let res: Response
        try {
            res = await fetch(this.url + path, {
                method,
                headers: {
                    Authorization: 'Basic ' + Buffer.from(`${this.creds.user}:${this.creds.password}`).toString('base64'),
                    Accept: 'application/json',
                    ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
                },
                body: body === undefined ? undefined : JSON.stringify(body),
                signal: AbortSignal.timeout(60000),
            })
        } catch (e) {
            const cause = (e as { cause?: { code?: string; message?: string } }).cause
            throw new InstanceError(`Cannot reach the ${this.role} at ${this.url}: ${cause?.code ?? cause?.message ?? (e as Error).message}`)
        }
        const text = await res.text()
        let parsed: unknown = text
        try {
            parsed = text ? JSON.parse(text) : {}
        } catch {
            // non-JSON answers are reported as text
        }
        if (res.status === 401) throw new InstanceError(`The ${this.role} at ${this.url} refused the admin credentials (HTTP 401): check ${envName(this.role, 'USER')} and ${envName(this.role, 'PASSWORD')}`, 401)
        return { status: res.status, body: parsed as T }
    }

    private static detail(body: unknown): string {
        const b = body as { error?: { message?: string; detail?: string } }
        return b?.error ? `${b.error.message ?? ''}${b.error.detail ? `: ${b.error.detail}` : ''}` : typeof body === 'string' ? body.slice(0, 200) : JSON.stringify(body).slice(0, 200)
    }

    async list(table: string, query: string, fields?: string[]): Promise<Row[]> {
        const params = new URLSearchParams({ sysparm_query: query, sysparm_exclude_reference_link: 'true' })
        if (fields) params.set('sysparm_fields', fields.join(','))
        const res = await this.request<{ result: Row[] }>('GET', `/api/now/table/${table}?${params}`)
        if (res.status === 403) throw new InstanceError(`The ${this.role} admin user may not read ${table} (HTTP 403): it needs the admin role`, 403)
        if (res.status !== 200) throw new InstanceError(`Reading ${table} on the ${this.role} failed (HTTP ${res.status}): ${InstanceClient.detail(res.body)}`, res.status)
        return res.body.result
    }

    async one(table: string, query: string): Promise<Row | undefined> {
        return (await this.list(table, query))[0]
    }

    async create(table: string, values: Record<string, string>): Promise<Row> {
        const res = await this.request<{ result: Row }>('POST', `/api/now/table/${table}?sysparm_exclude_reference_link=true`, values)
        if (res.status !== 201 && res.status !== 200) throw new InstanceError(`Creating a ${table} record on the ${this.role} failed (HTTP ${res.status}): ${InstanceClient.detail(res.body)}`, res.status)
        return res.body.result
    }

    async update(table: string, sysId: string, values: Record<string, string>): Promise<Row> {
        const res = await this.request<{ result: Row }>('PATCH', `/api/now/table/${table}/${sysId}?sysparm_exclude_reference_link=true`, values)
        if (res.status !== 200) throw new InstanceError(`Updating ${table} ${sysId} on the ${this.role} failed (HTTP ${res.status}): ${InstanceClient.detail(res.body)}`, res.status)
        return res.body.result
    }

    async remove(table: string, sysId: string): Promise<void> {
        const res = await this.request('DELETE', `/api/now/table/${table}/${sysId}`)
        if (res.status !== 204 && res.status !== 200 && res.status !== 404) throw new InstanceError(`Deleting ${table} ${sysId} on the ${this.role} failed (HTTP ${res.status})`, res.status)
    }

    /** Tether's admin API on this instance. */
    async tether<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
        const res = await this.request<{ result?: T } & T>(method, `/api/x_tether/admin${path}`, body)
        if (res.status === 404 && typeof res.body === 'object' && !('result' in (res.body as object))) {
            throw new InstanceError(`Tether's admin API is missing on the ${this.role} (${this.url}): is Tether installed there? Run npm run deploy.`, 404)
        }
        const inner = (res.body as { result?: T }).result ?? (res.body as T)
        return { status: res.status, body: inner }
    }
}

export function envName(roleName: string, what: 'USER' | 'PASSWORD'): string {
    return `TETHER_${roleName.toUpperCase()}_${what}`
}
