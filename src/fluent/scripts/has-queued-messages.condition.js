// Condition of "Tether: send queued messages": run only while an outbound message is queued, or left
// in "sending" by a node that died mid-send (the worker sends it again once it is stale). It does not
// depend on the time of day, only on data (see sandbox/README.md).
(function () {
    var tx = new GlideRecord('x_tether_transaction')
    tx.addQuery('direction', 'outbound')
    tx.addQuery('state', 'IN', 'queued,sending')
    tx.setLimit(1)
    tx.query()
    answer = tx.hasNext()
})()
