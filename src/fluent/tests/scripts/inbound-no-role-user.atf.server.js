/**
 * ATF "Run Server Side Script" fixture of the test "Tether: inbound API status codes". The
 * previous step (ATF's Create a User) made atf.tether.norole, who has no role at all; this gives
 * that user a random password and a Basic Auth profile with its credentials, so the next "Send
 * REST Request - Inbound" step calls the API as that user. The password is made here at run time
 * and stored nowhere else; ATF rolls the user and the profile back.
 */
(function (outputs, steps, params, stepResult, assertEqual) {
    var USER_NAME = 'atf.tether.norole';
    var password = 'Atf-' + gs.generateGUID() + '-9a!';
    var user = new GlideRecord('sys_user');
    assertEqual({ name: 'the Create a User step made ' + USER_NAME, shouldbe: true, value: user.get('user_name', USER_NAME) });
    user.user_password.setDisplayValue(password);
    user.update();
    var profile = new GlideRecord('sys_auth_profile_basic');
    profile.initialize();
    profile.setValue('name', 'ATF Tether inbound ' + USER_NAME);
    profile.setValue('username', USER_NAME);
    profile.password.setDisplayValue(password);
    outputs.table = 'sys_auth_profile_basic';
    outputs.record_id = profile.insert();
    stepResult.setOutputMessage('Gave ' + USER_NAME + ' a random password and a Basic Auth profile');
    return true;
})(outputs, steps, params, stepResult, assertEqual);
