/**
 * Client script of the Tether connection health page (x_tether_connection_health.do). Runs in the
 * browser: reads GET /api/x_tether/admin/health with the session's CSRF token (window.g_ck as
 * X-UserToken, as every UI page calling a REST API on the platform does) and renders one card per
 * connection. Data is only ever set as text, never as HTML. Plain ES5 syntax (and an optional catch binding): no build step touches it.
 */
(function () {
    var HEALTH_URL = '/api/x_tether/admin/health';
    var AUTO_REFRESH_MS = 60 * 1000;

    var STATE_LABELS = {
        none: 'No token',
        valid: 'Valid',
        refreshing: 'Refreshing',
        degraded: 'Degraded (retrying)',
        needs_reauth: 'Needs re-authorisation',
        error: 'Error',
        revoked: 'Revoked'
    };

    var GRANT_LABELS = { password: 'resource owner password', client_credentials: 'client credentials' };

    /** needs_reauth and error need a person now; degraded and revoked deserve a look. */
    var ATTENTION = { needs_reauth: true, error: true };
    var WARNING = { degraded: true, revoked: true };

    function byId(id) {
        return document.getElementById(id);
    }

    /** The platform wraps a UI page in its own <head>; make sure a phone gets the device width. */
    function ensureViewport() {
        if (document.head && !document.head.querySelector('meta[name="viewport"]')) {
            var meta = document.createElement('meta');
            meta.name = 'viewport';
            meta.content = 'width=device-width, initial-scale=1';
            document.head.appendChild(meta);
        }
    }

    /** Epoch ms of a GlideDateTime value "YYYY-MM-DD HH:mm:ss" (UTC); NaN when empty. */
    function parseUtc(value) {
        var m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value || '');
        return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : NaN;
    }

    function relative(ms, nowMs) {
        var diff = ms - nowMs;
        var abs = Math.abs(diff);
        var text;
        if (abs < 60 * 1000) return 'now';
        if (abs < 90 * 60 * 1000) text = Math.round(abs / 60000) + ' min';
        else if (abs < 48 * 3600 * 1000) text = Math.round(abs / 3600000) + ' h';
        else text = Math.round(abs / 86400000) + ' days';
        return diff > 0 ? 'in ' + text : text + ' ago';
    }

    /** "2026-02-02 08:29 UTC (in 29 min)", or a dash when there is no time. */
    function when(value, nowMs) {
        var ms = parseUtc(value);
        if (isNaN(ms)) return '—';
        var text = value.slice(0, 16) + ' UTC';
        return isNaN(nowMs) ? text : text + ' (' + relative(ms, nowMs) + ')';
    }

    function el(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    function levelOf(c) {
        if (ATTENTION[c.state]) return 'attention';
        if (WARNING[c.state]) return 'warning';
        if (c.state === 'none' || !c.active) return 'idle';
        return 'ok';
    }

    function actionText(c) {
        if (c.state === 'needs_reauth') return 'Action needed: re-authorise (Get OAuth Token on the connection). Tether will not retry on its own.';
        if (c.state === 'error') return 'Action needed: check the connection and its last error.';
        if (c.state === 'revoked') return 'Tokens revoked: get a new OAuth token before using this connection.';
        if (c.state === 'degraded') return 'Retrying with back-off after ' + c.consecutiveFailures + ' failed attempt(s).';
        return '';
    }

    function card(c, nowMs) {
        var level = levelOf(c);
        var item = el('li', 'th-card th-' + level);
        item.setAttribute('data-connection', c.connection);
        item.setAttribute('data-state', c.state);
        item.appendChild(el('h2', '', c.name || '(unnamed connection)'));
        item.appendChild(el('p', 'th-sub', [c.integration, c.environment, c.active ? 'Active' : 'Inactive'].filter(Boolean).join(' · ')));
        item.appendChild(el('span', 'th-state', STATE_LABELS[c.state] || c.state));
        var action = actionText(c);
        if (action) item.appendChild(el('p', 'th-action', action));

        var rows;
        if (c.authentication === 'oauth2') {
            rows = [
                ['Authentication', c.authenticationLabel + (GRANT_LABELS[c.grantType] ? ', ' + GRANT_LABELS[c.grantType] : '')],
                ['Access token expires', when(c.accessExpires, nowMs)],
                ['Refresh token expires', c.refreshDaysLeft === null || c.refreshExpires === '' ? when(c.refreshExpires, nowMs) : when(c.refreshExpires, NaN) + ' (' + c.refreshDaysLeft + ' days left)'],
                ['Next refresh', when(c.nextRefresh, nowMs)],
                ['Last refresh', when(c.lastRefresh, nowMs)],
                ['Unattended re-grant', c.canRegrant ? 'Possible' : 'Not possible (a person must re-authorise)'],
                ['Consecutive failures', String(c.consecutiveFailures)],
                ['Last error', c.lastError || 'None']
            ];
        } else {
            rows = [
                ['Authentication', c.authenticationLabel],
                ['Tokens', 'Not used: this connection does not use OAuth 2.0'],
                ['Last error', c.lastError || 'None']
            ];
        }
        var list = el('dl');
        for (var i = 0; i < rows.length; i++) {
            list.appendChild(el('dt', '', rows[i][0]));
            list.appendChild(el('dd', rows[i][0] === 'Last error' && c.lastError ? 'th-last-error' : '', rows[i][1]));
        }
        item.appendChild(list);
        return item;
    }

    function summaryOf(connections) {
        if (connections.length === 0) return 'No connections yet.';
        var counts = {};
        var order = [];
        for (var i = 0; i < connections.length; i++) {
            var label = STATE_LABELS[connections[i].state] || connections[i].state;
            if (!counts[label]) {
                counts[label] = 0;
                order.push(label);
            }
            counts[label]++;
        }
        var parts = [];
        for (var j = 0; j < order.length; j++) parts.push(counts[order[j]] + ' ' + order[j].toLowerCase());
        var attention = connections.filter(function (c) { return ATTENTION[c.state]; }).length;
        return connections.length + (connections.length === 1 ? ' connection: ' : ' connections: ') + parts.join(', ') + '.' +
            (attention ? ' ' + attention + ' need' + (attention === 1 ? 's' : '') + ' attention.' : '');
    }

    function render(result) {
        var nowMs = parseUtc(result.generatedAt);
        var rank = { attention: 0, warning: 1, ok: 2, idle: 3 };
        var connections = (result.connections || []).slice().sort(function (a, b) {
            return rank[levelOf(a)] - rank[levelOf(b)] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
        });
        var list = byId('th-list');
        while (list.firstChild) list.removeChild(list.firstChild);
        for (var i = 0; i < connections.length; i++) list.appendChild(card(connections[i], nowMs));
        byId('th-summary').textContent = summaryOf(connections);
        byId('th-note').textContent = 'All times are UTC, on the instance\'s clock. Updated ' + when(result.generatedAt, NaN) + '; refreshes every minute.';
        showError('');
    }

    function showError(text) {
        var box = byId('th-error');
        box.textContent = text;
        box.hidden = !text;
    }

    function failureText(status, body) {
        if (status === 401) return 'Your session has ended. Log in again to see connection health.';
        if (status === 403) return 'You need a Tether role (x_tether.user or higher) to see connection health.';
        var detail = '';
        try {
            var parsed = JSON.parse(body);
            detail = parsed && parsed.error ? parsed.error.message + (parsed.error.detail ? ': ' + parsed.error.detail : '') : '';
        } catch {
            detail = '';
        }
        return 'Could not load connection health (HTTP ' + status + (detail ? ', ' + detail : '') + ').';
    }

    function load() {
        var xhr = new XMLHttpRequest();
        xhr.open('GET', HEALTH_URL);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.setRequestHeader('X-UserToken', window.g_ck || '');
        xhr.onload = function () {
            if (xhr.status !== 200) {
                byId('th-summary').textContent = 'Connection health is not available.';
                showError(failureText(xhr.status, xhr.responseText));
                return;
            }
            try {
                render(JSON.parse(xhr.responseText).result || {});
            } catch (e) {
                showError('Could not read the connection health answer: ' + e.message);
            }
        };
        xhr.onerror = function () {
            showError('Could not reach the instance. The page tries again in a minute.');
        };
        xhr.send();
    }

    function start() {
        document.title = 'Tether connection health';
        ensureViewport();
        byId('th-refresh').addEventListener('click', load);
        load();
        setInterval(load, AUTO_REFRESH_MS);
    }

    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
})();
