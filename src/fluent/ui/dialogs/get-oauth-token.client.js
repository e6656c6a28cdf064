/* Get OAuth Token dialog: checks the form before it is posted, closes on cancel. */
function tetherSubmitTokenDialog() {
    var grant = gel('tether_grant_type').value;
    if (grant != 'client_credentials' && (!gel('tether_username').value || !gel('tether_password').value)) {
        alert('Enter the provider user name and password.');
        return false;
    }
    return true;
}

function tetherCancelTokenDialog() {
    var Dialog = typeof GlideModal != 'undefined' ? GlideModal : GlideDialogWindow;
    Dialog.get().destroy();
    return false;
}
