import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    'acl-admin-api': {
                        table: 'sys_security_acl'
                        id: 'f24ab3f2865647f09f636db5a61ed234'
                    }
                    'acl-admin-api-health': {
                        table: 'sys_security_acl'
                        id: '2cb6ccbb90f744a6a6a7ead65b3c32c5'
                    }
                    'acl-bond-create': {
                        table: 'sys_security_acl'
                        id: 'c42590224d764fb1ae81a9eeb9ada61e'
                    }
                    'acl-bond-delete': {
                        table: 'sys_security_acl'
                        id: '870baa7a87044c7a9125840db3cb75f2'
                    }
                    'acl-bond-read': {
                        table: 'sys_security_acl'
                        id: 'f025af14b5b14c6cb0951e5381fb6711'
                    }
                    'acl-bond-read-by-read-role': {
                        table: 'sys_security_acl'
                        id: 'e8b187dd16034ff6aca84bd221c7db03'
                    }
                    'acl-bond-write': {
                        table: 'sys_security_acl'
                        id: 'd0b409d736b24c2ea28612a7f82b50f8'
                    }
                    'acl-connection-basic-password-read': {
                        table: 'sys_security_acl'
                        id: 'a3000de01cdf43168cf958b74183723a'
                    }
                    'acl-connection-basic-password-write': {
                        table: 'sys_security_acl'
                        id: 'd55b38383ddd4c6cb9a323c232608c10'
                    }
                    'acl-connection-create': {
                        table: 'sys_security_acl'
                        id: '48210b01505b4d2eb9b6a2c0ff202108'
                    }
                    'acl-connection-delete': {
                        table: 'sys_security_acl'
                        id: 'aa3e0a41ffb94709a2b4e0edad0c4d17'
                    }
                    'acl-connection-oauth-password-read': {
                        table: 'sys_security_acl'
                        id: 'ea80c76b8fc94d038ee03412d058abf1'
                    }
                    'acl-connection-oauth-password-write': {
                        table: 'sys_security_acl'
                        id: 'bff59c83575a4af8b555f69f564f2ceb'
                    }
                    'acl-connection-read': {
                        table: 'sys_security_acl'
                        id: '3c2ad9aa26584c7c9be4b143e090e7c0'
                    }
                    'acl-connection-write': {
                        table: 'sys_security_acl'
                        id: '0da5430533d348c0b3bc78d9556cddb9'
                    }
                    'acl-http-request-create': {
                        table: 'sys_security_acl'
                        id: 'c4d792bcce46477a8637afc5a5302b82'
                    }
                    'acl-http-request-delete': {
                        table: 'sys_security_acl'
                        id: '48cdb5d7fb14427386795cf5974f53a8'
                    }
                    'acl-http-request-read': {
                        table: 'sys_security_acl'
                        id: 'a5113dc44ba54fc89b92121a733f0f97'
                    }
                    'acl-http-request-read-by-read-role': {
                        table: 'sys_security_acl'
                        id: '1dbb4a22b0a844e1bcf5d0f2de6ff4ff'
                    }
                    'acl-http-request-write': {
                        table: 'sys_security_acl'
                        id: '6bf19fa169fa44058acb2ad721527b27'
                    }
                    'acl-inbound-api': {
                        table: 'sys_security_acl'
                        id: '308123cec68c454da1917ddedfe9b3ca'
                    }
                    'acl-integration-create': {
                        table: 'sys_security_acl'
                        id: '5a460a3d5c8d4675978f4770e3b40d3f'
                    }
                    'acl-integration-delete': {
                        table: 'sys_security_acl'
                        id: '1c83b8f6550c4f0aa1cd85db75711136'
                    }
                    'acl-integration-read': {
                        table: 'sys_security_acl'
                        id: '6f06f077e55c4001afeba27f28e7c5a5'
                    }
                    'acl-integration-write': {
                        table: 'sys_security_acl'
                        id: 'fe4cc16518c74f84b9be599da21d20eb'
                    }
                    'acl-message-create': {
                        table: 'sys_security_acl'
                        id: '3786296c5b2a4a8ba2986ade49cfaf6e'
                    }
                    'acl-message-delete': {
                        table: 'sys_security_acl'
                        id: '70a7a65aabc24c828e828a780d031dcf'
                    }
                    'acl-message-read': {
                        table: 'sys_security_acl'
                        id: 'edc52677904a4e69b899fdd2eac665b6'
                    }
                    'acl-message-write': {
                        table: 'sys_security_acl'
                        id: 'f3b181687b784f98b01765fc6e9bb366'
                    }
                    'acl-process-create': {
                        table: 'sys_security_acl'
                        id: '7121df2c4cf34553831cb830379954e0'
                    }
                    'acl-process-delete': {
                        table: 'sys_security_acl'
                        id: 'ec65640357784d6fb357dd306b4eef67'
                    }
                    'acl-process-read': {
                        table: 'sys_security_acl'
                        id: 'aded57ca509741c2a8b79bfaa4f86a04'
                    }
                    'acl-process-write': {
                        table: 'sys_security_acl'
                        id: 'de95a8cb25d24aca8e1be51af4c0eb91'
                    }
                    'acl-token-event-create': {
                        table: 'sys_security_acl'
                        id: '2adeb099d40d4b50a1c3fc651ac8fba6'
                    }
                    'acl-token-event-delete': {
                        table: 'sys_security_acl'
                        id: '7e799a2ca8d6497bb4a74c61e40ad910'
                    }
                    'acl-token-event-read': {
                        table: 'sys_security_acl'
                        id: 'b39d6a462fc249a08582f52ec3fe7281'
                    }
                    'acl-token-event-read-by-read-role': {
                        table: 'sys_security_acl'
                        id: 'f23d1a00afa14f4783767100ba85d07d'
                    }
                    'acl-token-event-write': {
                        table: 'sys_security_acl'
                        id: '1a3104ee69bc411f982822b05a2db807'
                    }
                    'acl-transaction-create': {
                        table: 'sys_security_acl'
                        id: 'd56e36530e8046fd9ff99d36708dc368'
                    }
                    'acl-transaction-delete': {
                        table: 'sys_security_acl'
                        id: '53b8e35eb0d64ba59dce1124e84a001c'
                    }
                    'acl-transaction-read': {
                        table: 'sys_security_acl'
                        id: '7e572d70a3b6483eab609b6b835d3bed'
                    }
                    'acl-transaction-read-by-read-role': {
                        table: 'sys_security_acl'
                        id: 'a2ff19ead11b4e588bcc1875385a2dd9'
                    }
                    'acl-transaction-write': {
                        table: 'sys_security_acl'
                        id: 'be6a87222ddb44fcb6fb9217dfbf1e8a'
                    }
                    'action-connection-activate': {
                        table: 'sys_ui_action'
                        id: '43224c7063264c2792d63e0553dfb0c0'
                    }
                    'action-connection-deactivate': {
                        table: 'sys_ui_action'
                        id: '37e4e395e84946b1b1a7c1e75f8c018b'
                    }
                    'action-connection-get-token': {
                        table: 'sys_ui_action'
                        id: 'effc70f052be44aeb667abcf33c2ea05'
                    }
                    'action-connection-refresh-token': {
                        table: 'sys_ui_action'
                        id: 'b5abadcd2c014e169408e9d8cf95e703'
                    }
                    'action-connection-revoke-token': {
                        table: 'sys_ui_action'
                        id: '9c021cce292244339f2d1684e1780b21'
                    }
                    'action-connection-test': {
                        table: 'sys_ui_action'
                        id: 'e077020eb17742b7a0e2a0def22cb3e6'
                    }
                    'action-integration-pause': {
                        table: 'sys_ui_action'
                        id: '69153c2c1e9f43b688c1cf831e4f4836'
                    }
                    'action-integration-repair': {
                        table: 'sys_ui_action'
                        id: '2d62345503cd4af68bae2deb561b69f8'
                    }
                    'action-integration-resume': {
                        table: 'sys_ui_action'
                        id: '2835834db09a4ecf82bed048e52c8674'
                    }
                    'action-transaction-ignore': {
                        table: 'sys_ui_action'
                        id: '3e959d655cd84adb8fd6778eb7ba981c'
                    }
                    'action-transaction-process-now': {
                        table: 'sys_ui_action'
                        id: '1eaf3c696b564c629de29e9865020cac'
                    }
                    'action-transaction-replay': {
                        table: 'sys_ui_action'
                        id: 'abe927f34d0c4b83962162fbb115e469'
                    }
                    'atf-connection-acls': {
                        table: 'sys_atf_test'
                        id: 'e227d3f71abb43d1afecf231a302caa8'
                    }
                    'atf-connection-acls-admin': {
                        table: 'sys_atf_step'
                        id: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                    }
                    'atf-connection-acls-admin-insert': {
                        table: 'sys_atf_step'
                        id: '7d194e536a5044de9a67a7c6b3215977'
                    }
                    'atf-connection-acls-connection': {
                        table: 'sys_atf_step'
                        id: 'a9410f326050488e94f677ed439b1837'
                    }
                    'atf-connection-acls-integration': {
                        table: 'sys_atf_step'
                        id: '1717e20a0de344d483cc2e6165784564'
                    }
                    'atf-connection-acls-manager': {
                        table: 'sys_atf_step'
                        id: '2e7b140ffea34f1e99de062ba07a3a96'
                    }
                    'atf-connection-acls-manager-update': {
                        table: 'sys_atf_step'
                        id: 'd840cd3062964cc6a475b7b32c0f98ea'
                    }
                    'atf-connection-acls-process': {
                        table: 'sys_atf_step'
                        id: '2f022583c2a64d8183e1c60a0fc43335'
                    }
                    'atf-connection-acls-user': {
                        table: 'sys_atf_step'
                        id: 'e03c876c5cc54998b9d2beff73c67b3b'
                    }
                    'atf-connection-acls-user-insert': {
                        table: 'sys_atf_step'
                        id: '0aad4c79458b462eb9864181e008b4ba'
                    }
                    'atf-connection-acls-user-update': {
                        table: 'sys_atf_step'
                        id: '08eca6486df44c05acac2af375e240fd'
                    }
                    'atf-inbound-api': {
                        table: 'sys_atf_test'
                        id: '4d77463aaad04d1f9e0e819f7bb56d76'
                    }
                    'atf-inbound-api-create-integration-user': {
                        table: 'sys_atf_step'
                        id: 'c09e1244382c42a1a916e08aa621ae1a'
                    }
                    'atf-inbound-api-create-no-role-user': {
                        table: 'sys_atf_step'
                        id: '64c052d98afe45f1ac08a3120c45e313'
                    }
                    'atf-inbound-api-integration-user': {
                        table: 'sys_atf_step'
                        id: 'ded468c80f084ab6ae7c6f5fc84cc5f3'
                    }
                    'atf-inbound-api-no-role-user': {
                        table: 'sys_atf_step'
                        id: '7fcb5f23c6944fc99bcd06303d584a91'
                    }
                    'atf-inbound-api-ping-integration': {
                        table: 'sys_atf_step'
                        id: 'e8597b64452e4124a9d897559e142599'
                    }
                    'atf-inbound-api-ping-integration-200': {
                        table: 'sys_atf_step'
                        id: '9c5cb5872a694f12b3cab183987856bf'
                    }
                    'atf-inbound-api-ping-integration-body': {
                        table: 'sys_atf_step'
                        id: 'cd441b8698d74b2f9b7f8782eb9b325c'
                    }
                    'atf-inbound-api-ping-no-role': {
                        table: 'sys_atf_step'
                        id: '437e70587a014cbe848a731aa5d0faec'
                    }
                    'atf-inbound-api-ping-no-role-403': {
                        table: 'sys_atf_step'
                        id: '1345dac35db440b39ff75b9b61ac182f'
                    }
                    'atf-one-active-connection': {
                        table: 'sys_atf_test'
                        id: '8be6280da2cb4e64be05adb19b6c3179'
                    }
                    'atf-one-active-first': {
                        table: 'sys_atf_step'
                        id: 'a3d42cc5a4d74965ad015ddfda6939fe'
                    }
                    'atf-one-active-first-again': {
                        table: 'sys_atf_step'
                        id: '32bb06d928e2499987544f3966826f5b'
                    }
                    'atf-one-active-first-off': {
                        table: 'sys_atf_step'
                        id: '155ed8ae1f5942ccaded6e79a7c817d1'
                    }
                    'atf-one-active-first-off-again': {
                        table: 'sys_atf_step'
                        id: 'db41e02307a347d0b25defa624b4e820'
                    }
                    'atf-one-active-first-on': {
                        table: 'sys_atf_step'
                        id: 'e4cb34d8cc384f088e3e165fa20be94e'
                    }
                    'atf-one-active-integration': {
                        table: 'sys_atf_step'
                        id: 'dcc7d1c0f1a147dba641cb5211d69a10'
                    }
                    'atf-one-active-integration-off': {
                        table: 'sys_atf_step'
                        id: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                    }
                    'atf-one-active-integration-on': {
                        table: 'sys_atf_step'
                        id: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                    }
                    'atf-one-active-process': {
                        table: 'sys_atf_step'
                        id: '353aeea47fec4da880e05edff90dd6fd'
                    }
                    'atf-one-active-second': {
                        table: 'sys_atf_step'
                        id: 'a1945399ad01430ab2bad3846d7d4623'
                    }
                    'atf-one-active-second-off': {
                        table: 'sys_atf_step'
                        id: 'cda32ec3afd94314ac4ff3287d7c539a'
                    }
                    'atf-one-active-second-on': {
                        table: 'sys_atf_step'
                        id: 'ca8d5840f1634ca59a4b24859ef22645'
                    }
                    'atf-token-health': {
                        table: 'sys_atf_test'
                        id: 'b9dc1d554a034885bd0d712cf6a37a67'
                    }
                    'atf-token-health-script': {
                        table: 'sys_atf_step'
                        id: 'f8c80a6ce26c4722ab7d0bf162d892e0'
                    }
                    bom_json: {
                        table: 'sys_module'
                        id: '8bec8ed0c0684ce7a4fccec0576778e7'
                    }
                    'br-connection-deleted': {
                        table: 'sys_script'
                        id: '15d86b0edb114f5eb7104ed66bf149fa'
                    }
                    'br-connection-revoke-on-deactivate': {
                        table: 'sys_script'
                        id: 'de45a22d94a44721a0ca71231c8616f5'
                    }
                    'br-connection-revoke-on-delete': {
                        table: 'sys_script'
                        id: '7eaecbfbedba4edeba5a4e5a2fcc7d58'
                    }
                    'br-connection-single-active': {
                        table: 'sys_script'
                        id: '1827fe039e0141deb7f1ba04dff31320'
                    }
                    'br-connection-validate-settings': {
                        table: 'sys_script'
                        id: 'd61c4bd4e2554269b667916df8d6eb21'
                    }
                    'br-incident-bonded': {
                        table: 'sys_script'
                        id: '96ec4841d89845b684d36966d96d10ce'
                    }
                    'csp-incident-create': {
                        table: 'sys_scope_privilege'
                        id: '6541d7eac5a4452b9e3b48db75051f97'
                    }
                    'csp-incident-read': {
                        table: 'sys_scope_privilege'
                        id: '4c0bab2128144caf81728b66016ae985'
                    }
                    'csp-incident-write': {
                        table: 'sys_scope_privilege'
                        id: 'b257e0efef6d457e89513fb25ffb5c75'
                    }
                    'event-integration-status': {
                        table: 'sysevent_register'
                        id: '7ac9f5fc740b4cc3bee39f1d44cc5f36'
                    }
                    'event-token-expiring': {
                        table: 'sysevent_register'
                        id: 'bf8e7879599249d097d99b6c02b36be4'
                    }
                    'event-token-reauth': {
                        table: 'sysevent_register'
                        id: '774ae04a1efa4a36ab7c89469c7fb12d'
                    }
                    'form-connection-note-auth': {
                        table: 'sys_ui_annotation'
                        id: 'f1f21597548f4b7686c09588bf18e87b'
                    }
                    'form-connection-note-endpoint': {
                        table: 'sys_ui_annotation'
                        id: '4c8266d9b14e4c4f955f591f60d2f5a2'
                    }
                    'form-connection-note-health': {
                        table: 'sys_ui_annotation'
                        id: '369fa23751aa4338a9c8fa5af3b0cadd'
                    }
                    'form-connection-note-inbound': {
                        table: 'sys_ui_annotation'
                        id: '0e648afc93db4b36a4c27a528d61217c'
                    }
                    'form-integration-note-state': {
                        table: 'sys_ui_annotation'
                        id: '805a907e00b749808d7b57245116e67a'
                    }
                    'form-process-note-api-name': {
                        table: 'sys_ui_annotation'
                        id: '5cabfbd774994cb8846e2780bd448b67'
                    }
                    'job-heartbeats': {
                        table: 'sysauto_script'
                        id: '6498e7ca46ff4fed9dfe4020acd57b35'
                    }
                    'job-purge-logs': {
                        table: 'sysauto_script'
                        id: 'cc80dd72b0554c6fa8ace51e61a6384a'
                    }
                    'job-refresh-tokens': {
                        table: 'sysauto_script'
                        id: 'cb1d1e5a30cb4dcf8345411e2d6cc760'
                    }
                    'job-send-queue': {
                        table: 'sysauto_script'
                        id: 'fc16c2fdd56b458ea16234b7b02e85c3'
                    }
                    'menu-tether': {
                        table: 'sys_app_application'
                        id: '7691fe3cd5554a4e8285ae154d10af70'
                    }
                    'module-bonds': {
                        table: 'sys_app_module'
                        id: '517e84a9f6a945859bddad8816267ba3'
                    }
                    'module-connections': {
                        table: 'sys_app_module'
                        id: 'd028dc1b8afc4cfabd63b45343644b2d'
                    }
                    'module-connections-attention': {
                        table: 'sys_app_module'
                        id: '0535e318bbdb41a0adca40138bf0657e'
                    }
                    'module-http-requests': {
                        table: 'sys_app_module'
                        id: 'c763f706fafb4e9795334dfc9d887625'
                    }
                    'module-integrations': {
                        table: 'sys_app_module'
                        id: 'aca028e1ebfa493ba12fde76d4575f76'
                    }
                    'module-messages': {
                        table: 'sys_app_module'
                        id: '62a7c4028fe04258a358d6b1d7f61f85'
                    }
                    'module-processes': {
                        table: 'sys_app_module'
                        id: 'f67085cdf667480c86ab514b26ae1c45'
                    }
                    'module-properties': {
                        table: 'sys_app_module'
                        id: '7500cf3daa9947ca807313c9ef929095'
                    }
                    'module-token-events': {
                        table: 'sys_app_module'
                        id: 'db7dc6e47d804d11a849029517224943'
                    }
                    'module-token-events-today': {
                        table: 'sys_app_module'
                        id: 'f79ba34a2b4b4cedb643c09d25663d06'
                    }
                    'module-transactions': {
                        table: 'sys_app_module'
                        id: '72d4e542512b4167ad5f762e7d1695dc'
                    }
                    'module-transactions-errored': {
                        table: 'sys_app_module'
                        id: 'a358143b9dac49908563066c47b14e07'
                    }
                    'oauth-partner-client': {
                        table: 'oauth_entity'
                        id: 'a13ce92eaa2842d2b4036561d098406e'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '5a944fe38525494cb9ac5a48c28102e0'
                    }
                    'prop-inbound-max-body': {
                        table: 'sys_properties'
                        id: 'bf211837c638402d88e0aae71a89b022'
                    }
                    'prop-log-body-limit': {
                        table: 'sys_properties'
                        id: '49b6540ff3934679a3e1035a37b911ff'
                    }
                    'prop-log-level': {
                        table: 'sys_properties'
                        id: '9504f0f8f7324c1997c15a196d28c2ce'
                    }
                    'prop-log-retention': {
                        table: 'sys_properties'
                        id: '8cf0e882df614e27bb860e22fb381f94'
                    }
                    'prop-oauth-backoff-base': {
                        table: 'sys_properties'
                        id: '5a3432c8df2940e4a71f6892dcb4d22e'
                    }
                    'prop-oauth-backoff-max': {
                        table: 'sys_properties'
                        id: 'aacdadcfdff04c8cbdd5d9a2f531b48b'
                    }
                    'prop-oauth-clock-skew': {
                        table: 'sys_properties'
                        id: 'ea18298bb9af491eb0e2a6c0bca87fd9'
                    }
                    'prop-oauth-expiry-warning': {
                        table: 'sys_properties'
                        id: '740dbdb70ff8466d95f61d6598e1f20b'
                    }
                    'prop-oauth-lease': {
                        table: 'sys_properties'
                        id: '17679097c8b0442aa6928014871b3518'
                    }
                    'prop-oauth-refresh-fraction': {
                        table: 'sys_properties'
                        id: '0591b981735d4c649579cf698b269b4d'
                    }
                    'prop-oauth-refresh-jitter': {
                        table: 'sys_properties'
                        id: 'eb9638689421486da35e6e829cc82dc4'
                    }
                    'prop-oauth-refresh-window': {
                        table: 'sys_properties'
                        id: '18599b1d19814a93b5708dd041f44fac'
                    }
                    'prop-oauth-regrant-lead': {
                        table: 'sys_properties'
                        id: 'fbebc1c421034d3eb97323c4e44ebdf0'
                    }
                    'prop-read-role': {
                        table: 'sys_properties'
                        id: '5fe22c2516ba42119d9c057e74887958'
                    }
                    'related-list-bond-transactions': {
                        table: 'sys_ui_related_list_entry'
                        id: '8a61a5268863433cbc3edfb981d3da54'
                    }
                    'related-list-connection-http-requests': {
                        table: 'sys_ui_related_list_entry'
                        id: '6b4db73733d340b3b3a0eb9ff606c333'
                    }
                    'related-list-connection-token-events': {
                        table: 'sys_ui_related_list_entry'
                        id: 'b6c2ee4bb44c49a69c6fb772a1eaa115'
                    }
                    'related-list-integration-connections': {
                        table: 'sys_ui_related_list_entry'
                        id: '702de21f8a7140f4af69310588614640'
                    }
                    'related-list-integration-messages': {
                        table: 'sys_ui_related_list_entry'
                        id: '44fc0e6d6e124eda9414bef0b6897670'
                    }
                    'related-list-integration-transactions': {
                        table: 'sys_ui_related_list_entry'
                        id: '9377f09b656546c3942fc6f6d29a28fe'
                    }
                    'related-list-process-integrations': {
                        table: 'sys_ui_related_list_entry'
                        id: 'a338a410033b407f833938871b962598'
                    }
                    'related-list-transaction-http-requests': {
                        table: 'sys_ui_related_list_entry'
                        id: '3d504d567233495fbf8d53a12d09a490'
                    }
                    'related-lists-bond': {
                        table: 'sys_ui_related_list'
                        id: 'a7f2a4a016ab4d5ab2cb1baa647ffd86'
                    }
                    'related-lists-connection': {
                        table: 'sys_ui_related_list'
                        id: '1c4731ac326a454fb1a6f62093073d37'
                    }
                    'related-lists-integration': {
                        table: 'sys_ui_related_list'
                        id: 'bf694d5bb58f42a8b030afa284b5dade'
                    }
                    'related-lists-process': {
                        table: 'sys_ui_related_list'
                        id: '7e697cd443ad47fab04283d5f827c8b7'
                    }
                    'related-lists-transaction': {
                        table: 'sys_ui_related_list'
                        id: 'bf98481dfc0541cab736ecc2d57e9807'
                    }
                    'rest-admin': {
                        table: 'sys_ws_definition'
                        id: 'c904f7bb127b4a5eaeae12324620098f'
                    }
                    'rest-admin-connection-health': {
                        table: 'sys_ws_operation'
                        id: '92ba927036f343e2b032c1b5e8bb13e8'
                    }
                    'rest-admin-health': {
                        table: 'sys_ws_operation'
                        id: '45d929a6b8d94c21b84c379fdd15ab71'
                    }
                    'rest-admin-incident-scenario': {
                        table: 'sys_ws_operation'
                        id: 'cc5ca5ca68274b958e563d42a8988492'
                    }
                    'rest-admin-test': {
                        table: 'sys_ws_operation'
                        id: '6ed0fc38f84e4baba40709bbc7661552'
                    }
                    'rest-admin-token': {
                        table: 'sys_ws_operation'
                        id: 'f4e4890964094cd68c3dc6e8fb48f650'
                    }
                    'rest-inbound': {
                        table: 'sys_ws_definition'
                        id: '802f1912623245ed90fe6322521d0532'
                    }
                    'rest-inbound-messages-post': {
                        table: 'sys_ws_operation'
                        id: '278be3e37d9e4ceb9584f24a1e4720d8'
                    }
                    'rest-inbound-ping-get': {
                        table: 'sys_ws_operation'
                        id: '106aae8f143345c99d384bc1ec6b148c'
                    }
                    'rest-inbound-ping-post': {
                        table: 'sys_ws_operation'
                        id: '277aa4d049cc485f96f0e0a812a7b3c2'
                    }
                    'si-tether-client': {
                        table: 'sys_script_include'
                        id: '2b3d1b1d1a5c44c9a96beb07de2a7b34'
                    }
                    'si-tether-oauth': {
                        table: 'sys_script_include'
                        id: 'ddb8c036b1a44871bf5c5cd1f24a8b61'
                    }
                    src_server_api_admin_ts: {
                        table: 'sys_module'
                        id: '76621b8b72494c0dbdfbc9c577fcd26b'
                    }
                    src_server_connection_activation_ts: {
                        table: 'sys_module'
                        id: 'c20ef72dccb94f68bd8178a769e1a10c'
                    }
                    'src_server_connection_url-check_ts': {
                        table: 'sys_module'
                        id: 'c5fe87f4f79e44fea3f42b328700744d'
                    }
                    src_server_connection_validation_ts: {
                        table: 'sys_module'
                        id: 'b86cedd9ca684aa980577a5c0e289938'
                    }
                    src_server_inbound_envelope_ts: {
                        table: 'sys_module'
                        id: 'd8b38ac9a219477aaa0087df9fea25f5'
                    }
                    'src_server_inbound_incident-scenario_ts': {
                        table: 'sys_module'
                        id: '1b46012d5d5f4f029b7c6126a270f15e'
                    }
                    src_server_inbound_messages_ts: {
                        table: 'sys_module'
                        id: 'cdef240935914b8590a62f3ce40982d2'
                    }
                    src_server_inbound_ping_ts: {
                        table: 'sys_module'
                        id: 'df9bb2bb95f64cc390765ba3e8185ea3'
                    }
                    src_server_maintenance_retention_ts: {
                        table: 'sys_module'
                        id: 'e12afe04b39044259e6eb55469ab8756'
                    }
                    src_server_oauth_api_ts: {
                        table: 'sys_module'
                        id: 'c592d5dc133c46bf8f72be5bf9806a3f'
                    }
                    src_server_oauth_clock_ts: {
                        table: 'sys_module'
                        id: 'a40ebc12dad643abbb066989ae7436d4'
                    }
                    src_server_oauth_ledger_ts: {
                        table: 'sys_module'
                        id: '26ebae109fe241c6afbc716b6a84a983'
                    }
                    src_server_oauth_lifecycle_ts: {
                        table: 'sys_module'
                        id: 'bffd9bcd85724c6d8c648b4f94d31e62'
                    }
                    src_server_oauth_policy_ts: {
                        table: 'sys_module'
                        id: 'ac8a5ecc41a44958a540ba1b0b2d7117'
                    }
                    src_server_oauth_settings_ts: {
                        table: 'sys_module'
                        id: 'f02bd919fa1e414d8ed590989047458a'
                    }
                    'src_server_oauth_token-client_ts': {
                        table: 'sys_module'
                        id: '7c63fcb0cb504ad1bfea409321d365c1'
                    }
                    'src_server_oauth_token-response_ts': {
                        table: 'sys_module'
                        id: 'a3f4ca74778b4a8bbaf8c502fd9f7561'
                    }
                    'src_server_security_read-role_ts': {
                        table: 'sys_module'
                        id: '170cc0e268664575a3ac574771af6273'
                    }
                    src_server_shared_log_ts: {
                        table: 'sys_module'
                        id: '4636eba6b0304aaf834bbc3e756e3a90'
                    }
                    src_server_shared_redact_ts: {
                        table: 'sys_module'
                        id: 'ca7ecd9e780042a2b5d14f1761d50cb1'
                    }
                    src_server_shared_values_ts: {
                        table: 'sys_module'
                        id: '9efbb7d8fbb94e97a15eabcc361c27d3'
                    }
                    src_server_transport_api_ts: {
                        table: 'sys_module'
                        id: '747ca78b5d014c728be534a0aaa4f4ed'
                    }
                    src_server_transport_bonding_ts: {
                        table: 'sys_module'
                        id: '001fe36c8fb44bae81ed97fa78014b69'
                    }
                    'src_server_transport_connection-test_ts': {
                        table: 'sys_module'
                        id: '2081319dd7cc48919675c6f569508544'
                    }
                    src_server_transport_delivery_ts: {
                        table: 'sys_module'
                        id: '98ce494ad6b54e84bc5005f4372f037d'
                    }
                    src_server_transport_heartbeat_ts: {
                        table: 'sys_module'
                        id: 'c1232fb15553482a9c60adde1c4224de'
                    }
                    'src_server_transport_http-log_ts': {
                        table: 'sys_module'
                        id: '36191064acaf4754bcc1214502e4927c'
                    }
                    src_server_transport_queue_ts: {
                        table: 'sys_module'
                        id: '8214d01378cd4f5aaa363476b5b126e0'
                    }
                    'src_server_ui_connection-actions_ts': {
                        table: 'sys_module'
                        id: 'b601b1ff0e534402aafc439619f58305'
                    }
                    'src_server_ui_queue-actions_ts': {
                        table: 'sys_module'
                        id: 'b2c73989819f42a6a4f11a045326cacc'
                    }
                    src_server_ui_report_ts: {
                        table: 'sys_module'
                        id: '05c7bc6bcb9044ef9c73a3263b8739b2'
                    }
                }
                composite: [
                    {
                        table: 'ua_table_licensing_config'
                        id: '0015ac9494f8451f909ed87e6c1a0c1f'
                        key: {
                            name: 'x_tether_process'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '00886a8b7e764f708569986579df8e56'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '00af6570c3974392b9df968ed6a3ce56'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'direction'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0155a58d8a2d491588bc44e190dfc9ae'
                        key: {
                            document_key: '2f022583c2a64d8183e1c60a0fc43335'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '01aaf90432634a3394462dc82bc30953'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0286f2a6a68e4e459377767ee9188ba8'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '029399f14924444fa2b3f6d28c667599'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '02d5654ba2cf47ffbd5e8c85dfb6ff0f'
                        key: {
                            document_key: '32bb06d928e2499987544f3966826f5b'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0369f05abdb24295ac7f91fef9d5544a'
                        key: {
                            document_key: 'cda32ec3afd94314ac4ff3287d7c539a'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '03a8ea7b46fa4603853dda0b89e77835'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '03ea9dad541c492fa911c07b2c622a8b'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0451c43b320243f7825fa5dd69173b17'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '805a907e00b749808d7b57245116e67a'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '04badb98440741a698f443eb9e786709'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '051d655df16e42a181fe146b9e4eeb72'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '055538ed67814d2dbf057ec3294e1ed5'
                        key: {
                            sys_ui_action: '2d62345503cd4af68bae2deb561b69f8'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '069cc1e258404d51b22c9caf9fafa5b8'
                        key: {
                            name: 'x_tether_transaction'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '06d4fe6ae58f41ada77cef18cc8d989e'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0736b1ac8d5b4c77b4b7f229eece8674'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '07ae3d31a3944a24bfbfa14b04e03346'
                        deleted: true
                        key: {
                            name: 'x_tether_connection'
                            caption: 'Related records'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '083bfd2ddc114985be7b4c2ee22a635d'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'external_message_id'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '08c72f36145941dfb5e9987560ea343b'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error_code'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '08da7144c14449afb9f66183f5e6e74b'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '090f24b2b3654cd191d9b78baf7e2c7f'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a3d42cc5a4d74965ad015ddfda6939fe'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '09184f3c929c4249a0536b1cc33a3d73'
                        key: {
                            name: 'x_tether_integration'
                            caption: 'Delivery'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09586679bbb94c30ae482c9219defa24'
                        key: {
                            document_key: '2f022583c2a64d8183e1c60a0fc43335'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '095921e1b4294a96a13481a8ee486d51'
                        key: {
                            sys_ui_form: {
                                id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0967a50c6ab641c2a90f823e1879ca15'
                        key: {
                            document_key: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '09a3f168f0174172bb3b8863595ab92d'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '09bab41961b1429c9ac51a80eaf84ffc'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '09d5d8a7a5344ba8949b74430c0dec55'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '09db98470c634871bc82af2ffae6cba7'
                        key: {
                            endpoint: 'x_tether_connection_health.do'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a06a4dd2b8e4b10982496505c98bc1e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '0a7076d95a6f46fbbbad6411f27dc5f5'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                            value: 'awaiting'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0a8d4a1225514d5ca1563b7cfd9c954d'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0a9cd941af5d417f936f04bd62028722'
                        key: {
                            name: 'x_tether_integration'
                            element: 'partner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0afa5cdb73874a2ab4ef4a976f6a0698'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message_id'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: '0b8ce95440584fbca4ae2cb449258c1b'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: secrets are write-only'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0c131be299f94bd7aefb602367605442'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '32bb06d928e2499987544f3966826f5b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '0c3529e4fc07467cbb865a19e6700d81'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'fingerprint'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0c7aca6445e74a95bc3fbddea6ebacfc'
                        key: {
                            document_key: '1345dac35db440b39ff75b9b61ac182f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '0ced391514e7430b896414adfa8b848f'
                        deleted: true
                        key: {
                            sys_ui_form: {
                                id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '07ae3d31a3944a24bfbfa14b04e03346'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Related records'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '0d280812e85b4f69885b1c64d8963aca'
                        key: {
                            name: 'x_tether_connection'
                            caption: 'Inbound'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0d819050aff14a9899c704bcea6394a4'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '0d96b74027884fff9df076af43346fc6'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0e0da10d9ce34050a4f91b371741455b'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '0eb839d444b647d98c9adf6442a38a6c'
                        key: {
                            name: 'x_tether_process'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '0ef918be4a9644c5b7ef7e06a668ca25'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error'
                            position: '14'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '0f2d67c3032e4e6189d7832c28a6f18f'
                        key: {
                            name: 'x_tether_bond'
                            element: 'internal_reference'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0f3e26e5a1254bb9b96953068848903a'
                        key: {
                            document_key: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '0f58d21d53c24769bfce2ed3d887812b'
                        key: {
                            name: 'x_tether_transaction'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '0fad451233514c77ad177b47482da0ca'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a1945399ad01430ab2bad3846d7d4623'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '10888b8ceef2450a81651e7b87ce9014'
                        key: {
                            sys_security_acl: '53b8e35eb0d64ba59dce1124e84a001c'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '10af6a925e0c401a966ac3d22d5fe059'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'endpoint_url'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '115d2e9387b14c4ea684e158f674e8b2'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1239d65b2bcf4518ae98f32e3820f76d'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'detail'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '1246e07e49c649129c2542b4d6a24168'
                        key: {
                            name: 'x_tether_token_event'
                            caption: 'Token event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '124a56bd0cd8422796b42360bd7fee2b'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1263d37be57d49cf810f81056ae471a8'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_profile'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '12abfb3b56ec462a9d727778a1a0ae7b'
                        key: {
                            sys_security_acl: 'fe4cc16518c74f84b9be599da21d20eb'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '12f47457050c4fc3a9d54c1513393389'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'table'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1304f27eabab437b8ad46b642d27ed41'
                        key: {
                            document_key: '353aeea47fec4da880e05edff90dd6fd'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '132df8876212464b91452102bbc915ab'
                        key: {
                            document_key: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '13a9667554e74560868ef0bdcc9fd7e7'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '14652c1468404010aea9cc4984d33e4e'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '148921f0f78046a8b2c7b73d255873c2'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'internal_reference'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14cbe96faa774447b53c2e81013ca12a'
                        key: {
                            document_key: '155ed8ae1f5942ccaded6e79a7c817d1'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '14e20080a6064a8fbafe9280eecbc920'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '16595824396f45e4a90d93fd63449761'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_fingerprint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '16e0d428050b49b69c0ba47881a582b6'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '17b36a6598a74c2c954203c9d4d2137b'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: '18067d3f78b34753bbcf70d5b4eefe6b'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: an active connection needs an endpoint URL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '18dacbf95451425e99d4039fec83d143'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'integration'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1917c9fb8de045dd914fce367fc8ae89'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'message'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '19675501bec04c7e843aeef18904381a'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '197ec57d42554a7c9c35f0b7f6d4946d'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'external_reference'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '19aa422331d54c61922d76f448825b9c'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1a0d3b64a1be4027a5bd8b0eb9a17706'
                        key: {
                            name: 'x_tether_connection'
                            element: 'last_error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '1a49429df2814355a523c54cc3c54651'
                        key: {
                            name: 'x_tether_process'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1a631a3fc38d4e299380e741036317a9'
                        key: {
                            document_key: 'ded468c80f084ab6ae7c6f5fc84cc5f3'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1b0fcb6dddf8475799465ef396e922cf'
                        key: {
                            name: 'x_tether_integration'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '1b1d864451f645af9542c62bcb503085'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'f1f21597548f4b7686c09588bf18e87b'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '1bc0c8f54290492da4bdcc4c82549d5c'
                        key: {
                            sys_ui_form: {
                                id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '0d280812e85b4f69885b1c64d8963aca'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Inbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                        key: {
                            name: 'x_tether_token_event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '1db1cee1d2a446c38d7f66ee40d6284c'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e0dd27d53fd4fb080f5643e7204837c'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'attempts'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1e8f080e95dc47aaaf0b388ea37d787c'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'authentication'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '1e956129bc4c4da9a95a2c9e3448e6a4'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '1ee8e5f4a6c84812a1db2b63645535dd'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '1fa7492f31274a13b65231b18a40c8af'
                        key: {
                            document_key: 'cda32ec3afd94314ac4ff3287d7c539a'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '20369f29e1de47c5a1f1c74303f8bd11'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2060db708a084b939ba1fed111a11dc8'
                        key: {
                            name: 'x_tether_integration'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '20ee6d13682f482b8d7083c0db442ea9'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            value: 'sandbox'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '21bfd24af6824a75a974fd8994ceefd5'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '221c9d5ea65b419ab9855dbc598806ea'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '2236f498541f478691c1d604af58c0c5'
                        key: {
                            endpoint: 'x_tether_get_oauth_token.do'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '22bdaa86c3a74a9a9fbea99a797cd0a0'
                        key: {
                            name: 'x_tether_integration'
                            element: 'last_heartbeat_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '22c9898cf97e44119197559fc5ce3153'
                        key: {
                            document_key: '155ed8ae1f5942ccaded6e79a7c817d1'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '230b946729414b3db9c501b17a10b8bb'
                        key: {
                            name: 'x_tether_message'
                            element: 'path'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2341257e6ed54eebb18b8c6fd95924d6'
                        key: {
                            document_key: '32bb06d928e2499987544f3966826f5b'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2375ec9083ca4467888a24e9a756b9c3'
                        key: {
                            list_id: {
                                id: '512bec47c879471996c29e611f2f1312'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '23a501ed619540c396017399a2aa9a4a'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '23b66b422b1c43d28e478182990bc6d8'
                        key: {
                            name: 'x_tether.user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2466e4140bef45db9ff049a6d2782004'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_issued'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '24acc047a53d4916a4db25dbed7cc4a9'
                        key: {
                            sys_ui_action: '9c021cce292244339f2d1684e1780b21'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '24d1fdebabb84fdfa59d87f233daca88'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '24deba0bba12408fbc357f68483e726b'
                        key: {
                            name: 'x_tether_integration'
                            caption: 'Integration'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2536c98309c14c9cae7ce7c1f8d40919'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '254d245fa81840cab380f354a4e2d0d5'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '25b15ac74f9a4af5afb898313ad250a7'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'regranted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '26e88f807b2944a3a911476e86fc2d25'
                        key: {
                            sys_security_acl: '6bf19fa169fa44058acb2ad721527b27'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_number'
                        id: '2745796dc09b41b0acc8f0599c51c451'
                        key: {
                            category: 'x_tether_transaction'
                            prefix: 'TXN'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '276511c91b9e40009569bbaa38bc5bd9'
                        key: {
                            sys_security_acl: '6f06f077e55c4001afeba27f28e7c5a5'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '276a7deb05744376bfccf2eeaa8b9d9e'
                        key: {
                            name: 'x_tether_token_event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_connection'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '27adf7661bf04617bba448f02653cafb'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '27d1bd1c9cf44377805d268ff5a14853'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            value: 'production'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '284f898861cc4782bb1bf202a3578917'
                        key: {
                            sys_ui_section: {
                                id: '646443f00e3e4e83add34665ae660105'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Headers and bodies (secrets redacted)'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'response_body'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2927b0e1138e4ec49c5df12d321314a1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'd840cd3062964cc6a475b7b32c0f98ea'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '295bbc057f924afdb7e700458c2d8753'
                        key: {
                            document_key: 'ca8d5840f1634ca59a4b24859ef22645'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '29642217000a4f7fb4dc5f946ec29b58'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '29b200ebdf8c4707b70876c17eb9a9c2'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '29b7c00531bf4582a926ab0617590608'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '29ed11407c6546d4a4b4372dde901a17'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '2a14554a36cb48339a38e0e3560b7137'
                        key: {
                            name: 'x_tether_token_event'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a3092325a544facbcbe2ffc44710868'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'message_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2a44024340b045c7b38e62cfb72bf57b'
                        key: {
                            name: 'x_tether_connection'
                            element: 'endpoint_url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '2a6419176de24166ae490d640c842f92'
                        key: {
                            sys_ui_form: {
                                id: '0f58d21d53c24769bfce2ed3d887812b'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '61f63127eb1744daab73447617016e25'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2a9c9a9a2fb2456d9ccf3b59f8189005'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '2ac8d08681bd482b9aaf9cc77264acb0'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            value: 'closed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2adc1e6288984c1d8514e2b5463f456a'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2afb844c95d44303ba8b3147132536ac'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b161883a2d14876ab8685f349056c0e'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_password'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2b1b91d8a85149c9b8d42f39068996b7'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_updated_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2b4846bab1914109909396e13391a2b2'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '2b65c12d89374ac69b4e394fc0813da8'
                        key: {
                            name: 'x_tether_integration'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b7845abb5d3459da19920a2ace416f3'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'authentication'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2b7e55b2405b45d3b9a3791375459d6d'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '2c137d20c6a942a8a47aaff76754b4e9'
                        key: {
                            name: 'x_tether_bond'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '2c225a0d9da945828d6f1a699e370f82'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2c5577b51f3140e983cfade95689a1d9'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '2c794448649f4a3bb8f2a582b5eed05a'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2db6aaa23f0b4691b7b787ea9bfc0276'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'url'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '2e907670edec416bad66b61da1a5ef00'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2ee318c18d204fac977b354b54a529e7'
                        key: {
                            document_key: 'a3d42cc5a4d74965ad015ddfda6939fe'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f0ac1ba099647f4bcd061caaed6606a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'grant_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '2f89e97f484546048f3ce3dfd7ee7f1d'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'refresh_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '2fbbd8c481c04bf9a1067c4f94dafe3f'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '437e70587a014cbe848a731aa5d0faec'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '301f1102e2c346ebbb3bcfdb3fd62cfd'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '306df2ea329d4d37a006bbc63c3144dc'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'PUT'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '30b169924bdf490f8f49f93c39d25df0'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '30b4b404d9bf4486a9075f1d63ee5f32'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '30e5464d03b44b1da9f25b55c6e27adf'
                        key: {
                            ui_policy: {
                                id: 'f7d4f4995d4d49e3b7c5c26227d701c9'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: Basic fields only for Basic authentication'
                                }
                            }
                            field: 'basic_password'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '30f2fbaeaca84a8b88d2282b143575af'
                        key: {
                            name: 'x_tether_message'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '319f8a0d8c884cd19da84cb6145d6799'
                        key: {
                            sys_security_acl: '48210b01505b4d2eb9b6a2c0ff202108'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '31b33497ab3747959eb17ea8c980e62c'
                        key: {
                            sys_security_acl: '2cb6ccbb90f744a6a6a7ead65b3c32c5'
                            sys_user_role: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '32863bdec5244aa5a1016de513bf0b3a'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duration_ms'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '32e9fdf58e0d4310ab1c8b4c68987dce'
                        key: {
                            document_key: 'e4cb34d8cc384f088e3e165fa20be94e'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '333057a761074e8da8b63a1180204b56'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempts'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: '33a66a8ebe2e4295ad7aefd822914589'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: OAuth fields only for OAuth 2.0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '33eb261802544721aff4b6ab92165daf'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'external_message_id'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '341a664186ba4eab9c89f7ce68a83a94'
                        key: {
                            document_key: 'ca8d5840f1634ca59a4b24859ef22645'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '344137f1043e41b7b22269b5d3df1111'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '345fd21897cf4adb8bfd9992b565d70b'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'access_expires'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '36c8465cc68045b8a8239a2db08884b6'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'queued_at'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '370b57d538db46a0850f93a946d1c6df'
                        key: {
                            name: 'x_tether_http_request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '37332503206344bb86548a13aac3c3d5'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '374286fa51d64920bb74450f87fdee74'
                        key: {
                            sys_security_acl: 'edc52677904a4e69b899fdd2eac665b6'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '374c81e143c34b52a2b499eef584a7f4'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '37937c73d58041f3a305bfdf2d3d3075'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'connection'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '37c4c6c2bff54fbd8ceb5cf50b4cb856'
                        key: {
                            sys_ui_section: {
                                id: '646443f00e3e4e83add34665ae660105'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Headers and bodies (secrets redacted)'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_headers'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '37ce092bc3574a10b65ba374aabd61ed'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '380664ad68eb4e2aa2e87fc7f6ccb0d0'
                        key: {
                            document_key: '7fcb5f23c6944fc99bcd06303d584a91'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '38524bd614b04df18f58b3075d8695b5'
                        key: {
                            sys_security_acl: 'a3000de01cdf43168cf958b74183723a'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '386b878bfe54422a816ae23265bfd394'
                        key: {
                            document_key: '08eca6486df44c05acac2af375e240fd'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '38922b9d113c43039c864e419f76f32e'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3893ae848dbe4d9fb33eb16b65cbb2ab'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38de397d2d754e098fe1e637d8c99b59'
                        key: {
                            document_key: 'a9410f326050488e94f677ed439b1837'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '39733f38f3fb40d7ab986ef722a5f847'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'replay_of'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '398c590cc1d84db491c28f777260ad9c'
                        key: {
                            document_key: 'dcc7d1c0f1a147dba641cb5211d69a10'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3997b4cdcf8d4864899091ce91b1a0f5'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3abb2020e3cf493684209d7c5839d343'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'sending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3b99a3e6ff7c4a0dbc45069999b27551'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3be857667ca047e690df6e46881855b3'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3c2499f7082840e8b268a6533532d3b2'
                        key: {
                            document_key: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '3c720f27dd6e4fc2b6565a465411b742'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3ca401fb25504b47989a39ce336196c1'
                        key: {
                            document_key: 'a9410f326050488e94f677ed439b1837'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3ccffa23c2a24648ba13a3375508158c'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '3cfa037ac26540138fa06022109eeb56'
                        key: {
                            sys_ui_form: {
                                id: '2b65c12d89374ac69b4e394fc0813da8'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3d02d83bd76d4ce7ac6fbbcd86083d33'
                        key: {
                            document_key: '7fcb5f23c6944fc99bcd06303d584a91'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3d5d02d5744045179057c6f4a28c06c4'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '3ea17fa770804347957d66f73e40cb0a'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                            value: 'off'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '3f3d0258689b42d4996f4ac6789615c8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '7d194e536a5044de9a67a7c6b3215977'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '3f4c5daa2d9944a4b5a50f567eabc44d'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f6c65fe97614aa0936aada247b48784'
                        key: {
                            name: 'x_tether_bond'
                            element: 'table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3f8e144bfb5d4d1d9a04359f05f88014'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '3fa0910ad47d460baaacec8bf680cafd'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_refresh_at'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '3fb6dff9e871411897ddcec79775d093'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3fc6f70a3f404c668c09a2cc5afe8126'
                        key: {
                            document_key: 'a1945399ad01430ab2bad3846d7d4623'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3fdbd2485eef490a914ec63dc7a6b0b9'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '405eee7a495b4b9a82d9237e8f394b1a'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'basic_password'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '40680889fe5f46ddb0792009e7355222'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status_code'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '411d5da1098242c68ef4e3c07b0f9fd5'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'process'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '417779c274a84ab8b76f7892abaa611c'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'degraded'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '426215298d774a5581242ed81f54a9da'
                        key: {
                            name: 'x_tether_integration'
                            element: 'last_heartbeat_at'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '428b6bb68cf94d519fcdfdb30e6d3e87'
                        key: {
                            sys_ui_form: {
                                id: '370b57d538db46a0850f93a946d1c6df'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '646443f00e3e4e83add34665ae660105'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Headers and bodies (secrets redacted)'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '429b1e684eed4c03ae221ef85344ed05'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '42db04ea0a48418ba741141d7ffa354e'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'detail'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '437ab61a788c4746aa06e311405d51a0'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4398b28238f34c899fb5da1843ac09cf'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '43b12d92fd1040b0945d52d6b641e550'
                        key: {
                            name: 'x_tether_process'
                            caption: 'Process'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '440d13037a474f2bb0fbdd6231d00baf'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'queued_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4470444680624ba291343cdeff3ea340'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'integration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '45375ef0b9344a63a02347146defeeeb'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'replay_of'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '45805da293934846a2edf03ce5e9a6b5'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '459662f80d2b40efb493cbe8aa528e5e'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45a00f98786a4d0abbeda34d9cc64301'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_expires'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45a783f78d8c4d6fb29191e0eca3eaf5'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45af61dc243a4be0986e3c799af59577'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_headers'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '45bfc399e9404a9cbac0ad4ae433a611'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '45daa3a539854da1919c4b1514a7ac3f'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '45f4c7a143444c94964c9d05e1bd0439'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_issued'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '46369bcf3b3e479182f2befc97a0dd2f'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '46b2a683e6f341a6a7f065dbe1066ab9'
                        key: {
                            sys_security_acl: 'f3b181687b784f98b01765fc6e9bb366'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '46d35f5f90dc40c38503781d75726373'
                        key: {
                            name: 'x_tether_bond'
                            element: 'internal_reference'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '46f9dc3e87bb46e09a5254b975014c64'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'direction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '47b34551240d46d6aba679cf0f95f59e'
                        key: {
                            sys_ui_action: '1eaf3c696b564c629de29e9865020cac'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '47ba56c0527d434991bbe0e3e6417523'
                        key: {
                            ui_policy: {
                                id: '66038d126040485e807ecc58ccc4b1e4'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth user fields only for the password grant'
                                }
                            }
                            field: 'oauth_username'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '47c7ba7367c840b69c395ff1192ea819'
                        key: {
                            document_key: '08eca6486df44c05acac2af375e240fd'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '47d53762c2654bb2acb16ac80838a7dc'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                            value: 'up'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4801607469d04721abc092b9f4161b69'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                            value: 'bidirectional'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4854b08859664e10b7020a63ef084623'
                        key: {
                            document_key: '7d194e536a5044de9a67a7c6b3215977'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '48589f621bc54ca0b2d6236328b7efef'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '48b333200a2c40f3ae1c68c67bc6f08e'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '4c8266d9b14e4c4f955f591f60d2f5a2'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '490d003eeca24a339e3db9a2505dc82c'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '494391bdb8144e53a348a5738e6eaa6b'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                            value: 'paused'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '496c8c37784248c8b042819426523c77'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_profile'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '498ae45ecb654a0ab6cae78a86f512f2'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '49b49cf20c7e4edebabfb357e8c3bc8a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '4a2d2045c72941ab8ac1a69d93a632bc'
                        key: {
                            sys_ui_action: '37e4e395e84946b1b1a7c1e75f8c018b'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4a30e33f93424c3ba7698728ec87dcb7'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4a33d54704854072943df11f17b4bc1d'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4a765dfed3084fd5bfa94b09aff09b41'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '4ae7d7fea2a44eee83f16da5818bb205'
                        key: {
                            sys_security_acl: '7e799a2ca8d6497bb4a74c61e40ad910'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4b42b20d5c504d92a351872e1977e6e1'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4b62a67ca7ba49dfbf3c93e52bceb40d'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'url'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '4b675ee7e06244ab9fd476d8ca5a3708'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4bb92b6238d14f55aebeacf7d02f8346'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'request_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4bcc891e71c94e7b82db276313356f08'
                        key: {
                            name: 'x_tether_bond'
                            element: 'table'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c1eadc34d654874ad28a15cb87ba16b'
                        key: {
                            document_key: 'd840cd3062964cc6a475b7b32c0f98ea'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4c951fba56a44205937d9bcf98f6051e'
                        key: {
                            document_key: '353aeea47fec4da880e05edff90dd6fd'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4cb4410535924eaf8eaa7e07de4d7e69'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            value: 'ok'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '4cd55765df0c41cea2dd4cd25964bdc4'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'token_state'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4d071be1516a4b159646f8f0f7d55a51'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'ca8d5840f1634ca59a4b24859ef22645'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '4d384e2bc491445292e33964d76e7461'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'response'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '4db76a24535a47bf899589024c18ac80'
                        key: {
                            ui_policy: {
                                id: '18067d3f78b34753bbcf70d5b4eefe6b'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: an active connection needs an endpoint URL'
                                }
                            }
                            field: 'endpoint_url'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4df90aa0bfc04f23811f88c83bef623f'
                        key: {
                            document_key: 'a9410f326050488e94f677ed439b1837'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '4e204f58cd024aa8a95fa0f2c40e8897'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '0aad4c79458b462eb9864181e008b4ba'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4e8168e29a4240929567aca3d831c9d4'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '4e9ffb4c71dc4bfa8da95aab1a8185c5'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'message_id'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '4eb2907a84ba40bfa36cdc72cd2d0a07'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4eb7f4b17411453591ef5ca24deab8ef'
                        key: {
                            document_key: '353aeea47fec4da880e05edff90dd6fd'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4fbf8914694441889a7ce8560badff24'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_heartbeat_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '4fe703aa9ee24e8ab17ee89dfbc00767'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '501a52700fa44f36b98d423b2e1c7c8c'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '505d1fe8b75f47a8a2bb0c4c2812f87d'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '510e6c72c479457888c4a19698d68a95'
                        key: {
                            document_key: '9c5cb5872a694f12b3cab183987856bf'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '512bec47c879471996c29e611f2f1312'
                        key: {
                            name: 'x_tether_message'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_integration'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5151e4d3ffce4105b9c7be9bab88fc53'
                        key: {
                            list_id: {
                                id: '0eb839d444b647d98c9adf6442a38a6c'
                                key: {
                                    name: 'x_tether_process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '515a05ee6a1d4c98a0ff43d61de3ce00'
                        key: {
                            document_key: '32bb06d928e2499987544f3966826f5b'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '517dbed1fb664519885540cc2d62459f'
                        key: {
                            name: 'x_tether_message'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '51e955337f6e40ebbcf777742c40c12e'
                        key: {
                            document_key: 'd840cd3062964cc6a475b7b32c0f98ea'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '51f413785f864780b472d81bad635799'
                        key: {
                            name: 'x_tether_bond'
                            element: 'external_reference'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '52646fb4e19a46b38ec5ce1ee04b46e4'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '52e4281bf12744509f6386a371ecfee6'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'revoked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '531d31927a9f4310ad19227a84125a43'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'HEAD'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '5329ee26da8d459aa7861c5d18204bc0'
                        key: {
                            sys_security_acl: '870baa7a87044c7a9125840db3cb75f2'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '53a1fc49ef114a1f8569db54f9d4a997'
                        key: {
                            document_key: 'a3d42cc5a4d74965ad015ddfda6939fe'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5414e800e6c8463fbd17bbf5e28f8b62'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '542278ee5f474206b8fe7b05c00709b1'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'next_refresh_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5452f2bef892495f8d716b97fd307ec6'
                        key: {
                            document_key: 'a1945399ad01430ab2bad3846d7d4623'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '549f5bb0f64b4468be30e16ba641400d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'expiry_warned'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '54cc29f42502482cb0d76d92a0318837'
                        key: {
                            name: 'x_tether_message'
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '558cc36566364446bc82e884a7fb6beb'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '55ae60cfeaf849ba8e29c50f4185b5cc'
                        key: {
                            sys_security_acl: 'f025af14b5b14c6cb0951e5381fb6711'
                            sys_user_role: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '55c54dd9a2934595aa82f37a5bc36cbc'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'fingerprint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '566035fd64b048f2b21fdb2d9e4892be'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'grant_type'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '5699f5eb94644a82a50016ff37f365a1'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '570e23b4901a46b6a753c28850625224'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'granted'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '578f8f96d0234112bff7577182737262'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'integration'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '59377c4e44834ac5bbce6e0d5f7bc190'
                        key: {
                            name: 'x_tether_http_request'
                            caption: 'Request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: '593ee8aec7534c05814fc6c392b1a13d'
                        key: {
                            logical_table_name: 'x_tether_message'
                            col_name_string: 'integration,name'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '595055c5cda94ce58003abf8a46b4254'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5975297e5a604b6ca32187dbb8b9dc0f'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'request_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '59917b58493a4ca2aeb4467014d2f171'
                        key: {
                            name: 'x_tether_bond'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '59a735531cdc4642a688fd2aaa01aab5'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '07ae3d31a3944a24bfbfa14b04e03346'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Related records'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_tether_connection.x_tether_token_event.connection'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '59b2f7c2888c421180bc89e3ec865230'
                        key: {
                            name: 'x_tether_message'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5a6cc325d8bd445696f9654659af75ad'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5a91cb3ec1c54da5b4cae0403c6e3326'
                        key: {
                            name: 'x_tether_bond'
                            element: 'document'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5ac918a42edb47dbafc8210616bebc2a'
                        key: {
                            list_id: {
                                id: '512bec47c879471996c29e611f2f1312'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5ad27f352193439491685354b11cb9d6'
                        key: {
                            name: 'x_tether_connection'
                            element: 'last_refresh_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5af253f32c814085b321aa93ff6b0ca3'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5afe3d3475234c23a685b9d13fb0c636'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '5b20c48a5bc84499a3950e691d63b2c3'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'e8597b64452e4124a9d897559e142599'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '5bb7b6a8be5d4d65a76696486e1ec0d1'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'revoked'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '5be9e9d60ae54e5180bc72a0fdbbaf72'
                        key: {
                            name: 'x_tether_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5cde0ce9621e43dda8006656e7174af8'
                        key: {
                            name: 'x_tether_integration'
                            element: 'retry_delay_seconds'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5cdfe472e77543b7a8a6130397197e50'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_password'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '5d36f06784a44f578bde18be9d62771a'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'http_status'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5db675806df242c6b6b3c4da3b385eac'
                        key: {
                            name: 'x_tether_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5dc0b43d30e9424a9d681a9476be8a9b'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5dd537d7953347cbb22256c688c77e6e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '5de33d85159b422b8113315cc6dcda66'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e8be153f7794c32bfbf6e7123a0c0d2'
                        key: {
                            document_key: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5f0cbc5af211438aa347e18403ca24c3'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: '5f3507d249934e948dc719ff53e095e5'
                        key: {
                            name: 'x_tether_transaction'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5f5ad8ed907543d7ae9d6d54694e3702'
                        key: {
                            document_key: 'ca8d5840f1634ca59a4b24859ef22645'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '5fdb98309e414f999a7d51c24f56bb6e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'inbound_user'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '606b902fe16d48f2a321ed37c7103203'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'environment'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '60c4c26a89b74e24a9c52bb87063cb65'
                        key: {
                            document_key: '1717e20a0de344d483cc2e6165784564'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '61a457c5e8744f61920461157aef1cc9'
                        key: {
                            document_key: 'ca8d5840f1634ca59a4b24859ef22645'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '61f63127eb1744daab73447617016e25'
                        key: {
                            name: 'x_tether_transaction'
                            caption: 'Payload'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6289eab5ec77439f8e3e95ca0ab745d0'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '62dbffda9c7c45e7ab6483287accbc90'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'timed_out'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '62efec4c2c6640d8962f4553eb453473'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '63773e8dfe60431fbd6a39261322f27e'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'send_owner'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '63a998b8ece540bf838b8c2eaa0115e6'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '63ee7f312d6c46a788c9396b4568bb4e'
                        key: {
                            sys_ui_action: 'b5abadcd2c014e169408e9d8cf95e703'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '644cfbdeae864a5bba03601c9d81e0d6'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '646443f00e3e4e83add34665ae660105'
                        key: {
                            name: 'x_tether_http_request'
                            caption: 'Headers and bodies (secrets redacted)'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6484cdc46699448b908302069af0027d'
                        key: {
                            document_key: 'd840cd3062964cc6a475b7b32c0f98ea'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '64d51e06ac0547419cbbd6165ff320ad'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'bond'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '64eb2eb11e3f44f5b6d9c587af4a208c'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message_id'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '64fc32d7aa2a46d9a827a3bdf38c71d6'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'next_refresh_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6535a6f8a51c4af9acbcb1a1bec238ce'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '655f179c6f224bca9c0187a78f92e5cb'
                        key: {
                            name: 'x_tether_integration'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '65ba6542079c4fbc943d9ffbb8d44861'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '65fb955b100d4cf68433e82cbe402244'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'token_state'
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: '66038d126040485e807ecc58ccc4b1e4'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: OAuth user fields only for the password grant'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '663b3f1c0cdb4c05922284823a5261d6'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '667939e098834ad6aa0bf2520f1afbfe'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'queued_at'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6693e59773264359a7cec3a03c4b5c96'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                            value: 'outbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '66c3550198c84eea95071f80eb7c66cb'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '66cab33101c04c69af031e574adf0748'
                        key: {
                            name: 'x_tether_connection'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '66d739051e17472593977ef5ca734603'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'event'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '670891608bca4a7989e52d8f9fa82310'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: '6723430dc6eb44c09ee2024fa17f005b'
                        key: {
                            role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                            contains: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '672cf92daa0444b295fe678cb4bbd815'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '673506f4599f495b867aefa568037e9c'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '67484c8f1836466690407bd6a368478f'
                        key: {
                            name: 'x_tether_connection'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '676296387dce4963a695b4f3f456b5a6'
                        key: {
                            sys_security_acl: '48cdb5d7fb14427386795cf5974f53a8'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '679dfad816274fcb8b8be265c93341f9'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '67ef1594021641cbbda3d1f9228f8020'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'grant_type'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '68248e0117374345b70fd10d910d009c'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'direction'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '684305be97b64c838a64eec9dc2db5ee'
                        key: {
                            name: 'x_tether_message'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6887fddd354240cf8beb8dbd98216df3'
                        key: {
                            document_key: 'db41e02307a347d0b25defa624b4e820'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '68913ebc60364612a2b8676dcef9d9d3'
                        key: {
                            name: 'x_tether_bond'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6906daf763724941b506ea5b74741043'
                        key: {
                            sys_security_acl: 'aa3e0a41ffb94709a2b4e0edad0c4d17'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '693a3fd08ad04599891ac90d30568ffd'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '693fa8f86a08467998976f5d159aaeb1'
                        key: {
                            name: 'x_tether_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '69bf232fc47b444098cb9cfb6a57fcd7'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a671ddfb6f94cbeae93b0ebcba764dd'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'queued_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6a70ad26972544c7a1a8f454d1b1ea36'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6a76cf00901c4608944388ab7cd14e09'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'bond'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ac8d73bd53b4d8bb0c70c4c9ae43f5c'
                        key: {
                            name: 'x_tether_bond'
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6b7a3387af8040258df217820a081996'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '6ba3894401984aa88e6921421f2d5b35'
                        key: {
                            sys_security_acl: '5a460a3d5c8d4675978f4770e3b40d3f'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6bd9409625a0466798374e73c2550043'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'environment'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6bdf5893c8cf4db1b91186af4c8fd7cd'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6c0ef3dc1fb0476eb1df49ee78887910'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'status_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6c8da3ebbe4948bea129eee0e19272b1'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_owner'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6d030bdf6ee2444db8c4ed366e6f93f1'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'db41e02307a347d0b25defa624b4e820'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6d044785b4b649ff9eaeac89bb917c73'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6d0558d47ca14357bc9ebce458ed89b3'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6d232aa2cb9e42399382bd2988aa4e61'
                        key: {
                            document_key: '0aad4c79458b462eb9864181e008b4ba'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6d7871262c42414caad8c4ada05c8e1a'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'error_code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6dcddf41345b4742865faf6221ffbe65'
                        key: {
                            document_key: 'cd441b8698d74b2f9b7f8782eb9b325c'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6dd4f8e994d548a2a809b65dd05a35c5'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_expires'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6e161200837a45078edd695d7d9f2b40'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'next_attempt_at'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '6e9440a23e8c417ba483fdbb38d3ffb5'
                        key: {
                            name: 'x_tether_bond'
                            element: 'external_reference'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6e96c3b5b2e34bb1b801963f56283ce1'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'external_message_id'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '6ef06193cceb47718738f7bb6587ef2a'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'access_expires'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '6f0c5834bf22451192c7c8f90832026f'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'oauth_username'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '6f12b86b7e37401ca4374905744de735'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                            value: 'down'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '6f97de9734cf425eabbb0441fbc319be'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6ff0b583885841f9a040dc11f59c06ce'
                        key: {
                            document_key: 'dcc7d1c0f1a147dba641cb5211d69a10'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '70712e289b034783be7ae0623d0a0c96'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '70b92e77ccec41c1b9e4a61b5353ee4e'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7114ea1d0a604a90924fba5342290504'
                        key: {
                            sys_ui_action: '2835834db09a4ecf82bed048e52c8674'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7158087a5aba41e492a6b2ed37e37310'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7181ad68016d40a5af84071d8d9bfe33'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                            value: 'refresh_token'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '71998fe47313430aaae4807eaaaa5b6d'
                        key: {
                            document_key: '08eca6486df44c05acac2af375e240fd'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '71cd46f0dfff43d0a8366fe9199c0f7c'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '724831a799de4488865c7bec948e89ba'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '72a6dc4c5258467296482d652e75b69e'
                        key: {
                            ui_policy: {
                                id: '0b8ce95440584fbca4ae2cb449258c1b'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: secrets are write-only'
                                }
                            }
                            field: 'oauth_password'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '72feb4948375475abc12928ac01fda1e'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '73148bae5145423cb7d8bda9434c0f5b'
                        key: {
                            name: 'x_tether_connection'
                            element: 'grant_type'
                            value: 'password'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73443b7cf4b24ff289c2bdab835f8353'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'path'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '73967a333aba4c9a9af5545b5b8cd626'
                        key: {
                            document_key: 'd840cd3062964cc6a475b7b32c0f98ea'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73bbbeaaf5f545c0b94a372b95a63f82'
                        key: {
                            sys_ui_section: {
                                id: '0d280812e85b4f69885b1c64d8963aca'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Inbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '0e648afc93db4b36a4c27a528d61217c'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '73efb98e06f946dca241c72de4f72825'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '748f7f86d6174adc8feae8152e282a71'
                        key: {
                            document_key: 'ded468c80f084ab6ae7c6f5fc84cc5f3'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '74a25556d7e64bc4966d016e8329dc70'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '74f9aa077b3a4186a076ab6d0e07fcf9'
                        key: {
                            list_id: {
                                id: '0eb839d444b647d98c9adf6442a38a6c'
                                key: {
                                    name: 'x_tether_process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7500a8ddc637443b937c2cefc97d5691'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_headers'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7535362bb9f94989bcb4d60ad3b953c0'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'request_headers'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '75774650f9bd4e36ad94eb677dc617b5'
                        key: {
                            name: 'x_tether_integration'
                            element: 'retry_limit'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '758259305d0d44a09ef61e010aec8c28'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7587ea386f794d64aea27ad2bae89670'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '758f18f596c64121abb19ec5b248ca5b'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'POST'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '75a660bae166457b8a6d3da6683eaf48'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '75a6e6cd6b1e42628e0c9d940a4bc91d'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '5cabfbd774994cb8846e2780bd448b67'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '75ab9a2ed0134350ad3f43c3297c463e'
                        key: {
                            name: 'x_tether_integration'
                            element: 'process'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '76dfe7f62aba4cbe98fbd91143e42657'
                        key: {
                            name: 'x_tether_bond'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7711bc0e6c4244ffa01acd1af97ec4dd'
                        key: {
                            document_key: '1717e20a0de344d483cc2e6165784564'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '772921ba728f46549110f366af4db4a1'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'http_status'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '774f6b4f01674a8f96e26e6061612943'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '775b58e89f1346839f3f86231618d874'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '77702518a0c34cb2bbd76d0b5baa9c8e'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '1717e20a0de344d483cc2e6165784564'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '77beadab54364297bd64ed208e5d0338'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'PATCH'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '78f9e7d5b83f4ca58e00e7ed2a106500'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '78fd83264f7345ddb987d84c65e339ca'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7938c1157b6e477b84f8461aaf80acf8'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
                            value: 'fixed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7a58f5ddd9e646ab9645d8f6e62b9694'
                        key: {
                            name: 'x_tether_connection'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ad7f90925214f11915ae221e84c8101'
                        key: {
                            document_key: '2e7b140ffea34f1e99de062ba07a3a96'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7ae3f6952b3c406999d991ac1724586d'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7b280dae9244482c9eacd03731f4749c'
                        key: {
                            name: 'x_tether_message'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7b7e8aee528046d8a8b1e7bef05b65f3'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7bc89393575f4f22884d13da56c989aa'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '7c6d9a1854f04813878e9482346eff66'
                        key: {
                            ui_policy: {
                                id: '66038d126040485e807ecc58ccc4b1e4'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth user fields only for the password grant'
                                }
                            }
                            field: 'oauth_password'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7c8836c19c3b433580a644ff39791787'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'authentication'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7c8d7cc8f6b441e0946698a7a7954dfc'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '07ae3d31a3944a24bfbfa14b04e03346'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Related records'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '12M.x_tether_connection.x_tether_http_request.connection'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7d06323ae3de4dc6ac01cde7e44b1cc4'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7d617c9a3811481d8e466cfac884a57d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'basic_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7d8a66ea7f7d47449b0347dea5fee488'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'integration'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '7db3dab5141b4b019e1fb7d1ba8e7b3f'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'refreshed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7df102a31f60472da4f8e64553fa5f5c'
                        key: {
                            name: 'x_tether_message'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '7e074e11037043c6b67f380cbbfff1cd'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'connection'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '7e3c5b51461245cd8ad359097cf6e626'
                        key: {
                            sys_ui_action: 'e077020eb17742b7a0e2a0def22cb3e6'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '7e6e000fed834592b6f2ad2ef182dbb4'
                        key: {
                            name: 'x_tether_process'
                            element: 'target_table'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '7e6f4d0369844fa5960799bdae15bda0'
                        key: {
                            sys_ui_form: {
                                id: 'e3a3f4437173450ab89909e63e7affd8'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7e748be2838b4fe8bcf8ca1806295dfb'
                        key: {
                            sys_security_acl: 'de95a8cb25d24aca8e1be51af4c0eb91'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '7e7ba3aba0414140a2c0fbb5b514fd33'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'next_refresh_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7ec930952efc4b7d90816296d8d9db2c'
                        key: {
                            document_key: 'd840cd3062964cc6a475b7b32c0f98ea'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '7eda9054c05b475c96c927b42cf81135'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f18f7677a284ab9b76820c1f40ecd3d'
                        key: {
                            sys_security_acl: 'd56e36530e8046fd9ff99d36708dc368'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '7f61147c220c4b7d9693865c0c2dfdd0'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '7f7f2a35ef9f4d9eb86e91dd41fee6f7'
                        key: {
                            sys_security_acl: 'be6a87222ddb44fcb6fb9217dfbf1e8a'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '7feefae2fe6c45a28568ff6c1fdb272c'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '800a8d06c71848888723343e0b17f8df'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            value: 'ready'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '804138aa6b2148b08cfd1ff904bee5d7'
                        key: {
                            sys_ui_form: {
                                id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '811076f21947405196d3e17d95d27170'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '811584fef78c41beafd54029c4a65b22'
                        key: {
                            document_key: 'cd441b8698d74b2f9b7f8782eb9b325c'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '81cffae52d67477aa98e2f3a4060078b'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'update'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '825653e4c41f4a16be8ad52e0dbb1bc8'
                        key: {
                            document_key: '1345dac35db440b39ff75b9b61ac182f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '82bed1963ad141d9be8e18cdc6f4c824'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sync_timeout_seconds'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                        key: {
                            name: 'x_tether_connection'
                            caption: 'Authentication'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '83156bdba38d4528aee61727cf8547e7'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'detail'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '83408ec92eda4f67818d0d88b9d62b1e'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '836512626a53484690990b2fd7f32378'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'refresh_expires'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '83f08a4dd7c5425bb88899d1ada40ed3'
                        key: {
                            sys_security_acl: 'd0b409d736b24c2ea28612a7f82b50f8'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '84075e3a5f264ce59f20ac29a9c8d6d1'
                        key: {
                            document_key: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '84470d5036da4af6b17e8625cdf0c954'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '84722cf5133c4cd3b944410372282eb2'
                        key: {
                            sys_ui_form: {
                                id: '370b57d538db46a0850f93a946d1c6df'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8582312a86df4749b816c87e948b3081'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                            value: 'none'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '85a1048eb0124426b1ca793ff6692d58'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '862b8365bd834f95b7d319aff9102741'
                        key: {
                            name: 'x_tether_process'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '863b7e6e7816438d9936264fdf270b48'
                        key: {
                            list_id: {
                                id: '512bec47c879471996c29e611f2f1312'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '870393d61fa44a78965010a9ca963559'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'url'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: '872ffe4f3ccf4441bc190ac5d785836d'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '87913865ecf04df09d01e8383409407f'
                        key: {
                            sys_ui_form: {
                                id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '87b09d9b5baf4c9e941f7892699d2010'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'access_expires'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '88b61f3a7857410eb386bb834ec371de'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '894cb7f182404b19b3930bd2fa99b873'
                        key: {
                            name: 'x_tether_connection'
                            caption: 'Outbound'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '894eac5deb8944fcb350f8ca9d354b93'
                        key: {
                            sys_security_acl: '0da5430533d348c0b3bc78d9556cddb9'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '895b2cc9424c4319a95c51f7e5989eb6'
                        key: {
                            name: 'x_tether_connection'
                            element: 'inbound_user'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8ab2732530c24515a87fceb9aeec703e'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'sending_since'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8b49f31122c34e06827436b58b1becd3'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: '8ce9d31bb6e94159965eb496463e2e81'
                        key: {
                            name: 'x_tether_transaction'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: '8cfe7718dc7b4c4e899cf41b777b22be'
                        key: {
                            name: 'x_tether_http_request'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '8d4a5e66a76a46dd84e27135e822152e'
                        key: {
                            sys_security_acl: '7e572d70a3b6483eab609b6b835d3bed'
                            sys_user_role: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '8d91aacae73c48be8a009b2d692f2a15'
                        key: {
                            name: 'x_tether_message'
                            element: 'path'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8df548c378bd4529b2fca3c3dbcb46d6'
                        key: {
                            document_key: '155ed8ae1f5942ccaded6e79a7c817d1'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '8e132ac1f6e147f1adcb5b4b520484b0'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                            value: 'oauth2'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: '8e68096693af43c2aa83c7ea35c0f6b6'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'last_refresh_at'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8e6ce62e8c6941bf8b76ce2a03ba3a1a'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'process'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8ebdc8b8473745ceb3f5ae55dbf00f3c'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8ebe2f7068324c39a33db88a27bbc706'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '8f654960ecab4c66b9773433fb0a38c7'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '8f735c3c86a34cbf8087c009f7158b73'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '8f7a20216c3848d39277d0562bfe3af4'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_fingerprint'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '8ff0d270a07f40638109ba96ea31eccb'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '90016cfbeb6f449dabc387248a9e0e7a'
                        key: {
                            document_key: 'cda32ec3afd94314ac4ff3287d7c539a'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '900a17e4ddfa4566a400c805a99becb5'
                        key: {
                            sys_security_acl: 'd55b38383ddd4c6cb9a323c232608c10'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: '900f9aab241e4b8ba7fb21c9e27f7e88'
                        key: {
                            name: 'x_tether.integration'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: '912809a8b3e14feb8242fa3a4be62f9c'
                        key: {
                            sys_ui_form: {
                                id: '926277d066194c518c41cd67f95df39d'
                                key: {
                                    name: 'x_tether_process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '91353fc70d9a49a08510ad8fd06f73c0'
                        key: {
                            document_key: '2f022583c2a64d8183e1c60a0fc43335'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '91af211b2ec24c31bbfc8dc89e0c1f20'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_until'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '91b66e3a36204f30b1ccc51b9a13240a'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'consecutive_failures'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '92328f1f7a5e47fcb3787646bec0c397'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_issued'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: '926277d066194c518c41cd67f95df39d'
                        key: {
                            name: 'x_tether_process'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: '9277af355d62453dab98a11198e9ce3b'
                        key: {
                            sys_ui_action: 'effc70f052be44aeb667abcf33c2ea05'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '92ad16f355e64ac8914dab2b40831b9a'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '92ee1873636b432da929492569f80721'
                        key: {
                            name: 'x_tether_message'
                            caption: 'Message'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9306a183c62042c28b7f08d2ffbb44aa'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '935c42e04dd94385abc0249dce52e06a'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '937c9b954b8f43dc96e454cb30aed80f'
                        key: {
                            list_id: {
                                id: '0eb839d444b647d98c9adf6442a38a6c'
                                key: {
                                    name: 'x_tether_process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'api_name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '93b10af48da94e8c8dc135560a69030c'
                        key: {
                            name: 'x_tether_connection'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93bbf496771b4305b70063ff20b48b99'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'sending_since'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '93c5f9befcb64b628dd7faaee9048a9a'
                        key: {
                            sys_ui_section: {
                                id: '646443f00e3e4e83add34665ae660105'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Headers and bodies (secrets redacted)'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'response_headers'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '93ee56526b7f4520be6b760fbdc6326b'
                        key: {
                            name: 'x_tether_connection'
                            caption: 'OAuth token health'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '95105893fdb0431ca54bd3f2311835e0'
                        key: {
                            document_key: 'a3d42cc5a4d74965ad015ddfda6939fe'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9537b429aaa944f686ce2473e5148398'
                        key: {
                            document_key: 'db41e02307a347d0b25defa624b4e820'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '958da97a4bd943da9ac9cb567e84e367'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'backoff'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '95ccadc193d44d3e88dee5584a9ef4e9'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '95d64962f55e4831b6f1fafe6fe155fb'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'expiry_warning'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '967911110b314f048e8844e8f772b5ae'
                        key: {
                            sys_security_acl: '1a3104ee69bc411f982822b05a2db807'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9686362733964a4b938e4f96db315a32'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: '96a068238c9644d5a3870d7639f4e986'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                            value: 'client_credentials'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '96d9f3b34e3c47da8c6c4ebbf38c11d3'
                        key: {
                            document_key: 'a9410f326050488e94f677ed439b1837'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '96f21cadc5bb4ee4be4becd299c69b8d'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_error'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '97508504c8d0447bafab9596874ac165'
                        key: {
                            sys_ui_section: {
                                id: '0d280812e85b4f69885b1c64d8963aca'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Inbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'inbound_user'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '97527e81695b440ebe6be30bb030bf01'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'url'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '976aac5b638345dd9b8442d59ac3ff16'
                        key: {
                            name: 'x_tether_bond'
                            element: 'integration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: '97729f2fc91c47699cd83339509cc0cd'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9783275c59904eb8b1989e12b5ae3fec'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '986273da86c7488f8c8b8836acf0be7a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '98b616cc28c54ccdaf83c85374b88138'
                        key: {
                            name: 'x_tether_process'
                            element: 'target_table'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                        key: {
                            name: 'x_tether_transaction'
                            caption: 'Queue'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9a2b5cb1450842bcb83909cda7bcb20c'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9a6e0adb3e2842f0a4546d8636504cf0'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '08eca6486df44c05acac2af375e240fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9a7f33f817ac48e5aab486ccd27fb459'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9b09a6b4c0c9446fbd1419e7618e837f'
                        key: {
                            name: 'x_tether_integration'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ba205be5b6d4f0ab59bef5907cb9000'
                        key: {
                            document_key: '0aad4c79458b462eb9864181e008b4ba'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9bc56fa4486e4b9e8ff07b641724e34a'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: '9c3e72c8b1414202beff7d1247a842bc'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'transaction'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9c5379b3948d46c39851f24a471a5560'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'access_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9c561d3acda3409c96815b90e923f45f'
                        key: {
                            document_key: 'cda32ec3afd94314ac4ff3287d7c539a'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: '9c834dcbd0474452856abc6b4c232d4b'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_body'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9cc341a2f3a9427ab60feb5b617be805'
                        key: {
                            sys_security_acl: '70a7a65aabc24c828e828a780d031dcf'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: '9cc42f74db8d449eaf666252b1069cc5'
                        key: {
                            sys_security_acl: 'b39d6a462fc249a08582f52ec3fe7281'
                            sys_user_role: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9cfd9002aab04323871241d2d37568c1'
                        key: {
                            document_key: 'a3d42cc5a4d74965ad015ddfda6939fe'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9d61e8bf23d2448db1669fdce600366c'
                        key: {
                            document_key: '155ed8ae1f5942ccaded6e79a7c817d1'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f7c6d8174044e1b80bb760d78b0b2c1'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: 'cec002650b3222000b7da95e93673aae'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: '9f84792a68bd4be7bea717377503cc65'
                        key: {
                            name: 'x_tether_process'
                            element: 'api_name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9fe230473db3409cb7e8e39bb2fdf112'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'a01ac559932d412996bf8a5c7ae9eae2'
                        key: {
                            name: 'x_tether_bond'
                            caption: 'Bond'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a02a4e388a9042698082d0698657f3de'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a07e0d7a9afc41d888e00adfa1dff565'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a0a09af9b914461aa6c76dc764d04ddc'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a0fcbd1a8701465ea37d3ac07fd68e06'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a1716a4503594e058a1d2e668cf245d1'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'internal_reference'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a17dd7eafd3643aa9fcc912d729ef693'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'error'
                            position: '13'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'a268b13bf53d493f87eb188001cb4e84'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a2c63055daf745dbb553094acf4d6ee7'
                        key: {
                            name: 'x_tether_connection'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'a2fbbc9cf5c048509ab9e5fd5c6d8b93'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '155ed8ae1f5942ccaded6e79a7c817d1'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'a358760d3b3f4f5081ec2e1d5eca74e9'
                        key: {
                            sys_ui_form: {
                                id: '0f58d21d53c24769bfce2ed3d887812b'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a3f308e8f66a4623a5c62b1055c6d48e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'next_refresh_at'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a4a9ae7960374adf8222e5aebeaa6e37'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'path'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'a52697ab0c5042b78e5597959b67e911'
                        key: {
                            name: 'x_tether_http_request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a532e989f3f24bec8a684119332a0fe3'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'holds_queue'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a5815ef2f44d4cec9216ab19ec81acce'
                        key: {
                            sys_security_acl: 'c42590224d764fb1ae81a9eeb9ada61e'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a5d0f78e72714b44bdc4d251f90dd9fb'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'duration_ms'
                            position: '9'
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: 'a5e5373739d64b31bc7ac779f4450aa2'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: token health is read-only'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a605d94eb9fb4a13bb793dc66ac049d8'
                        key: {
                            name: 'x_tether_process'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a625c350b55040f5b77553794ab1cd36'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'a6388a5d666843538b34fe0bb453cf30'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'access_expires'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a6569e554cb14d5492ae8699bba13c20'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            value: 'open'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a66e623f0d72414b859e9d215a0265ba'
                        key: {
                            name: 'x_tether_integration'
                            element: 'heartbeat_minutes'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a67d4734aaeb4358aa1c4a6a346fd209'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'complete'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a6ee4d40625b47eb8241134ecbc2cc52'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'basic_user'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'a6ee8f7bd982499e91237953d2bac499'
                        key: {
                            name: 'x_tether_integration'
                            element: 'state'
                            value: 'active'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a6fdb7285e934c9ea11dfe42e6dc22e5'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_password'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7086ae238b248a8a3c19eacb0c260c3'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a77612c73f1a4604a0d71bff6334eba5'
                        key: {
                            document_key: '1717e20a0de344d483cc2e6165784564'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'a7ca1038650145c4b598b87d162af200'
                        key: {
                            sys_security_acl: '308123cec68c454da1917ddedfe9b3ca'
                            sys_user_role: {
                                id: '900f9aab241e4b8ba7fb21c9e27f7e88'
                                key: {
                                    name: 'x_tether.integration'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a7ecbf82653d4940903f2f5a92ed27d4'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'a83844d60b9d46b8a11e017a16f4b317'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_heartbeat_at'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'a8a2996e850f47a4a55fc441adc768e5'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'sending_since'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'a9125c6c3d28410c9a6f1837529ac071'
                        key: {
                            list_id: {
                                id: '512bec47c879471996c29e611f2f1312'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a941bb7b3b304ef8a4d6a93be0d203a2'
                        key: {
                            document_key: 'ca8d5840f1634ca59a4b24859ef22645'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'a99e0ca4522542bb95f12966e1d6a12e'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'send_owner'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'aa86c035107a463fb61ac8b09bb17cd1'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'aab3310e3a3540a082e51a191cc2716e'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'queued_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aad91e2e986b40ec93ee19190c5f9cb8'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            value: 'development'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aafa60bbb4744d7dba9be2e918757196'
                        key: {
                            document_key: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ab380cec765c4314b4dd27f3e18ce019'
                        key: {
                            name: 'x_tether_connection'
                            element: 'grant_type'
                            value: 'client_credentials'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'aba6ca48b73c4320a96781a4c718f50d'
                        key: {
                            document_key: 'db41e02307a347d0b25defa624b4e820'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ac1fd1c0bf3c437c8846d294c3453376'
                        key: {
                            name: 'x_tether_process'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ac5086806fa54c30b2348abf333e9a11'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_profile'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'acebd7a9404b427b91bdb42f4cedddfd'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ad273e58c92f4050b3f6062211e39b41'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ad4a2c15e3224cf481192929c5739b89'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ad9689b98c5b4a7a80e1fcf9f44ed286'
                        key: {
                            name: 'x_tether_integration'
                            element: 'retry_delay_seconds'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ada5ca30ebfb40f2a8421826802651f3'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'reauth_required'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'adaa8ca2b7aa4a6992fe6dbeebd0ab60'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'addab692b57d46d493ca63015dc30153'
                        key: {
                            name: 'x_tether_bond'
                            element: 'number'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ae1f512933544a7296c37b0f4556c791'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ae6c081e71ed48c28873ae81639f9f8a'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'attempt'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'aeb79088ee72440b8c392ecb5ba7eb10'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'retry_limit'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'aed66b6003bb4dc8aa6bc2d13da91c84'
                        key: {
                            name: 'x_tether_connection'
                            element: 'authentication'
                            value: 'basic'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'af43cc69376145389405c7f9ecfadfb7'
                        key: {
                            sys_ui_form: {
                                id: 'dcd62f8d05ca4748a4ed86229f084b9a'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'afa173c176614842a0b217c0509d3fd5'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_user_role_contains'
                        id: 'b020161f5ccc4cb59b672d4454c63e82'
                        key: {
                            role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                            contains: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b032924f559a48e381fe6e5c945bbd8a'
                        key: {
                            document_key: 'cda32ec3afd94314ac4ff3287d7c539a'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b03e157e980447c9ae29e9ecabfb2b66'
                        key: {
                            document_key: 'e4cb34d8cc384f088e3e165fa20be94e'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b077cb80643340f9bccf5979e4cdb395'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b087d542529d4101bebe3b88eceb27d4'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'token_state'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b091733747514bd683e086a43698b69b'
                        key: {
                            sys_ui_section: {
                                id: '82c2fc0fcaba4cf2a23be20b07a3d775'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Authentication'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b0c4359570f14d9badef456e2af6646d'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'type'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b230c12519d84127a3da87f8d05944df'
                        key: {
                            name: 'x_tether_connection'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b26b338d87c9416d8438dbfa6bb2eda3'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b2a82d4dd6c547e3bbf4f5f579abb3bc'
                        key: {
                            name: 'x_tether_integration'
                            element: 'process'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b2d76608b89f4da3a055c57ff0f04ac0'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'b3355c459fc7484b8d5b1ad54cb69ce5'
                        key: {
                            sys_ui_action: '43224c7063264c2792d63e0553dfb0c0'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_number'
                        id: 'b3377c2b161e425ab5a41233385c1b06'
                        key: {
                            category: 'x_tether_http_request'
                            prefix: 'HTTP'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b469aed618104548812499b9afa60979'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
                            value: 'exponential'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'b4906eb012f548cca5dda16d0d8500ca'
                        key: {
                            name: 'x_tether_process'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'b4d7974464b04e9f87cb199cb292abe1'
                        key: {
                            name: 'x_tether_http_request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_connection'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b5ba5554973c44788707345d40a303d8'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b605632f81964969a5803f62607fe5b5'
                        key: {
                            list_id: {
                                id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_transaction'
                                }
                            }
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b640be3e5b1d4f21ba2ab39f7cec4c6f'
                        key: {
                            document_key: 'f8c80a6ce26c4722ab7d0bf162d892e0'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b675419df4b74402917e63c51f6a0b98'
                        key: {
                            document_key: 'db41e02307a347d0b25defa624b4e820'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'b6ba69dbcb5740ee88cf9aa524dc203a'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            value: 'cancelled'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b6dcedaacd794846a2642c6023c6db97'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_expires'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b6f647709bba4845bac2e9f34104d7f8'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'replay_of'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b723122977184c51906a3bb94ca9bd83'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_username'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'b723298722714202aea860c721252b9a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'oauth_username'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b77ffccd1462416e927e8760382b5ba4'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b7e0ccedaf5349d1b721957dbe713ca8'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'b84e65bed09947edadd831aa09811da9'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8544c0272f249e9b8b3f8269d29523c'
                        key: {
                            document_key: '0aad4c79458b462eb9864181e008b4ba'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'b859be76a6584a9480a2962e104e1252'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8cce07173f8415181b24de30267fe8b'
                        key: {
                            document_key: 'e4cb34d8cc384f088e3e165fa20be94e'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'b8d450ba6e124c09bb964d332bdfe2ec'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'message'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b8e0f98606a14daf8418deaa00916686'
                        key: {
                            document_key: '2f022583c2a64d8183e1c60a0fc43335'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b985ebdd72b747cfa9a22c8019d984d9'
                        key: {
                            document_key: 'b2bc0480d5e24dc184cddd4274d1aeeb'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'b9c90e7c464c4de4931ebfe1ba86dc64'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_issued'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ba36bf72ed354bd98e772b9fbf6590e6'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            value: 'test'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ba48c9ad3c964a4f981da6db1c21e623'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'number'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bb0f3995b634481f96c73d52f8e39d5f'
                        key: {
                            sys_security_acl: '7121df2c4cf34553831cb830379954e0'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bbeeab10c2c444ad8980e68815a8ae38'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'bc2789b04b744244a87669c16eb2fbfe'
                        key: {
                            sys_security_acl: 'ea80c76b8fc94d038ee03412d058abf1'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bc7bcca014b04f5eaff583cb25433c60'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bcd7d9792e8c4abf90ad730f1c5056d4'
                        key: {
                            list_id: {
                                id: '5f3507d249934e948dc719ff53e095e5'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bd07208129f04684b30d8ccb70eb90b7'
                        key: {
                            name: 'x_tether_connection'
                            element: 'integration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'bd3bb191378e4f208ff4e4873d4071d4'
                        key: {
                            sys_ui_action: '69153c2c1e9f43b688c1cf831e4f4836'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'bd93039b205d422091a9008c308a42a1'
                        key: {
                            document_key: '7d194e536a5044de9a67a7c6b3215977'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'bda8c543b0a446c29fa3d7cd2ab3c0a1'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            value: 'error'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'bdfbc3b8884b44aaa5d7bee2fb30bf3b'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'be11556a87f449e89dbf47c66eb088d4'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'be5752da24ff41469b1b551e59b2213c'
                        key: {
                            name: 'x_tether_bond'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'be8fad3707384cce9b769992be9ca23f'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'bedb7402caf945e58471150915dafde0'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'target_table'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'bf366e50ae6549c992d27a560ad1fd13'
                        key: {
                            name: 'x_tether_process'
                            element: 'description'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c0089d1cfbad481c8b88334edf999617'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'attempt'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c016c929ebe24d638841fe2abd7dfe61'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt_at'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c03d6f186ee14543bba71227f34909be'
                        key: {
                            name: 'x_tether_bond'
                            element: 'document'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'c05a3ab0486844bd8d782c6c65903d25'
                        key: {
                            ui_policy: {
                                id: 'f7d4f4995d4d49e3b7c5c26227d701c9'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: Basic fields only for Basic authentication'
                                }
                            }
                            field: 'basic_user'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c08c04a916e04cbbbd833f898b0d4829'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c09009e0537a4deca03045baf56e9e4c'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'partner'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c0bc2cca36774193b40509ccd364de75'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'create'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'c0fb74984d5f4968938bea596caacb9a'
                        key: {
                            sys_ui_action: '3e959d655cd84adb8fd6778eb7ba981c'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c17278076bb241169788ff766b07bf3e'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'bond'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'c202f2d76d534c569259beafa46eb697'
                        key: {
                            sys_ui_form: {
                                id: '2b65c12d89374ac69b4e394fc0813da8'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c21e9337c35d4633ab233d8cbaebb2ec'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c277a1c501df4b4aa4f21f673bb7969b'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'method'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c27c71f31ba74d1599c7bf018d5252cc'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'c285fd9630694e23a3d6af45d715f7fe'
                        key: {
                            sys_ui_form: {
                                id: '30f2fbaeaca84a8b88d2282b143575af'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'c2b1fcb16aaa47f6a69302ffd386ef9c'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'c2f3753664224788ba91594d8bdf52a6'
                        key: {
                            logical_table_name: 'x_tether_connection'
                            col_name_string: 'next_refresh_at'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c38e1fd909f548cab247609a8152e566'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'ignored'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c3932b75cd894fae8af3391a4d65078d'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c3c7d24cda634cb290cbd0c69bd80181'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'holds_queue'
                            position: '10'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'c44b36fa3c3c46338cf1b860123327e0'
                        key: {
                            sys_security_acl: 'a5113dc44ba54fc89b92121a733f0f97'
                            sys_user_role: {
                                id: '23b66b422b1c43d28e478182990bc6d8'
                                key: {
                                    name: 'x_tether.user'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'c488e74844dd401891b96c7729b0ae5d'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'c4d6578a56ed47f68048c0ce9ff8fc9f'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            value: 'pre_production'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c68019c7b582422e9909ad65e14c0f06'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'c68c7b79be584d87941f7e0fdf95a29f'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'retry_delay_seconds'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c6937a799f574451bee56d7804de243b'
                        key: {
                            document_key: 'dcc7d1c0f1a147dba641cb5211d69a10'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c693a48c4861459b9e220c6a2aa070c1'
                        key: {
                            name: 'x_tether_bond'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7dfcc1c9b3b40b1b920cc46bcf30793'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'c808ec2914804f088af42943fd3bce95'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'duration_ms'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c81e94a4e3a2487d9bc19de4066abd77'
                        key: {
                            document_key: '9c5cb5872a694f12b3cab183987856bf'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c94d0184133b47559d5f01aba505f090'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'c96ca57f17344418bbf89d45ff09b461'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_fingerprint'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ca1f7c41a74343d4a1a691ac9359e7b7'
                        key: {
                            sys_ui_section: {
                                id: '894cb7f182404b19b3930bd2fa99b873'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'Outbound'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'environment'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ca635847ffb148a2baf3ff7a894e1c58'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                            value: 'password'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ca8db741a3dd4080a5d7985abff58f3c'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ca9acc0ac1ad46a883aa486d11274c3d'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'external_message_id'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ca9e08b08e204bdd93b6379ab3e8bdb8'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'a9410f326050488e94f677ed439b1837'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cabb3e5f68ee4ec18db8a01d2a688232'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cacbcdbc434e48d3ab62c7dda3e97a7c'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'heartbeat'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'cb13fa4248bb41c38717b9e95fa66ee0'
                        key: {
                            name: 'x_tether_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cb3d8ff64a494d7ba258df4744dd9fdc'
                        key: {
                            document_key: 'dcc7d1c0f1a147dba641cb5211d69a10'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc64067837b94126ae15fe7fa7f0f6bd'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_fingerprint'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cc830bcb727b44e69b3aec5677712da6'
                        key: {
                            name: 'x_tether_integration'
                            element: 'sync_timeout_seconds'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'cc8fb511eb13410f8f7f1a373cd34df7'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'cd31ec9deff841f5a8c5719b26cfed18'
                        key: {
                            name: 'x_tether_http_request'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'cd5cef6a661f417b9cd1c6cdc6027f64'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ce1118111c7a4a89bae9c18018d4eea5'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ce189c96b0ca4ef5bf70feaa5caee958'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ce8e2f57aacd403c9dfb3831137f8e89'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'cea42141b32143a996603022a4492991'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'url'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'cede7898740c4891be59b24c94e56b2b'
                        key: {
                            name: 'x_tether_integration'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'cef47b083aee4355bfb6fe03e8e5ddbc'
                        key: {
                            name: 'x_tether_message'
                            element: 'type'
                            value: 'resolve'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'cf1572ad238b4fdfb1cace19a1cfa89d'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'cda32ec3afd94314ac4ff3287d7c539a'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf6357d888ae4d9085f285ef3a4ca571'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'status'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'cf6a0747c9a94f38b5a456badb2f55e2'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '12'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'cfaa7afd91f74f538360c476ae56f462'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd0870c85380c4bdfac75b6adad7707a1'
                        key: {
                            name: 'x_tether_integration'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd0c4f40046ab474883847f0d0a79b62f'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'sys_created_on'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd109a08ee59e416ba11292f4409cbafa'
                        key: {
                            document_key: '08eca6486df44c05acac2af375e240fd'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd10cf1ef69854e2f9fd9bed4b28076ac'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'fingerprint'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'd198c3048e194b26a98900535b222352'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'request_body'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'd19cc47e934541ab800725579a2e25cd'
                        key: {
                            ui_policy: {
                                id: '0b8ce95440584fbca4ae2cb449258c1b'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: secrets are write-only'
                                }
                            }
                            field: 'basic_password'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd1ab52afe70d41feb884838c8fddc256'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd1b75165df5744eca2da11067ec64117'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'refresh_expires'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd244c905685a4412a2aff48afd80d22b'
                        key: {
                            document_key: '353aeea47fec4da880e05edff90dd6fd'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd261d1e311544ed69488c2d118de656e'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'd262cc7589bb4fbe993d3d2e9c41c5df'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'refresh_issued'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd2cc831318604186bed49c176f73f265'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'd3c1d60765f441bdae2c2611c184e6a6'
                        key: {
                            name: 'x_tether.admin'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd407d0e95ea8423eb973beae956733c0'
                        key: {
                            sys_security_acl: 'f24ab3f2865647f09f636db5a61ed234'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd42b64fd4808431fbaa1f7beea7bf7df'
                        key: {
                            document_key: '08eca6486df44c05acac2af375e240fd'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd4491d9ce138413d8c3fb6c7d321334c'
                        key: {
                            sys_security_acl: '1c83b8f6550c4f0aa1cd85db75711136'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'd45e99af3cbf437f882e010906babc51'
                        key: {
                            sys_security_acl: 'ec65640357784d6fb357dd306b4eef67'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd4774ce11ef0413699635b3ceb24b425'
                        key: {
                            name: 'x_tether_integration'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'd4d6d8741b99484cae11a7533c7b3dc3'
                        key: {
                            ui_policy: {
                                id: '33a66a8ebe2e4295ad7aefd822914589'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: OAuth fields only for OAuth 2.0'
                                }
                            }
                            field: 'refresh_issued'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd4ec540beb974719b65e2231b0d24581'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempt'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd4f8378cc5ef40c6839b906405af7c5e'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'd527029edb304607a794f835b1694476'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd5694df2d3bc481e9833d20877f3c0fc'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'status'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd593cb4b550c4796a438174b0923a74e'
                        key: {
                            document_key: 'e4cb34d8cc384f088e3e165fa20be94e'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'd5e5bffde4bc4e98baceec0c1eb82a6b'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'GET'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'd607b2a43727464295ca32e79a70a99a'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd696062f6dab47d7b2ef9c762175944f'
                        key: {
                            document_key: 'a1945399ad01430ab2bad3846d7d4623'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'd7537dc52d934d3db8f2abae26e9c0d6'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd7625122e2f442ddb92e86b6ed686a9e'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'send_owner'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'd7bd2f78f0cc4d98823980ff58496082'
                        key: {
                            name: 'x_tether_message'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'NULL'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'd8a946894c0f4d4eb3ddb2a094fd03f4'
                        key: {
                            name: 'x_tether_token_event'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'd8cfc1ec72d444afa39709c26b91ba9b'
                        key: {
                            name: 'x_tether_integration'
                            element: 'sync_timeout_seconds'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'd9fe6295e09e42769f6409710f61cfdc'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e4cb34d8cc384f088e3e165fa20be94e'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'da06110732b44246940cdd05c01e5de4'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'da3f6c3901fd40c083888a12d4823ddb'
                        key: {
                            name: 'x_tether_connection'
                            element: 'grant_type'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'da4c49f62c7244ca8f3eee9903ad411b'
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'da57f37c33e843e79c268018a576579b'
                        key: {
                            document_key: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'da705b5e9af14fbc87abd06e18f41af4'
                        key: {
                            list_id: {
                                id: '0eb839d444b647d98c9adf6442a38a6c'
                                key: {
                                    name: 'x_tether_process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dabc5ff7095c4be8962f32f5855366be'
                        key: {
                            sys_ui_section: {
                                id: '59377c4e44834ac5bbce6e0d5f7bc190'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'next_attempt_at'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dabec9ab01f943db81fffc4dc0bf0e7c'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'db118f155eb84de296817d12f6e34cec'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'db82f77ea26d4f538f5a043ec785b350'
                        key: {
                            name: 'x_tether_message'
                            element: 'integration'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'db98262f812e4865a2bad0824924d62d'
                        key: {
                            name: 'x_tether_integration'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'dbe54d6ed750474c8a3472a03a01449a'
                        key: {
                            sys_security_acl: '3786296c5b2a4a8ba2986ade49cfaf6e'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'dbf99bd4355044ee9d67df563ebccab5'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dc0cce843f984c7eadfd965c08414af9'
                        key: {
                            sys_ui_section: {
                                id: '1246e07e49c649129c2542b4d6a24168'
                                key: {
                                    name: 'x_tether_token_event'
                                    caption: 'Token event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.end_split'
                            position: '11'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dc18b76eba304377a0c9bfd28e16054e'
                        key: {
                            list_id: {
                                id: '512bec47c879471996c29e611f2f1312'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'path'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dc1afe65cb0d449a8b4f1b398a2974c9'
                        key: {
                            name: 'x_tether_process'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'dcc155f7bf1345acba9c9397ef51f5fe'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'external_reference'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dcd4a1dd99294c03ac31553b4871d4ea'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'description'
                            position: '8'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'dcd62f8d05ca4748a4ed86229f084b9a'
                        key: {
                            name: 'x_tether_bond'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd127312e2084e2693b9e39b1abb8add'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dd20d07ad2c34e8f9ef21e64ec5cad97'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'dd2ea792827148b493edb571b6a0b2cf'
                        key: {
                            name: 'x_tether_process'
                            element: 'api_name'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'dd589c2a005b41e88eb11b0285310be5'
                        key: {
                            sys_ui_section: {
                                id: 'a01ac559932d412996bf8a5c7ae9eae2'
                                key: {
                                    name: 'x_tether_bond'
                                    caption: 'Bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'document'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'de2ef8a938204fa5920fa434e4a6047c'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'last_error'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'de51871bf7f241cf8f0756831b9ee523'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'de8a8eec06fa42b2a88a4d262da209eb'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'last_refresh_at'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e01c662bfa1c4fd6ae238bfb1b9bb85e'
                        key: {
                            list_id: {
                                id: '1c78eb8d4a0349e1a055cab56d9a80f9'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'http_status'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e08207d8cd7b4ed8b6c9e6ff5ce66190'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e08cec8f8b254beeb54430fad40d7783'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'token_state'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e0df0b0b85d04da19ef9e1f575373528'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'state'
                            position: '5'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'e240a813309640f4b529a1e4fb3739c4'
                        key: {
                            sys_security_acl: '2adeb099d40d4b50a1c3fc651ac8fba6'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e29f85e7020a4a7d91346484d26f2e9d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e2e30fc19a2b4d009f5699fe7615227a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'endpoint_url'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e38832b22ea742fb9890eff17b417668'
                        key: {
                            name: 'x_tether_connection'
                            element: 'expiry_warned'
                        }
                    },
                    {
                        table: 'sys_ui_form'
                        id: 'e3a3f4437173450ab89909e63e7affd8'
                        key: {
                            name: 'x_tether_token_event'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e3b42df9734547b1955e24fa3a0c2429'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'type'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e3de9059bef14835b19a4347b0f67f6c'
                        key: {
                            name: 'x_tether_integration'
                            element: 'active'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e488185da1384df287633f2618468fef'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'message'
                            position: '4'
                        }
                    },
                    {
                        table: 'sys_index'
                        id: 'e4c0544674f14d29bf61c12ea2b06bf0'
                        key: {
                            logical_table_name: 'x_tether_transaction'
                            col_name_string: 'integration,direction,state'
                        }
                    },
                    {
                        table: 'sys_ui_section'
                        id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                        key: {
                            name: 'x_tether_transaction'
                            caption: 'Transaction'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                        }
                    },
                    {
                        table: 'sys_user_role'
                        id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                        key: {
                            name: 'x_tether.manager'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e4dc3bd189974877ae36c50e0d29fe2b'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e5403a6a1bc04f2bb8c977ffb6e039a9'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'ua_table_licensing_config'
                        id: 'e5b66be3af824874abe0d233b79a7b0c'
                        key: {
                            name: 'x_tether_connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e5c1ec6cae2342698ba0246b01b602c3'
                        key: {
                            document_key: 'f8c80a6ce26c4722ab7d0bf162d892e0'
                            variable: '989d9e235324220002c6435723dc3484'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e6a97fbd294c49d7bcdcd880e5ee573b'
                        key: {
                            name: 'x_tether_connection'
                            element: 'environment'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e6c33b3181a14676a794390c21a36708'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            value: 'DELETE'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e6f425931fcd442d8103857bd27eeabc'
                        key: {
                            document_key: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                            variable: '52ed1e5b5360220002c6435723dc3421'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e71925604dab4188ac99c0f6932560d5'
                        key: {
                            list_id: {
                                id: 'b4d7974464b04e9f87cb199cb292abe1'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'status_code'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e744d1da4b2a4afda34942be92d50cf6'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'needs_reauth'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e76045b68ed446aca28d402980bbb6b6'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'error_code'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e776bd4e995740c28d489a5c5d76d095'
                        key: {
                            document_key: '32bb06d928e2499987544f3966826f5b'
                            variable: '501c8f535320220002c6435723dc34da'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e85019af244c46fba5d2c6923d9475fc'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e8512d9cab4c4e929d89324ff14b1a32'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'c95c06367a3a4b0b93cbdcceeeacd6e7'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e88861d241804e7b9ed05d4ad4889369'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '81e042650b3222000b7da95e93673aa2'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e89497b424aa4962a4870454c844ab0c'
                        key: {
                            name: 'x_tether_process'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'e8988580d7774ef98de3b3be76f46af1'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'e970e9c38fe94462aee146a97bb6a6da'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'queued'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e978395f893343c18a0e51e6171087cb'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '369fa23751aa4338a9c8fa5af3b0cadd'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e997f8006b80430f983827f5a7570cb9'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'e999cdcecc0a40b6a5220834e6d52569'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e9ab43cbdc3e4252b7bf1efc44a0dc40'
                        key: {
                            document_key: 'e03c876c5cc54998b9d2beff73c67b3b'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'e9fd93c0a33b402395c3614dd7e7d30c'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'NULL'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'e9fdd0e8c61f4b2380a2d045c946cb4e'
                        deleted: true
                        key: {
                            sys_ui_section: {
                                id: '98ecb626704b4d2fb3a7ed84c6cea9e9'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Queue'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '3'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ea1d4b9da8d24ea286c195863f27b68b'
                        key: {
                            name: 'x_tether_connection'
                            element: 'last_refresh_at'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ea86e15e7277431ba4156740ef100878'
                        key: {
                            name: 'x_tether_message'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ea886f49253d47e39240f7f5ff6435e0'
                        key: {
                            list_id: {
                                id: 'd7bd2f78f0cc4d98823980ff58496082'
                                key: {
                                    name: 'x_tether_message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ea92deb02f3947b8b96b3e434f9df077'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'dcc7d1c0f1a147dba641cb5211d69a10'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'eaec5e6e7a804fdfb4db22deeec1d029'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_body'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'eb726adc7bb8436bbe7b224e0d01e2d7'
                        key: {
                            sys_ui_section: {
                                id: '61f63127eb1744daab73447617016e25'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Payload'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'payload'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_choice_set'
                        id: 'ebafd632feb54440b4a9b9300fed1a5a'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eccb4978d2354838a7f7a5897489226a'
                        key: {
                            document_key: '155ed8ae1f5942ccaded6e79a7c817d1'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ed757da471674bf0acbe430d99cbbab4'
                        key: {
                            name: 'x_tether_integration'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ed77a1bff4f04e28ad865924b2271bcf'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.split'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_db_object'
                        id: 'ed795fdce2484ae8856677e33e06715b'
                        key: {
                            name: 'x_tether_transaction'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'edc77961415849319f267370298d5596'
                        key: {
                            sys_ui_section: {
                                id: '646443f00e3e4e83add34665ae660105'
                                key: {
                                    name: 'x_tether_http_request'
                                    caption: 'Headers and bodies (secrets redacted)'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'request_body'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'edf17cecd5e043a381ca3d4aa6163601'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ee025124974c49a4afafbdba5067770d'
                        key: {
                            list_id: {
                                id: 'f619a6bb73474514bfc11cda0164a531'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_integration'
                                }
                            }
                            element: 'token_state'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'eeb2b479850d4c229173c6447895ea40'
                        key: {
                            document_key: 'ca5a2088c58d49d58630ef3ea3b86f1a'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'eece5f7c3cf6433a93ab1b5c4eab510a'
                        key: {
                            name: 'x_tether_integration'
                            element: 'retry_limit'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ef04639684534879bfd00643a8b900f8'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ef8d93423d5641e6ad372d6d5b45d87c'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'integration'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'efab8c3d9763459b803181bd5941b2b4'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'payload'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'efc99a9e5d3945309d562011085f42cf'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'holds_queue'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'efecf24fa2b84a96b600496810f974e0'
                        key: {
                            list_id: {
                                id: 'cede7898740c4891be59b24c94e56b2b'
                                key: {
                                    name: 'x_tether_integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f04cb18fe1dc4ca3ae1d3b2f66b2eec7'
                        key: {
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'direction'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f06f46a0cb8b40548b749200e27a2e48'
                        key: {
                            name: 'x_tether_integration'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f092309abb0742f7a94ef6f5058ee459'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'method'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f0fbc875d38042c7a0b258bd73a856fb'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f1902bba2b4c4062a93cbf3fdbb04586'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            value: 'suspended'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f19cf8fcd48f44f9945535dd0b5b60f3'
                        key: {
                            name: 'x_tether_integration'
                            element: 'heartbeat_minutes'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f1a4561b877d47339da6ecf68fdf3451'
                        key: {
                            name: 'x_tether_message'
                            element: 'name'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f1e4956f415c4fbf91493315329900d8'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_ui_policy_action'
                        id: 'f2049873cb2b4a41a76c9b5620a684c9'
                        key: {
                            ui_policy: {
                                id: 'a5e5373739d64b31bc7ac779f4450aa2'
                                key: {
                                    table: 'x_tether_connection'
                                    short_description: 'Tether: token health is read-only'
                                }
                            }
                            field: 'last_refresh_at'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f211255c095e470c92664cf6d1a0515f'
                        key: {
                            sys_security_acl: '3c2ad9aa26584c7c9be4b143e090e7c0'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f287d64de96d4d289c27e3de8ee562ce'
                        key: {
                            list_id: {
                                id: 'a52697ab0c5042b78e5597959b67e911'
                                key: {
                                    name: 'x_tether_http_request'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f2893a1e95d645d69d4b48df9e42f0e1'
                        key: {
                            document_key: 'e8597b64452e4124a9d897559e142599'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f28f03a5a9e24a0189fb6ed1b7770ea1'
                        key: {
                            sys_ui_section: {
                                id: '93ee56526b7f4520be6b760fbdc6326b'
                                key: {
                                    name: 'x_tether_connection'
                                    caption: 'OAuth token health'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'refresh_issued'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f30d9425be064330a8459ebb600daac9'
                        key: {
                            sys_ui_section: {
                                id: '24deba0bba12408fbc357f68483e726b'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Integration'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'name'
                            position: '1'
                        }
                    },
                    {
                        table: 'sys_number'
                        id: 'f33a7a53739149dc8d56699df226bae7'
                        key: {
                            category: 'x_tether_bond'
                            prefix: 'BON'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f33ed68231584c10b9a899afa8263678'
                        key: {
                            document_key: 'c09e1244382c42a1a916e08aa621ae1a'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f368533eb8024daf9177f79f649619f4'
                        key: {
                            document_key: 'db41e02307a347d0b25defa624b4e820'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f377178d28da4c489f65b70a11a9a87e'
                        key: {
                            sys_security_acl: 'aded57ca509741c2a8b79bfaa4f86a04'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_form_section'
                        id: 'f3ccba302a1a4ba598891f7d0dc4e61b'
                        key: {
                            sys_ui_form: {
                                id: '0f58d21d53c24769bfce2ed3d887812b'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            sys_ui_section: {
                                id: 'e4c1df14d5b54dd99fa4c6ffd12fa1c5'
                                key: {
                                    name: 'x_tether_transaction'
                                    caption: 'Transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f40ee377d4d74f6490b7f465310cd659'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                            value: 'inbound'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f4d80c72ac374fcf8de41fca4ac8807f'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'duration_ms'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f541908c982c46b995015139471900da'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'error'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f5755b39c72343a48875bfb5b3de7505'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'transaction'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5b2199242ac4c6b877ae7a27959e4f4'
                        key: {
                            document_key: '7d194e536a5044de9a67a7c6b3215977'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'f5ee75027cfd49d4afe373c1fc88269c'
                        key: {
                            list_id: {
                                id: '069cc1e258404d51b22c9caf9fafa5b8'
                                key: {
                                    name: 'x_tether_transaction'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'attempts'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f5f2bb055a1c49aab4b6bf86c74cf81b'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f5f8bc737fc34784a7f3fba8adb2f1c2'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'state'
                            value: 'pending'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f619a6bb73474514bfc11cda0164a531'
                        key: {
                            name: 'x_tether_connection'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f668a31fd1084f5aa71f665fe2756e1a'
                        key: {
                            document_key: '32bb06d928e2499987544f3966826f5b'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'f6d5b78d466f4090a41aec2d1b9eb67f'
                        key: {
                            name: 'x_tether_connection'
                            element: 'next_refresh_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f6e050fde8b742269f4f4e27939c6c5d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'last_error'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f6fc93e036ee4467ab76ee6e39020c89'
                        key: {
                            sys_ui_section: {
                                id: '92ee1873636b432da929492569f80721'
                                key: {
                                    name: 'x_tether_message'
                                    caption: 'Message'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'active'
                            position: '7'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f70c5e7e46074607bb91dbd1d84c688d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'basic_password'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'f78a27c450be412f9a81a560d40883a3'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: '.begin_split'
                            position: '0'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'f7bfa41adacc49af936a829da62e7d34'
                        key: {
                            sys_security_acl: 'c4d792bcce46477a8637afc5a5302b82'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_ui_policy'
                        id: 'f7d4f4995d4d49e3b7c5c26227d701c9'
                        key: {
                            table: 'x_tether_connection'
                            short_description: 'Tether: Basic fields only for Basic authentication'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7de30a3ea26430097f5dbeee316a3fe'
                        key: {
                            document_key: '7d194e536a5044de9a67a7c6b3215977'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'f84548fa0f034abd85f109a32f75646b'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f86c4a6cb30c4ed7a173fc9198be53eb'
                        key: {
                            document_key: 'e4cb34d8cc384f088e3e165fa20be94e'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f887d24c954f46d59572b0b4581c3afa'
                        key: {
                            document_key: '1717e20a0de344d483cc2e6165784564'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list'
                        id: 'f89f389de5e34880b75fbbfd7d1e0fa3'
                        key: {
                            name: 'x_tether_http_request'
                            view: {
                                id: 'Default view'
                                key: {
                                    name: 'NULL'
                                }
                            }
                            sys_domain: 'global'
                            element: 'NULL'
                            relationship: 'NULL'
                            parent: 'x_tether_transaction'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f905826541724e35bc0e0bf04d7cb068'
                        key: {
                            document_key: '437e70587a014cbe848a731aa5d0faec'
                            variable: '58408e250b3222000b7da95e93673a5c'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'f9cbd76a617d4ab0bdd749c3b59360bf'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'state'
                            value: 'awaiting_receipt'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fa86c59f71064c369e1e53d128e15f93'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                            value: 'failed'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'fb1e01aeec504c85a03b0da469447d0e'
                        key: {
                            sys_ui_section: {
                                id: '09184f3c929c4249a0536b1cc33a3d73'
                                key: {
                                    name: 'x_tether_integration'
                                    caption: 'Delivery'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'heartbeat_minutes'
                            position: '6'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'fc5ac4a918dd4f9ca8c29117efe343d2'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'NULL'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'fcc339159e034e8a9220558557cdac06'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'refreshing'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_security_acl_role'
                        id: 'fd2730969be148e8869eb88dd2433dff'
                        key: {
                            sys_security_acl: 'bff59c83575a4af8b555f69f564f2ceb'
                            sys_user_role: {
                                id: 'd3c1d60765f441bdae2c2611c184e6a6'
                                key: {
                                    name: 'x_tether.admin'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fdff659ba149418897d51ce918babc42'
                        key: {
                            document_key: '0aad4c79458b462eb9864181e008b4ba'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'fe5df16436e44fb18c4dc6a6bd45a46a'
                        key: {
                            list_id: {
                                id: '5db675806df242c6b6b3c4da3b385eac'
                                key: {
                                    name: 'x_tether_connection'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'access_expires'
                        }
                    },
                    {
                        table: 'sys_ui_action_role'
                        id: 'fe68343ec50f4e9e936ac74b21bf9c42'
                        key: {
                            sys_ui_action: 'abe927f34d0c4b83962162fbb115e469'
                            sys_user_role: {
                                id: 'e4d0e17a9ecc4bf887ba2b1d3c08d2c6'
                                key: {
                                    name: 'x_tether.manager'
                                }
                            }
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fed1c6ea298048e88cbe0cc06a1517cc'
                        key: {
                            document_key: '64c052d98afe45f1ac08a3120c45e313'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'feea0b2c834947fabd0820c5d87fdb0a'
                        key: {
                            name: 'x_tether_integration'
                            element: 'partner'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'feeb5350ff534c7c97fe30859d269b41'
                        key: {
                            name: 'x_tether_connection'
                            element: 'basic_user'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ff070bf48f0c40379c7054b714688884'
                        key: {
                            document_key: 'a1945399ad01430ab2bad3846d7d4623'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ff1789c83db54ee0837dea4b1af38def'
                        key: {
                            name: 'x_tether_process'
                            element: 'active'
                        }
                    },
                    {
                        table: 'sys_documentation'
                        id: 'ff19e214d46f4654a80b65f9616c4aba'
                        key: {
                            name: 'x_tether_connection'
                            element: 'basic_password'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_element'
                        id: 'ff6231ac07be4d969ce2170403bcea76'
                        key: {
                            sys_ui_section: {
                                id: '43b12d92fd1040b0945d52d6b641e550'
                                key: {
                                    name: 'x_tether_process'
                                    caption: 'Process'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                }
                            }
                            element: 'api_name'
                            position: '2'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff7a378c324f4688b8fadef76ce63558'
                        key: {
                            list_id: {
                                id: '276a7deb05744376bfccf2eeaa8b9d9e'
                                key: {
                                    name: 'x_tether_token_event'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'x_tether_connection'
                                }
                            }
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_ui_list_element'
                        id: 'ff8021c3eff04c7bad75e41d69f896d1'
                        key: {
                            list_id: {
                                id: '2c137d20c6a942a8a47aaff76754b4e9'
                                key: {
                                    name: 'x_tether_bond'
                                    view: {
                                        id: 'Default view'
                                        key: {
                                            name: 'NULL'
                                        }
                                    }
                                    sys_domain: 'global'
                                    element: 'NULL'
                                    relationship: 'NULL'
                                    parent: 'NULL'
                                }
                            }
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_choice'
                        id: 'ffb0229c5b1b452780c3116483e293d1'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            value: 'valid'
                            language: 'en'
                            dependent_value: 'NULL'
                        }
                    },
                    {
                        table: 'sys_dictionary'
                        id: 'ffdf725b5c944aacbb68a72cb4ac1828'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'transaction'
                        }
                    },
                ]
            }
        }
    }
}
