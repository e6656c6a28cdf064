// Condition of "Tether: refresh OAuth tokens": run only on instances that have an active OAuth 2.0
// connection. It does not depend on the time of day, only on data (see sandbox/README.md).
(function () {
    var conn = new GlideRecord('x_tether_connection')
    conn.addQuery('active', true)
    conn.addQuery('authentication', 'oauth2')
    conn.setLimit(1)
    conn.query()
    answer = conn.hasNext()
})()
