import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Integration tests start real HTTP servers on loopback; give them room on a 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One JSON log line per request is right in Lambda and noise in a test run; log tests turn it back on.
    env: { LOG_LEVEL: 'silent' },
  },
});
