// Condition of "Tether: heartbeats": run only where an active integration wants heartbeats. It does
// not depend on the time of day, only on data (see sandbox/README.md).
(function () {
    var integration = new GlideRecord('x_tether_integration')
    integration.addQuery('state', 'active')
    integration.addQuery('heartbeat_minutes', '>', 0)
    integration.setLimit(1)
    integration.query()
    answer = integration.hasNext()
})()
