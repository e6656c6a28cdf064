import { gs } from '@servicenow/glide'
import { DEFAULT_POLICY, RefreshPolicy } from './policy'

function numberProperty(name: string, fallback: number): number {
    const value = Number(gs.getProperty(name, String(fallback)))
    return isFinite(value) && value >= 0 ? value : fallback
}

/** The refresh policy from Tether's system properties, falling back to the defaults on bad values. */
export function readPolicy(): RefreshPolicy {
    return {
        windowSeconds: numberProperty('x_tether.oauth.refresh_window_seconds', DEFAULT_POLICY.windowSeconds),
        fractionPercent: numberProperty('x_tether.oauth.refresh_fraction_percent', DEFAULT_POLICY.fractionPercent),
        jitterSeconds: numberProperty('x_tether.oauth.refresh_jitter_seconds', DEFAULT_POLICY.jitterSeconds),
        regrantLeadDays: numberProperty('x_tether.oauth.regrant_lead_days', DEFAULT_POLICY.regrantLeadDays),
        warningDays: numberProperty('x_tether.oauth.expiry_warning_days', DEFAULT_POLICY.warningDays),
        skewSeconds: numberProperty('x_tether.oauth.clock_skew_seconds', DEFAULT_POLICY.skewSeconds),
        leaseSeconds: numberProperty('x_tether.oauth.lease_seconds', DEFAULT_POLICY.leaseSeconds),
        backoffBaseSeconds: numberProperty('x_tether.oauth.backoff_base_seconds', DEFAULT_POLICY.backoffBaseSeconds),
        backoffMaxSeconds: numberProperty('x_tether.oauth.backoff_max_seconds', DEFAULT_POLICY.backoffMaxSeconds),
    }
}
