/**
 * The sandbox's programmatic API, for tests and demos: `startSandbox()` starts simulated instances
 * as processes with a shared virtual clock; see sandbox/README.md.
 */
export { startSandbox, SandboxError } from './supervisor'
export type { InstanceHandle, InstanceJobRun, Sandbox, SandboxClock, SandboxOptions } from './supervisor'
export type { JobRun, ScriptResult, UiActionResult } from './instance/core-api'
export type { InstallReport } from './instance/installer'
export { parseDuration } from './clock'
