/**
 * ATF "Run Server Side Script" step of the test "Tether: TetherOAuth token health and error codes".
 * Creates a process, an integration, connections and an OAuth provider registry whose token URL is
 * never called (ATF rolls them all back after the test), then checks
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

    // Refused before any token request: no OAuth profile, then (with one) no user name and password.
    var noProfile = oauth.requestToken(passwordId, {});
    assertEqual({ name: 'requestToken without a profile: ok', shouldbe: false, value: noProfile.ok });
    assertEqual({ name: 'requestToken without a profile: code', shouldbe: 'missing_profile', value: noProfile.code });
    var misconfigured = oauth.getHealth(passwordId);
    assertEqual({ name: 'a missing profile shows as a configuration error', shouldbe: 'error', value: misconfigured.state });
    assertEqual({ name: 'the error says what is missing', shouldbe: 'missing_profile', value: misconfigured.lastError.split(':')[0] });
    var registry = new GlideRecord('oauth_entity');
    registry.initialize();
    registry.setValue('name', 'ATF token health provider ' + suffix);
    registry.setValue('type', 'oauth_provider');
    registry.setValue('client_id', 'atf-token-health-' + suffix);
    registry.setValue('token_url', 'https://partner.invalid/oauth_token.do');
    var profile = new GlideRecord('oauth_entity_profile');
    profile.initialize();
    profile.setValue('name', 'ATF token health provider ' + suffix + ' default_profile');
    profile.setValue('oauth_entity', registry.insert());
    profile.setValue('grant_type', 'password');
    var withProfile = new GlideRecord('x_tether_connection');
    withProfile.get(passwordId);
    withProfile.setValue('oauth_profile', profile.insert());
    withProfile.update();
    var missing = oauth.requestToken(passwordId, {});
    assertEqual({ name: 'requestToken without credentials: code', shouldbe: 'missing_credentials', value: missing.code });
    var after = oauth.getHealth(passwordId);
    assertEqual({ name: 'missing credentials leave the state as it was', shouldbe: 'error', value: after.state });
    assertEqual({ name: 'refused requests count no token failure', shouldbe: 0, value: after.consecutiveFailures });

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
