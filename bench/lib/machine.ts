/** What the benchmark ran on, written with every result file. */
import { execFileSync } from 'node:child_process'
import { cpus, freemem, loadavg, platform, release, totalmem, arch, type } from 'node:os'
import { readFileSync } from 'node:fs'

export interface Machine {
    os: string
    kernel: string
    arch: string
    cpu: string
    cores: number
    memoryGiB: number
    freeMemoryGiB: number
    /** 1, 5 and 15-minute load averages when the run started: other work on the machine skews timings. */
    loadAverage: number[]
    node: string
    commit: string
    /** Uncommitted changes in the working tree when the run started. */
    dirty: boolean
}

function git(args: string[]): string {
    try {
        return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    } catch {
        return ''
    }
}

function osName(): string {
    try {
        const pretty = readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?/m)
        if (pretty) return pretty[1]
    } catch {
        // not Linux: fall back to the kernel's name
    }
    return `${type()} (${platform()})`
}

export function describeMachine(): Machine {
    const gib = (bytes: number) => Math.round((bytes / 1024 ** 3) * 10) / 10
    return {
        os: osName(),
        kernel: release(),
        arch: arch(),
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        cores: cpus().length,
        memoryGiB: gib(totalmem()),
        freeMemoryGiB: gib(freemem()),
        loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
        node: process.version,
        commit: git(['rev-parse', 'HEAD']) || 'unknown',
        dirty: git(['status', '--porcelain']) !== '',
    }
}
