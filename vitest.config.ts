import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests start real HTTP servers on loopback; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain 'N passed, N failed' closing line.
    reporters: ['default', ['json', { outputFile: '.vitest-report.json' }]],
    // One JSON log line per request is right in Lambda and noise in a test run; log tests turn it back on.
    // OAuth off unless a test turns it on (docs/oauth.md): a secret in the developer's shell must not change the suite.
    env: { LOG_LEVEL: 'silent', OAUTH_TOKEN_SECRET: '' },
  },
});
