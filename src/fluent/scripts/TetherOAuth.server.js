/**
 * x_tether.TetherOAuth — Tether's OAuth API for other scripts and UI actions: a thin bridge to the
 * module src/server/oauth/api.ts, where the logic lives (typed and tested).
 *
 *   var oauth = new x_tether.TetherOAuth();
 *   oauth.requestToken(connectionId, { username: 'u', password: 'p', store: false });
 *   var t = oauth.getAccessToken(connectionId);   // { ok, token?, code?, message }
 *   oauth.refreshDue();                            // the refresh job's body
 *   oauth.revoke(connectionId);
 *   oauth.getHealth(connectionId);                 // state, expiries, next refresh, last error
 *
 * The module path carries the package name and version from package.json (the SDK's sys_module
 * path); a build test fails if it no longer matches a built module.
 */
var TetherOAuth = Class.create();
TetherOAuth.prototype = {
    initialize: function () {
        this._api = require('x_tether/tether/0.1.0/src/server/oauth/api.ts');
    },

    requestToken: function (connectionId, options) {
        return this._api.requestToken(String(connectionId), options || {});
    },

    getAccessToken: function (connectionId) {
        return this._api.getAccessToken(String(connectionId));
    },

    refreshDue: function () {
        return this._api.refreshDue();
    },

    revoke: function (connectionId) {
        return this._api.revoke(String(connectionId), 'Revoked by ' + gs.getUserName());
    },

    getHealth: function (connectionId) {
        return this._api.getHealth(String(connectionId)) || null;
    },

    type: 'TetherOAuth'
};
