// ESLint 9 flat config: typescript-eslint everywhere, and ServiceNow's sdk-app plugin (wrapped with
// @eslint/compat's fixupPluginRules, since it was written for ESLint 8) on code that runs on the instance.
import { fixupPluginRules } from '@eslint/compat'
import snPlugin from '@servicenow/eslint-plugin-sdk-app-plugin'
import tseslint from 'typescript-eslint'

const sdkPlugin = fixupPluginRules(snPlugin)
const recommended = snPlugin.configs?.recommended?.rules ?? {}

export default tseslint.config(
    { ignores: ['node_modules/', 'dist/', 'target/', '.now/', 'coverage/', 'src/fluent/generated/', '@types/'] },
    ...tseslint.configs.recommended,
    {
        rules: {
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        },
    },
    {
        files: ['src/server/**/*.ts', 'src/fluent/scripts/**/*.js'],
        plugins: { '@servicenow/sdk-app-plugin': sdkPlugin },
        rules: {
            ...recommended,
            // Extensionless TypeScript imports are what the SDK's module build expects.
            '@servicenow/sdk-app-plugin/file-extension-in-import': 'off',
        },
    },
    {
        files: ['src/fluent/scripts/**/*.js'],
        // Script includes are classic platform scripts: var, and require() of the app's modules.
        rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-var': 'off', '@typescript-eslint/no-require-imports': 'off' },
    },
    {
        files: ['src/fluent/ui/**/*.client.js'],
        // Client scripts of UI pages: browser globals of the platform UI; their functions are called from the page's markup.
        rules: { '@typescript-eslint/no-unused-vars': 'off', 'no-var': 'off' },
    },
)
