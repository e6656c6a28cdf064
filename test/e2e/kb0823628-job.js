/*
 * The baseline Tether exists to beat: the OAuth refresh-token job of the Unifi guide ("reformatted
 * from ServiceNow KB0823628"), pointed at Tether connections instead of sys_rest_message records,
 * as the Unifi builder notes suggest. Kept in test/ only; never shipped.
 *
 * Every run: for each OAuth connection, read the stored token; when an access token exists and has
 * more than 300 s left, do nothing; otherwise refresh it with the stored refresh token.
 */
(function refreshOAuthTokens() {
    var WITHIN_SECONDS = 300

    function getToken(requestorId, oauthProfileId) {
        if (!requestorId || !oauthProfileId) return null
        return new sn_auth.GlideOAuthClient().getToken(requestorId, oauthProfileId)
    }

    function isExpired(expiresIn, withinSeconds) {
        return expiresIn <= withinSeconds
    }

    function refreshAccessToken(requestorId, oauthProfileId, token) {
        if (!requestorId || !oauthProfileId || !token) return
        var request = new sn_auth.GlideOAuthClientRequest()
        request.setGrantType('refresh_token')
        request.setRefreshToken(token.getRefreshToken())
        request.setParameter('oauth_requestor_context', 'x_tether_connection')
        request.setParameter('oauth_requestor', requestorId)
        request.setParameter('oauth_provider_profile', oauthProfileId)
        var response = new sn_auth.GlideOAuthClient().requestTokenByRequest(null, request)
        var error = response.getErrorMessage()
        if (error) gs.warn('Error:' + error)
    }

    function checkAndRefreshAccessToken(connection) {
        if (connection.getValue('authentication') != 'oauth2') return false
        var token = getToken(connection.getUniqueValue(), connection.getValue('oauth_profile'))
        if (token && token.getAccessToken() && !isExpired(token.getExpiresIn(), WITHIN_SECONDS)) return false
        refreshAccessToken(connection.getUniqueValue(), connection.getValue('oauth_profile'), token)
        return true
    }

    var connection = new GlideRecord('x_tether_connection')
    connection.addQuery('authentication', 'oauth2')
    connection.query()
    while (connection.next()) checkAndRefreshAccessToken(connection)
})()
