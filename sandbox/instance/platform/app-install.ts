/**
 * The platform endpoints `now-sdk install` deploys through (see the protocol notes in
 * sandbox/README.md, "Deploying with the real now-sdk install"), so an app reaches a sandbox
 * instance exactly as it reaches a real one: the CLI packs dist/app, uploads the zip, and the
 * instance unpacks it and runs the same installer as every other install path (installer.ts).
 *
 * - `POST /sn_appclient_upload_processor.do`: multipart (upload_type, load_demo, sysparm_ck, file
 *   part attachFile). Needs a UI session with its token (or Basic/Bearer) and the admin role, else
 *   401. The zip's application record must be the one the query names (sysparm_fluent_scope_id,
 *   sysparm_fluent_scope_name). Answers `{"executionTracker","rollbackContext"}` as JSON; the
 *   install runs before the answer (or after it with sysparm_async_fluent_install=true) and its
 *   outcome is the tracker's: "2" installed, "3" failed with the reason (a corrupt zip, a scope
 *   mismatch, an installer error). The installer's single transaction means a failure leaves nothing
 *   half-installed. A successful install adds a sys_upgrade_history row (to_version = the scope, as
 *   the CLI queries it; from_version = the version installed before, empty on a first install).
 * - `GET /api/sn_cicd/progress/{id}`: the CI/CD progress resource over sys_execution_tracker, status
 *   as a string and percent_complete as a number (the CLI compares both strictly).
 * - `POST /xmlhttp.do` with sysparm_processor=com.snc.apps.AppsAjaxProcessor: changeApplication
 *   (accepted, no effect) and deleteApplication (`--reinstall`): uninstalls the app (installer.ts
 *   uninstallApp: its records, its tables with their data, sys_app and sys_scope) and answers
 *   `<xml answer="<tracker id>" …/>`.
 *
 * Simplifications: no rollback contexts (the id is returned but nothing can be rolled back); no
 * Update-Mutex is taken (installs run to completion inside one request, so sys_mutex stays empty);
 * store apps (uninstallApplication, sys_store_app) are not supported.
 */
import { mkdirSync, mkdtempSync, rmSync, createWriteStream, existsSync, readdirSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import yauzl from 'yauzl'
import { readDistApp } from '../../dist-app'
import type { CoreApi } from '../core-api'
import { Route, RouteRequest, send } from '../http'
import { uninstallApp } from '../installer'
import type { Runtime } from '../runtime/runtime'
import { errorMessage } from '../runtime/unsupported'
import { newSysId, Row } from '../store'
import { authenticate, uiSessionOf } from './inbound-auth'
import { guarded, runtimeOf, sendFailure, sendJson } from './table-api'
import { readForm } from './ui-session'

/** The largest package the processor takes (the Tether zip is well under 1 MB). */
const MAX_PACKAGE_BYTES = 64 * 1024 * 1024
/** Limits on what a package may unpack to, against zip bombs. */
const MAX_ENTRIES = 20000
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024

const APPS_AJAX_PROCESSOR = 'com.snc.apps.AppsAjaxProcessor'

/** sys_execution_tracker states, as the CI/CD API reports them. */
const STATE_LABELS: Record<number, string> = { 0: 'Pending', 1: 'Running', 2: 'Successful', 3: 'Failed', 4: 'Canceled' }

// ---------------------------------------------------------------------------------------------
// Execution trackers (sys_execution_tracker rows, so progress survives an instance restart)

interface TrackerUpdate {
    state?: number
    percent?: number
    message?: string
    detail?: string
    result?: string
}

function systemFields(rt: Runtime): Row {
    const now = rt.nowString()
    return { sys_created_on: now, sys_updated_on: now, sys_created_by: 'system', sys_updated_by: 'system', sys_mod_count: '0' }
}

function createTracker(rt: Runtime, name: string, source: string): string {
    const id = newSysId()
    rt.store.insertRow('sys_execution_tracker', {
        ...systemFields(rt),
        sys_id: id,
        sys_class_name: 'sys_execution_tracker',
        name,
        source,
        source_table: 'sys_scope',
        state: '0',
        percent_complete: '0',
        message: 'Pending',
        detail_message: '',
        start_time: rt.nowString(),
    })
    return id
}

function updateTracker(rt: Runtime, id: string, update: TrackerUpdate): void {
    const changes: Row = { sys_updated_on: rt.nowString() }
    if (update.state !== undefined) changes.state = String(update.state)
    if (update.percent !== undefined) changes.percent_complete = String(update.percent)
    if (update.message !== undefined) changes.message = update.message
    if (update.detail !== undefined) changes.detail_message = update.detail
    if (update.result !== undefined) changes.result = update.result
    if (update.state === 2 || update.state === 3 || update.state === 4) changes.completion_time = rt.nowString()
    rt.store.updateRow('sys_execution_tracker', id, changes)
}

function failTracker(rt: Runtime, id: string, message: string): void {
    rt.log(2, `Application install failed: ${message}`, 'AppInstall')
    updateTracker(rt, id, { state: 3, message, detail: message })
}

// ---------------------------------------------------------------------------------------------
// Authentication shared by the processors

/** Who may deploy: an admin (the platform also lets the sn_cicd roles; the sandbox has none). */
function mayDeploy(rt: Runtime, userId: string): boolean {
    return rt.security.isAdmin(userId)
}

// ---------------------------------------------------------------------------------------------
// The upload: multipart body and zip

interface Upload {
    fields: Record<string, string>
    /** The attachFile part, undefined when absent. */
    file?: Buffer
    /** The file part was larger than MAX_PACKAGE_BYTES. */
    tooLarge: boolean
}

/** Reads the multipart body; the file is kept only when `keep` (an unauthenticated caller's is drained). */
function readUpload(req: IncomingMessage, keep: boolean): Promise<Upload> {
    return new Promise((resolvePromise, reject) => {
        let parser: busboy.Busboy
        try {
            parser = busboy({ headers: req.headers, limits: { fileSize: MAX_PACKAGE_BYTES, files: 1, fields: 50, fieldSize: 1024 * 1024 } })
        } catch (e) {
            req.resume()
            reject(new Error(`Expected a multipart/form-data upload (${errorMessage(e)})`))
            return
        }
        const upload: Upload = { fields: {}, tooLarge: false }
        parser.on('field', (name, value) => {
            if (!(name in upload.fields)) upload.fields[name] = value
        })
        parser.on('file', (name, stream) => {
            if (name !== 'attachFile' || !keep) {
                stream.resume()
                return
            }
            const chunks: Buffer[] = []
            stream.on('data', (chunk: Buffer) => chunks.push(chunk))
            stream.on('limit', () => {
                upload.tooLarge = true
            })
            stream.on('end', () => {
                upload.file = Buffer.concat(chunks)
            })
        })
        parser.on('close', () => resolvePromise(upload))
        parser.on('error', (e) => reject(e instanceof Error ? e : new Error(String(e))))
        req.pipe(parser)
    })
}

/**
 * Unpacks a `now-sdk pack` zip into a folder. Entry names start with "/" (`/update/x.xml`): one
 * leading slash is dropped; anything still absolute, with a `..` segment or a backslash is refused
 * (zip-slip), and so is a package that would unpack to more than the limits.
 */
export async function unpackPackage(zip: Buffer, into: string): Promise<number> {
    const root = resolve(into)
    // decodeStrings off: yauzl would refuse the leading slash itself; the names are checked below.
    const zipfile = await yauzl.fromBufferPromise(zip, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true })
    let entries = 0
    let bytes = 0
    try {
        for (;;) {
            const entry = await new Promise<yauzl.Entry | undefined>((resolveEntry, reject) => {
                const onEntry = (e: yauzl.Entry) => done(() => resolveEntry(e))
                const onEnd = () => done(() => resolveEntry(undefined))
                const onError = (err: Error) => done(() => reject(err))
                const done = (fn: () => void) => {
                    zipfile.off('entry', onEntry).off('end', onEnd).off('error', onError)
                    fn()
                }
                zipfile.on('entry', onEntry).on('end', onEnd).on('error', onError)
                zipfile.readEntry()
            })
            if (!entry) return entries
            const raw = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
            const name = raw.startsWith('/') ? raw.slice(1) : raw
            const invalid = name === '' ? 'empty entry name' : yauzl.validateFileName(name)
            if (invalid) throw new Error(`Refused package entry "${raw}": ${invalid}`)
            const target = resolve(root, name)
            if (!target.startsWith(root + sep)) throw new Error(`Refused package entry "${raw}": outside the package folder`)
            if (++entries > MAX_ENTRIES) throw new Error(`The package has more than ${MAX_ENTRIES} entries`)
            if (name.endsWith('/')) {
                mkdirSync(target, { recursive: true })
                continue
            }
            bytes += entry.uncompressedSize
            if (bytes > MAX_UNPACKED_BYTES) throw new Error(`The package unpacks to more than ${MAX_UNPACKED_BYTES} bytes`)
            mkdirSync(dirname(target), { recursive: true })
            const stream = await zipfile.openReadStreamPromise(entry)
            await pipeline(stream, createWriteStream(target, { flags: 'wx' }))
        }
    } finally {
        zipfile.close()
    }
}

// ---------------------------------------------------------------------------------------------
// Installing

interface InstallRequest {
    trackerId: string
    zip: Buffer
    demo: boolean
    scopeId: string
    scopeName: string
}

/** Unpacks, checks and installs; every outcome ends in the tracker. Never throws. */
async function runInstall(rt: Runtime, core: CoreApi, job: InstallRequest): Promise<void> {
    const { trackerId } = job
    const folder = mkdtempSync(join(tmpdir(), 'tether-upload-'))
    try {
        updateTracker(rt, trackerId, { state: 1, percent: 10, message: 'Unpacking the application package' })
        try {
            await unpackPackage(job.zip, folder)
        } catch (e) {
            failTracker(rt, trackerId, `Invalid application package: ${errorMessage(e)}`)
            return
        }
        const scopeDir = join(folder, 'scope')
        if (!existsSync(scopeDir) || !readdirSync(scopeDir).some((f) => f.endsWith('.xml'))) {
            failTracker(rt, trackerId, 'Invalid application package: it has no application record (scope/sys_app_<sys_id>.xml)')
            return
        }
        let scope: { sysId: string; scope: string; version: string }
        try {
            scope = readDistApp(folder).scope
        } catch (e) {
            failTracker(rt, trackerId, `Invalid application package: ${errorMessage(e)}`)
            return
        }
        if (scope.sysId !== job.scopeId || (job.scopeName !== '' && scope.scope !== job.scopeName)) {
            failTracker(
                rt,
                trackerId,
                `The package is application ${scope.scope} (${scope.sysId}), not the requested ${job.scopeName || '?'} (${job.scopeId})`,
            )
            return
        }
        const taken = rt.store.prepare('SELECT sys_id FROM sys_scope WHERE scope = ? AND sys_id <> ?').get(scope.scope, scope.sysId) as { sys_id: string } | undefined
        if (taken) {
            failTracker(rt, trackerId, `Scope ${scope.scope} is already used by another application (${taken.sys_id})`)
            return
        }
        updateTracker(rt, trackerId, { percent: 30, message: `Installing ${scope.scope} ${scope.version}` })
        const started = rt.nowString()
        let report
        try {
            // The one installer every path uses; one transaction, so a failure installs nothing.
            report = core.install(folder, { demo: job.demo })
        } catch (e) {
            failTracker(rt, trackerId, `Application install failed: ${errorMessage(e)}`)
            return
        }
        rt.store.insertRow('sys_upgrade_history', {
            ...systemFields(rt),
            sys_id: newSysId(),
            sys_class_name: 'sys_upgrade_history',
            from_version: report.previousVersion ?? null,
            to_version: scope.scope,
            upgrade_started: started,
            upgrade_finished: rt.nowString(),
        })
        // Scheduled jobs may have changed: the supervisor re-reads when the next one is due.
        rt.onJobsChanged?.()
        const summary = `${report.scope} ${report.version}${report.previousVersion !== undefined ? ` (was ${report.previousVersion})` : ''}: ` +
            `${report.inserted} inserted, ${report.updated} updated, ${report.deleted} deleted`
        rt.log(0, `Application installed through the upload processor: ${summary}`, 'AppInstall')
        updateTracker(rt, trackerId, { state: 2, percent: 100, message: 'Application installed', detail: '', result: JSON.stringify(report) })
    } catch (e) {
        failTracker(rt, trackerId, `Application install failed: ${errorMessage(e)}`)
    } finally {
        rmSync(folder, { recursive: true, force: true })
    }
}

async function uploadProcessor(request: RouteRequest): Promise<void> {
    const { req, res, query, core } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'App install', async () => {
        // Keep the file only for a caller that can possibly be authenticated; the token may be in the body.
        const mayAuthenticate = req.headers.authorization !== undefined || uiSessionOf(rt, req.headers)?.userId
        let upload: Upload
        try {
            upload = await readUpload(req, Boolean(mayAuthenticate))
        } catch (e) {
            sendFailure(res, 400, 'Invalid upload', errorMessage(e))
            return
        }
        const auth = authenticate(rt, req.headers.authorization, req.headers, upload.fields.sysparm_ck)
        if (!auth.ok) {
            sendFailure(res, 401, auth.message, auth.detail)
            return
        }
        if (!mayDeploy(rt, auth.userId)) {
            sendFailure(res, 401, 'Insufficient privileges', `User ${auth.userName} may not install applications (admin role required)`)
            return
        }
        const scopeId = query.get('sysparm_fluent_scope_id') ?? ''
        const scopeName = query.get('sysparm_fluent_scope_name') ?? ''
        const trackerId = createTracker(rt, `Install application ${scopeName || scopeId}`.trim(), 'sn_appclient_upload_processor')
        const answer = { executionTracker: trackerId, rollbackContext: newSysId() }
        const version = query.get('sysparm_fluent_app_version') ?? ''
        rt.log(0, `Application package upload by ${auth.userName}: ${scopeName} ${version} (${scopeId}), ${upload.file?.length ?? 0} bytes`, 'AppInstall')
        const refused = !upload.file
            ? 'The upload has no attachFile part'
            : upload.tooLarge
              ? `The package is larger than ${MAX_PACKAGE_BYTES} bytes`
              : scopeId === ''
                ? 'sysparm_fluent_scope_id is required'
                : undefined
        if (refused) {
            failTracker(rt, trackerId, refused)
            // 400 with a tracker: the CLI reads the tracker and reports its message.
            sendJson(res, 400, answer)
            return
        }
        const job: InstallRequest = {
            trackerId,
            zip: upload.file!,
            demo: (upload.fields.load_demo ?? 'true') === 'true',
            scopeId,
            scopeName,
        }
        if (query.get('sysparm_async_fluent_install') === 'true') {
            sendJson(res, 200, answer)
            // runInstall records every failure in the tracker; only a store closed under it (shutdown) is left to ignore.
            setImmediate(() => runInstall(rt, core, job).catch(() => undefined))
            return
        }
        await runInstall(rt, core, job)
        sendJson(res, 200, answer)
    })
}

// ---------------------------------------------------------------------------------------------
// Progress

async function progress(request: RouteRequest): Promise<void> {
    const { req, res, params, core, ctx } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'CICD progress', () => {
        const auth = authenticate(rt, req.headers.authorization, req.headers)
        if (!auth.ok) {
            sendFailure(res, 401, auth.message, auth.detail, { 'WWW-Authenticate': auth.wwwAuthenticate })
            return
        }
        if (!mayDeploy(rt, auth.userId)) {
            sendFailure(res, 403, 'User Not Authorized', 'The CI/CD API requires the admin role')
            return
        }
        const id = params.id ?? ''
        const row = /^[0-9a-f]{32}$/.test(id) ? rt.store.getRow('sys_execution_tracker', id) : undefined
        if (!row) {
            sendFailure(res, 404, 'No Record found', `No execution tracker ${id}`)
            return
        }
        const state = Number(row.state ?? 0)
        const message = row.message ?? ''
        sendJson(res, 200, {
            result: {
                links: { progress: { id, url: `${ctx.url}/api/sn_cicd/progress/${id}` } },
                status: String(state),
                status_label: STATE_LABELS[state] ?? 'Unknown',
                status_message: message,
                status_detail: row.detail_message ?? '',
                error: state === 3 ? message : '',
                percent_complete: Number(row.percent_complete ?? 0),
            },
        })
    })
}

// ---------------------------------------------------------------------------------------------
// xmlhttp.do: AppsAjaxProcessor

function escapeXml(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function sendAjax(res: ServerResponse, status: number, attributes: Record<string, string>): void {
    const attrs = Object.entries(attributes)
        .map(([k, v]) => `${k}="${escapeXml(v)}"`)
        .join(' ')
    send(res, status, `<?xml version="1.0" encoding="UTF-8"?><xml ${attrs}/>`, 'text/xml;charset=UTF-8')
}

/** The scope name of an installed app by its sys_id (sys_scope, else sys_app for data from before sys_scope existed). */
function scopeOf(rt: Runtime, scopeId: string): string | undefined {
    for (const table of ['sys_scope', 'sys_app']) {
        const row = rt.store.prepare(`SELECT scope FROM ${table} WHERE sys_id = ?`).get(scopeId) as { scope: string | null } | undefined
        if (row?.scope) return row.scope
    }
    return undefined
}

function deleteApplication(rt: Runtime, scopeId: string): string {
    const trackerId = createTracker(rt, `Delete application ${scopeId}`, 'AppsAjaxProcessor')
    const scope = scopeOf(rt, scopeId)
    if (!scope) {
        failTracker(rt, trackerId, `No application with sys_id ${scopeId}`)
        return trackerId
    }
    updateTracker(rt, trackerId, { state: 1, percent: 10, message: `Deleting application ${scope}` })
    try {
        const report = uninstallApp(rt.store, scope)
        rt.invalidateAll()
        rt.onJobsChanged?.()
        const message = `Application ${scope} deleted: ${report.deleted} records, ${report.droppedTables.length} tables`
        rt.log(0, message, 'AppInstall')
        updateTracker(rt, trackerId, { state: 2, percent: 100, message, result: JSON.stringify(report) })
    } catch (e) {
        failTracker(rt, trackerId, `Could not delete application ${scope}: ${errorMessage(e)}`)
    }
    return trackerId
}

async function xmlHttp(request: RouteRequest): Promise<void> {
    const { req, res, core } = request
    const rt = runtimeOf(core)
    await guarded(res, rt, 'xmlhttp', async () => {
        const form = await readForm(req)
        const auth = authenticate(rt, req.headers.authorization, req.headers, form.sysparm_ck)
        if (!auth.ok) {
            sendAjax(res, 401, { error: auth.message })
            return
        }
        const processor = form.sysparm_processor ?? ''
        const fn = form.sysparm_function ?? form.sysparm_name ?? ''
        const base = { sysparm_name: fn, sysparm_processor: processor }
        if (processor !== APPS_AJAX_PROCESSOR) {
            sendAjax(res, 400, { ...base, error: `The sandbox's xmlhttp.do serves only ${APPS_AJAX_PROCESSOR}` })
            return
        }
        if (fn === 'changeApplication') {
            // The current application is a UI preference; nothing the sandbox reads depends on it.
            sendAjax(res, 200, { answer: form.sysparm_value ?? '', ...base })
            return
        }
        if (fn === 'deleteApplication') {
            if (!mayDeploy(rt, auth.userId)) {
                sendAjax(res, 403, { ...base, error: `User ${auth.userName} may not delete applications (admin role required)` })
                return
            }
            sendAjax(res, 200, { answer: deleteApplication(rt, form.sysparm_sys_id ?? ''), ...base })
            return
        }
        sendAjax(res, 400, { ...base, error: `AppsAjaxProcessor.${fn} is not supported by the Tether sandbox` })
    })
}

/** The deploy endpoints; list them before the Table API and scripted REST (which claims /api/*). */
export function appInstallRoutes(): Route[] {
    return [
        { method: 'POST', path: '/sn_appclient_upload_processor.do', handle: uploadProcessor },
        { method: 'POST', path: '/xmlhttp.do', handle: xmlHttp },
        { method: 'GET', path: /\/api\/sn_cicd\/progress\/(?<id>[^/]+)/, handle: progress },
    ]
}
