import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable summary as well, to print its one-line count at the end.
const resultsFile = process.env.VITEST_RESULTS_FILE;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    reporters: resultsFile ? ['default', ['json', { outputFile: resultsFile }]] : ['default'],
  },
});
