/** Progress lines on stderr while the benchmark runs, with the elapsed time since the start. */
const started = Date.now()
let quiet = false

/** Tests run the scenarios without the progress lines. */
export function setQuiet(value: boolean): void {
    quiet = value
}

export function progress(line: string): void {
    if (quiet) return
    const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(6)
    process.stderr.write(`[${seconds} s] ${line}\n`)
}

export function elapsedSeconds(): number {
    return (Date.now() - started) / 1000
}
