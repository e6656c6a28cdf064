/**
 * x_tether.TetherClient — Tether's messaging API for other scripts and UI actions: a thin bridge to
 * src/server/transport/api.ts, where the logic lives.
 *
 *   var client = new x_tether.TetherClient();
 *   client.send(integrationIdOrName, 'CreateIncident', { short_description: '…' }, { reference: current.number + '' });
 *   client.pause(integrationId); client.resume(integrationId); client.repair(integrationId); client.hasRepairable(integrationId);
 *   client.replay(transactionId); client.ignore(transactionId); client.processNow(transactionId);
 *   client.share(integrationId, 'incident', incidentSysId);   // bond + CreateIncident
 *   client.testConnection(connectionId);
 */
var TetherClient = Class.create();
TetherClient.prototype = {
    initialize: function () {
        this._api = require('x_tether/tether/0.1.0/src/server/transport/api.ts');
    },

    send: function (integration, messageName, payload, options) {
        return this._api.send(String(integration), String(messageName), payload || {}, options || {});
    },

    share: function (integrationId, table, sysId) {
        return this._api.share(String(integrationId), String(table), String(sysId));
    },

    processQueue: function (integrationId) {
        return integrationId ? this._api.processIntegration(String(integrationId)) : this._api.processQueues();
    },

    pause: function (integrationId) {
        return this._api.pause(String(integrationId));
    },

    resume: function (integrationId) {
        return this._api.resume(String(integrationId));
    },

    repair: function (integrationId) {
        return this._api.repair(String(integrationId));
    },

    /** True when Repair has an errored or timed-out outbound transaction to replay. */
    hasRepairable: function (integrationId) {
        return this._api.hasRepairable(String(integrationId));
    },

    replay: function (transactionId) {
        return this._api.replay(String(transactionId));
    },

    ignore: function (transactionId) {
        return this._api.ignore(String(transactionId));
    },

    processNow: function (transactionId) {
        return this._api.processNow(String(transactionId));
    },

    testConnection: function (connectionId) {
        return this._api.testConnection(String(connectionId));
    },

    type: 'TetherClient'
};
