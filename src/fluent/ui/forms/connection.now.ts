import '@servicenow/sdk/global'
import { AnnotationType, Form, default_view } from '@servicenow/sdk/core'

/**
 * The connection form, laid out in the order an integrator fills it in: where the partner is, how
 * Tether authenticates there, the OAuth token health Tether maintains, and who the partner calls in as.
 */
export const connectionForm = Form({
    table: 'x_tether_connection',
    view: default_view,
    sections: [
        {
            caption: 'Outbound',
            content: [
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'name' },
                        { type: 'table_field', field: 'integration' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'environment' },
                        { type: 'table_field', field: 'active' },
                    ],
                },
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-connection-note-endpoint'],
                            text: "Endpoint URL: the partner instance's Tether inbound API, https://<partner>.service-now.com/api/x_tether/v1. Only one connection per integration is active; Activate switches the others off and revokes their tokens.",
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { type: 'table_field', field: 'endpoint_url' },
                    ],
                },
            ],
        },
        {
            caption: 'Authentication',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-connection-note-auth'],
                            text: 'OAuth 2.0: on the partner (the provider), System OAuth > Application Registry holds the client registry "Tether partner instances"; here, pick the default profile of the registry whose token URL is https://<partner>.service-now.com/oauth_token.do (npm run pair creates both). Then use Get OAuth Token. Basic: the partner\'s inbound integration user and its password. Passwords are stored encrypted and never shown again.',
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { type: 'table_field', field: 'authentication' },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'oauth_profile' },
                        { type: 'table_field', field: 'grant_type' },
                        { type: 'table_field', field: 'basic_user' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'oauth_username' },
                        { type: 'table_field', field: 'oauth_password' },
                        { type: 'table_field', field: 'basic_password' },
                    ],
                },
            ],
        },
        {
            caption: 'OAuth token health',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-connection-note-health'],
                            text: 'Maintained by the job "Tether: refresh OAuth tokens" (every 5 minutes). Valid, Refreshing and Degraded (retrying) need nothing from you; Needs re-authorisation, Error and Revoked need Get OAuth Token. Times are UTC. The Token Events list below has every operation.',
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                    ],
                },
                {
                    layout: 'two-column',
                    leftElements: [
                        { type: 'table_field', field: 'token_state' },
                        { type: 'table_field', field: 'access_expires' },
                        { type: 'table_field', field: 'next_refresh_at' },
                        { type: 'table_field', field: 'last_refresh_at' },
                    ],
                    rightElements: [
                        { type: 'table_field', field: 'refresh_issued' },
                        { type: 'table_field', field: 'refresh_expires' },
                        { type: 'table_field', field: 'consecutive_failures' },
                    ],
                },
                { layout: 'one-column', elements: [{ type: 'table_field', field: 'last_error' }] },
            ],
        },
        {
            caption: 'Inbound',
            content: [
                {
                    layout: 'one-column',
                    elements: [
                        {
                            type: 'annotation',
                            annotationId: Now.ID['form-connection-note-inbound'],
                            text: 'The local user the partner authenticates as when it sends messages here (with an OAuth token from this instance, or Basic). Give it the x_tether.integration role and nothing broader; npm run pair creates tether.integration.',
                            annotationType: AnnotationType.Info_Box_Blue,
                        },
                        { type: 'table_field', field: 'inbound_user' },
                    ],
                },
            ],
        },
    ],
})
