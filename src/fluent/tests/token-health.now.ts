import '@servicenow/sdk/global'
import { Test } from '@servicenow/sdk/core'

/**
 * On a real instance, what the sandbox's lifecycle tests check locally: x_tether.TetherOAuth reports
 * the health of a connection without a token and refuses bad requests with their codes.
 */
export const tokenHealthTest = Test(
    {
        $id: Now.ID['atf-token-health'],
        name: 'Tether: TetherOAuth token health and error codes',
        description:
            'Creates a process, an integration and three connections (password grant, client credentials, Basic), then asserts x_tether.TetherOAuth.getHealth() fields (state none, grant type, canRegrant, empty expiries, 0 failures) and the codes missing_profile, missing_credentials, not_oauth and unknown_connection, none of which may call the provider.',
        active: true,
        failOnServerError: true,
    },
    (atf) => {
        atf.server.runServerSideScript({
            $id: Now.ID['atf-token-health-script'],
            script: Now.include('./scripts/token-health.atf.server.js'),
        })
    },
)
