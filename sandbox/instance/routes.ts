/**
 * Every HTTP endpoint a simulated instance serves, in matching order: the health page, the OAuth
 * provider endpoints, the UI login and deploy endpoints `now-sdk install` uses, the Table API, the
 * login form and the installed apps' UI pages, and their scripted REST APIs.
 */
import type { Route } from './http'
import { instanceRoutes } from './http'
import { oauthRoutes } from './platform/oauth-endpoints'
import { tableApiRoutes } from './platform/table-api'
import { scriptedRestRoutes } from './platform/scripted-rest'
import { uiSessionRoutes } from './platform/ui-session'
import { appInstallRoutes } from './platform/app-install'
import { uiPageRoutes } from './platform/ui-pages'

export function allRoutes(): Route[] {
    // UI pages after every other `.do` endpoint (they claim any `<name>.do` left); scripted REST last:
    // it claims every /api/<namespace>/ path the others did not.
    return [...instanceRoutes(), ...oauthRoutes(), ...uiSessionRoutes(), ...appInstallRoutes(), ...tableApiRoutes(), ...uiPageRoutes(), ...scriptedRestRoutes()]
}
