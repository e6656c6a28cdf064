/**
 * Every HTTP endpoint a simulated instance serves, in matching order: the health page, the OAuth
 * provider endpoints, the Table API and the installed apps' scripted REST APIs.
 */
import type { Route } from './http'
import { instanceRoutes } from './http'
import { oauthRoutes } from './platform/oauth-endpoints'

export function allRoutes(): Route[] {
    return [...instanceRoutes(), ...oauthRoutes()]
}
