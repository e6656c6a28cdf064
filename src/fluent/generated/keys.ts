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
                    'atf-connection-acls': {
                        table: 'sys_atf_test'
                        id: 'd239a87b19da41fc90b5ccf40fec740c'
                    }
                    'atf-connection-acls-admin': {
                        table: 'sys_atf_step'
                        id: '2cc1188037cd4a0398dedcefea36a3d4'
                    }
                    'atf-connection-acls-admin-insert': {
                        table: 'sys_atf_step'
                        id: '90cecb2f75cc48c38b7d7aa029d58cc1'
                    }
                    'atf-connection-acls-connection': {
                        table: 'sys_atf_step'
                        id: '6dc5e724e71148afa61718f727b49d9a'
                    }
                    'atf-connection-acls-integration': {
                        table: 'sys_atf_step'
                        id: '245385f11f10493fb91a8573809d19a8'
                    }
                    'atf-connection-acls-manager': {
                        table: 'sys_atf_step'
                        id: 'd2e4515ec6844ece80ba10623322ad03'
                    }
                    'atf-connection-acls-manager-update': {
                        table: 'sys_atf_step'
                        id: 'cc8fe437fade49c882cbbd808a4e3a5f'
                    }
                    'atf-connection-acls-process': {
                        table: 'sys_atf_step'
                        id: 'd1cf49b715ad4c4e91ca9c34ae90b84a'
                    }
                    'atf-connection-acls-user': {
                        table: 'sys_atf_step'
                        id: 'b3897d8b988648abaa9e4d8690650ed8'
                    }
                    'atf-connection-acls-user-insert': {
                        table: 'sys_atf_step'
                        id: 'eb7440fe349743639d12be665fce0366'
                    }
                    'atf-connection-acls-user-update': {
                        table: 'sys_atf_step'
                        id: 'a4b0bdd73ed04637bbf21738196be3c1'
                    }
                    'atf-inbound-api': {
                        table: 'sys_atf_test'
                        id: '795c894dfc514bfda1772083facef1fa'
                    }
                    'atf-inbound-api-create-integration-user': {
                        table: 'sys_atf_step'
                        id: '58ef8e32b5b5400da2005b11970a9f5c'
                    }
                    'atf-inbound-api-create-no-role-user': {
                        table: 'sys_atf_step'
                        id: '5d17948bdc314466b0694b9b4fbd70a1'
                    }
                    'atf-inbound-api-integration-user': {
                        table: 'sys_atf_step'
                        id: 'f58503fd79904e10acba623c4684ecb0'
                    }
                    'atf-inbound-api-no-role-user': {
                        table: 'sys_atf_step'
                        id: '861e1eecaedd44799eedc766fa21396b'
                    }
                    'atf-inbound-api-ping-integration': {
                        table: 'sys_atf_step'
                        id: 'ab892545ca484bfc9adbf773122abc3b'
                    }
                    'atf-inbound-api-ping-integration-200': {
                        table: 'sys_atf_step'
                        id: '7b145219c79f4ae8b1986b409a047003'
                    }
                    'atf-inbound-api-ping-integration-body': {
                        table: 'sys_atf_step'
                        id: 'afb92a41c03245328f25fbc4ef8aafb6'
                    }
                    'atf-inbound-api-ping-no-role': {
                        table: 'sys_atf_step'
                        id: '82639c96299a45169639ef231503bc4d'
                    }
                    'atf-inbound-api-ping-no-role-403': {
                        table: 'sys_atf_step'
                        id: '5e220d7bdb194558ba7a30bb6c41832f'
                    }
                    'atf-one-active-connection': {
                        table: 'sys_atf_test'
                        id: 'e02aca101e3244c6aaf6069f9f423c2c'
                    }
                    'atf-one-active-first': {
                        table: 'sys_atf_step'
                        id: '55498d8b90ed4798baacbc4e7a87f105'
                    }
                    'atf-one-active-first-again': {
                        table: 'sys_atf_step'
                        id: '752ed1b7eefa497eace67c3f68029077'
                    }
                    'atf-one-active-first-off': {
                        table: 'sys_atf_step'
                        id: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                    }
                    'atf-one-active-first-off-again': {
                        table: 'sys_atf_step'
                        id: 'f995547815954d1a8146d1c2904ecc96'
                    }
                    'atf-one-active-first-on': {
                        table: 'sys_atf_step'
                        id: 'e4a79b1613ba412fa432a76608563430'
                    }
                    'atf-one-active-integration': {
                        table: 'sys_atf_step'
                        id: '95aec205d1cf4d66afa7d16bc81fbeee'
                    }
                    'atf-one-active-integration-off': {
                        table: 'sys_atf_step'
                        id: '5eb7161dd43f458897446f0568377277'
                    }
                    'atf-one-active-integration-on': {
                        table: 'sys_atf_step'
                        id: 'b02137d81dee4b7fa2b96cb16cfde263'
                    }
                    'atf-one-active-process': {
                        table: 'sys_atf_step'
                        id: '493e7531d558463cac3d9a873e6aa3c8'
                    }
                    'atf-one-active-second': {
                        table: 'sys_atf_step'
                        id: '4fc651b71dc341158ec77eea000ecad6'
                    }
                    'atf-one-active-second-off': {
                        table: 'sys_atf_step'
                        id: 'fdabdddde7564ba79a6cee7ba5e91880'
                    }
                    'atf-one-active-second-on': {
                        table: 'sys_atf_step'
                        id: 'f889dd27f4e74ec79f887174e533eda4'
                    }
                    'atf-token-health': {
                        table: 'sys_atf_test'
                        id: 'e38c812c22dc42f4bf9d81f3d0e84b89'
                    }
                    'atf-token-health-script': {
                        table: 'sys_atf_step'
                        id: 'f6f4255cf50745de8704df998734aa69'
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
                    'job-heartbeats': {
                        table: 'sysauto_script'
                        id: '6498e7ca46ff4fed9dfe4020acd57b35'
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
                    'module-transactions': {
                        table: 'sys_app_module'
                        id: '72d4e542512b4167ad5f762e7d1695dc'
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
                    'src_server_security_read-role_ts': {
                        table: 'sys_module'
                        id: '170cc0e268664575a3ac574771af6273'
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
                        table: 'sys_variable_value'
                        id: '00759ec53cd948078cc8ebca036d253e'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_dictionary'
                        id: '01aaf90432634a3394462dc82bc30953'
                        key: {
                            name: 'x_tether_connection'
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '01f46c2ffeef4373a4ad5a078bb691d7'
                        key: {
                            document_key: '55498d8b90ed4798baacbc4e7a87f105'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: '0305efb074d44fdfb4994b85d6600205'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '030e29b77c334971882887a77617ad7e'
                        key: {
                            document_key: 'f995547815954d1a8146d1c2904ecc96'
                            variable: '334b7bb7675003007ba405225685ef72'
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
                        table: 'sys_variable_value'
                        id: '05aed28e49d9452aa144e969489e82ce'
                        key: {
                            document_key: 'eb7440fe349743639d12be665fce0366'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: '086235f618774a48a5702c66377dfe66'
                        key: {
                            document_key: 'e4a79b1613ba412fa432a76608563430'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_documentation'
                        id: '09d5d8a7a5344ba8949b74430c0dec55'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'number'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '0b80492b9fd249e194beac3c8551c4e1'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        id: '0c9e4d512cab422bb47c58aa3e4792d7'
                        key: {
                            document_key: 'a4b0bdd73ed04637bbf21738196be3c1'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '0d4b7a2211084089857535f8beadedd0'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
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
                        table: 'sys_dictionary'
                        id: '13a9667554e74560868ef0bdcc9fd7e7'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'connection'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '14e30ae5e451409093b4539df6279ba1'
                        key: {
                            document_key: '6dc5e724e71148afa61718f727b49d9a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '15cb49657b59465e9e23393d2b55ceae'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_documentation'
                        id: '1917c9fb8de045dd914fce367fc8ae89'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'message'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '1a82c600743341ad9259a5ec6dd05727'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'e4a79b1613ba412fa432a76608563430'
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
                        table: 'sys_variable_value'
                        id: '1e91f5513e154533ad5f3a1c2031d86b'
                        key: {
                            document_key: 'f889dd27f4e74ec79f887174e533eda4'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '1f6f4d2f82cd4c01a3e0ce8f1fe97336'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '21d06a3746354e31b8c39135cf102928'
                        key: {
                            document_key: '5e220d7bdb194558ba7a30bb6c41832f'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '21edad44445c4235997a8a09dfc819b6'
                        key: {
                            document_key: '752ed1b7eefa497eace67c3f68029077'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        table: 'sys_documentation'
                        id: '230b946729414b3db9c501b17a10b8bb'
                        key: {
                            name: 'x_tether_message'
                            element: 'path'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '24313d44a51c486a87d0eebe82de7f18'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '245cad4bf9d7415c80f3a17cc92640b2'
                        key: {
                            document_key: 'fdabdddde7564ba79a6cee7ba5e91880'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_variable_value'
                        id: '25719d6b4faf45f8be1afa0415469060'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_variable_value'
                        id: '25d076bb6b4b45da8368d01c5d4f6b17'
                        key: {
                            document_key: '90cecb2f75cc48c38b7d7aa029d58cc1'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '2661e544efc44f7dbffed91ceb4cd887'
                        key: {
                            document_key: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_variable_value'
                        id: '2704b9b343fb4001a39c9c6a0f112d33'
                        key: {
                            document_key: '245385f11f10493fb91a8573809d19a8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '2934a0c5790f4ff98f812010aa08363d'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '29a0db47de594d42aca4618244760050'
                        key: {
                            document_key: '95aec205d1cf4d66afa7d16bc81fbeee'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_variable_value'
                        id: '2a915cb39714459d8b3c4c60f91a0b89'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_variable_value'
                        id: '2bb512ce97304e44b4aea45dd2eb84aa'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: '2e213c057f7f4266b7c6be9fe35631e3'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: '3163f1401e4b439aa4f82d35684e47c5'
                        key: {
                            document_key: '493e7531d558463cac3d9a873e6aa3c8'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '3347c0f8c3d547ce9557ce4fcf499993'
                        key: {
                            document_key: 'f6f4255cf50745de8704df998734aa69'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        id: '341c2b73287c46fca32c765c3d31eda1'
                        key: {
                            document_key: '55498d8b90ed4798baacbc4e7a87f105'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '345fdc4d1fd64d7b8edda73d0d50207f'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3499446d248a4fdaa2b24ef27c1210d1'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '35555c5557aa4e2cbf0feae7449bb75d'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3587b3b4805d4d4394abe246f1e734a4'
                        key: {
                            document_key: '493e7531d558463cac3d9a873e6aa3c8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        id: '37d6290254ae4298a17dd1d1332a4cc8'
                        key: {
                            document_key: 'f889dd27f4e74ec79f887174e533eda4'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '37e3317d42b740879cfd511a961b7693'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '90cecb2f75cc48c38b7d7aa029d58cc1'
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
                        table: 'sys_element_mapping'
                        id: '38c2e9776a844b1b9a6ed96b11d41a08'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '95aec205d1cf4d66afa7d16bc81fbeee'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '38d79496bcf743ad8cebe29824a046c7'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3992a0d5d616483aa90d896c9d652f1c'
                        key: {
                            document_key: 'd1cf49b715ad4c4e91ca9c34ae90b84a'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3a1067e11e79440096af4985bd405fe8'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        id: '3c18ebbdd7c7447b9abc71539e79c129'
                        key: {
                            document_key: '7b145219c79f4ae8b1986b409a047003'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        id: '3c796dbb81074a0da4eeb8de7a865535'
                        key: {
                            document_key: '4fc651b71dc341158ec77eea000ecad6'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_variable_value'
                        id: '3e2f2b9e79e34e049b5c325800e748fd'
                        key: {
                            document_key: '493e7531d558463cac3d9a873e6aa3c8'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e4679e356464f7e93552f7e773e486e'
                        key: {
                            document_key: 'f995547815954d1a8146d1c2904ecc96'
                            variable: '46dbcb535320220002c6435723dc3409'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '3e67bc246e1c42f08d1d9cb64b577dd9'
                        key: {
                            document_key: 'b02137d81dee4b7fa2b96cb16cfde263'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_documentation'
                        id: '3fb6dff9e871411897ddcec79775d093'
                        key: {
                            name: 'x_tether_integration'
                            element: 'status'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: '4187257e289040ceb958f4901d448892'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_variable_value'
                        id: '42f701fe598841d694bc94050b8c6fbf'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '020a6af09fd32200ef4afa7dc67fcfec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '442deb10ee5c4775990a1159abdc84ce'
                        key: {
                            document_key: '5eb7161dd43f458897446f0568377277'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: '473d8bc4f4514ccb9f5ff2096733eed3'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_variable_value'
                        id: '47f31e5a15a34c87b3d9f7d924942014'
                        key: {
                            document_key: 'd1cf49b715ad4c4e91ca9c34ae90b84a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        id: '484d3cd16d2f4bbbad770d048c4e5bc2'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: '1778a7480f20101091d0f00c97767e03'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '485c7a564721413b809a12d8f4988935'
                        key: {
                            document_key: 'e4a79b1613ba412fa432a76608563430'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '48defb28f3ed4cac9bca749667994c2b'
                        key: {
                            document_key: 'b02137d81dee4b7fa2b96cb16cfde263'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_documentation'
                        id: '49b49cf20c7e4edebabfb357e8c3bc8a'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_owner'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: '4e7347962c8c416c990773c7bc62d728'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e938f4a8f23459bad71c302441e30e0'
                        key: {
                            document_key: '752ed1b7eefa497eace67c3f68029077'
                            variable: 'bc4c43935320220002c6435723dc34a2'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '4e99914a093440949d5fc8a18720c2e0'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        table: 'sys_dictionary'
                        id: '501a52700fa44f36b98d423b2e1c7c8c'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'refresh_expires'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '50e3b7437fab450f8debc572c266a468'
                        key: {
                            document_key: 'eb7440fe349743639d12be665fce0366'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_dictionary'
                        id: '51f413785f864780b472d81bad635799'
                        key: {
                            name: 'x_tether_bond'
                            element: 'external_reference'
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
                        id: '54786d428b9f4bbcbcbd26b43793c991'
                        key: {
                            document_key: 'fdabdddde7564ba79a6cee7ba5e91880'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: '55fb9931c0f644aeaaa739752e9c9417'
                        key: {
                            document_key: 'cc8fe437fade49c882cbbd808a4e3a5f'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        table: 'sys_element_mapping'
                        id: '57f6dfee91ec4d7a8e8b348ec8fab292'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '6dc5e724e71148afa61718f727b49d9a'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '58cdd52bd1db438d8a098f1bd3a7ef1a'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
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
                        table: 'sys_variable_value'
                        id: '5ab53e1b238c4ee987d8993d3e10a7a6'
                        key: {
                            document_key: 'b02137d81dee4b7fa2b96cb16cfde263'
                            variable: '67400008676003007ba405225685efa4'
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
                        id: '5b2bc7d451de4fc2ac6664e683e1c68d'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '6cdd0ab543010210b6f9a0246bb8f2f2'
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
                        table: 'sys_variable_value'
                        id: '5bfc4c3241d94f52b1ce75eeb200dbf1'
                        key: {
                            document_key: '5e220d7bdb194558ba7a30bb6c41832f'
                            variable: '9f5f67709f132200ef4afa7dc67fcf94'
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
                        table: 'sys_dictionary'
                        id: '5dd537d7953347cbb22256c688c77e6e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'consecutive_failures'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '5e4098519b16495e9c74fd509283babe'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_dictionary'
                        id: '5fdb98309e414f999a7d51c24f56bb6e'
                        key: {
                            name: 'x_tether_connection'
                            element: 'inbound_user'
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
                        table: 'sys_variable_value'
                        id: '62dc70cc930346a78eb5e5a401d0f920'
                        key: {
                            document_key: '4fc651b71dc341158ec77eea000ecad6'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: '633af81b3cee4097b12d076576196b2e'
                        key: {
                            document_key: 'fdabdddde7564ba79a6cee7ba5e91880'
                            variable: 'cbddfa135320220002c6435723dc3415'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6360d57aff65466cb3a75481cc4a9eea'
                        key: {
                            document_key: 'fdabdddde7564ba79a6cee7ba5e91880'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_dictionary'
                        id: '64d51e06ac0547419cbbd6165ff320ad'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'bond'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '654abf5bb16a4a6b838480c2e38c3c5e'
                        key: {
                            document_key: '95aec205d1cf4d66afa7d16bc81fbeee'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_dictionary'
                        id: '66cab33101c04c69af031e574adf0748'
                        key: {
                            name: 'x_tether_connection'
                            element: 'active'
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
                        table: 'sys_dictionary'
                        id: '684305be97b64c838a64eec9dc2db5ee'
                        key: {
                            name: 'x_tether_message'
                            element: 'name'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '68586e278ac34b83a6734744b79d2fd4'
                        key: {
                            document_key: '752ed1b7eefa497eace67c3f68029077'
                            variable: '334b7bb7675003007ba405225685ef72'
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
                        table: 'ua_table_licensing_config'
                        id: '693fa8f86a08467998976f5d159aaeb1'
                        key: {
                            name: 'x_tether_message'
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
                        table: 'sys_variable_value'
                        id: '6c12bc2072814981a440673ac51e464f'
                        key: {
                            document_key: '245385f11f10493fb91a8573809d19a8'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '6c250580cc9f400c97d50d2849792b1a'
                        key: {
                            document_key: 'd1cf49b715ad4c4e91ca9c34ae90b84a'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '6c4237ee0e944b19845f9343623e61e4'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '55498d8b90ed4798baacbc4e7a87f105'
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
                        table: 'sys_dictionary'
                        id: '6d7871262c42414caad8c4ada05c8e1a'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'error_code'
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
                        table: 'sys_dictionary'
                        id: '6ef06193cceb47718738f7bb6587ef2a'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'access_expires'
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
                        table: 'sys_dictionary'
                        id: '70712e289b034783be7ae0623d0a0c96'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'connection'
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
                        table: 'sys_dictionary'
                        id: '724831a799de4488865c7bec948e89ba'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'number'
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
                        table: 'sys_dictionary'
                        id: '75ab9a2ed0134350ad3f43c3297c463e'
                        key: {
                            name: 'x_tether_integration'
                            element: 'process'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '75d13989bf114f65a65042620c31fdae'
                        key: {
                            document_key: '90cecb2f75cc48c38b7d7aa029d58cc1'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7697194ba1ab48b294ee5b687e215f81'
                        key: {
                            document_key: '90cecb2f75cc48c38b7d7aa029d58cc1'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_documentation'
                        id: '774f6b4f01674a8f96e26e6061612943'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'grant_type'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_ui_page'
                        id: '778283cab74b4188a68e17c9ebae9e86'
                        key: {
                            endpoint: 'x_tether_connection_health.do'
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
                        table: 'sys_variable_value'
                        id: '780521f9e8094907a6b980c1cc15429e'
                        key: {
                            document_key: 'f889dd27f4e74ec79f887174e533eda4'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_dictionary'
                        id: '7ae3f6952b3c406999d991ac1724586d'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'event'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7af2ff2e49764059858b58fe8870c3c8'
                        key: {
                            document_key: 'f58503fd79904e10acba623c4684ecb0'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_variable_value'
                        id: '7b7f74192e77426385687045939f6357'
                        key: {
                            document_key: '95aec205d1cf4d66afa7d16bc81fbeee'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '7ca48d3b207d422285f3a1b6fd804e55'
                        key: {
                            document_key: '5eb7161dd43f458897446f0568377277'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7cc3bb1b9e17456bb5f1ac4eca24e7ca'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '50bff9250b3222000b7da95e93673a9b'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '7d11dabcad4f4c4ea1ceb153158f395c'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                        table: 'sys_dictionary'
                        id: '7e6e000fed834592b6f2ad2ef182dbb4'
                        key: {
                            name: 'x_tether_process'
                            element: 'target_table'
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
                        table: 'sys_variable_value'
                        id: '7ffd877daa284a338fd9a9e16a73111f'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '59877da10b3222000b7da95e93673a56'
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
                        table: 'sys_dictionary'
                        id: '83156bdba38d4528aee61727cf8547e7'
                        key: {
                            name: 'x_tether_token_event'
                            element: 'detail'
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
                        id: '8483fc9f63e349f6826496cd4d9679a4'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '852c921cb96747fa960572d70cc95652'
                        key: {
                            document_key: '90cecb2f75cc48c38b7d7aa029d58cc1'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: '85efebfeae234d3b8ed01bbe14968424'
                        key: {
                            document_key: 'b3897d8b988648abaa9e4d8690650ed8'
                            variable: 'b27b2b29ff6033008d3f5d9ad53bf164'
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
                        table: 'sys_variable_value'
                        id: '8703690bbc0f4567b9194c3153bcfeea'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_dictionary'
                        id: '88b61f3a7857410eb386bb834ec371de'
                        key: {
                            name: 'x_tether_integration'
                            element: 'backoff'
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
                        table: 'sys_element_mapping'
                        id: '89ff14fa5bff4373874cbff77203ed48'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'fdabdddde7564ba79a6cee7ba5e91880'
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
                        table: 'sys_variable_value'
                        id: '8d62db1e434541819796206f0968d054'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
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
                        table: 'sys_documentation'
                        id: '8f7a20216c3848d39277d0562bfe3af4'
                        key: {
                            name: 'x_tether_connection'
                            element: 'access_fingerprint'
                            language: 'en'
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
                        table: 'sys_dictionary'
                        id: '91af211b2ec24c31bbfc8dc89e0c1f20'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_until'
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
                        table: 'sys_variable_value'
                        id: '92a8e6cfc45c42b09574f07bcd072796'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_documentation'
                        id: '93b10af48da94e8c8dc135560a69030c'
                        key: {
                            name: 'x_tether_connection'
                            element: 'consecutive_failures'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93f3d5d1c5144987965675b1f108f18b'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '93fc76b986d84fbcac866df13a488b13'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9403ebd614e048df8be8c1544be614dd'
                        key: {
                            document_key: 'e4a79b1613ba412fa432a76608563430'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '949fd2a3efbb4d3ea73ca6fb9a5f0a8a'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        id: '96fb89acd79044c7894251992e78d765'
                        key: {
                            document_key: 'cc8fe437fade49c882cbbd808a4e3a5f'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        table: 'sys_variable_value'
                        id: '977ac470a1c24b3eae92144f87977da6'
                        key: {
                            document_key: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                            variable: '67400008676003007ba405225685efa4'
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
                        table: 'sys_variable_value'
                        id: '9a0b68dd61e2426083b4192b61645aaf'
                        key: {
                            document_key: '861e1eecaedd44799eedc766fa21396b'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_element_mapping'
                        id: '9c1bcb29152149f6802c9f57320c1104'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'b02137d81dee4b7fa2b96cb16cfde263'
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
                        table: 'sys_dictionary'
                        id: '9c834dcbd0474452856abc6b4c232d4b'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_body'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9ca2caf43b334fe5ac86e7974d61069f'
                        key: {
                            document_key: 'e4a79b1613ba412fa432a76608563430'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: '9cc21228d5324fbd80c2aafff5fdd053'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'f995547815954d1a8146d1c2904ecc96'
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
                        id: '9d7d94186d7942e3b34d0785135c8936'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '59877da10b3222000b7da95e93673a56'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9de261327aa24e25976597e153470f8d'
                        key: {
                            document_key: '7b145219c79f4ae8b1986b409a047003'
                            variable: '1d94cb1f3b8032000774229c93efc419'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f298a4769d3436fb3acaa0fc70e5838'
                        key: {
                            document_key: '5eb7161dd43f458897446f0568377277'
                            variable: '6aad5a575360220002c6435723dc34b0'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: '9f6833cbf1204bf28db5bed92ccee5c9'
                        key: {
                            document_key: 'fdabdddde7564ba79a6cee7ba5e91880'
                            variable: '67400008676003007ba405225685efa4'
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
                        table: 'sys_documentation'
                        id: 'a02a4e388a9042698082d0698657f3de'
                        key: {
                            name: 'x_tether_connection'
                            element: 'lease_until'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a2653ef6c0394ff0a15627e3ea6b7089'
                        key: {
                            document_key: '245385f11f10493fb91a8573809d19a8'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_variable_value'
                        id: 'a332b766286c4d7d9fe3c6923b461718'
                        key: {
                            document_key: '6dc5e724e71148afa61718f727b49d9a'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a390513020474d7d8e06138234d698a9'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'a398c9359a5a44878fed95d30d0e8a42'
                        key: {
                            document_key: 'a4b0bdd73ed04637bbf21738196be3c1'
                            variable: '334b7bb7675003007ba405225685ef72'
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
                        table: 'sys_documentation'
                        id: 'a605d94eb9fb4a13bb793dc66ac049d8'
                        key: {
                            name: 'x_tether_process'
                            element: 'NULL'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'a702944be03f4eb4a337c1e6cb8b42fa'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '245385f11f10493fb91a8573809d19a8'
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
                        id: 'aade93b61e5b4036b51cfe3a2127d929'
                        key: {
                            document_key: 'afb92a41c03245328f25fbc4ef8aafb6'
                            variable: 'f0eec4d59f132200ef4afa7dc67fcf6d'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ab114aca48df4ec8930a254128443d4b'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: 'cec002650b3222000b7da95e93673aae'
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
                        id: 'ab615963e2424495aff55d866015ead3'
                        key: {
                            document_key: '4fc651b71dc341158ec77eea000ecad6'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_choice_set'
                        id: 'afa173c176614842a0b217c0509d3fd5'
                        key: {
                            name: 'x_tether_message'
                            element: 'direction'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'afdb442799d246778f1acc7504ff1652'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: 'ab892545ca484bfc9adbf773122abc3b'
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
                        table: 'sys_documentation'
                        id: 'b077cb80643340f9bccf5979e4cdb395'
                        key: {
                            name: 'x_tether_bond'
                            element: 'state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b0aa3410d8454fa4a2ee41599e1c314b'
                        key: {
                            document_key: '752ed1b7eefa497eace67c3f68029077'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        table: 'sys_variable_value'
                        id: 'b314046c898b4037935f12e19ed3a83f'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '58408e250b3222000b7da95e93673a5c'
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
                        table: 'sys_element_mapping'
                        id: 'b344bd40a97e421caee1334b99f099f3'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: 'eb7440fe349743639d12be665fce0366'
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
                        table: 'sys_documentation'
                        id: 'b5ba5554973c44788707345d40a303d8'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'next_attempt_at'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'b6ba3ff91d3442ae8476281c0bac5fa6'
                        key: {
                            document_key: 'f995547815954d1a8146d1c2904ecc96'
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
                        table: 'sys_documentation'
                        id: 'bd07208129f04684b30d8ccb70eb90b7'
                        key: {
                            name: 'x_tether_connection'
                            element: 'integration'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'be4df356bb1b46dea297f7bbb5f3e2ce'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '81e042650b3222000b7da95e93673aa2'
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
                        table: 'sys_variable_value'
                        id: 'be975a1587c14f7bbe7a8d3196acbd2a'
                        key: {
                            document_key: 'a4b0bdd73ed04637bbf21738196be3c1'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        table: 'sys_variable_value'
                        id: 'bf47d8c9f54040a492a1cdff5ab378cf'
                        key: {
                            document_key: '493e7531d558463cac3d9a873e6aa3c8'
                            variable: 'e6e3c7535320220002c6435723dc3496'
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
                        table: 'sys_documentation'
                        id: 'c03d6f186ee14543bba71227f34909be'
                        key: {
                            name: 'x_tether_bond'
                            element: 'document'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'c0c5d330a74a4d61bebdc29bc925bd68'
                        key: {
                            document_key: '752ed1b7eefa497eace67c3f68029077'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c11f64dd8f80431aa0837761bbb04282'
                        key: {
                            document_key: '5eb7161dd43f458897446f0568377277'
                            variable: '67400008676003007ba405225685efa4'
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
                        table: 'sys_variable_value'
                        id: 'c40f819b30da410fa8995a5351c548be'
                        key: {
                            document_key: '5eb7161dd43f458897446f0568377277'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: 'c4cddad38bd143baa4e69831eefbd95f'
                        key: {
                            document_key: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_dictionary'
                        id: 'c693a48c4861459b9e220c6a2aa070c1'
                        key: {
                            name: 'x_tether_bond'
                            element: 'number'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'c7ed5536e61f4bc69544ac9ba490ca2a'
                        key: {
                            document_key: 'd2e4515ec6844ece80ba10623322ad03'
                            variable: '8c07aba5ff6033008d3f5d9ad53bf13b'
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
                        table: 'sys_element_mapping'
                        id: 'c8d2f833bff14023ad34d2a957ec3355'
                        key: {
                            field: 'field_values'
                            table: 'var__m_atf_input_variable_14872288df60220062fe6c7a4df26319'
                            id: '4fc651b71dc341158ec77eea000ecad6'
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
                        table: 'sys_documentation'
                        id: 'ca9acc0ac1ad46a883aa486d11274c3d'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'external_message_id'
                            language: 'en'
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
                        table: 'sys_variable_value'
                        id: 'ccdef87922884fd099b216643f734d5d'
                        key: {
                            document_key: 'd1cf49b715ad4c4e91ca9c34ae90b84a'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_documentation'
                        id: 'cfaa7afd91f74f538360c476ae56f462'
                        key: {
                            name: 'x_tether_connection'
                            element: 'token_state'
                            language: 'en'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd05bca6de3ce4b60ad609fdfc3bf5ab7'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: 'ff06ab840f20101091d0f00c97767e6d'
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
                        table: 'sys_dictionary'
                        id: 'd198c3048e194b26a98900535b222352'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'request_body'
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
                        table: 'sys_variable_value'
                        id: 'd37dd0b815be46a089bdd0fa5c33f892'
                        key: {
                            document_key: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                            variable: 'cbddfa135320220002c6435723dc3415'
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
                        table: 'sys_variable_value'
                        id: 'd3df1752727c489fbd33159a1043d11d'
                        key: {
                            document_key: '58ef8e32b5b5400da2005b11970a9f5c'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: 'd71202adf60f4f73ac11baad8bbd6a5a'
                        key: {
                            document_key: 'cc8fe437fade49c882cbbd808a4e3a5f'
                            variable: '53fb0f535320220002c6435723dc34ec'
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
                        table: 'sys_variable_value'
                        id: 'd7a46e0330014a808009b7403db4f1a1'
                        key: {
                            document_key: 'ab892545ca484bfc9adbf773122abc3b'
                            variable: '50bff9250b3222000b7da95e93673a9b'
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
                        table: 'sys_variable_value'
                        id: 'd9382c44b6e649278e50f2fb9b3c56ae'
                        key: {
                            document_key: 'eb7440fe349743639d12be665fce0366'
                            variable: '9024a37f671003007ba405225685efe5'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'd9e2ba02c9ae48f5a0f393bf2cd9c75e'
                        key: {
                            document_key: '4fc651b71dc341158ec77eea000ecad6'
                            variable: 'dd54cf535320220002c6435723dc34fd'
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
                        table: 'sys_variable_value'
                        id: 'da83bd850c4743eb8c7cceb048f0ca58'
                        key: {
                            document_key: 'f889dd27f4e74ec79f887174e533eda4'
                            variable: 'ff6e125353a0220002c6435723dc3442'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'daf4b01523744b3a9025b4d8e9363b9b'
                        key: {
                            document_key: '245385f11f10493fb91a8573809d19a8'
                            variable: '90144b535320220002c6435723dc3488'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'db46ee2d614740fea6567c6258b03e2d'
                        key: {
                            document_key: '861e1eecaedd44799eedc766fa21396b'
                            variable: '989d9e235324220002c6435723dc3484'
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
                        table: 'sys_dictionary'
                        id: 'dc1afe65cb0d449a8b4f1b398a2974c9'
                        key: {
                            name: 'x_tether_process'
                            element: 'description'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'dc2edfbee5c14abd9b15d71e864b47c2'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        table: 'sys_variable_value'
                        id: 'dddf770b9b7348aaa5867e5be86a3fdb'
                        key: {
                            document_key: 'fd4afd6fbf824c18938cb8db9cca0dfb'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: 'de62a578ee1d47f2884b439aa57efd8f'
                        key: {
                            document_key: 'f995547815954d1a8146d1c2904ecc96'
                            variable: '53fb0f535320220002c6435723dc34ec'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'df71787a300d49f79e4e8ee099df2f05'
                        key: {
                            document_key: 'e4a79b1613ba412fa432a76608563430'
                            variable: '67400008676003007ba405225685efa4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e03a960d33034a6fbd0dc917e9bbc89b'
                        key: {
                            document_key: '55498d8b90ed4798baacbc4e7a87f105'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_documentation'
                        id: 'e3de9059bef14835b19a4347b0f67f6c'
                        key: {
                            name: 'x_tether_integration'
                            element: 'active'
                            language: 'en'
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
                        table: 'sys_element_mapping'
                        id: 'e4c39b64cfd34cdda43d61921ab97860'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'cc8fe437fade49c882cbbd808a4e3a5f'
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
                        table: 'sys_dictionary'
                        id: 'e5403a6a1bc04f2bb8c977ffb6e039a9'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'payload'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'e561f720f3ac42cf859d8a50e4fba34e'
                        key: {
                            field: 'basic_auth'
                            table: 'var__m_atf_input_variable_e00571a10b3222000b7da95e93673a8f'
                            id: '82639c96299a45169639ef231503bc4d'
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
                        id: 'e7d9b080949045f2ae51447fafcad2d2'
                        key: {
                            document_key: 'cc8fe437fade49c882cbbd808a4e3a5f'
                            variable: '46dbcb535320220002c6435723dc3409'
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
                        table: 'sys_variable_value'
                        id: 'e875a5d0e7d941f7b697124d744964fc'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: '1985e0ceff2433008d3f5d9ad53bf1ba'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'e893a66192bd404bbfe1cadffa21dbc9'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: '6f69fc4aff6433008d3f5d9ad53bf18c'
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
                        table: 'sys_element_mapping'
                        id: 'e908b85482884d29a124d47ff8bf67d2'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: 'a4b0bdd73ed04637bbf21738196be3c1'
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
                        table: 'sys_variable_value'
                        id: 'e9eeceeec18d4142b55f5f74cb1c6202'
                        key: {
                            document_key: 'f995547815954d1a8146d1c2904ecc96'
                            variable: 'bc4c43935320220002c6435723dc34a2'
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
                        table: 'sys_dictionary'
                        id: 'ea1d4b9da8d24ea286c195863f27b68b'
                        key: {
                            name: 'x_tether_connection'
                            element: 'last_refresh_at'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'ea2179d7810848ba931bd0564d009933'
                        key: {
                            document_key: '82639c96299a45169639ef231503bc4d'
                            variable: '89ad06b543010210b6f9a0246bb8f2d7'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'ea7cf75c181e423ca0ab3072af8718f6'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_17a72288df60220062fe6c7a4df26397'
                            id: '752ed1b7eefa497eace67c3f68029077'
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
                        table: 'sys_documentation'
                        id: 'eaec5e6e7a804fdfb4db22deeec1d029'
                        key: {
                            name: 'x_tether_http_request'
                            element: 'response_body'
                            language: 'en'
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
                        id: 'ed242d58edb3441682507b7ffcfe780b'
                        key: {
                            document_key: 'b02137d81dee4b7fa2b96cb16cfde263'
                            variable: 'ff6e125353a0220002c6435723dc3442'
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
                        table: 'sys_db_object'
                        id: 'ed795fdce2484ae8856677e33e06715b'
                        key: {
                            name: 'x_tether_transaction'
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
                        table: 'sys_variable_value'
                        id: 'eea20da4cb8c47908a7c921b59a8d582'
                        key: {
                            document_key: '5d17948bdc314466b0694b9b4fbd70a1'
                            variable: '98c44875ffa033008d3f5d9ad53bf1fa'
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
                        id: 'eed6e4af164d4c14a4a163b26ee19fe8'
                        key: {
                            document_key: 'f889dd27f4e74ec79f887174e533eda4'
                            variable: '6aad5a575360220002c6435723dc34b0'
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
                        table: 'sys_variable_value'
                        id: 'efabc3aab6204cf4adfe8927c5d311f0'
                        key: {
                            document_key: 'afb92a41c03245328f25fbc4ef8aafb6'
                            variable: 'ccae44d59f132200ef4afa7dc67fcf1e'
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
                        id: 'f15e9d66add54d0cb94e007394bd320c'
                        key: {
                            document_key: 'a4b0bdd73ed04637bbf21738196be3c1'
                            variable: '501c8f535320220002c6435723dc34da'
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
                        table: 'sys_number'
                        id: 'f33a7a53739149dc8d56699df226bae7'
                        key: {
                            category: 'x_tether_bond'
                            prefix: 'BON'
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
                        table: 'sys_variable_value'
                        id: 'f3f47bb332074ce28cdf8371d75204c8'
                        key: {
                            document_key: '6dc5e724e71148afa61718f727b49d9a'
                            variable: '90144b535320220002c6435723dc3488'
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
                        id: 'f5be75599d6f44cc8c533dc38de84bef'
                        key: {
                            document_key: '6dc5e724e71148afa61718f727b49d9a'
                            variable: '9024a37f671003007ba405225685efe5'
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
                        table: 'sys_dictionary'
                        id: 'f70c5e7e46074607bb91dbd1d84c688d'
                        key: {
                            name: 'x_tether_connection'
                            element: 'basic_password'
                        }
                    },
                    {
                        table: 'sys_element_mapping'
                        id: 'f73c2eba50d44e8aa10acd610e4ed89e'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: 'f889dd27f4e74ec79f887174e533eda4'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f7411a7649734f9fb04bdafb7af46dd1'
                        key: {
                            document_key: 'a4b0bdd73ed04637bbf21738196be3c1'
                            variable: '53fb0f535320220002c6435723dc34ec'
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
                        table: 'sys_dictionary'
                        id: 'f84548fa0f034abd85f109a32f75646b'
                        key: {
                            name: 'x_tether_transaction'
                            element: 'integration'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f922fad880f3490ea076dce39aaec2e5'
                        key: {
                            document_key: 'cc8fe437fade49c882cbbd808a4e3a5f'
                            variable: '334b7bb7675003007ba405225685ef72'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'f931637cd4d5478a9f8126bd6894e1c6'
                        key: {
                            document_key: 'b02137d81dee4b7fa2b96cb16cfde263'
                            variable: '52ed1e5b5360220002c6435723dc3421'
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
                        table: 'sys_variable_value'
                        id: 'fab40eb30c624e68a4d3643e41e58d3e'
                        key: {
                            document_key: '55498d8b90ed4798baacbc4e7a87f105'
                            variable: 'e6e3c7535320220002c6435723dc3496'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb239f0e75ae495094263ce8b6da31c1'
                        key: {
                            document_key: 'eb7440fe349743639d12be665fce0366'
                            variable: 'dd54cf535320220002c6435723dc34fd'
                        }
                    },
                    {
                        table: 'sys_variable_value'
                        id: 'fb7543e9b2c54657816192141ba3360b'
                        key: {
                            document_key: 'f58503fd79904e10acba623c4684ecb0'
                            variable: '42f2564b73031300440211d8faf6a777'
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
                        table: 'sys_variable_value'
                        id: 'fcde39dc5e0e4ed8aaa0ba6a359b4e98'
                        key: {
                            document_key: '95aec205d1cf4d66afa7d16bc81fbeee'
                            variable: '90144b535320220002c6435723dc3488'
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
                        table: 'sys_element_mapping'
                        id: 'fe097335b6b449599f1e3c4202297fb9'
                        key: {
                            field: 'record_id'
                            table: 'var__m_atf_input_variable_1f39a288df60220062fe6c7a4df2639d'
                            id: '5eb7161dd43f458897446f0568377277'
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
                        table: 'sys_variable_value'
                        id: 'ff1ff224b2df4f8c957ff84f71a43233'
                        key: {
                            document_key: '2cc1188037cd4a0398dedcefea36a3d4'
                            variable: '1778a7480f20101091d0f00c97767e03'
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
                    {
                        table: 'sys_variable_value'
                        id: 'ffe77f64bf364c9dbca46679c617a315'
                        key: {
                            document_key: 'f6f4255cf50745de8704df998734aa69'
                            variable: '42f2564b73031300440211d8faf6a777'
                        }
                    },
                ]
            }
        }
    }
}
