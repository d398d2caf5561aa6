import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The entry points provide the bundled data files to the pure core; tests do the same.
    setupFiles: ['__tests__/helpers/data-files.ts'],
    // Every run in a temporary folder of its own that must be empty at the end (helpers/temp-guard.ts).
    globalSetup: ['__tests__/helpers/temp-guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
