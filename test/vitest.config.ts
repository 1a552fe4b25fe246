import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    root: new URL('..', import.meta.url).pathname,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // As the lint function runs (infra/functions.ts): each pattern compiled once, straight to machine code. The policy
    // lint suites spend a third less CPU compiling the clause rules' patterns in each test file's fresh process.
    execArgv: ['--no-regexp-tier-up'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
