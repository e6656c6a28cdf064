import '@servicenow/sdk/global'
import { UiPage } from '@servicenow/sdk/core'

/**
 * The "Get OAuth Token" dialog: the provider user's name and password for the password grant, and
 * an opt-in to store them for unattended renewal. Its processing script gets the token.
 */
UiPage({
    $id: Now.ID['page-get-oauth-token'],
    endpoint: 'x_tether_get_oauth_token.do',
    category: 'general',
    description: 'Dialog of the connection UI action "Get OAuth Token" (password grant credentials, opt-in storage).',
    html: Now.include('./dialogs/get-oauth-token.html'),
    clientScript: Now.include('./dialogs/get-oauth-token.client.js'),
    processingScript: Now.include('../scripts/get-oauth-token.processing.js'),
})
