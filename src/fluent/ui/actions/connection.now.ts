import '@servicenow/sdk/global'
import { UiAction } from '@servicenow/sdk/core'
import { tetherAdmin, tetherManager } from '../../security/roles.now'
import {
    activateAction,
    deactivateAction,
    refreshTokenAction,
    revokeTokenAction,
    testConnectionAction,
} from '../../../server/ui/connection-actions'

/**
 * Get OAuth Token: opens a dialog asking for the provider user's user name and password (password
 * grant) with an opt-in to store them for unattended renewal; the dialog's processing script gets the token.
 */
UiAction({
    $id: Now.ID['action-connection-get-token'],
    table: 'x_tether_connection',
    name: 'Get OAuth Token',
    actionName: 'x_tether_get_oauth_token',
    hint: "Get a token from the provider with its integration user's credentials (stored only if you choose)",
    condition: "current.authentication == 'oauth2' && !current.oauth_profile.nil()",
    roles: [tetherAdmin],
    showUpdate: true,
    showInsert: false,
    order: 100,
    form: { showButton: true, showContextMenu: false, showLink: false, style: 'primary' },
    client: { isClient: true, isUi16Compatible: true, onClick: 'tetherOpenGetTokenDialog()' },
    script: `function tetherOpenGetTokenDialog() {
    // The grant uses the saved connection: with unsaved changes (another grant type, say) the dialog
    // would ask for the wrong thing.
    if (g_form.modified) {
        g_form.addErrorMessage('Save the connection first: Get OAuth Token uses its saved settings.');
        return false;
    }
    var Dialog = typeof GlideModal != 'undefined' ? GlideModal : GlideDialogWindow;
    var dialog = new Dialog('x_tether_get_oauth_token');
    dialog.setTitle('Get OAuth Token');
    dialog.setPreference('sysparm_sys_id', g_form.getUniqueValue());
    dialog.setPreference('sysparm_grant_type', g_form.getValue('grant_type'));
    dialog.render();
    return false;
}`,
})

/** Refresh Token: one refresh now, whatever the schedule (operators, when a partner reports 401s). */
UiAction({
    $id: Now.ID['action-connection-refresh-token'],
    table: 'x_tether_connection',
    name: 'Refresh Token',
    actionName: 'x_tether_refresh_token',
    hint: 'Refresh the access token now',
    condition: "current.authentication == 'oauth2' && !current.refresh_expires.nil() && current.token_state != 'needs_reauth' && current.token_state != 'revoked'",
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 110,
    form: { showButton: true, showContextMenu: true, style: 'unstyled' },
    script: refreshTokenAction,
})

/** Revoke Token: revoke at the provider and forget locally (a leaked token, a partner leaving). */
UiAction({
    $id: Now.ID['action-connection-revoke-token'],
    table: 'x_tether_connection',
    name: 'Revoke Token',
    actionName: 'x_tether_revoke_token',
    hint: 'Revoke the tokens at the provider and delete them here; the connection then needs Get OAuth Token',
    condition: "current.authentication == 'oauth2' && current.token_state != 'none' && current.token_state != 'revoked' && (!current.access_expires.nil() || !current.refresh_expires.nil())",
    roles: [tetherAdmin],
    showUpdate: true,
    showInsert: false,
    order: 120,
    form: { showButton: true, showContextMenu: true, style: 'destructive' },
    script: revokeTokenAction,
})

/** Test Connection: GET <endpoint>/ping with the connection's authentication (Unifi's rule). */
UiAction({
    $id: Now.ID['action-connection-test'],
    table: 'x_tether_connection',
    name: 'Test Connection',
    actionName: 'x_tether_test_connection',
    hint: "Call the partner's ping with this connection's authentication",
    condition: '!current.endpoint_url.nil()',
    roles: [tetherManager],
    showUpdate: true,
    showInsert: false,
    order: 130,
    form: { showButton: true, showContextMenu: true, style: 'unstyled' },
    script: testConnectionAction,
})

/** Activate: make this the integration's one active connection (the others are deactivated). */
UiAction({
    $id: Now.ID['action-connection-activate'],
    table: 'x_tether_connection',
    name: 'Activate',
    actionName: 'x_tether_activate_connection',
    hint: "Use this connection for the integration; its other connections are deactivated and their tokens revoked",
    condition: "current.getValue('active') != '1'",
    roles: [tetherAdmin],
    showUpdate: true,
    showInsert: false,
    order: 140,
    form: { showButton: true, showContextMenu: true, style: 'primary' },
    list: { showContextMenu: true },
    script: activateAction,
})

/** Deactivate: stop using this connection and revoke its tokens. */
UiAction({
    $id: Now.ID['action-connection-deactivate'],
    table: 'x_tether_connection',
    name: 'Deactivate',
    actionName: 'x_tether_deactivate_connection',
    hint: 'Stop using this connection; its tokens are revoked',
    condition: "current.getValue('active') == '1'",
    roles: [tetherAdmin],
    showUpdate: true,
    showInsert: false,
    order: 150,
    form: { showButton: true, showContextMenu: true, style: 'destructive' },
    list: { showContextMenu: true },
    script: deactivateAction,
})
