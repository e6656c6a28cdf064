/**
 * Synchronous HTTP for platform scripts. `RESTMessageV2.execute()` and the sn_auth token calls block
 * the calling script until the other instance answers, as on the platform. Node has no synchronous
 * HTTP client, so a worker thread makes the request while the script's thread waits on a shared
 * flag (Atomics.wait) and then takes the answer off a message port (receiveMessageOnPort).
 *
 * While a script waits, its own instance cannot serve HTTP (one thread per instance). A script on
 * another instance that calls back into the waiting one therefore waits too; both requests end
 * with a clear timeout error instead of a deadlock — the worst case the issue allows.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads'

export interface SyncHttpRequest {
    method: string
    url: string
    headers: Record<string, string>
    body?: string
    /** Socket inactivity timeout, ms (RESTMessageV2.setHttpTimeout). */
    timeoutMs: number
}

export interface SyncHttpResponse {
    /** 0 when no HTTP answer arrived. */
    status: number
    headers: Record<string, string>
    body: string
    /** Transport error: refused, timed out, reset. */
    error?: string
    durationMs: number
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const http = require('node:http')
const https = require('node:https')
const signal = new Int32Array(workerData.shared)
const port = workerData.port
port.on('message', (req) => {
    const started = Date.now()
    let settled = false
    const finish = (res) => {
        if (settled) return
        settled = true
        port.postMessage({ ...res, durationMs: Date.now() - started })
        Atomics.store(signal, 0, 1)
        Atomics.notify(signal, 0)
    }
    let url
    try { url = new URL(req.url) } catch (e) { return finish({ status: 0, headers: {}, body: '', error: 'Invalid URL: ' + req.url }) }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return finish({ status: 0, headers: {}, body: '', error: 'Unsupported protocol ' + url.protocol })
    const lib = url.protocol === 'https:' ? https : http
    const headers = { ...req.headers }
    if (req.body !== undefined && req.body !== null) headers['Content-Length'] = Buffer.byteLength(req.body)
    const r = lib.request(url, { method: req.method, headers, timeout: req.timeoutMs, agent: false }, (res) => {
        const chunks = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () => {
            const h = {}
            for (const [k, v] of Object.entries(res.headers)) h[k] = Array.isArray(v) ? v.join(', ') : String(v)
            finish({ status: res.statusCode || 0, headers: h, body: Buffer.concat(chunks).toString('utf8') })
        })
        res.on('aborted', () => finish({ status: 0, headers: {}, body: '', error: 'Connection reset: the response was cut off' }))
        res.on('error', (e) => finish({ status: 0, headers: {}, body: '', error: 'Connection reset: ' + e.message }))
    })
    r.on('timeout', () => { r.destroy(new Error('Request timed out after ' + req.timeoutMs + ' ms')) })
    r.on('error', (e) => {
        const code = e.code ? e.code + ': ' : ''
        finish({ status: 0, headers: {}, body: '', error: code + e.message })
    })
    if (req.body !== undefined && req.body !== null) r.write(req.body)
    r.end()
})
`

/**
 * Sandbox instances share one virtual timeline. A call carries the caller's time in this header so
 * that the instance it reaches catches up before answering (real instances share real time). It is
 * the sandbox's own header, never a platform one.
 */
export const CLOCK_HEADER = 'x-tether-sandbox-clock'

export class SyncHttpClient {
    constructor(private readonly sharedNow?: () => number) {}

    private worker: Worker | undefined
    private port: MessageChannel['port1'] | undefined
    private signal: Int32Array | undefined

    private start(): void {
        const shared = new SharedArrayBuffer(4)
        const channel = new MessageChannel()
        this.signal = new Int32Array(shared)
        this.port = channel.port1
        this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { shared, port: channel.port2 }, transferList: [channel.port2] })
        // The worker must never keep the instance process alive on its own.
        this.worker.unref()
        this.port.unref()
    }

    /** Requests made so far: the supervisor re-reads other instances' schedules after a job called out. */
    requests = 0

    /** Called as a request starts and once its answer is in (the sandbox's crash fault hooks here). */
    onExchange: ((phase: 'before' | 'after', req: SyncHttpRequest) => void) | undefined

    request(req: SyncHttpRequest): SyncHttpResponse {
        this.onExchange?.('before', req)
        const res = this.exchange(req)
        this.onExchange?.('after', req)
        return res
    }

    private exchange(req: SyncHttpRequest): SyncHttpResponse {
        this.requests++
        if (!this.worker) this.start()
        Atomics.store(this.signal!, 0, 0)
        const headers = this.sharedNow ? { ...req.headers, [CLOCK_HEADER]: String(this.sharedNow()) } : req.headers
        this.port!.postMessage({ ...req, headers })
        // The worker enforces the socket timeout; the extra margin only guards against a stuck worker.
        const waited = Atomics.wait(this.signal!, 0, 0, req.timeoutMs + 5000)
        const message = receiveMessageOnPort(this.port!)
        if (waited === 'timed-out' || !message) {
            this.close()
            return { status: 0, headers: {}, body: '', error: `Request timed out after ${req.timeoutMs} ms (no answer from the HTTP worker)`, durationMs: req.timeoutMs }
        }
        return message.message as SyncHttpResponse
    }

    close(): void {
        void this.worker?.terminate()
        this.port?.close()
        this.worker = undefined
        this.port = undefined
    }
}
