import '@servicenow/sdk/global'
import { Property } from '@servicenow/sdk/core'
import { tetherAdmin } from './security/roles.now'

/**
 * Refresh window: an access token is refreshed when less than the larger of this many seconds and
 * the refresh fraction of its lifespan is left (the Unifi/KB0823628 job uses a flat 300 s).
 */
export const refreshWindowSeconds = Property({
    $id: Now.ID['prop-oauth-refresh-window'],
    name: 'x_tether.oauth.refresh_window_seconds',
    type: 'integer',
    value: 300,
    description: 'Refresh an access token when fewer than this many seconds are left (or the refresh fraction, whichever is larger). Default 300.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Refresh fraction: the share of an access token's lifespan that must still be left; below it the
 * token is refreshed. Scales the window for long-lived tokens.
 */
export const refreshFractionPercent = Property({
    $id: Now.ID['prop-oauth-refresh-fraction'],
    name: 'x_tether.oauth.refresh_fraction_percent',
    type: 'integer',
    value: 20,
    description: 'Refresh an access token when less than this percentage of its lifespan is left (or the refresh window, whichever is larger). Default 20.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Jitter: refresh times are moved earlier by a random amount up to this many seconds so that many
 * connections do not refresh in one herd.
 */
export const refreshJitterSeconds = Property({
    $id: Now.ID['prop-oauth-refresh-jitter'],
    name: 'x_tether.oauth.refresh_jitter_seconds',
    type: 'integer',
    value: 60,
    description: 'Refreshes happen up to this many seconds earlier, at random, so connections do not refresh all at once. Default 60.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Re-grant lead time: how many days before the refresh token's real expiry Tether obtains a new
 * grant unattended (client credentials, or password with stored credentials).
 */
export const regrantLeadDays = Property({
    $id: Now.ID['prop-oauth-regrant-lead'],
    name: 'x_tether.oauth.regrant_lead_days',
    type: 'integer',
    value: 14,
    description: 'Obtain a new grant this many days before the refresh token really expires, when Tether can do so unattended. Default 14.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Expiry warning lead time: when Tether cannot re-grant by itself, it raises x_tether.token.expiring
 * this many days before the refresh token expires so that a person can re-authorise in time.
 */
export const expiryWarningDays = Property({
    $id: Now.ID['prop-oauth-expiry-warning'],
    name: 'x_tether.oauth.expiry_warning_days',
    type: 'integer',
    value: 14,
    description: 'Warn (event x_tether.token.expiring) this many days before a refresh token that cannot be renewed unattended expires. Default 14.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Clock-skew margin: expiries are computed from the provider's expires_in relative to the local
 * receive time, less this margin, so a partner clock ahead of ours never makes us send an expired token.
 */
export const clockSkewSeconds = Property({
    $id: Now.ID['prop-oauth-clock-skew'],
    name: 'x_tether.oauth.clock_skew_seconds',
    type: 'integer',
    value: 60,
    description: 'Treat tokens as expiring this many seconds before the provider says, to absorb clock skew between instances. Default 60.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Refresh lease: how long one caller may hold a connection's refresh lock before another caller
 * treats the lock as stale and takes it over.
 */
export const refreshLeaseSeconds = Property({
    $id: Now.ID['prop-oauth-lease'],
    name: 'x_tether.oauth.lease_seconds',
    type: 'integer',
    value: 120,
    description: 'A refresh lock older than this many seconds is stale and may be taken over. Default 120.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Backoff after a transient token failure (5xx, 429, timeout): the first wait, doubled on each
 * consecutive failure up to the maximum, with jitter; a Retry-After from the provider wins.
 */
export const backoffBaseSeconds = Property({
    $id: Now.ID['prop-oauth-backoff-base'],
    name: 'x_tether.oauth.backoff_base_seconds',
    type: 'integer',
    value: 60,
    description: 'First wait after a transient token failure; doubled per consecutive failure. Default 60.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Upper bound for the token backoff, so a recovered provider is used again within this time; the
 * default equals the refresh job's interval, so recovery takes at most one job run.
 */
export const backoffMaxSeconds = Property({
    $id: Now.ID['prop-oauth-backoff-max'],
    name: 'x_tether.oauth.backoff_max_seconds',
    type: 'integer',
    value: 300,
    description: 'Longest wait between token retries after transient failures. Default 300 (one refresh-job interval).',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * Logged body limit: request and response bodies written to HTTP request records are cut to this
 * many characters (after redaction).
 */
export const logBodyLimit = Property({
    $id: Now.ID['prop-log-body-limit'],
    name: 'x_tether.log.body_limit',
    type: 'integer',
    value: 4000,
    description: 'Characters of each request and response body kept on HTTP request records, after redaction. Default 4000.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/** Log retention: HTTP request records and token events older than this many days are purged. */
export const logRetentionDays = Property({
    $id: Now.ID['prop-log-retention'],
    name: 'x_tether.log.retention_days',
    type: 'integer',
    value: 30,
    description: 'HTTP request records and token events older than this many days are deleted. Default 30.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/** Log level for Tether's system-log messages. */
export const logLevel = Property({
    $id: Now.ID['prop-log-level'],
    name: 'x_tether.log.level',
    type: 'choicelist',
    choices: ['debug', 'info', 'warn', 'error'],
    value: 'info',
    description: 'Lowest level of Tether messages written to the system log. Default info.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})

/**
 * The read role: holders of this role may read Tether's runtime records without a Tether role, as
 * Unifi's x_snd_eb.read.role does. Empty turns this off.
 */
export const readRole = Property({
    $id: Now.ID['prop-read-role'],
    name: 'x_tether.read_role',
    type: 'string',
    value: 'itil',
    description: 'Role that may read transactions, HTTP requests, bonds and token events without a Tether role. Default itil; empty turns it off.',
    roles: { read: [tetherAdmin], write: [tetherAdmin] },
})
