/**
 * ATF "Run Server Side Script" fixture of the test "Tether: inbound API status codes": a user holding
 * x_tether.integration (and nothing else) and a Basic Auth profile with its credentials, so the next
 * "Send REST Request - Inbound" step calls the API as that user. The password is random, made here
 * at run time and stored nowhere else; ATF rolls the user, its role and the profile back.
 */
(function (outputs, steps, params, stepResult, assertEqual) {
    var ROLE = 'x_tether.integration';
    var suffix = gs.generateGUID().substring(0, 10);
    var password = 'Atf-' + gs.generateGUID() + '-9a!';
    var user = new GlideRecord('sys_user');
    user.initialize();
    user.setValue('user_name', 'atf.tether.' + (ROLE ? 'integration.' : 'norole.') + suffix);
    user.setValue('first_name', 'ATF');
    user.setValue('last_name', 'Tether ' + (ROLE || 'no role'));
    user.setValue('active', true);
    user.setValue('web_service_access_only', true);
    user.user_password.setDisplayValue(password);
    var userId = user.insert();
    if (ROLE) {
        var role = new GlideRecord('sys_user_role');
        assertEqual({ name: 'role ' + ROLE + ' exists', shouldbe: true, value: role.get('name', ROLE) });
        var grant = new GlideRecord('sys_user_has_role');
        grant.initialize();
        grant.setValue('user', userId);
        grant.setValue('role', role.getUniqueValue());
        grant.insert();
    }
    var profile = new GlideRecord('sys_auth_profile_basic');
    profile.initialize();
    profile.setValue('name', 'ATF Tether inbound ' + suffix);
    profile.setValue('username', user.getValue('user_name'));
    profile.password.setDisplayValue(password);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile.insert();
    stepResult.setOutputMessage('Created ' + user.getValue('user_name') + (ROLE ? ' with ' + ROLE : ' without any role') + ' and its Basic Auth profile');
    return true;
})(outputs, steps, params, stepResult, assertEqual);
