/*
 * Processing script of the "Get OAuth Token" dialog (UI page x_tether_get_oauth_token): the posted
 * form fields arrive as variables. The password is handed to Tether once and never logged or echoed.
 */
(function () {
    var actions = require('x_tether/tether/0.1.0/src/server/ui/connection-actions.ts');
    var id = typeof tether_connection != 'undefined' ? String(tether_connection) : '';
    var username = typeof tether_username != 'undefined' ? String(tether_username) : '';
    var password = typeof tether_password != 'undefined' ? String(tether_password) : '';
    var store = typeof tether_store != 'undefined' && String(tether_store) == 'true';
    actions.getOAuthTokenFromDialog(id, username, password, store);
    response.sendRedirect(/^[0-9a-f]{32}$/.test(id) ? 'x_tether_connection.do?sys_id=' + id : 'x_tether_connection_list.do');
})();
