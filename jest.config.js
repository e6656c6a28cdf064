/**
 * Jest: unit tests (pure logic), build-output tests (assert on dist/app XML) and, later, sandbox
 * end-to-end tests. The global setup builds the app once per run (set TETHER_SKIP_BUILD=1 to reuse
 * an existing dist/app while iterating).
 */
module.exports = {
    testEnvironment: 'node',
    roots: ['<rootDir>/test'],
    testMatch: ['**/*.test.ts'],
    transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
    globalSetup: '<rootDir>/test/global-setup.ts',
    testTimeout: 60000,
    // Two workers on two cores: the long sandbox scenarios run beside the quick tests.
    maxWorkers: 2,
    cacheDirectory: '<rootDir>/.jest_cache',
}
