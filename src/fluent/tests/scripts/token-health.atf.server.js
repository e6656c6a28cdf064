/**
 * ATF "Run Server Side Script" step of the test "Tether: TetherOAuth token health and error codes".
 * Creates a process, an integration and connections (ATF rolls them back after the test), then checks
 * what x_tether.TetherOAuth answers without calling any partner: the health of a connection that has
 * no token yet, and the codes of requests that must be refused before any HTTP call.
 */
(function (outputs, steps, params, stepResult, assertEqual) {
    var suffix = gs.generateGUID().substring(0, 8);
    var process = new GlideRecord('x_tether_process');
    process.initialize();
    process.setValue('name', 'ATF token health ' + suffix);
    process.setValue('api_name', 'atf_token_health_' + suffix);
    process.setValue('target_table', 'incident');
    var processId = process.insert();

    var integration = new GlideRecord('x_tether_integration');
    integration.initialize();
    integration.setValue('name', 'ATF token health ' + suffix);
    integration.setValue('process', processId);
    var integrationId = integration.insert();

    function connection(name, authentication, grantType) {
        var conn = new GlideRecord('x_tether_connection');
        conn.initialize();
        conn.setValue('name', name);
        conn.setValue('integration', integrationId);
        conn.setValue('environment', 'test');
        conn.setValue('authentication', authentication);
        conn.setValue('grant_type', grantType);
        conn.setValue('active', false);
        return conn.insert();
    }

    var oauth = new x_tether.TetherOAuth();
    var passwordId = connection('ATF password ' + suffix, 'oauth2', 'password');
    var health = oauth.getHealth(passwordId);
    assertEqual({ name: 'health: connection', shouldbe: passwordId, value: health.connection });
    assertEqual({ name: 'health: name', shouldbe: 'ATF password ' + suffix, value: health.name });
    assertEqual({ name: 'health: active', shouldbe: false, value: health.active });
    assertEqual({ name: 'health: state of a connection without a token', shouldbe: 'none', value: health.state });
    assertEqual({ name: 'health: grant type', shouldbe: 'password', value: health.grantType });
    assertEqual({ name: 'health: password grant without stored credentials cannot re-grant', shouldbe: false, value: health.canRegrant });
    assertEqual({ name: 'health: access token expiry', shouldbe: '', value: health.accessExpires });
    assertEqual({ name: 'health: refresh token expiry', shouldbe: '', value: health.refreshExpires });
    assertEqual({ name: 'health: next refresh', shouldbe: '', value: health.nextRefresh });
    assertEqual({ name: 'health: consecutive failures', shouldbe: 0, value: health.consecutiveFailures });
    assertEqual({ name: 'health: last error', shouldbe: '', value: health.lastError });
    assertEqual({ name: 'health: refresh days left', shouldbe: 'null', value: String(health.refreshDaysLeft) });

    // The password grant without a user name and password is refused before any token request.
    var missing = oauth.requestToken(passwordId, {});
    assertEqual({ name: 'requestToken without credentials: ok', shouldbe: false, value: missing.ok });
    assertEqual({ name: 'requestToken without credentials: code', shouldbe: 'missing_credentials', value: missing.code });
    assertEqual({ name: 'requestToken without credentials leaves the state', shouldbe: 'none', value: oauth.getHealth(passwordId).state });

    var clientCredentialsId = connection('ATF client credentials ' + suffix, 'oauth2', 'client_credentials');
    var cc = oauth.getHealth(clientCredentialsId);
    assertEqual({ name: 'client credentials: grant type', shouldbe: 'client_credentials', value: cc.grantType });
    assertEqual({ name: 'client credentials: can re-grant unattended', shouldbe: true, value: cc.canRegrant });

    var basicId = connection('ATF basic ' + suffix, 'basic', 'password');
    assertEqual({ name: 'Basic connection: requestToken code', shouldbe: 'not_oauth', value: oauth.requestToken(basicId, {}).code });
    assertEqual({ name: 'Basic connection: getAccessToken code', shouldbe: 'not_oauth', value: oauth.getAccessToken(basicId).code });

    var unknown = '0123456789abcdef0123456789abcdef';
    assertEqual({ name: 'unknown connection: health', shouldbe: 'null', value: String(oauth.getHealth(unknown)) });
    assertEqual({ name: 'unknown connection: requestToken code', shouldbe: 'unknown_connection', value: oauth.requestToken(unknown, {}).code });

    stepResult.setOutputMessage('TetherOAuth health and error codes verified on connections ' + [passwordId, clientCredentialsId, basicId].join(', '));
    return true;
})(outputs, steps, params, stepResult, assertEqual);
