/**
 * Every HTTP endpoint a simulated instance serves, in matching order: the health page, the OAuth
 * provider endpoints, the UI login and deploy endpoints `now-sdk install` uses, the Table API and
 * the installed apps' scripted REST APIs.
 */
import type { Route } from './http'
import { instanceRoutes } from './http'
import { oauthRoutes } from './platform/oauth-endpoints'
import { tableApiRoutes } from './platform/table-api'
import { scriptedRestRoutes } from './platform/scripted-rest'
import { uiSessionRoutes } from './platform/ui-session'
import { appInstallRoutes } from './platform/app-install'

export function allRoutes(): Route[] {
    // Scripted REST last: it claims every /api/<namespace>/ path the others did not.
    return [...instanceRoutes(), ...oauthRoutes(), ...uiSessionRoutes(), ...appInstallRoutes(), ...tableApiRoutes(), ...scriptedRestRoutes()]
}
