/**
 * The secret audit: every token, client secret and password value that was actually issued, looked
 * for everywhere it must never be — every column of every table of an instance's SQLite store (logs,
 * events, HTTP request records included), the raw database files (a value in clear on disk that no
 * table shows), files such as dist/app or a report, and texts such as captured output. Used by the
 * soak and the 400-day scenario.
 */
import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { InstanceHandle } from '../../sandbox'

export interface Leak {
    /** Where: "alpha: table syslog", "alpha: file instance.db-wal", "dist/app/…", "report". */
    place: string
    /** The first four characters of the secret and its kind — never the value. */
    secret: string
}

export interface AuditResult {
    secretsChecked: number
    tablesScanned: number
    rowsScanned: number
    filesScanned: number
    textsScanned: number
    leaks: Leak[]
}

export interface Secret {
    kind: 'access or refresh token' | 'client secret' | 'password'
    value: string
}

/** Joins values into chunks of about this many characters, so each secret is one indexOf per chunk. */
const CHUNK = 8 * 1024 * 1024
const SEPARATOR = '\u0000'

/**
 * Every token an instance issued as a provider (oauth_credential rows without a requestor) and every
 * token it received as a consumer, decrypted through the platform API. Revoked tokens are deleted by
 * the platform: collect before revoking.
 */
export async function tokensOf(instance: InstanceHandle): Promise<Secret[]> {
    const { result } = await instance.runScript(
        `var out = []; var c = new GlideRecord('oauth_credential'); c.query();
         while (c.next()) { var a = c.token.getDecryptedValue(); if (a) out.push(a); var b = c.token_received.getDecryptedValue(); if (b) out.push(b); }
         out`,
    )
    return (result as string[]).map((value) => ({ kind: 'access or refresh token', value }))
}

/** The client secrets of the instance's application registries and the passwords its connections store. */
export async function credentialsOf(instance: InstanceHandle): Promise<Secret[]> {
    const { result } = await instance.runScript(
        `var out = []; var e = new GlideRecord('oauth_entity'); e.query();
         while (e.next()) { var s = e.client_secret.getDecryptedValue(); if (s) out.push(['client secret', s]); }
         var c = new GlideRecord('x_tether_connection'); c.query();
         while (c.next()) {
             var p = c.oauth_password.getDecryptedValue(); if (p) out.push(['password', p]);
             var b = c.basic_password.getDecryptedValue(); if (b) out.push(['password', b]);
         }
         out`,
    )
    return (result as [Secret['kind'], string][]).map(([kind, value]) => ({ kind, value }))
}

/** Adds secrets to a set of them, once per value. */
export function addSecrets(into: Map<string, Secret>, secrets: Secret[]): void {
    for (const s of secrets) if (s.value && !into.has(s.value)) into.set(s.value, s)
}

function label(secret: Secret): string {
    return `${secret.kind} ${secret.value.slice(0, 4)}…`
}

/**
 * A secret as it may appear: the value itself, and the value in base64 at each of the three
 * alignments it can have inside a longer encoded text (an `Authorization: Basic` header carries
 * base64("user:password")). For each alignment, only the characters that depend on the secret
 * alone: whole 3-byte groups, without the partial ones at either end.
 */
export function encodedForms(value: string): string[] {
    const bytes = Buffer.from(value, 'utf8')
    const forms: string[] = []
    for (let skip = 0; skip < 3; skip++) {
        const groups = Math.floor((bytes.length - skip) / 3)
        if (groups < 3) continue
        forms.push(bytes.subarray(skip, skip + groups * 3).toString('base64'))
    }
    return forms
}

class Finder {
    readonly leaks: Leak[] = []
    private readonly seen = new Set<string>()
    private readonly needles: { secret: Secret; form: string; encoded: boolean }[]

    constructor(secrets: Secret[]) {
        this.needles = secrets.flatMap((secret) => [{ secret, form: secret.value, encoded: false }, ...encodedForms(secret.value).map((form) => ({ secret, form, encoded: true }))])
    }

    text(place: string, text: string): void {
        for (const n of this.needles) if (text.includes(n.form)) this.found(place, n.secret, n.encoded)
    }

    buffer(place: string, buf: Buffer): void {
        for (const n of this.needles) if (buf.includes(Buffer.from(n.form, 'utf8'))) this.found(place, n.secret, n.encoded)
    }

    private found(place: string, s: Secret, encoded: boolean): void {
        const key = `${place}\u0000${s.value}`
        if (this.seen.has(key)) return
        this.seen.add(key)
        this.leaks.push({ place, secret: `${label(s)}${encoded ? ' (base64)' : ''}` })
    }
}

/** Every file under a folder (or the file itself). */
function filesUnder(path: string): string[] {
    if (!existsSync(path)) return []
    if (!statSync(path).isDirectory()) return [path]
    return readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(path, e.name)) : [join(path, e.name)]))
}

/**
 * Looks for each secret (as it is and base64-encoded) in every text column of every table of each
 * store, in the raw store files, in the given files and folders, and in the given texts.
 */
export function auditSecrets(
    secretList: Secret[],
    where: { stores?: { name: string; dataDir: string }[]; paths?: string[]; texts?: { place: string; text: string }[]; root?: string },
): AuditResult {
    const secrets = secretList.filter((s) => s.value.length >= 8)
    const finder = new Finder(secrets)
    const result: AuditResult = { secretsChecked: secrets.length, tablesScanned: 0, rowsScanned: 0, filesScanned: 0, textsScanned: 0, leaks: finder.leaks }
    for (const store of where.stores ?? []) {
        const db = new Database(join(store.dataDir, 'instance.db'), { readonly: true, fileMustExist: true })
        try {
            const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name)
            for (const table of tables) {
                result.tablesScanned++
                let chunk: string[] = []
                let size = 0
                const flush = () => {
                    if (chunk.length > 0) finder.text(`${store.name}: table ${table}`, chunk.join(SEPARATOR))
                    chunk = []
                    size = 0
                }
                for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
                    result.rowsScanned++
                    for (const v of Object.values(row)) {
                        if (typeof v !== 'string' && !Buffer.isBuffer(v)) continue
                        const text = typeof v === 'string' ? v : v.toString('utf8')
                        chunk.push(text)
                        size += text.length + 1
                    }
                    if (size >= CHUNK) flush()
                }
                flush()
            }
        } finally {
            db.close()
        }
        for (const file of readdirSync(store.dataDir).filter((f) => f.startsWith('instance.db'))) {
            result.filesScanned++
            finder.buffer(`${store.name}: file ${file}`, readFileSync(join(store.dataDir, file)))
        }
    }
    for (const path of where.paths ?? []) {
        for (const file of filesUnder(path)) {
            result.filesScanned++
            finder.buffer(where.root ? relative(where.root, file) : file, readFileSync(file))
        }
    }
    for (const t of where.texts ?? []) {
        result.textsScanned++
        finder.text(t.place, t.text)
    }
    return result
}
